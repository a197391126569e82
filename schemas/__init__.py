"""Armswatch event models: the only contract between services (pydantic + stdlib only)."""

from schemas.alert import (
    AlertData,
    AlertKind,
    AlertRaised,
    AlertUpdated,
    KnownState,
    Source,
)
from schemas.article import ArticleFetched, ArticleFetchedData, TextSource
from schemas.deadletter import DeadLetter, DeadLetterData
from schemas.envelope import SCHEMA_VERSION, Envelope, deterministic_event_id, utcnow
from schemas.mention import (
    ArticleRef,
    Mention,
    MentionTagged,
    MentionTaggedData,
    Quantity,
    Span,
    Status,
    Weapon,
)

__all__ = [
    "SCHEMA_VERSION",
    "AlertData",
    "AlertKind",
    "AlertRaised",
    "AlertUpdated",
    "ArticleFetched",
    "ArticleFetchedData",
    "ArticleRef",
    "DeadLetter",
    "DeadLetterData",
    "Envelope",
    "KnownState",
    "Mention",
    "MentionTagged",
    "MentionTaggedData",
    "Quantity",
    "Source",
    "Span",
    "Status",
    "TextSource",
    "Weapon",
    "deterministic_event_id",
    "utcnow",
]
