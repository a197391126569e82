"""The feed file: strict validation with line numbers, the shipped default list, hot reload."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.fetcher.errors import FeedFileError
from services.fetcher.feeds import FeedRegistry, load_feeds, parse_feeds
from services.fetcher.settings import DEFAULT_FEEDS_FILE

GOOD = """
[[feed]]
name = "DR Nyheder – Udland"
url = "https://www.dr.dk/nyheder/service/feeds/udland"
language = "da"
country = "DK"
section = "world"
tags = ["nordic"]

[[feed]]
name = "Sveriges Radio – Ekot"
url = "https://api.sr.se/api/rss/program/83"
language = "sv"
country = "SE"
store_text = false
min_interval_minutes = 5
"""


def test_a_good_file_loads() -> None:
    """Valid feeds load with defaults filled in and the outlet derived from the name."""
    feeds = parse_feeds(GOOD)
    assert [f.outlet_name for f in feeds] == ["DR Nyheder", "Sveriges Radio"]
    assert feeds[0].enabled
    assert feeds[0].store_text
    assert feeds[0].tags == ("nordic",)
    assert not feeds[1].store_text
    assert feeds[1].min_interval_minutes == 5


def test_unknown_key_is_reported_with_its_line() -> None:
    """An unknown key is rejected, naming the file, the line and the key."""
    text = GOOD.replace('section = "world"', 'section = "world"\nstore_txt = false')
    with pytest.raises(FeedFileError) as caught:
        parse_feeds(text, "feeds.toml")
    assert caught.value.problems == [(8, "store_txt", "unknown key")]
    assert "feeds.toml:8: store_txt: unknown key" in str(caught.value)


def test_bad_values_are_reported_with_their_lines() -> None:
    """Bad URL, language and country values are each reported at their own line."""
    text = GOOD.replace('"https://www.dr.dk', '"ftp://www.dr.dk').replace('language = "sv"', 'language = "xx"')
    with pytest.raises(FeedFileError) as caught:
        parse_feeds(text)
    located = {(line, key) for line, key, _ in caught.value.problems}
    assert located == {(4, "url"), (13, "language")}


def test_toml_syntax_error_names_the_line() -> None:
    """A TOML syntax error is reported with its line number."""
    with pytest.raises(FeedFileError) as caught:
        parse_feeds('[[feed]]\nname = "x"\nurl = "https://a.b/\n')
    assert caught.value.problems[0][0] == 3


def test_missing_key_and_duplicates_are_reported() -> None:
    """A missing required key and a duplicated feed name are both errors."""
    with pytest.raises(FeedFileError) as caught:
        parse_feeds(
            GOOD + '\n[[feed]]\nname = "Sveriges Radio – Ekot"\nurl = "https://x.se/rss"\nlanguage = "sv"\n'
            'country = "SE"\n[[feed]]\nname = "Y"\nurl = "https://y.se/rss"\nlanguage = "sv"\n'
        )
    messages = " ".join(m for _, _, m in caught.value.problems)
    assert "duplicate name" in messages or "Field required" in messages
    keys = {k for _, k, _ in caught.value.problems}
    assert "country" in keys


def test_default_feed_file_is_valid_and_respects_terms() -> None:
    """The shipped list holds the 61 real feeds; SR, SVT and Der Standard publish summaries only."""
    feeds = load_feeds(DEFAULT_FEEDS_FILE)
    assert len(feeds) == 61
    summary_only = {f.outlet_name for f in feeds if not f.store_text}
    assert summary_only == {"Sveriges Radio", "SVT Nyheter", "DER STANDARD"}
    assert {f.country for f in feeds} == {"DK", "NO", "SE", "FI", "DE", "AT", "CH", "GB", "US"}


def test_registry_keeps_the_last_good_list_on_a_bad_edit(tmp_path: Path) -> None:
    """A valid edit is picked up; an invalid one is recorded and the previous list stays."""
    path = tmp_path / "feeds.toml"
    path.write_text(GOOD, encoding="utf-8")
    registry = FeedRegistry(path)
    assert len(registry.load()) == 2
    assert not registry.refresh()
    path.write_text(
        GOOD.replace("enabled = true", "") + '\n[[feed]]\nname = "Z"\nurl = "https://z.de/rss"\n'
        'language = "de"\ncountry = "DE"\nenabled = false\n',
        encoding="utf-8",
    )
    assert registry.refresh()
    assert len(registry.feeds) == 3
    assert len(registry.enabled()) == 2
    path.write_text("[[feed]\nbroken", encoding="utf-8")
    assert not registry.refresh()
    assert len(registry.feeds) == 3
    assert registry.last_error is not None
