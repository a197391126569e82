"""The live status line of ``armswatch run``: per service, what it has done, scraped from its /metrics."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field

import httpx
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import KafkaError
from prometheus_client.parser import text_string_to_metric_families

# What each service's line shows: label → (counter family, label values a sample must have), summed.
Shown = dict[str, tuple[str, dict[str, str]]]
SHOWN: dict[str, Shown] = {
    "fetcher": {
        "polls": ("armswatch_fetcher_polls", {}),
        "articles": ("armswatch_fetcher_articles_published", {}),
    },
    "extractor": {
        "articles": ("armswatch_extractor_articles", {}),
        "mentions": ("armswatch_extractor_mentions", {}),
    },
    "alerts": {
        "alerts": ("armswatch_alerts_events", {"type": "alert.raised"}),
        "updates": ("armswatch_alerts_events", {"type": "alert.updated"}),
        "delivered": ("armswatch_alerts_deliveries", {"outcome": "ok"}),
    },
}


@dataclass
class ServiceStatus:
    """One line of the status display."""

    name: str
    up: bool = False
    restarts: int = 0
    figures: dict[str, float] = field(default_factory=dict)
    lag: int | None = None

    def line(self) -> str:
        """``extractor  up  articles 120  mentions 14  lag 0``."""
        state = "up  " if self.up else "DOWN"
        parts = [f"{k} {int(v):,}" for k, v in self.figures.items()]
        if self.lag is not None:
            parts.append(f"lag {self.lag:,}")
        if self.restarts:
            parts.append(f"restarts {self.restarts}")
        return f"{self.name:<10} {state}  " + "  ".join(parts)


async def scrape(client: httpx.AsyncClient, port: int, shown: Shown) -> dict[str, float] | None:
    """Sum the shown counters from ``http://127.0.0.1:port/metrics`` (None when it does not answer)."""
    try:
        response = await client.get(f"http://127.0.0.1:{port}/metrics", timeout=1.0)
        response.raise_for_status()
    except httpx.HTTPError:
        return None
    return sum_counters(response.text, shown)


def sum_counters(exposition: str, shown: Shown) -> dict[str, float]:
    """The shown counters summed from a Prometheus text exposition."""
    totals = dict.fromkeys(shown, 0.0)
    for family in text_string_to_metric_families(exposition):
        name = family.name.removesuffix("_total")
        for label, (wanted, labels) in shown.items():
            if wanted != name:
                continue
            for sample in family.samples:
                counted = sample.name.endswith("_total") or sample.name == family.name
                if counted and all(sample.labels.get(k) == v for k, v in labels.items()):
                    totals[label] += sample.value
    return totals


async def consumer_lag(bootstrap: str, group: str) -> int | None:
    """Messages the group has not yet committed, summed over its partitions (None when unknown)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=3000)
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False)
    try:
        await admin.start()
        committed = await admin.list_consumer_group_offsets(group)
        if not committed:
            return None
        await consumer.start()
        parts = [TopicPartition(tp.topic, tp.partition) for tp in committed]
        ends = await consumer.end_offsets(parts)
        lag: int = sum(max(0, ends[tp] - meta.offset) for tp, meta in committed.items() if meta.offset >= 0)
        return lag
    except (TimeoutError, KafkaError, OSError):
        return None
    finally:
        with contextlib.suppress(Exception):
            await consumer.stop()
        with contextlib.suppress(Exception):
            await admin.close()
