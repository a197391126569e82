"""Article identity: the canonical URL, the article id derived from it, and the content hash of a version.

Two URLs that differ only in tracking parameters, fragments, scheme/host case or default ports are one
article. GUIDs are kept as a secondary identity because they are often URNs, not URLs.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

_TRACKING_EXACT = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "msclkid",
        "yclid",
        "mc_cid",
        "mc_eid",
        "igshid",
        "referrer",
        "ref",
        "ref_src",
        "src",
        "cmpid",
        "ns_mchannel",
        "ns_source",
        "ns_campaign",
        "ns_linkname",
        "ns_fee",
        "at_medium",
        "at_campaign",
        "at_custom1",
        "at_custom2",
        "at_custom3",
        "at_custom4",
        "xtor",
        "_ga",
        "__twitter_impression",
        "wt_mc",
        "wt.mc_id",
        "rss",
    }
)
_TRACKING_PREFIXES = ("utm_", "at_", "ns_", "pk_", "mtm_", "itm_")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in _TRACKING_EXACT or lowered.startswith(_TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """``url`` without tracking parameters or fragment, with scheme/host lower-cased, the default port
    dropped, ``http`` upgraded to ``https`` for identity, and the remaining query sorted."""
    text = url.strip()
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return text
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        return text
    host = (parts.hostname or "").lower().rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    netloc = host if port is None or port == _DEFAULT_PORTS.get(scheme) else f"{host}:{port}"
    path = quote(unquote(parts.path or "/"), safe="/%:@!$&'()*+,;=-._~")
    path = re.sub(r"/{2,}", "/", path)
    query_pairs = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)]
    query = urlencode(sorted(query_pairs))
    return urlunsplit(("https", netloc, path, query, ""))


def article_id(canonical: str) -> str:
    """A stable 32-hex-digit id for the canonical URL."""
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:32]


def guid_id(guid: str) -> str:
    """A stable id for a feed GUID (URN or URL), used as the secondary identity."""
    return hashlib.sha256(("guid:" + guid.strip()).encode("utf-8")).hexdigest()[:32]


def _normal(text: str | None) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text or "")).strip()


def content_hash(title: str | None, text: str | None, summary: str | None) -> str:
    """The version of an article: changes when its title, text or summary changes (whitespace aside)."""
    digest = hashlib.sha256()
    for part in (title, text, summary):
        digest.update(_normal(part).encode("utf-8"))
        digest.update(b"\x1f")
    return digest.hexdigest()[:32]
