"""Deadline loops for tests: wait for a condition or for messages on a topic, never a bare sleep."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

from aiokafka import AIOKafkaConsumer
from aiokafka.structs import ConsumerRecord

T = TypeVar("T")


async def eventually(check: Callable[[], Awaitable[T] | T], timeout: float = 30.0, interval: float = 0.1) -> T:
    """Return the first truthy result of ``check``; fail the test after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    last: T | None = None
    while time.monotonic() < deadline:
        result = check()
        last = await result if asyncio.iscoroutine(result) else result  # type: ignore[assignment]
        if last:
            return last  # type: ignore[return-value]
        await asyncio.sleep(interval)
    raise AssertionError(f"condition not met within {timeout}s (last: {last!r})")


async def consume(
    bootstrap: str, topic: str, count: int, timeout: float = 30.0, *, settle: float = 0.0
) -> list[ConsumerRecord]:
    """Read ``count`` records from the start of ``topic`` (and, with ``settle``, anything after them)."""
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest", enable_auto_commit=False
    )
    await consumer.start()
    records: list[ConsumerRecord] = []
    try:
        deadline = time.monotonic() + timeout
        while len(records) < count and time.monotonic() < deadline:
            batch = await consumer.getmany(timeout_ms=200)
            for part in batch.values():
                records.extend(part)
        if settle:
            end = time.monotonic() + settle
            while time.monotonic() < end:
                batch = await consumer.getmany(timeout_ms=100)
                for part in batch.values():
                    records.extend(part)
    finally:
        await consumer.stop()
    if len(records) < count:
        raise AssertionError(f"expected {count} records on {topic} within {timeout}s, got {len(records)}")
    return records
