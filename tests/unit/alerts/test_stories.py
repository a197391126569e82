"""One story, one alert: the story window, corroboration and deterministic ids."""

from __future__ import annotations

from datetime import timedelta

from schemas import AlertRaised, AlertUpdated
from services.alerts.stories import StoryRules, alert_id_for, apply
from tests.unit.alerts.builders import article, hours, mention, pair_item

RULES = StoryRules(window=timedelta(hours=48))


def test_same_story_within_the_window_is_one_alert_and_updates() -> None:
    """Three outlets within 48 h: one ``alert.raised`` then ``alert.updated`` with growing corroboration."""
    a = article("a", outlet="dr.dk", language="da")
    b = article("b", outlet="nrk.no", language="nb", published_at=a.published_at + hours(5))
    c = article("c", outlet="svt.se", language="sv", published_at=a.published_at + hours(47))
    first = apply(None, pair_item(mention(), a), RULES)
    second = apply(first.state, pair_item(mention(), b), RULES)
    third = apply(second.state, pair_item(mention(), c), RULES)
    assert isinstance(first.events[0], AlertRaised)
    assert isinstance(second.events[0], AlertUpdated)
    assert isinstance(third.events[0], AlertUpdated)
    story = first.events[0].data.story_id
    assert {e.data.story_id for r in (first, second, third) for e in r.events} == {story}
    assert third.events[0].data.corroboration == 3
    assert [s.article_id for s in third.events[0].data.sources] == ["a", "b", "c"]
    assert third.events[0].data.alert_id == alert_id_for(story)


def test_the_same_article_twice_does_not_inflate_corroboration() -> None:
    """A redelivery or a new version of an article already in the story causes no event."""
    a = article("a")
    first = apply(None, pair_item(mention(), a), RULES)
    again = apply(first.state, pair_item(mention(), article("a", version="v2")), RULES)
    assert (again.events, again.outcome) == ([], "duplicate_article")


def test_the_same_outlet_twice_counts_once() -> None:
    """Two articles of one outlet add a source but not corroboration."""
    a, b = article("a", outlet="dr.dk"), article("b", outlet="dr.dk")
    first = apply(None, pair_item(mention(), a), RULES)
    second = apply(first.state, pair_item(mention(), b), RULES)
    data = second.events[0].data
    assert (data.corroboration, len(data.sources)) == (1, 2)


def test_outside_the_window_a_story_is_not_joined() -> None:
    """A mention 49 h after the story opened is judged on its own (here: nothing new)."""
    a = article("a")
    late = article("b", outlet="nrk.no", published_at=a.published_at + hours(49))
    first = apply(None, pair_item(mention(), a), RULES)
    assert apply(first.state, pair_item(mention(), late), RULES).outcome == "known"


def test_ids_are_deterministic() -> None:
    """Reprocessing the same inputs yields the same alert and update ids."""
    a, b = article("a"), article("b", outlet="nrk.no")
    run1 = apply(None, pair_item(mention(), a), RULES)
    run2 = apply(None, pair_item(mention(), a), RULES)
    assert run1.events[0].event_id == run2.events[0].event_id == run1.events[0].data.alert_id
    upd1 = apply(run1.state, pair_item(mention(), b), RULES)
    upd2 = apply(run2.state, pair_item(mention(), b), RULES)
    assert upd1.events[0].event_id == upd2.events[0].event_id != run1.events[0].event_id


def test_alerts_carry_what_was_known_before() -> None:
    """A ``new_weapon`` alert reports the pair's known weapons, and its evidence and source."""
    from schemas import Weapon

    first = apply(None, pair_item(mention(quantity=3), article("a")), RULES)
    later = article("b", published_at=article("a").published_at + hours(100))
    drones = mention(weapon=Weapon.DRONES, evidence="Danmark sender droner.")
    second = apply(first.state, pair_item(drones, later), RULES)
    data = second.events[0].data
    assert data.kind.value == "new_weapon"
    assert data.known_before.pair_known
    assert data.known_before.weapons == (Weapon.ARTILLERY_SYSTEMS,)
    assert data.sources[0].evidence == "Danmark sender droner."


def test_a_closed_story_is_dropped_from_the_state() -> None:
    """Once a mention arrives after the window, the closed story no longer travels with the pair's state."""
    a = article("a")
    first = apply(None, pair_item(mention(), a), RULES)
    assert first.state.weapons[mention().weapon].story is not None
    late = apply(first.state, pair_item(mention(), article("z", published_at=a.published_at + hours(60))), RULES)
    assert late.state.weapons[mention().weapon].story is None
    assert [s.article_id for s in late.state.weapons[mention().weapon].sources] == ["a", "z"]


def test_a_new_quantity_within_the_window_opens_its_own_story() -> None:
    """Copies of a story join it, but a quantity that differs from every known one by more than the tolerance
    is a new alert (kind new_quantity) even inside the window; a quantity within tolerance only corroborates."""
    a = article("a", outlet="dr.dk")
    b = article("b", outlet="faz.net", language="de", published_at=a.published_at + hours(3))
    c = article("c", outlet="nrk.no", language="nb", published_at=a.published_at + hours(4))
    d = article("d", outlet="svt.se", language="sv", published_at=a.published_at + hours(5))
    first = apply(None, pair_item(mention(quantity=19), a), RULES)
    bigger = apply(first.state, pair_item(mention(quantity=1000), b), RULES)
    close = apply(bigger.state, pair_item(mention(quantity=1050), c), RULES)
    plain = apply(close.state, pair_item(mention(), d), RULES)
    assert isinstance(bigger.events[0], AlertRaised)
    assert bigger.events[0].data.kind.value == "new_quantity"
    assert bigger.events[0].data.story_id != first.events[0].data.story_id
    assert [q.value for q in bigger.events[0].data.known_before.quantities] == [19]
    assert isinstance(close.events[0], AlertUpdated)
    assert close.events[0].data.story_id == bigger.events[0].data.story_id
    assert isinstance(plain.events[0], AlertUpdated)
