"""Polling over real local HTTP: formats, encodings, conditional GET, errors and their schedules."""

from __future__ import annotations

import itertools
import time
from typing import Any

from services.fetcher.service import build_fetcher
from services.fetcher.settings import FetcherSettings
from tests.service.fetcher import samples
from tests.service.fetcher.conftest import RecordingProducer, SettingsFactory
from tests.service.fetcher.server import FeedServer

HTML = "text/html; charset=utf-8"


def _feed(server: FeedServer, path: str = "/feed", **extra: Any) -> dict[str, Any]:
    return {"name": extra.pop("name", "Testavisen"), "url": server.url(path), **extra}


async def _poll(settings: FetcherSettings, kafka: Any, producer: RecordingProducer) -> tuple[Any, Any]:
    fetcher = build_fetcher(settings, kafka, "unused:9092", producer=producer)
    async with fetcher:
        report = await fetcher.poll_once(force=True)
        states = {s.name: s for s in fetcher.poller.state.feeds()}
    return report, states


async def test_rss_atom_and_rdf_feeds_all_yield_articles(
    server: FeedServer, make_settings: SettingsFactory, producer: RecordingProducer, kafka_local: Any
) -> None:
    """RSS 2.0, Atom and RDF/RSS 1.0 documents each yield one event per item, with their dates."""
    server.static("/rss", samples.rss([samples.Item("/a/1", "da")], server.base))
    server.static(
        "/atom",
        samples.atom([samples.Item("/a/2", "sv", date="2024-05-01T10:00:00+02:00")], server.base),
        content_type="application/atom+xml",
    )
    server.static(
        "/rdf",
        samples.rdf([samples.Item("/a/3", "de", date="2024-05-01T10:00:00+02:00")], server.base),
        content_type="application/rdf+xml",
    )
    for path, language in (("/a/1", "da"), ("/a/2", "sv"), ("/a/3", "de")):
        server.static(path, samples.page(language), content_type=HTML)
    settings = make_settings(
        [
            _feed(server, "/rss", name="Rss"),
            _feed(server, "/atom", name="Atom", language="sv", country="SE"),
            _feed(server, "/rdf", name="Rdf", language="de", country="AT"),
        ]
    )
    report, _ = await _poll(settings, kafka_local, producer)
    assert report.outcomes == {"200": 3}
    by_feed = {e.data.feed_name: e.data for e in producer.articles()}
    assert set(by_feed) == {"Rss", "Atom", "Rdf"}
    assert by_feed["Atom"].authors == ("Ekoredaktionen",)
    assert by_feed["Rdf"].published_at is not None
    assert by_feed["Rdf"].published_at.hour == 8
    assert by_feed["Rdf"].language == "de"


async def test_repeated_items_with_fragments_yield_one_event(
    server: FeedServer, make_settings: SettingsFactory, producer: RecordingProducer, kafka_local: Any
) -> None:
    """BBC-style documents listing one article twice with different #fragments publish it once."""
    link = server.url("/news/1?utm_source=rss&at_medium=RSS")
    items = [samples.Item("/news/1", "en", link=link + "#0"), samples.Item("/news/1", "en", link=link + "#1")]
    server.static("/feed", samples.rss(items, server.base))
    server.static("/news/1", samples.page("en"), content_type=HTML)
    report, _ = await _poll(make_settings([_feed(server, language="en", country="GB")]), kafka_local, producer)
    assert report.published == 1
    assert producer.articles()[0].data.canonical_url.endswith("/news/1")


