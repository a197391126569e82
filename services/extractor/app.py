"""The extractor stream: Faust wiring around ``processing.process`` (articles in, mentions out)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import faust
import structlog
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

from services.core.kafka import ensure_topics, standard_topics
from services.core.metrics import serve_metrics
from services.core.settings import KafkaSettings
from services.core.stream_app import dead_letter_for, make_app, run_app
from services.core.topics import ARTICLES, DEADLETTER, MENTIONS, topic_name
from services.extractor.errors import ExtractorError
from services.extractor.processing import process
from services.extractor.settings import ExtractorSettings
from services.extractor.tagging import TAGGER_VERSION, native

log = structlog.get_logger(__name__)
SERVICE = "extractor"


@dataclass
class ExtractorMetrics:
    """Counters for the status line and Prometheus (one registry per extractor instance)."""

    registry: CollectorRegistry = field(default_factory=CollectorRegistry)

    def __post_init__(self) -> None:
        self.articles = Counter("armswatch_extractor_articles", "Articles seen.", ["language"], registry=self.registry)
        self.mentions = Counter(
            "armswatch_extractor_mentions", "Mentions found.", ["language", "weapon"], registry=self.registry
        )
        self.failures = Counter(
            "armswatch_extractor_failures", "Dead-lettered records.", ["reason"], registry=self.registry
        )
        self.seconds = Histogram("armswatch_extractor_tag_seconds", "Tagging time per article.", registry=self.registry)
        self.native = Gauge(
            "armswatch_extractor_native_tagger",
            "1 when the tagger runs compiled (mypyc), 0 in pure Python.",
            registry=self.registry,
        )
        self.native.set(1 if native.active() else 0)
        self.counts: dict[str, int] = {"articles": 0, "mentions": 0, "events": 0, "failures": 0}


@dataclass
class Extractor:
    """A built extractor: its Faust app, settings and metrics."""

    app: faust.App
    settings: ExtractorSettings
    metrics: ExtractorMetrics
    inputs: tuple[str, ...] = ()  # the topics its agent reads (watched for stalls)
    stall_timeout_s: float | None = None

    async def run(self, stop: asyncio.Event) -> None:
        """Run the stream until ``stop`` is set."""
        serve_metrics(self.settings.metrics_port, self.metrics.registry)
        log.info("extractor_started", tagger_version=TAGGER_VERSION, native=native.active())
        await run_app(self.app, stop, inputs=self.inputs, stall_timeout_s=self.stall_timeout_s)


def build_extractor(settings: ExtractorSettings, kafka: KafkaSettings, bootstrap_servers: str) -> Extractor:
    """Wire the extractor's Faust app: one agent over the articles topic."""
    app_id = settings.app_id or f"{kafka.topic_prefix}-extractor"
    app = make_app(app_id, kafka, bootstrap_servers)
    metrics = ExtractorMetrics()
    articles = app.topic(topic_name(ARTICLES, kafka.topic_prefix), key_type=bytes, value_type=bytes)
    mentions = app.topic(topic_name(MENTIONS, kafka.topic_prefix), key_type=bytes, value_type=bytes)
    deadletters = app.topic(topic_name(DEADLETTER, kafka.topic_prefix), key_type=bytes, value_type=bytes)

    async def extract(stream: AsyncIterator[Any]) -> AsyncIterator[None]:
        async for event in stream.events():  # type: ignore[attr-defined]
            await _handle(event, settings, metrics, mentions, deadletters)
            yield None

    app.agent(articles, name=f"{app_id}.extract")(extract)  # type: ignore[arg-type]
    return Extractor(app, settings, metrics, (articles.get_topic_name(),), kafka.stall_timeout_s)


async def _handle(
    event: Any, settings: ExtractorSettings, metrics: ExtractorMetrics, mentions: Any, deadletters: Any
) -> None:
    message = event.message
    started = time.perf_counter()
    try:
        outcome = process(event.value, settings)
    except ExtractorError as exc:
        reason = type(exc).__name__
        letter = dead_letter_for(SERVICE, str(exc), exc, event)
        await (await deadletters.send(key=event.key, value=letter.to_bytes()))
        metrics.failures.labels(reason).inc()
        metrics.counts["failures"] += 1
        log.warning(
            "article_dead_lettered",
            reason=str(exc),
            topic=message.topic,
            partition=message.partition,
            offset=message.offset,
        )
        return
    elapsed = time.perf_counter() - started
    data = outcome.article.data
    metrics.seconds.observe(elapsed)
    metrics.articles.labels(data.language).inc()
    metrics.counts["articles"] += 1
    found = outcome.event.data.mentions if outcome.event else ()
    for mention in found:
        metrics.mentions.labels(data.language, mention.weapon.value).inc()
    metrics.counts["mentions"] += len(found)
    if outcome.event is not None:
        # Wait for the broker's ack before the offset can be committed: at-least-once, never lost.
        await (await mentions.send(key=data.article_id.encode(), value=outcome.event.to_bytes()))
        metrics.counts["events"] += 1
    log.info(
        "article_tagged",
        article_id=data.article_id,
        language=data.language,
        mentions=len(found),
        duration_ms=round(elapsed * 1000, 2),
    )


async def run_extractor(
    bootstrap_servers: str,
    stop: asyncio.Event,
    settings: ExtractorSettings | None = None,
    kafka: KafkaSettings | None = None,
) -> Extractor:
    """Create the topics, build the extractor and run it until ``stop`` is set."""
    settings = settings or ExtractorSettings()
    kafka = kafka or KafkaSettings()
    await ensure_topics(bootstrap_servers, standard_topics(kafka), kafka.replication_factor)
    extractor = build_extractor(settings, kafka, bootstrap_servers)
    await extractor.run(stop)
    return extractor
