"""Article identity: canonical URLs, ids and content hashes."""

from __future__ import annotations

import pytest

from services.fetcher.identity import article_id, canonical_url, content_hash, guid_id


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.dr.dk/nyheder/udland/a?utm_source=rss&utm_medium=feed", "https://dr.dk/nyheder/udland/a"),
        ("HTTP://WWW.DR.DK:80/nyheder/a#comments", "https://dr.dk/nyheder/a"),
        ("https://www.bbc.co.uk/news/world-1#0", "https://bbc.co.uk/news/world-1"),
        ("https://www.vg.no/a?referrer=RSS", "https://vg.no/a"),
        ("https://x.de/a?fbclid=1&gclid=2&ref=tw&src=rss&id=7", "https://x.de/a?id=7"),
        ("https://x.de/a?b=2&a=1", "https://x.de/a?a=1&b=2"),
        ("https://x.de:443/a", "https://x.de/a"),
        ("https://x.de:8443/a", "https://x.de:8443/a"),
        ("https://x.de", "https://x.de/"),
        ("https://svt.se/nyheter/utrikes/%C3%A5r", "https://svt.se/nyheter/utrikes/%C3%A5r"),
        ("https://svt.se/nyheter/utrikes/år", "https://svt.se/nyheter/utrikes/%C3%A5r"),
    ],
)
def test_canonical_url_drops_tracking_and_normalises(url: str, expected: str) -> None:
    """Tracking parameters, fragments, default ports, www and case do not change an article's identity."""
    assert canonical_url(url) == expected


def test_non_http_urls_are_kept_as_they_are() -> None:
    """A URN or a broken URL is returned unchanged rather than mangled."""
    assert canonical_url("urn:dr:umbraco:article:42") == "urn:dr:umbraco:article:42"
    assert canonical_url("http://[::1") == "http://[::1"


def test_article_id_is_stable_and_short() -> None:
    """The same canonical URL always gives the same 32-hex-digit id; GUID ids are distinct from URL ids."""
    canonical = canonical_url("https://www.dr.dk/a?utm_source=x")
    assert article_id(canonical) == article_id(canonical_url("https://dr.dk/a#top"))
    assert len(article_id(canonical)) == 32
    assert guid_id("https://dr.dk/a") != article_id("https://dr.dk/a")


def test_content_hash_ignores_whitespace_but_not_words() -> None:
    """Reflowed whitespace is the same version; a changed word is a new version."""
    assert content_hash("T", "a  b\n c", None) == content_hash("T", "a b c", None)
    assert content_hash("T", "a b c", None) != content_hash("T", "a b d", None)
    assert content_hash("T", None, "s") != content_hash("T", "s", None)
