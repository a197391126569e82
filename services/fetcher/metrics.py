"""Prometheus metrics of one fetcher instance, in its own registry (tests build several fetchers)."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram


class FetcherMetrics:
    """Polls by outcome, articles published, fetch latency, per-feed consecutive failures, and the quiet
    failures (bozo feeds, empty extractions, publish errors) as named counters."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry()
        self.polls = Counter(
            "armswatch_fetcher_polls",
            "Feed polls by outcome (200, 304, or an error kind).",
            ["outcome"],
            registry=self.registry,
        )
        self.articles_published = Counter(
            "armswatch_fetcher_articles_published",
            "article.fetched events acknowledged by the broker.",
            ["text_source"],
            registry=self.registry,
        )
        self.publish_errors = Counter(
            "armswatch_fetcher_publish_errors",
            "Events the broker did not acknowledge in time.",
            registry=self.registry,
        )
        self.deadletters = Counter(
            "armswatch_fetcher_deadletters",
            "Unprocessable entries sent to the dead-letter topic.",
            ["reason"],
            registry=self.registry,
        )
        self.bozo = Counter(
            "armswatch_fetcher_bozo_feeds",
            "Feed documents that parsed only partly (feedparser bozo).",
            registry=self.registry,
        )
        self.pages = Counter(
            "armswatch_fetcher_pages",
            "Article page fetches by outcome (extracted, empty, or an error kind).",
            ["outcome"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "armswatch_fetcher_fetch_seconds",
            "Time to fetch a feed or a page, redirects included.",
            ["kind"],
            buckets=(0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60),
            registry=self.registry,
        )
        self.failures = Gauge(
            "armswatch_fetcher_feed_consecutive_failures",
            "Consecutive failed polls per feed.",
            ["feed"],
            registry=self.registry,
        )
