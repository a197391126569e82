"""Parsing feed documents: entries, summaries, ttl, HTML detection, and hostile input."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from services.fetcher.parse import html_to_text, parse_feed
from tests.service.fetcher import samples

NOW = datetime(2026, 1, 1, tzinfo=UTC)
BASE = "https://example.dk"


def test_rss_entries_carry_summary_content_and_ttl() -> None:
    """RSS items give link, GUID, plain-text summary and content:encoded; the channel ttl is read."""
    items = [
        samples.Item(
            "/a",
            "da",
            guid="urn:dr:umbraco:article:1",
            summary="<p>Kort <b>tekst</b></p>",
            content="<p>Lang</p><p>tekst</p>",
        )
    ]
    parsed = parse_feed(samples.rss(items, BASE, ttl=5).encode(), "application/rss+xml", BASE + "/rss", "DK", NOW)
    (entry,) = parsed.entries
    assert entry.link == BASE + "/a"
    assert entry.guid == "urn:dr:umbraco:article:1"
    assert entry.summary == "Kort tekst"
    assert entry.content == "Lang\ntekst"
    assert entry.authors == ("Redaktionen",)
    assert parsed.ttl_s == 300
    assert parsed.version == "rss20"


def test_html_page_is_not_a_feed() -> None:
    """An HTML page is recognised as HTML and not as a feed."""
    parsed = parse_feed(samples.page("da").encode(), "text/html", BASE, "DK", NOW)
    assert not parsed.is_feed
    assert parsed.looks_like_html


def test_html_to_text_drops_tags_scripts_and_entities() -> None:
    """Markup, scripts and entities become plain text with paragraph breaks."""
    assert html_to_text("<p>A &amp; B</p><script>x()</script><p>C<img src=x></p>") == "A & B\nC"
    assert html_to_text("") is None
    assert html_to_text("plain &lt;text&gt;") == "plain <text>"


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=3000))
def test_random_bytes_never_raise(body: bytes) -> None:
    """Random bytes parse to some (usually empty) result without raising."""
    parsed = parse_feed(body, "application/rss+xml", BASE, "DK", NOW)
    assert isinstance(parsed.entries, list)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400), st.sampled_from(["<title>", "<link>", "<pubDate>", "<description>", "<guid>"]))
def test_random_text_inside_a_feed_never_raises(noise: str, tag: str) -> None:
    """Arbitrary text spliced into an RSS item parses without raising."""
    document = samples.rss([samples.Item("/a", "da")], BASE).replace(tag, tag + noise, 1)
    parse_feed(document.encode("utf-8", "surrogatepass"), None, BASE, "DK", NOW)
