"""What the alerts service counts: plain counters for a status line, Prometheus metrics for scraping."""

from __future__ import annotations

from dataclasses import dataclass, field

from prometheus_client import CollectorRegistry, Counter, Histogram

_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)


@dataclass(slots=True)
class Counters:
    """Running totals since start, for ``armswatch`` status lines and tests."""

    mentions_consumed: int = 0
    mentions_ignored: int = 0
    mentions_judged: int = 0
    alerts_raised: int = 0
    alerts_updated: int = 0
    deliveries_ok: int = 0
    deliveries_failed: int = 0
    delivery_attempts_failed: int = 0
    dead_lettered: int = 0


@dataclass(slots=True)
class AlertsMetrics:
    """Prometheus metrics in a registry of their own (one per service instance)."""

    registry: CollectorRegistry = field(default_factory=CollectorRegistry)
    counters: Counters = field(default_factory=Counters)
    mentions: Counter = field(init=False)
    alerts: Counter = field(init=False)
    deliveries: Counter = field(init=False)
    delivery_seconds: Histogram = field(init=False)
    delivery_lag_seconds: Histogram = field(init=False)
    judge_lag_seconds: Histogram = field(init=False)

    def __post_init__(self) -> None:
        self.mentions = Counter(
            "armswatch_alerts_mentions", "Mentions consumed, by outcome.", ["outcome"], registry=self.registry
        )
        self.alerts = Counter(
            "armswatch_alerts_events",
            "Alerts raised and updated, by kind.",
            ["type", "kind"],
            registry=self.registry,
        )
        self.deliveries = Counter(
            "armswatch_alerts_deliveries",
            "Webhook delivery attempts, by outcome.",
            ["outcome"],
            registry=self.registry,
        )
        self.delivery_seconds = Histogram(
            "armswatch_alerts_delivery_seconds",
            "Duration of one webhook POST.",
            buckets=_LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.judge_lag_seconds = Histogram(
            "armswatch_alerts_judge_lag_seconds",
            "From a mention's consumption to its novelty verdict.",
            buckets=_LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.delivery_lag_seconds = Histogram(
            "armswatch_alerts_delivery_lag_seconds",
            "From the event's creation to its first webhook POST.",
            buckets=_LATENCY_BUCKETS,
            registry=self.registry,
        )
