"""Benchmark: one full poll cycle over 2,000 local feeds × 20 items, then the same cycle all-304.

A local aiohttp server (in its own process, so the figures are the fetcher's alone) serves the feeds and
small article pages. The fetcher publishes into a ``NullProducer`` (counts only) unless a bootstrap server
is given, in which case it publishes to that real broker.

    python -m services.fetcher.bench [FEEDS] [ITEMS] [BOOTSTRAP]
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import resource
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
from aiohttp import web

from services.core.broker import free_port
from services.core.kafka import ensure_topics, standard_topics
from services.core.logging import configure_logging
from services.core.settings import KafkaSettings
from services.fetcher.publish import NullProducer, Producer
from services.fetcher.service import build_fetcher
from services.fetcher.settings import FetcherSettings

_LANGS = [
    (
        "da",
        "DK",
        "Regeringen har besluttet, at Danmark skal sende flere kampvogne og mere ammunition til Ukraine. "
        "Det oplyser forsvarsministeren på et pressemøde torsdag eftermiddag i København.",
    ),
    (
        "nb",
        "NO",
        "Regjeringen vurderer nå å sende flere luftvernsystemer til Ukraina, sier forsvarsministeren. "
        "Det er ikke bestemt hvor mange systemer det blir snakk om, eller når de kommer fram.",
    ),
    (
        "sv",
        "SE",
        "Regeringen har beslutat att Sverige ska skicka fler stridsfordon och ammunition till Ukraina. "
        "Det säger försvarsministern vid en presskonferens i Stockholm på tisdagen.",
    ),
    (
        "de",
        "DE",
        "Die Bundesregierung will der Ukraine weitere Panzerhaubitzen und Munition liefern. Das teilte "
        "das Verteidigungsministerium am Donnerstag in Berlin mit, ohne Details zu nennen.",
    ),
]


def _feed_xml(base: str, feed: int, items: int) -> bytes:
    language = _LANGS[feed % len(_LANGS)]
    parts = ['<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Bench</title>']
    for item in range(items):
        minute = (feed * 7 + item * 13) % 60
        parts.append(
            f"<item><title>Artikel {feed}-{item}</title><link>{base}/a/{feed}/{item}?utm_source=rss</link>"
            f'<guid isPermaLink="false">urn:bench:{feed}:{item}</guid>'
            f"<pubDate>Tue, 09 Feb 2021 13:{minute:02d}:00 +0100</pubDate>"
            f"<description>{language[2][:120]}</description></item>"
        )
    parts.append("</channel></rss>")
    return "".join(parts).encode("utf-8")


def _page(feed: int, item: int) -> bytes:
    text = _LANGS[feed % len(_LANGS)][2]
    return (
        f"<!doctype html><html><head><title>Artikel {feed}-{item}</title>"
        '<meta name="author" content="Bench Redaktion"></head><body><nav><a href="/">Forside</a></nav>'
        f"<article><h1>Artikel {feed}-{item}</h1><p>{text}</p><p>{text} ({feed}/{item})</p></article>"
        "<footer>Kontakt</footer></body></html>"
    ).encode()


def _serve(port: int, items: int) -> None:
    base = f"http://127.0.0.1:{port}"
    cache: dict[int, bytes] = {}

    async def feed(request: web.Request) -> web.Response:
        number = int(request.match_info["n"])
        etag = f'"f{number}"'
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        body = cache.get(number)
        if body is None:
            body = cache[number] = _feed_xml(base, number, items)
        return web.Response(body=body, headers={"ETag": etag, "Content-Type": "application/rss+xml"})

    async def article(request: web.Request) -> web.Response:
        body = _page(int(request.match_info["f"]), int(request.match_info["i"]))
        return web.Response(body=body, headers={"Content-Type": "text/html; charset=utf-8"})

    app = web.Application()
    app.router.add_get("/feed/{n}", feed)
    app.router.add_get("/a/{f}/{i}", article)
    web.run_app(app, host="127.0.0.1", port=port, print=None, access_log=None)


async def _wait_up(url: str) -> None:
    async with httpx.AsyncClient() as client:
        for _ in range(200):
            try:
                await client.get(url)
                return
            except httpx.TransportError:
                await asyncio.sleep(0.05)
    raise RuntimeError(f"bench server did not come up at {url}")


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


async def bench(feeds: int = 2000, items: int = 20, bootstrap: str | None = None) -> dict[str, Any]:
    """Run the two cycles and return their figures (seconds, CPU seconds, peak RSS in MB, counts)."""
    port = free_port()
    server = multiprocessing.get_context("spawn").Process(target=_serve, args=(port, items), daemon=True)
    server.start()
    try:
        await _wait_up(f"http://127.0.0.1:{port}/feed/0")
        with tempfile.TemporaryDirectory(prefix="armswatch-bench-") as tmp:
            path = Path(tmp) / "feeds.toml"
            lines = []
            for number in range(feeds):
                language, country, _ = _LANGS[number % len(_LANGS)]
                lines.append(
                    f'[[feed]]\nname = "Bench {number}"\nurl = "http://127.0.0.1:{port}/feed/{number}"\n'
                    f'language = "{language}"\ncountry = "{country}"\n'
                )
            path.write_text("\n".join(lines), encoding="utf-8")
            settings = FetcherSettings(
                feeds_file=path,
                state_dir=Path(tmp) / "state",
                politeness_delay_s=0.0,
                concurrency=16,
                per_host_concurrency=16,
                page_concurrency=1,
                metrics_port=None,
                stale_days=36500,
            )
            kafka = KafkaSettings(topic_prefix=f"bench{uuid.uuid4().hex[:8]}")
            producer: Producer | None = None
            if bootstrap:
                await ensure_topics(bootstrap, standard_topics(kafka))
            else:
                producer = NullProducer()
            fetcher = build_fetcher(settings, kafka, bootstrap or "unused:9092", producer=producer)
            async with fetcher:
                fetcher.detector.detect("warm the language model up")
                cpu, wall = _cpu(), time.perf_counter()
                first = await fetcher.poll_once(force=True)
                new_wall, new_cpu = time.perf_counter() - wall, _cpu() - cpu
                cpu, wall = _cpu(), time.perf_counter()
                second = await fetcher.poll_once(force=True)
                same_wall, same_cpu = time.perf_counter() - wall, _cpu() - cpu
                published = fetcher.counters.published
    finally:
        server.terminate()
        server.join(10)
    return {
        "feeds": feeds,
        "items_per_feed": items,
        "producer": "kafka" if bootstrap else "null (counted, not sent)",
        "new_cycle_s": round(new_wall, 2),
        "new_cycle_cpu_s": round(new_cpu, 2),
        "new_cycle_outcomes": first.outcomes,
        "articles_published": published,
        "unchanged_cycle_s": round(same_wall, 2),
        "unchanged_cycle_cpu_s": round(same_cpu, 2),
        "unchanged_cycle_outcomes": second.outcomes,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main() -> None:
    """Print the benchmark's figures as JSON."""
    configure_logging("WARNING")
    args = sys.argv[1:]
    feeds = int(args[0]) if args else 2000
    items = int(args[1]) if len(args) > 1 else 20
    bootstrap = args[2] if len(args) > 2 else None
    sys.stdout.write(json.dumps(asyncio.run(bench(feeds, items, bootstrap)), indent=2) + "\n")


if __name__ == "__main__":
    main()
