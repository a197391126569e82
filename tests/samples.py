"""Sample events for tests: one valid instance of each event type, built from the real models."""

from __future__ import annotations

from datetime import UTC, datetime

from schemas import (
    AlertData,
    AlertKind,
    AlertRaised,
    AlertUpdated,
    ArticleFetched,
    ArticleFetchedData,
    ArticleRef,
    KnownState,
    Mention,
    MentionTagged,
    MentionTaggedData,
    Quantity,
    Source,
    Span,
    Status,
    TextSource,
    Weapon,
    deterministic_event_id,
)
from services.core.deadletter import dead_letter

WHEN = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
TEXT = "Nordkorea har leveret omkring en million granater til Rusland, siger efterretningstjenesten."


def article(article_id: str = "a1", text: str = TEXT) -> ArticleFetched:
    data = ArticleFetchedData(
        article_id=article_id,
        url=f"https://avis.example.dk/udland/{article_id}?utm_source=rss",
        canonical_url=f"https://avis.example.dk/udland/{article_id}",
        feed_name="Avis – Udland",
        feed_url="https://avis.example.dk/rss/udland",
        outlet="Avis",
        country="DK",
        language="da",
        title="Nordkorea sender granater til Rusland",
        published_at=WHEN,
        published_raw="fre, 20 nov 2026 10:30:00 +0100",
        fetched_at=WHEN,
        text=text,
        summary="Granater til Rusland.",
        authors=("Ritzau",),
        content_hash="0123456789abcdef",
        text_source=TextSource.PAGE,
    )
    result: ArticleFetched = ArticleFetched.new(data, event_id=deterministic_event_id(article_id, "0123456789abcdef"))
    return result


def mention() -> Mention:
    return Mention(
        supplier="KP",
        recipient="RU",
        weapon=Weapon.ARTILLERY_AMMUNITION,
        weapon_terms=("granater",),
        quantity=Quantity(value=1_000_000, approx=True, unit="shells", text="omkring en million granater"),
        status=Status.DELIVERED,
        evidence=TEXT,
        evidence_span=Span(start=0, end=len(TEXT)),
        confidence=0.9,
    )


def tagged(article_id: str = "a1") -> MentionTagged:
    ref = ArticleRef(
        article_id=article_id,
        version="0123456789abcdef",
        url=f"https://avis.example.dk/udland/{article_id}",
        outlet="Avis",
        language="da",
        published_at=WHEN,
    )
    data = MentionTaggedData(article=ref, mentions=(mention(),), tagger_version="test")
    result: MentionTagged = MentionTagged.new(data, event_id=deterministic_event_id("mentions", article_id))
    return result


def alert_data() -> AlertData:
    return AlertData(
        alert_id="al-1",
        story_id="st-1",
        kind=AlertKind.NEW_SUPPLIER,
        supplier="KP",
        recipient="RU",
        weapon=Weapon.ARTILLERY_AMMUNITION,
        quantity=mention().quantity,
        status=Status.DELIVERED,
        confidence=0.9,
        known_before=KnownState(),
        sources=(
            Source(article_id="a1", outlet="Avis", url="https://avis.example.dk/a1", language="da", evidence=TEXT),
        ),
        corroboration=1,
        first_reported_at=WHEN,
    )


def raised() -> AlertRaised:
    result: AlertRaised = AlertRaised.new(alert_data(), event_id="al-1")
    return result


def updated() -> AlertUpdated:
    result: AlertUpdated = AlertUpdated.new(alert_data(), event_id="al-1-u1")
    return result


def deadletter_event():  # type: ignore[no-untyped-def]
    return dead_letter("extractor", "not JSON", ValueError("bad"), value=b"\xff\xfe", key=b"k", topic="x", offset=3)
