"""``alert.raised`` / ``alert.updated``: what is new about who supplies whom, with what."""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar, Literal

from pydantic import Field

from schemas.envelope import Envelope, Frozen, UtcDatetime
from schemas.mention import ACTOR_PATTERN, Quantity, Status, Weapon


class AlertKind(StrEnum):
    """Why an alert was raised."""

    NEW_SUPPLIER = "new_supplier"
    NEW_WEAPON = "new_weapon"
    NEW_QUANTITY = "new_quantity"
    STATUS_CHANGE = "status_change"


class Source(Frozen):
    """One article that reported the facts of an alert."""

    article_id: str
    outlet: str | None = None
    url: str
    language: str
    published_at: UtcDatetime | None = None
    evidence: str


class KnownState(Frozen):
    """What Armswatch knew of a (supplier, recipient, weapon) before this alert."""

    pair_known: bool = False
    weapons: tuple[Weapon, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    statuses: tuple[Status, ...] = ()
    first_seen: UtcDatetime | None = None
    last_seen: UtcDatetime | None = None


class AlertData(Frozen):
    """``alert_id`` names the story; updates to it share the id and raise ``corroboration``."""

    alert_id: str
    story_id: str
    kind: AlertKind
    supplier: str = Field(pattern=ACTOR_PATTERN)
    recipient: str = Field(pattern=ACTOR_PATTERN)
    weapon: Weapon
    quantity: Quantity | None = None
    status: Status
    confidence: float = Field(ge=0.0, le=1.0)
    known_before: KnownState
    sources: tuple[Source, ...] = Field(min_length=1)
    corroboration: int = Field(ge=1, description="How many distinct outlets carried the story so far.")
    first_reported_at: UtcDatetime


class AlertRaised(Envelope[AlertData]):
    """A new story: published on ``armswatch.alerts`` and delivered to matching webhooks."""

    EVENT_TYPE: ClassVar[str] = "alert.raised"
    type: Literal["alert.raised"] = "alert.raised"


class AlertUpdated(Envelope[AlertData]):
    """A further source for an existing story, within the story window."""

    EVENT_TYPE: ClassVar[str] = "alert.updated"
    type: Literal["alert.updated"] = "alert.updated"
