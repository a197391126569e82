"""The one envelope every Armswatch event travels in (Standard Webhooks payload shape)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Annotated, Any, ClassVar, Generic, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1

# A fixed namespace so that ids derived from the same inputs are the same on every machine.
_NAMESPACE = uuid.UUID("5f0c6a52-8f7e-4d7e-9a51-6b8c1d2e3f40")


def utcnow() -> datetime:
    """Return the current time as an aware UTC datetime."""
    return datetime.now(UTC)


def _to_utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("datetime must carry a time zone")
    return value.astimezone(UTC)


UtcDatetime = Annotated[datetime, AfterValidator(_to_utc)]


def deterministic_event_id(*parts: str) -> str:
    """Return a UUIDv5 string derived from ``parts``: a re-run over the same input yields the same id."""
    return str(uuid.uuid5(_NAMESPACE, "\x1f".join(parts)))


class Frozen(BaseModel):
    """Base of every model: immutable, no unknown keys, UTC datetimes."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_enum_values=False)


DataT = TypeVar("DataT", bound=Frozen)


class Envelope(Frozen, Generic[DataT]):
    """``event_id`` is the idempotency key: consumers and webhook receivers de-duplicate by it."""

    EVENT_TYPE: ClassVar[str] = ""

    event_id: str = Field(min_length=1, max_length=128)
    type: str
    occurred_at: UtcDatetime
    schema_version: int = SCHEMA_VERSION
    data: DataT

    @classmethod
    def new(cls, data: Any, *, event_id: str | None = None, occurred_at: datetime | None = None) -> Any:
        """Build an event of this class's type; ``event_id`` defaults to a random UUID."""
        return cls(
            event_id=event_id or str(uuid.uuid4()),
            type=cls.EVENT_TYPE,
            occurred_at=occurred_at or utcnow(),
            data=data,
        )

    def to_bytes(self) -> bytes:
        """Serialise to the JSON bytes that travel on Kafka topics and in webhook bodies."""
        return self.model_dump_json().encode("utf-8")
