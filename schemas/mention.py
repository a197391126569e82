"""``mention.tagged``: the arms-transfer mentions the extractor found in one article."""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar, Literal

from pydantic import Field, field_validator

from schemas.envelope import Envelope, Frozen, UtcDatetime


class Weapon(StrEnum):
    """The 16 weapon categories of the evaluation set (``shared/eval/README.md``)."""

    ARTILLERY_AMMUNITION = "artillery_ammunition"
    SMALL_ARMS_AMMUNITION = "small_arms_ammunition"
    ROCKETS_ARTILLERY = "rockets_artillery"
    MISSILES_BALLISTIC = "missiles_ballistic"
    MISSILES_CRUISE = "missiles_cruise"
    AIR_DEFENCE = "air_defence"
    DRONES = "drones"
    TANKS_ARMOURED_VEHICLES = "tanks_armoured_vehicles"
    AIRCRAFT = "aircraft"
    HELICOPTERS = "helicopters"
    NAVAL_VESSELS = "naval_vessels"
    SMALL_ARMS = "small_arms"
    ARTILLERY_SYSTEMS = "artillery_systems"
    MINES_EXPLOSIVES = "mines_explosives"
    MILITARY_EQUIPMENT_GENERAL = "military_equipment_general"
    TECHNOLOGY_TRANSFER = "technology_transfer"


class Status(StrEnum):
    """How far a transfer has got, as the evidence sentence tells it."""

    DELIVERED = "delivered"
    ONGOING = "ongoing"
    AGREED = "agreed"
    PLANNED = "planned"
    REQUESTED = "requested"
    DENIED = "denied"
    SPECULATED = "speculated"


# ISO 3166-1 alpha-2 for states, a lowercase slug (``wagner``, ``houthis``) for non-state actors.
ACTOR_PATTERN = r"^([A-Z]{2}|[a-z][a-z0-9_-]{1,40})$"


class Quantity(Frozen):
    """How many (or how much money): ``approx`` marks vague amounts such as "millions" or "about"."""

    value: float = Field(ge=0)
    approx: bool = False
    unit: str = Field(min_length=1, max_length=40)
    text: str = Field(max_length=500)


class Span(Frozen):
    """Character offsets ``[start, end)`` of the evidence sentence in the article text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Mention(Frozen):
    """One transfer: one per (supplier, recipient, weapon) per article."""

    supplier: str = Field(pattern=ACTOR_PATTERN)
    recipient: str = Field(pattern=ACTOR_PATTERN)
    weapon: Weapon
    weapon_terms: tuple[str, ...] = ()
    quantity: Quantity | None = None
    status: Status
    evidence: str = Field(max_length=5000)
    evidence_span: Span
    confidence: float = Field(ge=0.0, le=1.0)

    @field_validator("recipient")
    @classmethod
    def _not_self(cls, value: str, info: object) -> str:
        supplier = getattr(info, "data", {}).get("supplier")
        if supplier is not None and supplier == value:
            raise ValueError("supplier and recipient must differ")
        return value


class ArticleRef(Frozen):
    """Enough of the article for a consumer to cite it without fetching ``armswatch.articles``."""

    article_id: str
    version: str = Field(description="The article's content hash: a changed article is a new version.")
    url: str
    title: str | None = None
    outlet: str | None = None
    language: str
    published_at: UtcDatetime | None = None


class MentionTaggedData(Frozen):
    """All mentions found in one version of one article (possibly none)."""

    article: ArticleRef
    mentions: tuple[Mention, ...]
    tagger_version: str


class MentionTagged(Envelope[MentionTaggedData]):
    """Published on ``armswatch.mentions``, keyed by article id."""

    EVENT_TYPE: ClassVar[str] = "mention.tagged"
    type: Literal["mention.tagged"] = "mention.tagged"
