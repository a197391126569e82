"""The novelty rules: is a mention news, and of which kind? Pure functions, no Faust, no I/O.

Precedence, first match wins: ``new_supplier`` (the pair was never seen) → ``new_weapon`` (known pair,
new category) → ``new_quantity`` (the first quantity in its unit for the triple, or one differing from
every known quantity in that unit by more than the tolerance) → ``status_change`` (a status never seen
for the triple, e.g. speculated → delivered). Anything else is already known.
"""

from __future__ import annotations

from collections.abc import Sequence

from schemas import AlertKind, Mention, Quantity
from services.alerts.state import PairState


def differs(new: float, old: float, tolerance: float) -> bool:
    """Whether ``new`` lies outside ``old`` ± ``tolerance`` (relative, 0.2 = ±20 %)."""
    if old == 0:
        return new != 0
    return abs(new - old) > tolerance * abs(old)


def quantity_is_new(quantity: Quantity, known: Sequence[Quantity], tolerance: float) -> bool:
    """Whether ``quantity`` is the first in its unit, or differs from every known one in that unit."""
    same_unit = [k for k in known if k.unit == quantity.unit]
    if not same_unit:
        return True
    return all(differs(quantity.value, k.value, tolerance) for k in same_unit)


def classify(pair: PairState | None, mention: Mention, tolerance: float) -> AlertKind | None:
    """The kind of alert ``mention`` raises against what ``pair`` knows, or ``None`` when nothing is new."""
    if pair is None:
        return AlertKind.NEW_SUPPLIER
    triple = pair.weapons.get(mention.weapon)
    if triple is None:
        return AlertKind.NEW_WEAPON
    if mention.quantity is not None and quantity_is_new(mention.quantity, triple.quantities, tolerance):
        return AlertKind.NEW_QUANTITY
    if mention.status not in triple.statuses:
        return AlertKind.STATUS_CHANGE
    return None


def confident_enough(mention: Mention, min_confidence: float) -> bool:
    """Whether a mention is strong enough to count at all (weak ones neither alert nor become known)."""
    return mention.confidence >= min_confidence
