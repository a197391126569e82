"""The foundation against the real broker: events round-trip, topics are created, a Faust app consumes."""

from __future__ import annotations

import asyncio

from aiokafka.admin import AIOKafkaAdminClient

from services.core.kafka import TopicRequest, ensure_topics, make_producer, standard_topics, wait_for_kafka
from services.core.settings import KafkaSettings
from services.core.stream_app import has_assignment, make_app, run_app
from services.core.topics import ALL, model_for, topic_name
from tests import samples
from tests.waiting import consume, eventually


async def test_metadata_request_answers(kafka_bootstrap: str) -> None:
    """Readiness is a real metadata request that lists at least one broker."""
    cluster = await wait_for_kafka(kafka_bootstrap, timeout_s=10)
    assert cluster["brokers"]


async def test_standard_topics_are_created_once_with_configured_partitions(
    kafka_bootstrap: str, kafka_settings: KafkaSettings
) -> None:
    """Start-up creates every Armswatch topic with the configured partitions, and a second call creates none."""
    created = await ensure_topics(kafka_bootstrap, standard_topics(kafka_settings))
    assert sorted(created) == sorted(topic_name(spec, kafka_settings.topic_prefix) for spec in ALL)
    assert await ensure_topics(kafka_bootstrap, standard_topics(kafka_settings)) == []
    admin = AIOKafkaAdminClient(bootstrap_servers=kafka_bootstrap)
    await admin.start()
    try:
        described = await admin.describe_topics(created)
    finally:
        await admin.close()
    assert {len(t["partitions"]) for t in described} == {kafka_settings.partitions}


async def test_each_event_type_round_trips_through_the_broker(
    kafka_bootstrap: str, kafka_settings: KafkaSettings
) -> None:
    """Every event type, produced idempotently with acks=all, is read back equal and keyed as documented."""
    events = [samples.article(), samples.tagged(), samples.raised(), samples.updated(), samples.deadletter_event()]
    topic = f"{kafka_settings.topic_prefix}.roundtrip"
    await ensure_topics(kafka_bootstrap, [TopicRequest(topic, 1)])
    producer = make_producer(kafka_bootstrap, "test")
    await producer.start()
    try:
        for event in events:
            await producer.send_and_wait(topic, key=event.event_id.encode(), value=event.to_bytes())
    finally:
        await producer.stop()
    records = await consume(kafka_bootstrap, topic, len(events))
    back = [model_for(e.type).model_validate_json(r.value) for e, r in zip(events, records, strict=True)]
    assert back == events
    assert [r.key.decode() for r in records] == [e.event_id for e in events]


async def test_faust_app_creates_its_topics_and_consumes_in_a_group(
    kafka_bootstrap: str, kafka_settings: KafkaSettings, unique: str
) -> None:
    """A Faust app on a fresh cluster declares its topics and changelog, joins a group, and processes messages."""
    source = f"{kafka_settings.topic_prefix}.in"
    await ensure_topics(kafka_bootstrap, [TopicRequest(source, kafka_settings.partitions)])
    app = make_app(f"faust-{unique}", kafka_settings, kafka_bootstrap)
    topic = app.topic(source, key_type=bytes, value_type=bytes, partitions=kafka_settings.partitions)
    counts = app.Table(f"counts-{unique}", default=int, partitions=kafka_settings.partitions)
    seen: list[bytes] = []

    @app.agent(topic)
    async def count(stream):  # type: ignore[no-untyped-def]
        async for key, value in stream.items():
            counts[key] += 1
            seen.append(value)

    stop = asyncio.Event()
    runner = asyncio.create_task(run_app(app, stop))
    try:
        await eventually(lambda: has_assignment(app), timeout=60)
        producer = make_producer(kafka_bootstrap, "test")
        await producer.start()
        try:
            for n in range(6):
                await producer.send_and_wait(source, key=f"k{n % 2}".encode(), value=f"v{n}".encode())
        finally:
            await producer.stop()
        await eventually(lambda: len(seen) == 6, timeout=60)
        assert counts[b"k0"] == 3
        assert counts[b"k1"] == 3
    finally:
        stop.set()
        await asyncio.wait_for(runner, 60)
    admin = AIOKafkaAdminClient(bootstrap_servers=kafka_bootstrap)
    await admin.start()
    try:
        names = set(await admin.list_topics())
        groups = {g[0] for g in await admin.list_consumer_groups()}
    finally:
        await admin.close()
    assert source in names
    assert f"faust-{unique}-counts-{unique}-changelog" in names
    assert f"faust-{unique}" in groups
