"""Novelty rules: which mentions are news, and of which kind."""

from __future__ import annotations

import pytest

from schemas import AlertKind, Quantity, Status, Weapon
from services.alerts.novelty import classify, confident_enough, differs, quantity_is_new
from services.alerts.stories import StoryRules, apply
from tests.unit.alerts.builders import article, hours, mention, pair_item

RULES = StoryRules()


def _q(value: float, unit: str = "units") -> Quantity:
    return Quantity(value=value, unit=unit, text=str(value))


@pytest.mark.parametrize(
    ("new", "old", "tolerance", "expected"),
    [
        (100, 100, 0.2, False),
        (120, 100, 0.2, False),
        (121, 100, 0.2, True),
        (80, 100, 0.2, False),
        (79, 100, 0.2, True),
        (0, 0, 0.2, False),
        (1, 0, 0.2, True),
        (150, 100, 0.5, False),
    ],
)
def test_differs_is_relative_to_the_known_value(new: float, old: float, tolerance: float, expected: bool) -> None:
    """A quantity differs when it lies outside the known one ± tolerance."""
    assert differs(new, old, tolerance) is expected


def test_a_quantity_must_differ_from_every_known_one_in_its_unit() -> None:
    """A quantity near any known one is not new; another unit counts as first."""
    known = [_q(100), _q(500)]
    assert not quantity_is_new(_q(480), known, 0.2)
    assert quantity_is_new(_q(300), known, 0.2)
    assert quantity_is_new(_q(100, "EUR"), known, 0.2)
    assert quantity_is_new(_q(3), [], 0.2)


def _state(*items):  # type: ignore[no-untyped-def]
    state = None
    for item in items:
        state = apply(state, item, RULES).state
    return state


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        (mention("DK", "UA", Weapon.DRONES), AlertKind.NEW_WEAPON),
        (mention("DK", "UA", quantity=19), AlertKind.NEW_QUANTITY),
        (mention("DK", "UA", status=Status.SPECULATED), AlertKind.STATUS_CHANGE),
        (mention("DK", "UA", status=Status.DELIVERED), None),
    ],
)
def test_classify_by_precedence(later, expected) -> None:  # type: ignore[no-untyped-def]
    """Against a known DK→UA artillery delivery, each kind is recognised; nothing new is ``None``."""
    state = _state(pair_item(mention("DK", "UA", status=Status.DELIVERED), article("a0")))
    assert classify(state, later, 0.2) is expected


def test_a_new_quantity_beyond_tolerance_is_new_but_within_is_not() -> None:
    """The first quantity of a triple is new; one within ±20 % of a known one is not; 30 % off is."""
    state = _state(pair_item(mention(quantity=100), article("a0")))
    assert classify(state, mention(quantity=115), 0.2) is None
    assert classify(state, mention(quantity=130), 0.2) is AlertKind.NEW_QUANTITY


def test_an_unknown_pair_is_a_new_supplier() -> None:
    """A pair with no state is ``new_supplier``, whatever else the mention says."""
    assert classify(None, mention("DK", "PL", quantity=3), 0.2) is AlertKind.NEW_SUPPLIER


@pytest.mark.parametrize(("confidence", "kept"), [(0.49, False), (0.5, True), (0.9, True)])
def test_weak_mentions_are_kept_out(confidence: float, kept: bool) -> None:
    """Mentions below the confidence threshold do not count."""
    assert confident_enough(mention(confidence=confidence), 0.5) is kept


def test_known_facts_after_the_window_raise_nothing() -> None:
    """A mention repeating known facts after the story window raises no alert."""
    first = article("a0")
    state = _state(pair_item(mention(), first))
    later = article("a9", published_at=first.published_at + hours(72))
    outcome = apply(state, pair_item(mention(), later), RULES)
    assert (outcome.events, outcome.outcome) == ([], "known")
