"""A compacted Kafka topic used as a key → value store: read to its end at start-up, then followed.

Values are JSON bytes; ``None`` is a tombstone. ``load`` returns the latest value per key once every
partition has been read up to the end offset it had when loading began. ``follow`` keeps applying later
records (e.g. another instance's writes) until stopped.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable

import structlog
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.errors import KafkaError

from services.alerts.errors import StoreLoadError
from services.core.kafka import quiet_logger

log = structlog.get_logger(__name__)

Apply = Callable[[str, bytes | None], None]


class CompactedTopic:
    """Read and write one compacted topic (see the module docstring)."""

    def __init__(self, bootstrap_servers: str, topic: str, producer: AIOKafkaProducer) -> None:
        self.topic = topic
        self._bootstrap = bootstrap_servers
        self._producer = producer
        self._consumer: AIOKafkaConsumer | None = None
        self._follower: asyncio.Task[None] | None = None

    async def load(self, apply: Apply, timeout_s: float = 60.0) -> int:
        """Apply every record from the beginning to the current end; return how many were read.

        Raises ``StoreLoadError`` when the topic cannot be read to its end within ``timeout_s``.
        """
        started = time.monotonic()
        consumer = AIOKafkaConsumer(
            bootstrap_servers=self._bootstrap, enable_auto_commit=False, auto_offset_reset="earliest"
        )
        self._consumer = consumer
        try:
            await consumer.start()
            partitions = await self._partitions(consumer)
            tps = [TopicPartition(self.topic, p) for p in sorted(partitions)]
            consumer.assign(tps)
            with quiet_logger("aiokafka.consumer.fetcher"):
                # A just-created topic answers NotLeaderForPartition for a moment; aiokafka retries.
                await consumer.seek_to_beginning(*tps)
                ends: dict[TopicPartition, int] = await consumer.end_offsets(tps)
            count = 0
            deadline = started + timeout_s
            while await _behind(consumer, ends):
                if time.monotonic() > deadline:
                    raise StoreLoadError(f"{self.topic} was not read to its end within {timeout_s:.0f}s")
                batch = await consumer.getmany(timeout_ms=200)
                for records in batch.values():
                    for record in records:
                        apply(_key(record.key), record.value)
                        count += 1
        except KafkaError as exc:
            await self.close()
            raise StoreLoadError(f"cannot read {self.topic}: {exc!r}") from exc
        except BaseException:
            await self.close()
            raise
        log.info(
            "store_loaded", topic=self.topic, records=count, duration_ms=round((time.monotonic() - started) * 1000)
        )
        return count

    async def _partitions(self, consumer: AIOKafkaConsumer) -> set[int]:
        for _ in range(50):
            await consumer._client.force_metadata_update()
            found = consumer.partitions_for_topic(self.topic)
            if found:
                return set(found)
            await asyncio.sleep(0.1)
        raise StoreLoadError(f"topic {self.topic} does not exist")

    def follow(self, apply: Apply) -> None:
        """Keep applying records written after ``load`` (by this or another instance) until ``close``."""
        if self._consumer is None:
            raise StoreLoadError("follow() before load()")
        self._follower = asyncio.create_task(self._follow(self._consumer, apply), name=f"follow:{self.topic}")

    async def _follow(self, consumer: AIOKafkaConsumer, apply: Apply) -> None:
        while True:
            try:
                batch = await consumer.getmany(timeout_ms=1000)
            except KafkaError as exc:
                log.warning("store_follow_failed", topic=self.topic, error=repr(exc))
                await asyncio.sleep(1.0)
                continue
            for records in batch.values():
                for record in records:
                    apply(_key(record.key), record.value)

    async def put(self, key: str, value: bytes | None) -> None:
        """Write ``value`` (``None``: a tombstone) under ``key`` and wait until the broker has it."""
        await self._producer.send_and_wait(self.topic, key=key.encode("utf-8"), value=value)

    async def put_soon(self, key: str, value: bytes | None) -> None:
        """Queue ``value`` under ``key`` without waiting for the broker; a failure is logged, not raised."""
        future = await self._producer.send(self.topic, key=key.encode("utf-8"), value=value)
        future.add_done_callback(self._log_failure)

    def _log_failure(self, future: asyncio.Future[object]) -> None:
        if not future.cancelled() and future.exception() is not None:
            log.warning("store_write_failed", topic=self.topic, error=repr(future.exception()))

    async def close(self) -> None:
        """Stop following and close the consumer."""
        if self._follower is not None:
            self._follower.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._follower
            self._follower = None
        if self._consumer is not None:
            consumer, self._consumer = self._consumer, None
            with contextlib.suppress(KafkaError, OSError):
                await consumer.stop()


async def _behind(consumer: AIOKafkaConsumer, ends: dict[TopicPartition, int]) -> bool:
    for tp, end in ends.items():
        if await consumer.position(tp) < end:
            return True
    return False


def _key(raw: bytes | None) -> str:
    return raw.decode("utf-8", "replace") if raw is not None else ""
