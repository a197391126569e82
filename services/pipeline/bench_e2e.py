"""``armswatch bench e2e``: from an item appearing in a feed to its verified webhook, through the three
service processes, at a steady rate; then the throughput ceiling with a burst.

Latency is split in two: *visible → polled* (the fetch interval: how long until the fetcher's next poll of
that feed saw the item) and *polled → webhook* (the pipeline itself: page fetch, text extraction, Kafka,
tagging, novelty, signing, delivery). The goal is on the second: p99 ≤ 2 s.
"""

from __future__ import annotations

import asyncio
import itertools
import random
import statistics
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from services.core.settings import KafkaSettings
from services.pipeline.demo.site import Article, Outlet, Site
from services.pipeline.harness import Harness, running_pipeline

_COUNTRIES = [
    "Norway",
    "Sweden",
    "Denmark",
    "Finland",
    "Germany",
    "France",
    "Italy",
    "Spain",
    "Poland",
    "Turkey",
    "Israel",
    "Egypt",
    "Brazil",
    "India",
    "Pakistan",
    "Japan",
    "Australia",
    "Canada",
    "Mexico",
    "Greece",
    "Romania",
    "Hungary",
    "Austria",
    "Belgium",
    "Portugal",
    "Chile",
    "Peru",
    "Kenya",
    "Nigeria",
    "Morocco",
]
_WEAPONS = ["artillery shells", "attack drones", "fighter jets", "air defence systems", "battle tanks"]
# The rest of an article: news pages carry a few paragraphs of background around the news sentence.
_BACKGROUND = (
    "The government in the capital did not comment on the report when contacted on Tuesday evening.",
    "Parliament is due to debate the annual budget next week, and the opposition has called for a vote on "
    "spending priorities before the summer recess.",
    "Analysts said the announcement fitted a pattern of closer ties between the two governments over the past "
    "two years, including trade agreements and regular visits by ministers.",
    "The ministry said further details would be published in the coming days, and that parliament would be "
    "informed in the usual way.",
)


@dataclass
class Clock:
    """When each item became visible, and when a feed response first carried it."""

    visible: dict[str, float] = field(default_factory=dict)
    first_served: dict[str, float] = field(default_factory=dict)


class TimedSite(Site):
    """The demo site, recording when a feed response first carried each item."""

    clock: Clock

    def visible(self, outlet: str) -> list[Article]:
        """Visible articles, noting the first time each is served."""
        shown = super().visible(outlet)
        now = time.monotonic()
        for article in shown:
            self.clock.first_served.setdefault(article.slug, now)
        return shown


