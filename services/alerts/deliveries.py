"""The delivery log: one record per (subscription, event), persisted to the compacted deliveries topic.

A record is written when the delivery is created (pending) and after every attempt, so pending
deliveries survive a restart: ``DeliveryLog.start`` reloads them and the dispatcher resumes them. The
record carries the event body, so a resumed or manually retried delivery sends the same bytes with the
same ``webhook-id``.
"""

from __future__ import annotations

from collections import defaultdict, deque
from datetime import datetime
from enum import StrEnum

import structlog
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from schemas import deterministic_event_id
from services.alerts.compacted import CompactedTopic
from services.alerts.errors import DeliveryNotFoundError

log = structlog.get_logger(__name__)


class DeliveryStatus(StrEnum):
    """Where a delivery stands."""

    PENDING = "pending"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"


class Attempt(BaseModel):
    """One POST to the receiver."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    number: int
    at: datetime
    status_code: int | None = None
    error: str | None = None
    duration_ms: float


class Delivery(BaseModel):
    """One event for one subscription, and every attempt to deliver it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    subscription_id: str
    event_id: str
    event_type: str
    body: str = Field(description="The event envelope JSON, sent verbatim as the webhook body.")
    status: DeliveryStatus = DeliveryStatus.PENDING
    attempts: tuple[Attempt, ...] = ()
    schedule_start: int = Field(default=0, description="Attempts made before the last manual retry.")
    next_attempt_at: datetime | None = None
    created_at: datetime
    updated_at: datetime
    reason: str | None = None

    def public(self) -> dict[str, object]:
        """The API's view (without the body, which can be large)."""
        return self.model_dump(mode="json", exclude={"body"})


def delivery_id_for(subscription_id: str, event_id: str) -> str:
    """Deterministic: the same event for the same subscription is one delivery, however often seen."""
    return deterministic_event_id("delivery", subscription_id, event_id)


class DeliveryLog:
    """In-memory view of the deliveries topic: every pending delivery, the latest finished ones."""

    def __init__(self, topic: CompactedTopic, kept_per_subscription: int = 200) -> None:
        self._topic = topic
        self._kept = kept_per_subscription
        self._items: dict[str, Delivery] = {}
        self._recent: defaultdict[str, deque[str]] = defaultdict(deque)

    async def start(self) -> list[Delivery]:
        """Load the log and return the deliveries still pending."""
        await self._topic.load(self._apply)
        pending = [d for d in self._items.values() if d.status is DeliveryStatus.PENDING]
        log.info("deliveries_loaded", count=len(self._items), pending=len(pending))
        return pending

    async def close(self) -> None:
        """Release the topic's consumer."""
        await self._topic.close()

    def _apply(self, key: str, value: bytes | None) -> None:
        if value is None:
            self._forget(key)
            return
        try:
            self._remember(Delivery.model_validate_json(value))
        except ValidationError as exc:
            log.warning("delivery_record_invalid", delivery_id=key, error=str(exc)[:300])

    def _remember(self, delivery: Delivery) -> None:
        known = delivery.id in self._items
        self._items[delivery.id] = delivery
        if known:
            return
        recent = self._recent[delivery.subscription_id]
        recent.append(delivery.id)
        # Drop the oldest finished records beyond the cap (pending ones stay until they finish).
        while len(recent) > self._kept:
            oldest = self._items.get(recent[0])
            if oldest is not None and oldest.status is DeliveryStatus.PENDING:
                break
            recent.popleft()
            self._items.pop(oldest.id if oldest else "", None)

    def _forget(self, delivery_id: str) -> None:
        delivery = self._items.pop(delivery_id, None)
        if delivery is not None:
            recent = self._recent[delivery.subscription_id]
            if delivery_id in recent:
                recent.remove(delivery_id)

    def get(self, delivery_id: str) -> Delivery:
        """The delivery with this id.

        Raises ``DeliveryNotFoundError`` when the log holds none.
        """
        try:
            return self._items[delivery_id]
        except KeyError:
            raise DeliveryNotFoundError(delivery_id) from None

    def find(self, delivery_id: str) -> Delivery | None:
        """The delivery with this id, or ``None``."""
        return self._items.get(delivery_id)

    def for_subscription(self, subscription_id: str) -> list[Delivery]:
        """The subscription's deliveries in the log, newest first."""
        ids = self._recent.get(subscription_id, deque())
        found = [self._items[i] for i in ids if i in self._items]
        return sorted(found, key=lambda d: d.created_at, reverse=True)

    async def save(self, delivery: Delivery, *, wait: bool = True) -> None:
        """Persist ``delivery`` and keep it in memory.

        ``wait=False`` only hands the record to the producer (ordered per delivery id, so a later state
        never lands before an earlier one): for states whose loss costs at most a repeated attempt.
        """
        value = delivery.model_dump_json().encode("utf-8")
        if wait:
            await self._topic.put(delivery.id, value)
        else:
            await self._topic.put_soon(delivery.id, value)
        self._remember(delivery)
