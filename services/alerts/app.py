"""Faust wiring of the alerts stream: three agents, one table.

1. ``fanout``   reads ``<prefix>.mentions`` (keyed by article id), drops weak mentions and re-keys each
   mention by ``supplier|recipient`` onto the internal ``<prefix>.alerts-pairs`` topic, so that every
   decision about a pair (new supplier, new weapon, stories) is taken in one partition.
2. ``novelty``  reads the pair topic and keeps the ``novelty`` table (pair → ``PairState`` JSON; memory
   store recovered from its changelog topic), publishing alerts to ``<prefix>.alerts`` keyed by story id
   *before* it updates the table, so a crash in between re-publishes the same (deterministic) ids.
3. ``deliver``  reads ``<prefix>.alerts`` and hands each event to the dispatcher, which records one
   delivery per matching subscription before the offset is committed.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import faust
import structlog
from faust.types import StreamT
from pydantic import TypeAdapter, ValidationError

from schemas import AlertRaised, AlertUpdated, DeadLetter, MentionTagged
from services.alerts.metrics import AlertsMetrics
from services.alerts.novelty import confident_enough
from services.alerts.state import PairMention, PairState, pair_key
from services.alerts.stories import StoryRules, apply
from services.core.kafka import TopicRequest
from services.core.settings import KafkaSettings
from services.core.stream_app import dead_letter_for, make_app
from services.core.topics import ALERTS, MENTIONS, topic_name

log = structlog.get_logger(__name__)

SERVICE = "alerts"
TABLE = "novelty"

AlertEvent = AlertRaised | AlertUpdated
_ALERT_ADAPTER: TypeAdapter[AlertEvent] = TypeAdapter(AlertEvent)

Dispatch = Callable[[AlertEvent, bytes], Awaitable[int]]
DeadLetterSink = Callable[[DeadLetter], Awaitable[None]]


def app_id_for(kafka: KafkaSettings) -> str:
    """The Faust app id (consumer group, changelog prefix) of the alerts stream."""
    return f"{kafka.topic_prefix}-alerts"


def pairs_topic(kafka: KafkaSettings) -> str:
    """The internal pair-keyed topic."""
    return f"{kafka.topic_prefix}.alerts-pairs"


def internal_topics(kafka: KafkaSettings) -> list[TopicRequest]:
    """Topics the stream needs beyond the standard ones, created up front so a fresh cluster works."""
    return [
        TopicRequest(pairs_topic(kafka), kafka.partitions, {"retention.ms": str(7 * 24 * 3600 * 1000)}),
        TopicRequest(f"{app_id_for(kafka)}-{TABLE}-changelog", kafka.partitions, {"cleanup.policy": "compact"}),
    ]


@dataclass(slots=True)
class AlertsStream:
    """The Faust app and its table (exposed for tests and status)."""

    app: faust.App
    table: Any
    inputs: tuple[str, ...] = ()  # the topics its agents read (watched for stalls)


def build_stream(
    kafka: KafkaSettings,
    bootstrap_servers: str,
    *,
    rules: StoryRules,
    min_confidence: float,
    dispatch: Dispatch,
    dead_letters: DeadLetterSink,
    metrics: AlertsMetrics,
    dispatch_concurrency: int = 16,
) -> AlertsStream:
    """Wire the three agents (see the module docstring); nothing runs until ``run_app``."""
    app = make_app(app_id_for(kafka), kafka, bootstrap_servers, producer_linger=0.0)
    mentions = app.topic(topic_name(MENTIONS, kafka.topic_prefix))
    pairs = app.topic(pairs_topic(kafka), partitions=kafka.partitions)
    alerts = app.topic(topic_name(ALERTS, kafka.topic_prefix))
    table = app.Table(TABLE, partitions=kafka.partitions, key_type=bytes, value_type=bytes)
    counters = metrics.counters

    async def fanout(stream: StreamT[Any]) -> None:
        async for event in stream.events():
            message = event.message
            try:
                tagged = MentionTagged.model_validate_json(event.value)
            except ValidationError as exc:
                await dead_letters(dead_letter_for(SERVICE, str(exc), exc, event))
                metrics.mentions.labels("invalid").inc()
                log.warning("mention_invalid", topic=message.topic, offset=message.offset)
                continue
            consumed_at = time.time()
            event_time = tagged.data.article.published_at or tagged.occurred_at
            kept = 0
            for mention in tagged.data.mentions:
                counters.mentions_consumed += 1
                if not confident_enough(mention, min_confidence):
                    counters.mentions_ignored += 1
                    metrics.mentions.labels("below_confidence").inc()
                    continue
                item = PairMention(
                    source_event_id=tagged.event_id,
                    article=tagged.data.article,
                    mention=mention,
                    event_time=event_time,
                    consumed_at=consumed_at,
                )
                await pairs.send(key=pair_key(mention.supplier, mention.recipient).encode(), value=item.to_bytes())
                kept += 1
            log.info(
                "mentions_fanned_out",
                article_id=tagged.data.article.article_id,
                mentions=len(tagged.data.mentions),
                kept=kept,
            )

    async def novelty(stream: StreamT[Any]) -> None:
        async for event in stream.events():
            key: bytes = event.key
            try:
                item = PairMention.model_validate_json(event.value)
            except ValidationError as exc:
                await dead_letters(dead_letter_for(SERVICE, str(exc), exc, event))
                continue
            metrics.judge_lag_seconds.observe(max(0.0, time.time() - item.consumed_at))
            raw = table.get(key)
            state = PairState.model_validate_json(raw) if raw else None
            outcome = apply(state, item, rules)
            for alert in outcome.events:
                await alerts.send(key=alert.data.story_id.encode(), value=alert.to_bytes())
                metrics.alerts.labels(alert.type, alert.data.kind.value).inc()
                if isinstance(alert, AlertRaised):
                    counters.alerts_raised += 1
                else:
                    counters.alerts_updated += 1
            if outcome.state != state:
                table[key] = outcome.state.to_bytes()
            metrics.mentions.labels(outcome.outcome).inc()
            counters.mentions_judged += 1
            mention = item.mention
            log.info(
                "mention_judged",
                outcome=outcome.outcome,
                article_id=item.article.article_id,
                supplier=mention.supplier,
                recipient=mention.recipient,
                weapon=mention.weapon.value,
                event_ids=[e.event_id for e in outcome.events],
            )

    async def deliver(stream: StreamT[Any]) -> None:
        async for event in stream.events():
            try:
                alert = _ALERT_ADAPTER.validate_json(event.value)
            except ValidationError as exc:
                await dead_letters(dead_letter_for(SERVICE, str(exc), exc, event))
                continue
            created = await dispatch(alert, event.value)
            log.info("alert_dispatched", event_id=alert.event_id, type=alert.type, deliveries=created)

    app.agent(mentions, name="fanout")(fanout)
    app.agent(pairs, name="novelty")(novelty)
    # Many alerts in flight at once: each waits for its delivery records to be durable, and Faust commits
    # an offset only when every event before it is done.
    app.agent(alerts, name="deliver", concurrency=dispatch_concurrency)(deliver)
    return AlertsStream(
        app=app, table=table, inputs=(mentions.get_topic_name(), pairs.get_topic_name(), alerts.get_topic_name())
    )
