"""Publishing with acknowledgement: an article counts as seen only once the broker has it.

A send that is not acknowledged within the publish timeout is left running (the idempotent producer keeps
retrying it); the article is marked seen if and when it lands, and the same event is not sent again while
it is in flight. Producer errors are caught, counted and logged; the poll loop goes on.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

import structlog
from aiokafka.errors import KafkaError

log = structlog.get_logger(__name__)


class Producer(Protocol):
    """The part of ``AIOKafkaProducer`` the fetcher uses (tests and the benchmark pass their own)."""

    async def start(self) -> None: ...

    async def stop(self) -> None: ...

    async def send(self, topic: str, value: bytes | None = None, key: bytes | None = None) -> Awaitable[Any]: ...


class NullProducer:
    """Acknowledges every send at once and keeps only a count (benchmarks without a broker)."""

    def __init__(self) -> None:
        self.sent = 0
        self.bytes = 0

    async def start(self) -> None:
        """Nothing to start."""

    async def stop(self) -> None:
        """Nothing to stop."""

    async def send(self, topic: str, value: bytes | None = None, key: bytes | None = None) -> Awaitable[Any]:
        """Count the message; the returned future is already done."""
        self.sent += 1
        self.bytes += len(value or b"")
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        future.set_result(None)
        return future


class Publisher:
    """Sends events and calls back once each is acknowledged."""

    def __init__(self, producer: Producer, timeout_s: float) -> None:
        self.producer = producer
        self.timeout_s = timeout_s
        self._inflight: dict[str, asyncio.Future[Any]] = {}

    @property
    def inflight(self) -> int:
        """Events sent but not yet acknowledged (nor failed)."""
        return len(self._inflight)

    def is_inflight(self, event_id: str) -> bool:
        """Whether this event was sent and its acknowledgement is still pending."""
        return event_id in self._inflight

    async def publish(self, topic: str, key: str, value: bytes, event_id: str, on_ack: Callable[[], None]) -> bool:
        """Send one event; ``True`` once acknowledged (``on_ack`` has run), ``False`` when not (yet).

        Never raises for broker trouble: failures are logged as ``article_publish_failed``.
        """
        if event_id in self._inflight:
            return False
        try:
            pending = await asyncio.wait_for(
                self.producer.send(topic, value=value, key=key.encode("utf-8")), self.timeout_s
            )
            future: asyncio.Future[Any] = asyncio.ensure_future(pending)
        except (KafkaError, TimeoutError, OSError) as exc:
            log.warning("article_publish_failed", event_id=event_id, error=repr(exc), stage="send")
            return False
        try:
            await asyncio.wait_for(asyncio.shield(future), self.timeout_s)
        except TimeoutError:
            self._inflight[event_id] = future
            future.add_done_callback(lambda done: self._settled(event_id, done, on_ack))
            log.warning("article_publish_pending", event_id=event_id, timeout_s=self.timeout_s)
            return False
        except (KafkaError, OSError) as exc:
            log.warning("article_publish_failed", event_id=event_id, error=repr(exc), stage="ack")
            return False
        on_ack()
        return True

    def _settled(self, event_id: str, future: asyncio.Future[Any], on_ack: Callable[[], None]) -> None:
        self._inflight.pop(event_id, None)
        if future.cancelled() or future.exception() is not None:
            log.warning(
                "article_publish_failed",
                event_id=event_id,
                stage="late",
                error=repr(future.exception()) if not future.cancelled() else "cancelled",
            )
            return
        on_ack()
        log.info("article_publish_acknowledged_late", event_id=event_id)
