"""Subscriptions: who wants which alerts, where, signed with which secret; persisted in Kafka.

The compacted ``<prefix>.subscriptions`` topic, keyed by id, is the store: a create or change writes the
whole record, a delete writes a tombstone. At start-up the topic is read to its end; after that it is
followed, so every instance sees every other's writes. The topic holds signing secrets: protect it with
ACLs like any secret store. Secrets are ``SecretStr`` in memory and never logged.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime
from typing import Annotated
from urllib.parse import urlsplit

import structlog
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    HttpUrl,
    SecretStr,
    StringConstraints,
    ValidationError,
    field_serializer,
)

from schemas import AlertData, AlertKind, Weapon, utcnow
from schemas.mention import ACTOR_PATTERN
from services.alerts.compacted import CompactedTopic
from services.alerts.errors import SubscriptionNotFoundError
from services.alerts.signing import generate_secret

log = structlog.get_logger(__name__)

Actor = Annotated[str, StringConstraints(pattern=ACTOR_PATTERN)]
Language = Annotated[str, StringConstraints(min_length=2, max_length=8)]


class Filters(BaseModel):
    """Which alerts a subscription wants; an empty list means "any"."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    suppliers: tuple[Actor, ...] = Field(default=(), description="ISO 3166-1 alpha-2 codes or actor slugs.")
    recipients: tuple[Actor, ...] = ()
    weapons: tuple[Weapon, ...] = ()
    kinds: tuple[AlertKind, ...] = ()
    languages: tuple[Language, ...] = Field(default=(), description="Languages of the sources, e.g. 'da', 'nb'.")
    min_confidence: float = Field(default=0.0, ge=0.0, le=1.0)

    def matches(self, alert: AlertData) -> bool:
        """Whether ``alert`` passes every filter (languages: any of its sources)."""
        if self.suppliers and alert.supplier not in self.suppliers:
            return False
        if self.recipients and alert.recipient not in self.recipients:
            return False
        if self.weapons and alert.weapon not in self.weapons:
            return False
        if self.kinds and alert.kind not in self.kinds:
            return False
        if self.languages and not any(s.language in self.languages for s in alert.sources):
            return False
        return alert.confidence >= self.min_confidence


class SubscriptionRequest(BaseModel):
    """The body of ``POST /subscriptions``."""

    model_config = ConfigDict(extra="forbid")

    url: HttpUrl = Field(description="https URL that receives the webhooks.")
    filters: Filters = Field(default_factory=Filters)
    description: str = Field(default="", max_length=500)


class Subscription(BaseModel):
    """A stored subscription; ``active`` turns false when the receiver answered 410 Gone."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    url: str
    filters: Filters = Field(default_factory=Filters)
    description: str = ""
    secret: SecretStr
    created_at: datetime
    active: bool = True
    disabled_reason: str | None = None

    @field_serializer("secret", when_used="json")
    def _reveal(self, value: SecretStr) -> str:
        # Only the store's JSON (the Kafka record) carries the secret; the API never dumps this model.
        return value.get_secret_value()

    def public(self, *, with_secret: bool = False) -> dict[str, object]:
        """The API's view of the subscription (the secret only once, at creation)."""
        body = self.model_dump(mode="json", exclude={"secret"})
        if with_secret:
            body["secret"] = self.secret.get_secret_value()
        return body


class SubscriptionStore:
    """The in-memory view of the subscriptions topic, and the only writer to it."""

    def __init__(self, topic: CompactedTopic) -> None:
        self._topic = topic
        self._items: dict[str, Subscription] = {}

    async def start(self) -> None:
        """Load every subscription, then follow the topic."""
        await self._topic.load(self._apply)
        self._topic.follow(self._apply)
        log.info("subscriptions_loaded", count=len(self._items))

    async def close(self) -> None:
        """Stop following the topic."""
        await self._topic.close()

    def _apply(self, key: str, value: bytes | None) -> None:
        if value is None:
            self._items.pop(key, None)
            return
        try:
            self._items[key] = Subscription.model_validate_json(value)
        except ValidationError as exc:
            log.warning("subscription_record_invalid", subscription_id=key, error=str(exc)[:300])

    def all(self) -> list[Subscription]:
        """Every subscription, oldest first."""
        return sorted(self._items.values(), key=lambda s: (s.created_at, s.id))

    def get(self, subscription_id: str) -> Subscription:
        """The subscription with this id.

        Raises ``SubscriptionNotFoundError`` when there is none.
        """
        try:
            return self._items[subscription_id]
        except KeyError:
            raise SubscriptionNotFoundError(subscription_id) from None

    def find(self, subscription_id: str) -> Subscription | None:
        """The subscription with this id, or ``None``."""
        return self._items.get(subscription_id)

    def matching(self, alert: AlertData) -> Iterable[Subscription]:
        """The active subscriptions whose filters ``alert`` passes."""
        return [s for s in self._items.values() if s.active and s.filters.matches(alert)]

    async def create(self, request: SubscriptionRequest) -> Subscription:
        """Store a new subscription with a fresh id and secret."""
        sub = Subscription(
            id=str(uuid.uuid4()),
            url=str(request.url),
            filters=request.filters,
            description=request.description,
            secret=SecretStr(generate_secret()),
            created_at=utcnow(),
        )
        await self._put(sub)
        # Only the host: webhook URLs often embed tokens in their path or query.
        log.info("subscription_created", subscription_id=sub.id, host=urlsplit(sub.url).hostname)
        return sub

    async def delete(self, subscription_id: str) -> None:
        """Delete a subscription (a tombstone on the topic).

        Raises ``SubscriptionNotFoundError`` when there is none.
        """
        self.get(subscription_id)
        await self._topic.put(subscription_id, None)
        self._items.pop(subscription_id, None)
        log.info("subscription_deleted", subscription_id=subscription_id)

    async def disable(self, subscription_id: str, reason: str) -> None:
        """Mark a subscription inactive (no further deliveries), keeping it for the log."""
        sub = self.find(subscription_id)
        if sub is None or not sub.active:
            return
        await self._put(sub.model_copy(update={"active": False, "disabled_reason": reason}))
        log.info("subscription_disabled", subscription_id=subscription_id, reason=reason)

    async def _put(self, sub: Subscription) -> None:
        await self._topic.put(sub.id, sub.model_dump_json().encode("utf-8"))
        self._items[sub.id] = sub
