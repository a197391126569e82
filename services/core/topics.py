"""Every topic Armswatch uses, its key and its event model, in one place."""

from __future__ import annotations

from dataclasses import dataclass

from schemas import AlertRaised, AlertUpdated, ArticleFetched, DeadLetter, MentionTagged
from schemas.envelope import Envelope


@dataclass(frozen=True, slots=True)
class TopicSpec:
    """A topic's suffix (after the prefix), what its key is, and the models its values may be."""

    suffix: str
    key: str
    models: tuple[type[Envelope], ...]  # type: ignore[type-arg]
    compacted: bool = False
    retention_ms: int | None = None


ARTICLES = TopicSpec("articles", "article id", (ArticleFetched,))
MENTIONS = TopicSpec("mentions", "article id", (MentionTagged,))
ALERTS = TopicSpec("alerts", "story id", (AlertRaised, AlertUpdated))
DEADLETTER = TopicSpec("deadletter", "original key", (DeadLetter,), retention_ms=30 * 24 * 3600 * 1000)

# Internal state of the alerts service (not events for other services): compacted, keyed by id.
SUBSCRIPTIONS = TopicSpec("subscriptions", "subscription id", (), compacted=True)
DELIVERIES = TopicSpec("deliveries", "delivery id", (), compacted=True)

ALL: tuple[TopicSpec, ...] = (ARTICLES, MENTIONS, ALERTS, DEADLETTER, SUBSCRIPTIONS, DELIVERIES)


def topic_name(spec: TopicSpec, prefix: str = "armswatch") -> str:
    """The full topic name, e.g. ``armswatch.articles``."""
    return f"{prefix}.{spec.suffix}"


def model_for(event_type: str) -> type[Envelope]:  # type: ignore[type-arg]
    """The event model whose ``type`` is ``event_type``.

    Raises ``KeyError`` for an unknown type.
    """
    for spec in ALL:
        for model in spec.models:
            if event_type == model.EVENT_TYPE:
                return model
    raise KeyError(event_type)
