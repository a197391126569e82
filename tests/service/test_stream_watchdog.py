"""The stall watchdog against the real broker: a stream that stops reading while records wait is stopped with
``StreamStalledError`` (so its supervisor restarts it); an idle, caught-up stream is left alone."""

from __future__ import annotations

import asyncio

import pytest

from services.core.kafka import TopicRequest, ensure_topics, make_producer
from services.core.settings import KafkaSettings
from services.core.stream_app import StreamStalledError, has_assignment, make_app, run_app
from tests.waiting import eventually


async def _produce(bootstrap: str, topic: str, *values: bytes) -> None:
    producer = make_producer(bootstrap, "test")
    await producer.start()
    try:
        for value in values:
            await producer.send_and_wait(topic, value=value)
    finally:
        await producer.stop()


async def test_a_stream_that_reads_nothing_while_records_wait_is_stopped_as_stalled(
    kafka_bootstrap: str, kafka_settings: KafkaSettings, unique: str
) -> None:
    source = f"{kafka_settings.topic_prefix}.watched"
    await ensure_topics(kafka_bootstrap, [TopicRequest(source, 1)])
    app = make_app(f"stall-{unique}", kafka_settings, kafka_bootstrap)
    topic = app.topic(source, key_type=bytes, value_type=bytes, partitions=1)
    seen: list[bytes] = []

    @app.agent(topic)
    async def read(stream):  # type: ignore[no-untyped-def]
        async for value in stream:
            seen.append(value)

    stop = asyncio.Event()
    runner = asyncio.create_task(run_app(app, stop, inputs=[source], stall_timeout_s=3.0, check_every_s=0.5))
    try:
        await eventually(lambda: has_assignment(app), timeout=60)
        await _produce(kafka_bootstrap, source, b"one", b"two")
        await eventually(lambda: len(seen) == 2, timeout=60)
        # Caught up and idle for longer than the stall timeout: nothing waits, so this is no stall.
        await asyncio.sleep(5)
        assert not runner.done()
        # Now the consumer stops fetching (as in a hung rebalance) while new records arrive.
        app.consumer.pause_partitions(app.consumer.assignment())
        await _produce(kafka_bootstrap, source, b"three", b"four")
        with pytest.raises(StreamStalledError, match="2 records waiting"):
            await asyncio.wait_for(runner, 30)
    finally:
        stop.set()
        if not runner.done():
            await asyncio.wait_for(runner, 60)
    assert seen == [b"one", b"two"]