async def test_broken_xml_yields_what_parsed_and_counts_bozo(
    server: FeedServer, make_settings: SettingsFactory, producer: RecordingProducer, kafka_local: Any
) -> None:
    """A feed with broken XML still yields the items that parsed, and the bozo is counted."""
    document = samples.rss([samples.Item("/b/1", "da"), samples.Item("/b/2", "da")], server.base)
    broken = document.replace("</channel></rss>", "<item><title>Brud & fejl</title></cha")
    server.static("/feed", broken)
    server.static("/b/1", samples.page("da"), content_type=HTML)
    server.static("/b/2", samples.page("da", "Anden historie"), content_type=HTML)
    settings = make_settings([_feed(server)])
    fetcher = build_fetcher(settings, kafka_local, "unused:9092", producer=producer)
    async with fetcher:
        await fetcher.poll_once(force=True)
        assert fetcher.metrics.registry.get_sample_value("armswatch_fetcher_bozo_feeds_total") == 1
        state = fetcher.poller.state.feed("Testavisen", settings_url(settings))
    assert len(producer.articles()) == 2
    assert state.bozo_count == 1
    assert state.health == "bozo"


def settings_url(settings: FetcherSettings) -> str:
    from services.fetcher.feeds import load_feeds

    return load_feeds(settings.feeds_file)[0].url


async def test_windows_1252_declared_as_latin1_decodes_correctly(
    server: FeedServer, make_settings: SettingsFactory, producer: RecordingProducer, kafka_local: Any
) -> None:
    """A feed declared ISO-8859-1 but holding windows-1252 bytes keeps its € and curly quotes."""
    title = "Våbenhandel for 5 mio. € – „Panzer“ og ‘fly’"
    document = samples.rss([samples.Item("/c/1", "da", title=title)], server.base, encoding="ISO-8859-1")
    server.static("/feed", document.encode("cp1252"), content_type="application/rss+xml; charset=ISO-8859-1")
    report, _ = await _poll(make_settings([_feed(server)], fetch_pages=False), kafka_local, producer)
    assert report.published == 1
    assert producer.articles()[0].data.title == title


async def test_gzip_feed_is_decompressed(
    server: FeedServer, make_settings: SettingsFactory, producer: RecordingProducer, kafka_local: Any
) -> None:
    """A gzip-encoded feed body is decompressed and parsed."""
    server.static("/feed", samples.rss([samples.Item("/g/1", "de")], server.base), gzipped=True)
    report, _ = await _poll(
        make_settings([_feed(server, language="de", country="DE")], fetch_pages=False), kafka_local, producer
    )
    assert report.published == 1
    assert server.requests[0].headers.get("Accept-Encoding", "").startswith("gzip")


async def test_etag_is_sent_back_and_304_publishes_nothing(
    server: FeedServer, make_settings: SettingsFactory, producer: RecordingProducer, kafka_local: Any
) -> None:
    """The stored ETag goes back verbatim; a 304 answer counts as not-modified and publishes nothing."""
    etag = 'W/"abc-123"'
    server.static(
        "/feed",
        samples.rss([samples.Item("/e/1", "da")], server.base),
        etag=etag,
        headers={"Last-Modified": "Tue, 09 Feb 2021 13:00:00 GMT"},
    )
    settings = make_settings([_feed(server)], fetch_pages=False)
    fetcher = build_fetcher(settings, kafka_local, "unused:9092", producer=producer)
    async with fetcher:
        first = await fetcher.poll_once(force=True)
        second = await fetcher.poll_once(force=True)
        state = fetcher.poller.state.feeds()[0]
    assert first.outcomes == {"200": 1}
    assert second.outcomes == {"304": 1}
    feed_requests = [r for r in server.requests if r.path == "/feed"]
    assert feed_requests[1].headers["If-None-Match"] == etag
    assert feed_requests[1].headers["If-Modified-Since"] == "Tue, 09 Feb 2021 13:00:00 GMT"
    assert len(producer.articles()) == 1
    assert state.polls_304 == 1
    assert fetcher.counters.polls_304 == 1


