"""The demo's local news site: valid feeds whose items appear on schedule, and its pages."""

from __future__ import annotations

import feedparser

from services.pipeline.demo.site import Article, load_story, render_feed, render_page


def test_bundled_story_has_five_languages_and_a_schedule() -> None:
    """The demo story covers da, nb, sv, de and en, and unfolds over time."""
    site = load_story()
    assert {o.language for o in site.outlets.values()} == {"da", "nb", "sv", "de", "en"}
    assert len({a.at for a in site.articles}) > 3


def test_items_appear_only_when_their_time_has_come() -> None:
    """A feed lists an article only after its `at` offset, with a GUID and a tracking-parameter link."""
    site = load_story()
    outlet = site.outlets["morgenposten"]
    site.add(Article("morgenposten", "later", 10_000, "Senere", "x", ("Tekst.",)))
    parsed = feedparser.parse(render_feed(site, outlet, "http://127.0.0.1:1"))
    assert not parsed.bozo
    assert [e.link.split("?")[0].rsplit("/", 1)[1] for e in parsed.entries] == [
        "rusland-koeber-granater-af-nordkorea.html"
    ]
    assert parsed.entries[0].id.startswith("urn:morgenposten:")
    assert parsed.entries[0].published_parsed is not None


def test_pages_carry_the_paragraphs() -> None:
    """An article page holds its title and every paragraph."""
    site = load_story()
    article = site.articles[0]
    page = render_page(site.outlets[article.outlet], article)
    assert article.title in page
    assert all(p in page for p in article.paragraphs)
