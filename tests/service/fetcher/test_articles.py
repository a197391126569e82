"""From entries to events: dates, text sources, terms of use, identity, versions, dead letters, reload."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from schemas import TextSource
from services.fetcher.service import build_fetcher
from services.fetcher.settings import FetcherSettings
from tests.service.fetcher import samples
from tests.service.fetcher.conftest import RecordingProducer, SettingsFactory, feeds_toml
from tests.service.fetcher.server import FeedServer

HTML = "text/html; charset=utf-8"


async def _poll(settings: FetcherSettings, kafka: Any, producer: RecordingProducer, times: int = 1) -> Any:
    async with build_fetcher(settings, kafka, "unused:9092", producer=producer) as fetcher:
        for _ in range(times):
            report = await fetcher.poll_once(force=True)
    return report


async def test_localised_and_zoneless_dates_are_read_and_flagged(
    server: FeedServer, make_settings: SettingsFactory, producer: RecordingProducer, kafka_local: Any
) -> None:
    """German and Swedish day/month names, CEST and missing zones are parsed; inferred zones are flagged."""
    items = [
        samples.Item("/d/1", "de", date="Do, 31 Okt 2019 23:52:59"),
        samples.Item("/d/2", "de", date="Fr, 11 Mai 2019 08:00:00 CEST", title="Zweiter Artikel"),
        samples.Item("/d/3", "de", date="tis, 9 feb 2021 10:00:00 +0100", title="Dritter Artikel"),
        samples.Item("/d/4", "de", date=None, title="Ohne Datum"),
    ]
    server.static("/feed", samples.rss(items, server.base))
    before = datetime.now(UTC)
    settings = make_settings(
        [{"name": "Zeitung", "url": server.url("/feed"), "language": "de", "country": "DE"}], fetch_pages=False
    )
    await _poll(settings, kafka_local, producer)
    by_path = {e.data.url.rsplit("/", 2)[-1]: e.data for e in producer.articles()}
    assert len(by_path) == 4
    first = by_path["1"]
    assert first.published_at == datetime(2019, 10, 31, 22, 52, 59, tzinfo=UTC)
    assert first.published_inferred
    assert first.published_raw == "Do, 31 Okt 2019 23:52:59"
    assert by_path["2"].published_at == datetime(2019, 5, 11, 6, 0, tzinfo=UTC)
    assert not by_path["2"].published_inferred
    assert by_path["3"].published_at == datetime(2021, 2, 9, 9, 0, tzinfo=UTC)
    undated = by_path["4"]
    assert undated.published_inferred
    assert undated.published_raw is None
    assert undated.published_at is not None
    assert undated.published_at >= before


async def test_text_falls_back_from_page_to_content_to_summary(
    server: FeedServer, make_settings: SettingsFactory, producer: RecordingProducer, kafka_local: Any
) -> None:
    """Page text wins; a 403 page falls back to content:encoded; an empty paywall page to the summary."""
    full = "<p>" + samples.TEXTS["sv"][1] + "</p><p>" + samples.TEXTS["sv"][2] + "</p>"
    items = [
        samples.Item("/t/page", "sv"),
        samples.Item("/t/forbidden", "sv", title="Andra", content=full),
        samples.Item("/t/paywall", "sv", title="Tredje", summary="Kort ingress om vapenleveranser till Ukraina."),
    ]
    server.static("/feed", samples.rss(items, server.base))
    server.static("/t/page", samples.page("sv"), content_type=HTML)
    server.static("/t/forbidden", "forbidden", status=403, content_type="text/plain")
    server.static("/t/paywall", "<html><body><div class='paywall'></div></body></html>", content_type=HTML)
    settings = make_settings([{"name": "Tidning", "url": server.url("/feed"), "language": "sv", "country": "SE"}])
    await _poll(settings, kafka_local, producer)
    by_path = {e.data.url.rsplit("/", 1)[-1]: e.data for e in producer.articles()}
    assert by_path["page"].text_source is TextSource.PAGE
    assert by_path["page"].authors == ("Redaktionen",)
    assert by_path["forbidden"].text_source is TextSource.FEED_CONTENT
    assert by_path["forbidden"].text is not None
    assert "stridsfordon" in by_path["forbidden"].text
    assert by_path["paywall"].text_source is TextSource.SUMMARY
    assert by_path["paywall"].text == "Kort ingress om vapenleveranser till Ukraina."


async def test_store_text_false_publishes_metadata_and_summary_only(
    server: FeedServer, make_settings: SettingsFactory, producer: RecordingProducer, kafka_local: Any
) -> None:
    """A feed with store_text = false publishes no text and never fetches the article page."""
    server.static(
        "/feed", samples.atom([samples.Item("/sr/1", "sv")], server.base), content_type="application/atom+xml"
    )
    server.static("/sr/1", samples.page("sv"), content_type=HTML)
    settings = make_settings(
        [{"name": "Radio", "url": server.url("/feed"), "language": "sv", "country": "SE", "store_text": False}]
    )
    await _poll(settings, kafka_local, producer)
    (event,) = producer.articles()
    assert event.data.text is None
    assert event.data.text_source is TextSource.NONE
    assert event.data.summary
    assert event.data.title
    assert server.hits("/sr/1") == 0


async def test_same_article_in_two_section_feeds_is_one_event(
    server: FeedServer, make_settings: SettingsFactory, producer: RecordingProducer, kafka_local: Any
) -> None:
    """An article listed by two section feeds of one outlet (with different tracking) yields one event."""
    link = server.url("/x/1")
    server.static("/all", samples.rss([samples.Item("/x/1", "da", link=link + "?referrer=RSS")], server.base))
    server.static("/world", samples.rss([samples.Item("/x/1", "da", link=link + "?utm_medium=rss")], server.base))
    server.static("/x/1", samples.page("da"), content_type=HTML)
    settings = make_settings(
        [
            {"name": "Avis – Alle", "url": server.url("/all")},
            {"name": "Avis – Udland", "url": server.url("/world"), "section": "world"},
        ]
    )
    await _poll(settings, kafka_local, producer, times=2)
    assert len(producer.articles()) == 1


async def test_changed_article_is_a_new_version_of_the_same_id(
    server: FeedServer, make_settings: SettingsFactory, producer: RecordingProducer, kafka_local: Any
) -> None:
    """A changed page yields a second event with the same article id, a new content hash and event id."""
    server.static("/feed", samples.rss([samples.Item("/v/1", "en")], server.base))
    server.static("/v/1", samples.page("en"), content_type=HTML)
    settings = make_settings([{"name": "Wire", "url": server.url("/feed"), "language": "en", "country": "GB"}])
    async with build_fetcher(settings, kafka_local, "unused:9092", producer=producer) as fetcher:
        await fetcher.poll_once(force=True)
        await fetcher.poll_once(force=True)
        assert len(producer.articles()) == 1
        server.static("/feed", samples.rss([samples.Item("/v/1", "en", title="Poland orders even more")], server.base))
        server.static("/v/1", samples.page("en", "Poland orders even more"), content_type=HTML)
        await fetcher.poll_once(force=True)
    first, second = producer.articles()
    assert first.data.article_id == second.data.article_id
    assert first.data.content_hash != second.data.content_hash
    assert first.event_id != second.event_id


async def test_guid_keeps_identity_when_the_link_changes(
    server: FeedServer, make_settings: SettingsFactory, producer: RecordingProducer, kafka_local: Any
) -> None:
    """An entry whose URL changed but whose GUID did not is the same article (no new event if unchanged)."""
    guid = "urn:bm:article:1234"
    server.static("/feed", samples.rss([samples.Item("/g/old", "da", guid=guid)], server.base))
    settings = make_settings([{"name": "Avis", "url": server.url("/feed")}], fetch_pages=False)
    async with build_fetcher(settings, kafka_local, "unused:9092", producer=producer) as fetcher:
        await fetcher.poll_once(force=True)
        server.static("/feed", samples.rss([samples.Item("/g/new", "da", guid=guid)], server.base))
        await fetcher.poll_once(force=True)
    assert len(producer.articles()) == 1


async def test_entry_without_link_is_dead_lettered(
    server: FeedServer, make_settings: SettingsFactory, producer: RecordingProducer, kafka_local: Any
) -> None:
    """An entry with neither link nor URL GUID goes to the dead-letter topic with the reason."""
    document = samples.rss([samples.Item("/ok/1", "da")], server.base).replace(
        "</channel>", "<item><title>Uden link</title><guid>urn:x:9</guid></item></channel>"
    )
    server.static("/feed", document)
    await _poll(make_settings([{"name": "Avis", "url": server.url("/feed")}], fetch_pages=False), kafka_local, producer)
    (letter,) = producer.deadletters()
    assert "link" in letter.data.reason
    assert letter.data.service == "fetcher"
    assert len(producer.articles()) == 1


async def test_language_detection_overrides_the_feed_when_confident(
    server: FeedServer, make_settings: SettingsFactory, producer: RecordingProducer, kafka_local: Any
) -> None:
    """A Nynorsk article in a Bokmål feed is nn, an English one in a Danish feed is en, Bokmål stays nb."""
    items = [samples.Item("/l/nn", "nn"), samples.Item("/l/nb", "nb"), samples.Item("/l/en", "en")]
    server.static("/feed", samples.rss(items, server.base))
    for language in ("nn", "nb", "en"):
        server.static(f"/l/{language}", samples.page(language), content_type=HTML)
    settings = make_settings([{"name": "Kringkaster", "url": server.url("/feed"), "language": "nb", "country": "NO"}])
    await _poll(settings, kafka_local, producer)
    languages = {e.data.url.rsplit("/", 1)[-1]: e.data.language for e in producer.articles()}
    assert languages == {"nn": "nn", "nb": "nb", "en": "en"}


async def test_feed_file_edits_apply_without_restart(
    server: FeedServer, make_settings: SettingsFactory, producer: RecordingProducer, kafka_local: Any
) -> None:
    """A valid edit of the feed file takes effect on the next cycle; an invalid one keeps the last good list."""
    server.static("/one", samples.rss([samples.Item("/h/1", "da")], server.base))
    server.static("/two", samples.rss([samples.Item("/h/2", "da", title="To")], server.base))
    settings = make_settings([{"name": "Een", "url": server.url("/one")}], fetch_pages=False)
    path: Path = settings.feeds_file
    async with build_fetcher(settings, kafka_local, "unused:9092", producer=producer) as fetcher:
        assert (await fetcher.poll_once(force=True)).feeds == 1
        _write(
            path, feeds_toml([{"name": "Een", "url": server.url("/one")}, {"name": "To", "url": server.url("/two")}])
        )
        assert (await fetcher.poll_once(force=True)).feeds == 2
        _write(path, '\n[[feed]]\nname = "Tre"\nurl = "nope"\nbogus = 1\n', append=True)
        assert (await fetcher.poll_once(force=True)).feeds == 2
        error = fetcher.feeds.last_error
    assert error is not None
    assert {(p[1]) for p in error.problems} >= {"url", "bogus"}
    assert len(producer.articles()) == 2


def _write(path: Path, text: str, *, append: bool = False) -> None:
    with path.open("a" if append else "w", encoding="utf-8") as handle:
        handle.write(text)
