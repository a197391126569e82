"""Standard Webhooks signing, cross-checked with the ``standardwebhooks`` library."""

from __future__ import annotations

import time

import pytest
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from services.alerts.errors import SignatureError
from services.alerts.signing import generate_secret, sign_headers, verify

BODY = b'{"event_id":"e1","type":"alert.raised"}'


def test_secrets_have_the_standard_form() -> None:
    """Secrets are ``whsec_`` + base64 of 32 random bytes, different each time."""
    a, b = generate_secret(), generate_secret()
    assert a.startswith("whsec_")
    assert a != b
    assert len(a) == len("whsec_") + 44


def test_our_signature_verifies_with_the_library() -> None:
    """Headers we sign verify with ``standardwebhooks`` and with our own verifier."""
    secret = generate_secret()
    headers = sign_headers(secret, "msg_1", BODY)
    assert Webhook(secret).verify(BODY, headers) == {"event_id": "e1", "type": "alert.raised"}
    assert verify(secret, headers, BODY) == "msg_1"


def test_library_signatures_verify_with_ours() -> None:
    """A signature made by ``standardwebhooks`` verifies with our verifier."""
    secret = generate_secret()
    ts = int(time.time())
    from datetime import UTC, datetime

    sig = Webhook(secret).sign("msg_2", datetime.fromtimestamp(ts, UTC), BODY.decode())
    headers = {"webhook-id": "msg_2", "webhook-timestamp": str(ts), "webhook-signature": sig}
    assert verify(secret, headers, BODY) == "msg_2"


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"body": b"{}"}, "no matching v1 signature"),
        ({"secret": True}, "no matching v1 signature"),
        ({"drop": "webhook-signature"}, "missing header"),
        ({"timestamp": -3600}, "timestamp too old"),
        ({"timestamp": 3600}, "timestamp too new"),
    ],
)
def test_verification_says_why_it_fails(change: dict[str, object], reason: str) -> None:
    """Tampered body, wrong secret, a missing header or a stale timestamp fail with a reason, as in the library."""
    secret = generate_secret()
    ts = int(time.time()) + int(change.get("timestamp", 0))  # type: ignore[call-overload]
    headers = sign_headers(secret, "msg_3", BODY, timestamp=ts)
    body = change.get("body", BODY)
    assert isinstance(body, bytes)
    if "drop" in change:
        headers.pop(str(change["drop"]))
    key = generate_secret() if change.get("secret") else secret
    with pytest.raises(SignatureError, match=reason):
        verify(key, headers, body)
    with pytest.raises(WebhookVerificationError):
        Webhook(key).verify(body, headers)
