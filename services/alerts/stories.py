"""One story, one alert: mentions of a triple within the window join the story that opened it.

``apply`` folds one pair-keyed mention into the pair's state and returns the events it causes: an
``alert.raised`` that opens a story, an ``alert.updated`` when a further article joins an open story
(the same article twice, e.g. a redelivery or a new version, joins once), or nothing. Ids derive from
the inputs only, so reprocessing after a crash yields the same ids. Pure: no Faust, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from urllib.parse import urlsplit

from schemas import AlertData, AlertKind, AlertRaised, AlertUpdated, KnownState, Source, deterministic_event_id
from services.alerts.novelty import classify
from services.alerts.state import PairMention, PairState, StoryState, TripleState, earliest, latest

_MAX_ARTICLE_IDS = 2000  # per story: bounds the state of a story that runs for weeks
_KNOWN_SOURCES = 5  # per triple: the latest articles that repeated known facts (alerts cite stories)


@dataclass(frozen=True, slots=True)
class StoryRules:
    """The tunables of novelty and stories."""

    quantity_tolerance: float = 0.2
    window: timedelta = timedelta(hours=48)
    max_sources: int = 50


@dataclass(slots=True)
class Outcome:
    """The pair's new state, the events to publish, and a named outcome for the log line."""

    state: PairState
    events: list[AlertRaised | AlertUpdated] = field(default_factory=list)
    outcome: str = "known"


def story_id_for(supplier: str, recipient: str, weapon: str, article_id: str) -> str:
    """A story is named by its triple and the article that opened it."""
    return deterministic_event_id("story", supplier, recipient, weapon, article_id)


def alert_id_for(story_id: str) -> str:
    """The alert id (and the ``alert.raised`` event id) of a story."""
    return deterministic_event_id("alert.raised", story_id)


def update_id_for(story_id: str, article_id: str) -> str:
    """The ``alert.updated`` event id for ``article_id`` joining ``story_id``."""
    return deterministic_event_id("alert.updated", story_id, article_id)


def outlet_of(item: PairMention) -> str:
    """The outlet that counts for corroboration: the named outlet, else the URL's host."""
    article = item.article
    if article.outlet:
        return article.outlet.strip().lower()
    return (urlsplit(article.url).hostname or article.article_id).lower()


def source_of(item: PairMention) -> Source:
    """The ``Source`` an alert cites for this mention."""
    article = item.article
    return Source(
        article_id=article.article_id,
        outlet=article.outlet,
        url=article.url,
        language=article.language,
        published_at=article.published_at,
        evidence=item.mention.evidence,
    )


def in_window(story: StoryState, item: PairMention, window: timedelta) -> bool:
    """Whether the mention's time lies within ``window`` of the story's opening (either side)."""
    return abs(item.event_time - story.opened_at) <= window


def apply(state: PairState | None, item: PairMention, rules: StoryRules) -> Outcome:
    """Fold ``item`` into ``state`` and return the outcome (see the module docstring)."""
    mention = item.mention
    triple = state.weapons.get(mention.weapon) if state else None
    story = triple.story if triple else None
    kind = classify(state, mention, rules.quantity_tolerance)
    if story is not None and in_window(story, item, rules.window):
        if item.article.article_id in story.article_ids:
            assert state is not None
            return Outcome(state, [], "duplicate_article")
        # Corroboration joins the story; a new quantity is news of its own and opens a story of its own.
        if kind is not AlertKind.NEW_QUANTITY:
            story = _join(story, item, rules)
            new_state = _learn(state, item, story, rules)
            return Outcome(new_state, [_updated(story, item)], "story_joined")
    if kind is None:
        return Outcome(_learn(state, item, story, rules), [], "known")
    known = state.known_state(mention.weapon) if state else KnownState()
    story_id = story_id_for(mention.supplier, mention.recipient, mention.weapon.value, item.article.article_id)
    story = StoryState(
        story_id=story_id,
        alert_id=alert_id_for(story_id),
        kind=kind,
        opened_at=item.event_time,
        first_reported_at=item.article.published_at or item.event_time,
        quantity=mention.quantity,
        status=mention.status,
        confidence=mention.confidence,
        known_before=known,
        sources=[source_of(item)],
        outlets=[outlet_of(item)],
        article_ids=[item.article.article_id],
    )
    raised: AlertRaised = AlertRaised.new(_data(story, item), event_id=story.alert_id)
    return Outcome(_learn(state, item, story, rules), [raised], "alert_raised")


def _join(story: StoryState, item: PairMention, rules: StoryRules) -> StoryState:
    sources = [*story.sources, source_of(item)]
    if len(sources) > rules.max_sources:
        # Keep the opening article and the newest ones.
        sources = [sources[0], *sources[len(sources) - rules.max_sources + 1 :]]
    outlet = outlet_of(item)
    outlets = story.outlets if outlet in story.outlets else [*story.outlets, outlet]
    mention = item.mention
    return story.model_copy(
        update={
            "sources": sources,
            "outlets": outlets,
            "article_ids": [*story.article_ids, item.article.article_id][-_MAX_ARTICLE_IDS:],
            "quantity": story.quantity or mention.quantity,
            "status": mention.status,
            "confidence": max(story.confidence, mention.confidence),
        }
    )


def _data(story: StoryState, item: PairMention) -> AlertData:
    mention = item.mention
    return AlertData(
        alert_id=story.alert_id,
        story_id=story.story_id,
        kind=story.kind,
        supplier=mention.supplier,
        recipient=mention.recipient,
        weapon=mention.weapon,
        quantity=story.quantity,
        status=story.status,
        confidence=story.confidence,
        known_before=story.known_before,
        sources=tuple(story.sources),
        corroboration=max(1, len(story.outlets)),
        first_reported_at=story.first_reported_at,
    )


def _updated(story: StoryState, item: PairMention) -> AlertUpdated:
    event: AlertUpdated = AlertUpdated.new(
        _data(story, item), event_id=update_id_for(story.story_id, item.article.article_id)
    )
    return event


def _learn(state: PairState | None, item: PairMention, story: StoryState | None, rules: StoryRules) -> PairState:
    """Add the mention's facts to what is known (first/last seen, quantities, statuses, sources)."""
    mention = item.mention
    when = item.event_time
    if state is None:
        state = PairState(supplier=mention.supplier, recipient=mention.recipient, first_seen=when, last_seen=when)
    triple = state.weapons.get(mention.weapon) or TripleState(first_seen=when, last_seen=when)
    quantities = list(triple.quantities)
    if mention.quantity is not None and mention.quantity not in quantities:
        quantities.append(mention.quantity)
    statuses = list(triple.statuses)
    if mention.status not in statuses:
        statuses.append(mention.status)
    sources = [s for s in triple.sources if s.article_id != item.article.article_id]
    sources = [*sources, source_of(item)][-_KNOWN_SOURCES:]
    if story is not None and when - story.opened_at > rules.window:
        story = None  # the window closed: the story's sources need not travel with the state any more
    triple = TripleState(
        first_seen=earliest(triple.first_seen, when),
        last_seen=latest(triple.last_seen, when),
        quantities=quantities[-100:],
        statuses=statuses,
        sources=sources,
        story=story,
    )
    return state.model_copy(
        update={
            "first_seen": earliest(state.first_seen, when),
            "last_seen": latest(state.last_seen, when),
            "weapons": {**state.weapons, mention.weapon: triple},
        }
    )
