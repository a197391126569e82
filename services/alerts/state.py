"""What the novelty table holds per (supplier, recipient) pair, and the internal pair-keyed message.

Both travel as JSON bytes (the table's changelog and the internal topic carry raw bytes), so the
Faust ↔ pydantic boundary stays explicit: ``model_validate_json`` in, ``to_bytes`` out.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from schemas import AlertKind, ArticleRef, KnownState, Mention, Quantity, Source, Status, Weapon
from schemas.envelope import UtcDatetime


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")

    def to_bytes(self) -> bytes:
        """JSON bytes for a Kafka value."""
        return self.model_dump_json(exclude_defaults=True).encode("utf-8")


class PairMention(_Model):
    """One mention fanned out from a ``mention.tagged`` event, keyed by ``supplier|recipient``."""

    source_event_id: str
    article: ArticleRef
    mention: Mention
    event_time: UtcDatetime
    consumed_at: float = Field(description="Wall-clock seconds when the mention was consumed (latency).")


class StoryState(_Model):
    """The open story of one triple: the alert that started it and every article that joined it."""

    story_id: str
    alert_id: str
    kind: AlertKind
    opened_at: UtcDatetime
    first_reported_at: UtcDatetime
    quantity: Quantity | None = None
    status: Status
    confidence: float
    known_before: KnownState
    sources: list[Source] = Field(default_factory=list)
    outlets: list[str] = Field(default_factory=list)
    article_ids: list[str] = Field(default_factory=list)


class TripleState(_Model):
    """What is known of one (supplier, recipient, weapon)."""

    first_seen: UtcDatetime
    last_seen: UtcDatetime
    quantities: list[Quantity] = Field(default_factory=list)
    statuses: list[Status] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    story: StoryState | None = None


class PairState(_Model):
    """Everything known of one supplier → recipient pair, keyed by weapon category."""

    supplier: str
    recipient: str
    first_seen: UtcDatetime
    last_seen: UtcDatetime
    weapons: dict[Weapon, TripleState] = Field(default_factory=dict)

    def known_state(self, weapon: Weapon) -> KnownState:
        """What was known of ``weapon`` for this pair, as an alert reports it."""
        triple = self.weapons.get(weapon)
        return KnownState(
            pair_known=True,
            weapons=tuple(self.weapons),
            quantities=tuple(triple.quantities) if triple else (),
            statuses=tuple(triple.statuses) if triple else (),
            first_seen=triple.first_seen if triple else self.first_seen,
            last_seen=triple.last_seen if triple else self.last_seen,
        )


def pair_key(supplier: str, recipient: str) -> str:
    """The internal topic's and the table's key: ``supplier|recipient``."""
    return f"{supplier}|{recipient}"


def earliest(a: datetime, b: datetime) -> datetime:
    """The earlier of two aware datetimes."""
    return a if a <= b else b


def latest(a: datetime, b: datetime) -> datetime:
    """The later of two aware datetimes."""
    return a if a >= b else b
