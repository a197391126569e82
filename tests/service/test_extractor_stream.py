"""The extractor stream against the real broker: articles in, mentions out, poison to the dead-letter topic."""

from __future__ import annotations

import asyncio
import json

from schemas import DeadLetter, MentionTagged
from services.core.kafka import ensure_topics, make_producer, standard_topics
from services.core.settings import KafkaSettings
from services.core.stream_app import has_assignment
from services.core.topics import ARTICLES, DEADLETTER, MENTIONS, topic_name
from services.extractor.app import build_extractor
from services.extractor.settings import ExtractorSettings
from tests import samples
from tests.waiting import consume, eventually


async def test_articles_become_mentions_and_poison_is_dead_lettered(
    kafka_bootstrap: str, kafka_settings: KafkaSettings, unique: str
) -> None:
    """A good article yields one mention.tagged with a deterministic id; a poison record is dead-lettered and the
    stream goes on to tag the article after it."""
    prefix = kafka_settings.topic_prefix
    await ensure_topics(kafka_bootstrap, standard_topics(kafka_settings))
    extractor = build_extractor(ExtractorSettings(app_id=f"ex-{unique}"), kafka_settings, kafka_bootstrap)
    stop = asyncio.Event()
    runner = asyncio.create_task(extractor.run(stop))
    try:
        await eventually(lambda: has_assignment(extractor.app), timeout=60)
        producer = make_producer(kafka_bootstrap, "test")
        await producer.start()
        articles = topic_name(ARTICLES, prefix)
        try:
            await producer.send_and_wait(articles, key=b"a1", value=samples.article("a1").to_bytes())
            await producer.send_and_wait(articles, key=b"a1", value=b"\xff not json at all")
            await producer.send_and_wait(articles, key=b"a1", value=json.dumps({"type": "article.fetched"}).encode())
            await producer.send_and_wait(articles, key=b"a2", value=samples.article("a2").to_bytes())
        finally:
            await producer.stop()
        mentions = await consume(kafka_bootstrap, topic_name(MENTIONS, prefix), 2, timeout=60)
        letters = await consume(kafka_bootstrap, topic_name(DEADLETTER, prefix), 2, timeout=30)
    finally:
        stop.set()
        await asyncio.wait_for(runner, 60)
    events = sorted(
        (MentionTagged.model_validate_json(r.value) for r in mentions), key=lambda e: e.data.article.article_id
    )
    assert [e.data.article.article_id for e in events] == ["a1", "a2"]
    first = events[0].data.mentions[0]
    assert (first.supplier, first.recipient, first.weapon.value) == ("KP", "RU", "artillery_ammunition")
    assert first.evidence == samples.TEXT[first.evidence_span.start : first.evidence_span.end]
    assert events[0].event_id != events[1].event_id
    dead = [DeadLetter.model_validate_json(r.value).data for r in letters]
    assert {d.service for d in dead} == {"extractor"}
    assert {d.original_encoding for d in dead} == {"base64", "utf-8"}
    assert all("not an article.fetched event" in d.reason or "empty" in d.reason for d in dead)
    assert extractor.metrics.counts["failures"] == 2
    assert extractor.metrics.counts["articles"] == 2