def _articles(count: int, feeds: int, seed: int = 11) -> list[Article]:
    rng = random.Random(seed)  # noqa: S311 - reproducible benchmark input
    pairs = [(a, b) for a, b in itertools.permutations(_COUNTRIES, 2)]
    rng.shuffle(pairs)
    out = []
    for n in range(count):
        supplier, recipient = pairs[n % len(pairs)]
        weapon = _WEAPONS[(n // len(pairs)) % len(_WEAPONS)]
        text = f"{supplier} has delivered {rng.randint(2, 900)} {weapon} to {recipient}, officials said."
        paragraphs = (text, *_BACKGROUND)
        out.append(Article(f"feed{n % feeds}", f"item-{n}", 0.0, f"{supplier} arms {recipient}", "Desk", paragraphs))
    return out


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _slug_of(body: dict[str, Any]) -> str | None:
    for source in body.get("data", {}).get("sources", []):
        url = str(source.get("url", ""))
        if "/item-" in url:
            return url.rsplit("/", 1)[1].split(".")[0].split("?")[0]
    return None


def _rss_mb(harness: Harness) -> dict[str, float]:
    peaks = {}
    for name, child in harness.supervisor.children.items():
        if child.process is None:
            continue
        try:
            status = Path(f"/proc/{child.process.pid}/status").read_text(encoding="utf-8")
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmHWM:"):
                peaks[name] = int(line.split()[1]) / 1024
    return peaks


async def _feed_in(site: TimedSite, articles: list[Article], rate: float) -> None:
    started = time.monotonic()
    for n, article in enumerate(articles):
        due = started + n / rate
        delay = due - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)
        site.add(article)
        site.clock.visible[article.slug] = time.monotonic()


async def bench(
    bootstrap: str, *, rate: float = 50.0, seconds: float = 20.0, burst: int = 1000, feeds: int = 50
) -> dict[str, Any]:
    """Steady ``rate`` articles/s for ``seconds``, then a ``burst``; latencies, ceiling and peak RSS."""
    # One sequence of distinct (supplier, recipient, weapon) triples, so that every item is a new alert.
    everything = _articles(int(rate * seconds) + burst, feeds)
    steady, burst_articles = everything[: int(rate * seconds)], everything[int(rate * seconds) :]
    site = TimedSite({f"feed{n}": Outlet(f"feed{n}", f"Feed {n}", "en", "GB") for n in range(feeds)})
    site.clock = Clock()
    site.started = time.monotonic() - 1
    kafka = KafkaSettings(topic_prefix=f"bench{uuid.uuid4().hex[:6]}", partitions=6)
    env = {
        "ARMSWATCH_FETCHER_CONCURRENCY": "64",
        "ARMSWATCH_FETCHER_PER_HOST_CONCURRENCY": "64",
        "ARMSWATCH_ALERTS_MIN_CONFIDENCE": "0.0",
        "ARMSWATCH_LOG_LEVEL": "WARNING",
    }
    with tempfile.TemporaryDirectory(prefix="armswatch-bench-") as tmp:
        async with running_pipeline(bootstrap, kafka, site, Path(tmp), extra_env=env, interval_minutes=0.005) as h:
            received: dict[str, float] = {}

            def note(delivery: Any) -> None:
                slug = _slug_of(delivery.body)
                if slug and delivery.verified and delivery.body.get("type") == "alert.raised":
                    received.setdefault(slug, delivery.received_at)

            h.receiver.on_delivery = note
            await _feed_in(site, steady, rate)
            await h.wait_for(lambda _r: len(received) >= len(steady), 60)
            steady_done = dict(received)
            burst_start = time.monotonic()
            for article in burst_articles:
                site.add(article)
                site.clock.visible[article.slug] = burst_start
            await h.wait_for(lambda _r: len(received) >= len(steady) + len(burst_articles), 180)
            burst_end = max((received[a.slug] for a in burst_articles if a.slug in received), default=burst_start)
            rss = _rss_mb(h)
    polled_to_hook = [steady_done[s] - site.clock.first_served[s] for s in steady_done if s in site.clock.first_served]
    visible_to_polled = [
        site.clock.first_served[s] - site.clock.visible[s]
        for s in steady_done
        if s in site.clock.first_served and s in site.clock.visible
    ]
    visible_to_hook = [steady_done[s] - site.clock.visible[s] for s in steady_done if s in site.clock.visible]
    got_burst = sum(1 for a in burst_articles if a.slug in received)
    return {
        "rate": rate,
        "seconds": seconds,
        "steady_items": len(steady),
        "steady_alerts": len(steady_done),
        "polled_to_webhook_p50": _percentile(polled_to_hook, 0.5),
        "polled_to_webhook_p99": _percentile(polled_to_hook, 0.99),
        "visible_to_polled_p50": _percentile(visible_to_polled, 0.5),
        "visible_to_polled_p99": _percentile(visible_to_polled, 0.99),
        "visible_to_webhook_p50": _percentile(visible_to_hook, 0.5),
        "visible_to_webhook_p99": _percentile(visible_to_hook, 0.99),
        "visible_to_webhook_mean": statistics.fmean(visible_to_hook) if visible_to_hook else float("nan"),
        "burst_items": len(burst_articles),
        "burst_alerts": got_burst,
        "ceiling_articles_per_s": got_burst / max(1e-9, burst_end - burst_start),
        "peak_rss_mb": rss,
    }


def _pair(f: dict[str, Any], key: str) -> str:
    return f"p50 {f[key + '_p50']:.3f} s   p99 {f[key + '_p99']:.3f} s"


def report(f: dict[str, Any]) -> str:
    """The figures as ``armswatch bench e2e`` prints them."""
    rss = ", ".join(f"{k} {v:.0f} MB" for k, v in f["peak_rss_mb"].items())
    return "\n".join(
        [
            f"steady load                  {f['rate']:.0f} new articles/s for {f['seconds']:.0f} s: "
            f"{f['steady_alerts']}/{f['steady_items']} verified alert webhooks",
            f"poll that sees it → webhook  {_pair(f, 'polled_to_webhook')}   (goal p99 <= 2 s)",
            f"visible → polled (interval)  {_pair(f, 'visible_to_polled')}",
            f"visible → webhook            {_pair(f, 'visible_to_webhook')}",
            f"throughput ceiling           {f['ceiling_articles_per_s']:.0f} articles/s to webhook "
            f"(burst of {f['burst_items']}, {f['burst_alerts']} delivered)",
            f"peak RSS per service         {rss}",
        ]
    )