async def test_429_retry_after_sets_the_next_poll(
    server: FeedServer, make_settings: SettingsFactory, producer: RecordingProducer, kafka_local: Any
) -> None:
    """A 429 with Retry-After (seconds) is a failure whose next poll is no sooner than asked."""
    server.static("/feed", "slow down", status=429, headers={"Retry-After": "7200"}, content_type="text/plain")
    before = time.time()
    report, states = await _poll(make_settings([_feed(server)]), kafka_local, producer)
    assert report.outcomes == {"http_429": 1}
    state = states["Testavisen"]
    assert state.next_poll >= before + 7200
    assert state.failures == 1


async def test_403_is_not_retried_fast(
    server: FeedServer, make_settings: SettingsFactory, producer: RecordingProducer, kafka_local: Any
) -> None:
    """A 403 puts the feed on the slow forbidden-retry schedule, not on the fast backoff."""
    server.static("/feed", "no", status=403, content_type="text/plain")
    report, states = await _poll(make_settings([_feed(server)], forbidden_retry_s=5000), kafka_local, producer)
    assert report.outcomes == {"http_403": 1}
    assert states["Testavisen"].interval_s == 5000


async def test_redirect_loop_is_detected(
    server: FeedServer, make_settings: SettingsFactory, producer: RecordingProducer, kafka_local: Any
) -> None:
    """A redirect loop fails the poll as a redirect loop after one visit of each URL."""
    server.redirect("/loop-a", "/loop-b", 302)
    server.redirect("/loop-b", "/loop-a", 302)
    report, states = await _poll(make_settings([_feed(server, "/loop-a")]), kafka_local, producer)
    assert report.outcomes == {"redirect_loop": 1}
    assert server.hits("/loop-a") == 1
    assert server.hits("/loop-b") == 1
    assert "loop" in (states["Testavisen"].last_error or "")


async def test_permanent_redirect_updates_the_polled_url(
    server: FeedServer, make_settings: SettingsFactory, producer: RecordingProducer, kafka_local: Any
) -> None:
    """After a 301 the new URL is stored and polled directly next time."""
    server.redirect("/old.xml", "/new.xml", 301)
    server.static("/new.xml", samples.rss([samples.Item("/r/1", "sv")], server.base))
    settings = make_settings([_feed(server, "/old.xml", language="sv", country="SE")], fetch_pages=False)
    fetcher = build_fetcher(settings, kafka_local, "unused:9092", producer=producer)
    async with fetcher:
        await fetcher.poll_once(force=True)
        await fetcher.poll_once(force=True)
        state = fetcher.poller.state.feeds()[0]
    assert state.current_url == server.url("/new.xml")
    assert server.hits("/old.xml") == 1
    assert server.hits("/new.xml") == 2


async def test_huge_response_hits_the_cap_without_being_read(
    server: FeedServer, make_settings: SettingsFactory, producer: RecordingProducer, kafka_local: Any
) -> None:
    """A 50 MB body fails the poll as too large, and far less than 50 MB is transferred."""
    written = server.huge("/feed", 50 * 1024 * 1024)
    report, _ = await _poll(make_settings([_feed(server)], max_bytes=1024 * 1024), kafka_local, producer)
    assert report.outcomes == {"too_large": 1}
    assert written[0] < 20 * 1024 * 1024


async def test_html_served_as_feed_is_flagged(
    server: FeedServer, make_settings: SettingsFactory, producer: RecordingProducer, kafka_local: Any
) -> None:
    """A 200 answer holding an HTML page is a 'not a feed' failure, and the feed's health says so."""
    server.static("/feed", samples.page("da"), content_type=HTML)
    report, states = await _poll(make_settings([_feed(server)]), kafka_local, producer)
    assert report.outcomes == {"not_a_feed": 1}
    assert states["Testavisen"].health == "not_a_feed"
    assert producer.sent == []


async def test_server_that_never_answers_times_out(
    server: FeedServer, make_settings: SettingsFactory, producer: RecordingProducer, kafka_local: Any
) -> None:
    """A server that never answers fails the poll as a timeout within the total timeout."""
    server.hanging("/feed")
    started = time.monotonic()
    report, _ = await _poll(
        make_settings([_feed(server)], read_timeout_s=0.5, total_timeout_s=1.0), kafka_local, producer
    )
    assert report.outcomes == {"timeout": 1}
    assert time.monotonic() - started < 5


