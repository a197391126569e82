"""The extractor's unit of work and the `armswatch extract` contract, without Kafka."""

from __future__ import annotations

import json

import pytest

from schemas import TextSource
from services.extractor.batch import extract_lines
from services.extractor.errors import InvalidArticleError
from services.extractor.processing import process
from services.extractor.settings import ExtractorSettings
from tests import samples


def test_same_article_version_gets_the_same_event_id() -> None:
    """Re-processing an article version (e.g. after a crash) yields the same mention.tagged id."""
    settings = ExtractorSettings()
    first = process(samples.article("x").to_bytes(), settings).event
    again = process(samples.article("x").to_bytes(), settings).event
    assert first is not None
    assert again is not None
    assert first.event_id == again.event_id
    assert first.data.article.version == samples.article("x").data.content_hash


def test_article_without_mentions_publishes_nothing_by_default() -> None:
    """An article with no transfer yields no event unless publish_empty is set."""
    quiet = samples.article("q", text="Vejret bliver mildt i weekenden med sol og let vind.")
    assert process(quiet.to_bytes(), ExtractorSettings()).event is None
    event = process(quiet.to_bytes(), ExtractorSettings(publish_empty=True)).event
    assert event is not None
    assert event.data.mentions == ()


def test_summary_is_tagged_when_there_is_no_text() -> None:
    """A metadata-only article (store_text = false) is tagged on its summary."""
    base = samples.article("s")
    data = base.data.model_copy(update={"text": None, "summary": samples.TEXT, "text_source": TextSource.SUMMARY})
    event = process(base.model_copy(update={"data": data}).to_bytes(), ExtractorSettings()).event
    assert event is not None
    assert event.data.mentions[0].supplier == "KP"


@pytest.mark.parametrize("value", [None, b"", b"{}", b"[1,2]", b"\x00\x01", b'{"type": "mention.tagged"}'])
def test_invalid_records_raise_a_named_error(value: bytes | None) -> None:
    """Anything that is not an article.fetched event is an InvalidArticleError (then dead-lettered)."""
    with pytest.raises(InvalidArticleError):
        process(value, ExtractorSettings())


def test_extract_contract_keeps_order_and_reports_bad_lines() -> None:
    """Each input line gives one output line in order; bad lines give an error line and the run goes on."""
    lines = [
        json.dumps({"id": "1", "text": samples.TEXT, "lang": "da"}),
        "not json",
        json.dumps({"id": "3"}),
        json.dumps(["list"]),
        "",
        json.dumps({"id": "5", "text": "Ingen våben her."}),
    ]
    out = list(extract_lines(lines))
    assert [row.get("id") for row in out] == ["1", None, "3", None, "5"]
    assert out[0]["mentions"][0]["supplier"] == "KP"
    assert out[0]["lang"] == "da"
    assert "error" in out[1]
    assert "text" in out[2]["error"]
    assert out[4]["mentions"] == []
