"""Standard Webhooks signing: ``whsec_`` secrets, ``v1`` HMAC-SHA256 over ``id.timestamp.body``.

``verify`` is the receiver's side (used by ``armswatch webhook verify``): it says why a delivery does
not verify instead of only that it does not. Its verdicts match the ``standardwebhooks`` library's.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
import time
from collections.abc import Mapping

from services.alerts.errors import SignatureError

SECRET_PREFIX = "whsec_"  # noqa: S105 - the Standard Webhooks prefix, not a secret
DEFAULT_TOLERANCE_S = 5 * 60


def generate_secret(nbytes: int = 32) -> str:
    """A fresh signing secret in Standard Webhooks form, ``whsec_<base64>``."""
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(nbytes)).decode("ascii")


def secret_key(secret: str) -> bytes:
    """The HMAC key of a ``whsec_`` secret.

    Raises ``SignatureError`` when the secret is not base64 after its prefix.
    """
    raw = secret.removeprefix(SECRET_PREFIX)
    try:
        return base64.b64decode(raw, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise SignatureError("the secret is not base64 (after the whsec_ prefix)") from exc


def signature(secret: str, msg_id: str, timestamp: int, body: bytes) -> str:
    """The ``v1,<base64>`` signature of one delivery."""
    signed = f"{msg_id}.{timestamp}.".encode() + body
    digest = hmac.new(secret_key(secret), signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode("ascii")


def sign_headers(secret: str, msg_id: str, body: bytes, timestamp: int | None = None) -> dict[str, str]:
    """The three Standard Webhooks headers for one delivery attempt."""
    ts = int(time.time()) if timestamp is None else timestamp
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(ts),
        "webhook-signature": signature(secret, msg_id, ts, body),
    }


def verify(
    secret: str,
    headers: Mapping[str, str],
    body: bytes,
    *,
    now: float | None = None,
    tolerance_s: int = DEFAULT_TOLERANCE_S,
) -> str:
    """Return the ``webhook-id`` when the delivery verifies.

    Raises ``SignatureError`` saying why not: a missing header, a timestamp outside the tolerance, or no
    matching ``v1`` signature.
    """
    lower = {k.lower(): v for k, v in headers.items()}
    missing = [h for h in ("webhook-id", "webhook-timestamp", "webhook-signature") if not lower.get(h)]
    if missing:
        raise SignatureError(f"missing header(s): {', '.join(missing)}")
    msg_id = lower["webhook-id"]
    try:
        ts = int(lower["webhook-timestamp"])
    except ValueError as exc:
        raise SignatureError(f"webhook-timestamp is not an integer: {lower['webhook-timestamp']!r}") from exc
    current = time.time() if now is None else now
    if ts < current - tolerance_s:
        raise SignatureError(f"timestamp too old: {int(current - ts)}s ago (tolerance {tolerance_s}s)")
    if ts > current + tolerance_s:
        raise SignatureError(f"timestamp too new: {int(ts - current)}s ahead (tolerance {tolerance_s}s)")
    expected = signature(secret, msg_id, ts, body).split(",", 1)[1]
    offered = lower["webhook-signature"].split()
    for candidate in offered:
        version, _, value = candidate.partition(",")
        if version == "v1" and hmac.compare_digest(value, expected):
            return msg_id
    versions = sorted({c.partition(",")[0] for c in offered})
    if "v1" not in versions:
        raise SignatureError(f"no v1 signature offered (versions: {', '.join(versions) or 'none'})")
    raise SignatureError("no matching v1 signature: wrong secret, or the body or id was changed")