async def test_stale_feed_is_flagged(
    server: FeedServer, make_settings: SettingsFactory, producer: RecordingProducer, kafka_local: Any
) -> None:
    """A 200 feed whose newest item is older than stale_days is marked stale."""
    server.static(
        "/feed", samples.rss([samples.Item("/s/1", "da", date="Tue, 09 Feb 2021 13:36:27 +0100")], server.base)
    )
    report, states = await _poll(
        make_settings([_feed(server)], fetch_pages=False, stale_days=30), kafka_local, producer
    )
    assert report.outcomes == {"200": 1}
    assert states["Testavisen"].health == "stale"


async def test_failing_feed_becomes_unhealthy_but_stays_polled(
    server: FeedServer, make_settings: SettingsFactory, producer: RecordingProducer, kafka_local: Any
) -> None:
    """After unhealthy_after consecutive failures the feed is unhealthy and scheduled slowly, not dropped."""
    server.static("/feed", "boom", status=500, content_type="text/plain")
    settings = make_settings([_feed(server)], unhealthy_after=3, unhealthy_interval_s=9000)
    fetcher = build_fetcher(settings, kafka_local, "unused:9092", producer=producer)
    async with fetcher:
        for _ in range(3):
            await fetcher.poll_once(force=True)
        state = fetcher.poller.state.feeds()[0]
    assert state.failures == 3
    assert state.health == "unhealthy"
    assert state.interval_s == 9000
    assert server.hits("/feed") == 3


async def test_politeness_delay_spaces_requests_to_one_host(
    server: FeedServer, make_settings: SettingsFactory, producer: RecordingProducer, kafka_local: Any
) -> None:
    """Requests to one host start at least the politeness delay apart, and carry our User-Agent."""
    for number in range(3):
        server.static(f"/p{number}", samples.rss([], server.base))
    feeds = [_feed(server, f"/p{number}", name=f"Feed {number}") for number in range(3)]
    settings = make_settings(feeds, politeness_delay_s=0.3, per_host_concurrency=1)
    await _poll(settings, kafka_local, producer)
    starts = sorted(r.at for r in server.requests)
    assert len(starts) == 3
    assert all(b - a >= 0.25 for a, b in itertools.pairwise(starts))
    assert server.requests[0].headers["User-Agent"].startswith("Armswatch/0.1 (+https://github.com/armswatch")


async def test_metrics_count_polls_and_articles(
    server: FeedServer, make_settings: SettingsFactory, producer: RecordingProducer, kafka_local: Any
) -> None:
    """The fetcher's own registry counts polls by outcome, published articles and per-feed failures."""
    server.static("/feed", samples.rss([samples.Item("/m/1", "da")], server.base), etag='"m"')
    settings = make_settings([_feed(server), _feed(server, "/missing", name="Borte")], fetch_pages=False)
    fetcher = build_fetcher(settings, kafka_local, "unused:9092", producer=producer)
    async with fetcher:
        await fetcher.poll_once(force=True)
        await fetcher.poll_once(force=True)
        sample = fetcher.metrics.registry.get_sample_value
        assert sample("armswatch_fetcher_polls_total", {"outcome": "200"}) == 1
        assert sample("armswatch_fetcher_polls_total", {"outcome": "304"}) == 1
        assert sample("armswatch_fetcher_polls_total", {"outcome": "http_404"}) == 2
        assert sample("armswatch_fetcher_articles_published_total", {"text_source": "summary"}) == 1
        assert sample("armswatch_fetcher_feed_consecutive_failures", {"feed": "Borte"}) == 2
        assert sample("armswatch_fetcher_fetch_seconds_count", {"kind": "feed"}) == 4
    assert fetcher.status()["published"] == 1
