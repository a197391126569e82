"""Shared helpers for the tagger's table-driven tests."""

from __future__ import annotations

from dataclasses import dataclass

from services.extractor.tagging import tag


@dataclass(frozen=True)
class Case:
    """One sentence and the transfers it tells: ``"KP>RU:artillery_ammunition"`` strings."""

    text: str
    expected: frozenset[str]
    status: str | None = None
    quantity: float | None = None
    no_quantity: bool = False
    exact: bool = False

    @property
    def id(self) -> str:
        return self.text[:48]


def case(
    text: str,
    *expected: str,
    status: str | None = None,
    quantity: float | None = None,
    no_quantity: bool = False,
    exact: bool = False,
) -> Case:
    """Build a :class:`Case`; no ``expected`` strings means the text tells no transfer. ``no_quantity``: the first
    expected transfer must have none. ``exact``: no other weapon of an expected pair may be found either."""
    return Case(text, frozenset(expected), status, quantity, no_quantity, exact)


def check(c: Case, lang: str) -> None:
    """Assert that tagging ``c.text`` in ``lang`` finds exactly the expected pairs and triples."""
    mentions = tag(c.text, lang)
    for m in mentions:
        assert c.text[m.evidence_span.start : m.evidence_span.end] == m.evidence
    found = {f"{m.supplier}>{m.recipient}:{m.weapon.value}" for m in mentions}
    if not c.expected:
        assert found == set(), found
        return
    pairs = {f.split(":")[0] for f in found}
    assert pairs == {e.split(":")[0] for e in c.expected}, found
    assert c.expected <= found, found
    if c.exact:
        assert found == c.expected, found
    first = next(m for m in mentions if f"{m.supplier}>{m.recipient}:{m.weapon.value}" in c.expected)
    if c.status is not None:
        assert first.status.value == c.status, first.status
    if c.no_quantity:
        assert first.quantity is None, first.quantity
    if c.quantity is not None:
        assert first.quantity is not None, "no quantity"
        assert abs(first.quantity.value - c.quantity) <= 0.01 * c.quantity, first.quantity
