"""Builders for mention events and pair messages used by the alerts tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from schemas import ArticleRef, Mention, MentionTagged, MentionTaggedData, Quantity, Span, Status, Weapon
from services.alerts.state import PairMention

T0 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


def mention(
    supplier: str = "DK",
    recipient: str = "UA",
    weapon: Weapon = Weapon.ARTILLERY_SYSTEMS,
    *,
    quantity: float | None = None,
    unit: str = "units",
    status: Status = Status.DELIVERED,
    confidence: float = 0.9,
    evidence: str = "Danmark sender 19 Caesar-kanoner til Ukraine.",
) -> Mention:
    """One mention with sensible defaults."""
    q = Quantity(value=quantity, unit=unit, text=f"{quantity:g}") if quantity is not None else None
    return Mention(
        supplier=supplier,
        recipient=recipient,
        weapon=weapon,
        quantity=q,
        status=status,
        evidence=evidence,
        evidence_span=Span(start=0, end=len(evidence)),
        confidence=confidence,
    )


def article(
    article_id: str = "a1",
    *,
    outlet: str | None = "dr.dk",
    language: str = "da",
    published_at: datetime | None = T0,
    version: str = "v1",
) -> ArticleRef:
    """One article reference."""
    return ArticleRef(
        article_id=article_id,
        version=version,
        url=f"https://{outlet or 'x.example'}/{article_id}",
        title="t",
        outlet=outlet,
        language=language,
        published_at=published_at,
    )


def tagged(art: ArticleRef, *mentions: Mention) -> MentionTagged:
    """A ``mention.tagged`` event for ``art``."""
    event: MentionTagged = MentionTagged.new(
        MentionTaggedData(article=art, mentions=tuple(mentions), tagger_version="test"),
        event_id=f"{art.article_id}:{art.version}",
    )
    return event


def pair_item(m: Mention, art: ArticleRef, *, at: datetime | None = None) -> PairMention:
    """A pair-keyed message, as the fan-out agent makes it."""
    when = at or art.published_at or T0
    return PairMention(source_event_id="e", article=art, mention=m, event_time=when, consumed_at=0.0)


def hours(n: float) -> timedelta:
    """``n`` hours."""
    return timedelta(hours=n)
