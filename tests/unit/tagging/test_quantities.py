"""Amounts in running text: locale notation, number words, vague plurals, money, and non-amounts."""

from __future__ import annotations

import pytest

from schemas.mention import Status
from services.extractor.tagging import tag
from services.extractor.tagging.article import _lend_amounts
from services.extractor.tagging.lexicon import lexicon
from services.extractor.tagging.quantities import Amount, find_amounts, parse_number
from services.extractor.tagging.relations import Candidate
from services.extractor.tagging.sentences import Sentence, tokenize


@pytest.mark.parametrize(
    ("raw", "decimal", "value"),
    [
        ("1.000.000", ",", 1_000_000.0),
        ("1 000 000", ",", 1_000_000.0),
        ("1\u00a0000\u00a0000", ",", 1_000_000.0),
        ("1\u202f000", ",", 1000.0),
        ("13,3", ",", 13.3),
        ("13.3", ",", 13.3),
        ("1,000,000", ".", 1_000_000.0),
        ("13.3", ".", 13.3),
        ("2,5", ",", 2.5),
        ("800.000", ",", 800_000.0),
        ("42", ".", 42.0),
    ],
)
def test_parse_number(raw: str, decimal: str, value: float) -> None:
    """Digits parse in any locale's notation."""
    assert parse_number(raw, decimal) == pytest.approx(value)


def test_parse_number_rejects_garbage() -> None:
    """Something that is not a number parses to None."""
    assert parse_number("abc", ",") is None
    assert parse_number("1.23.4", ",") is None


def _amounts(text: str, lang: str) -> list[tuple[float, bool, str | None]]:
    lex = lexicon(lang)
    return [(a.value, a.approx, a.currency) for a in find_amounts(tokenize(text), lex)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("13,3 milliarder dollar", "nb", [(13.3e9, False, "USD")]),
        ("en million granater", "da", [(1e6, False, None)]),
        ("eine Million Schuss", "de", [(1e6, False, None)]),
        ("etwa eine Million Schuss", "de", [(1e6, True, None)]),
        ("millioner af raketter", "da", [(1e6, True, None)]),
        ("hundredvis af droner", "da", [(100.0, True, None)]),
        ("tusentals granater", "sv", [(1000.0, True, None)]),
        ("Tausende Raketen", "de", [(1000.0, True, None)]),
        ("dozens of missiles", "en", [(12.0, True, None)]),
        ("Dutzende Panzer", "de", [(12.0, True, None)]),
        ("cirka 300 kampvogne", "da", [(300.0, True, None)]),
        ("rundt 30 haubitser", "nb", [(30.0, True, None)]),
        ("ungefär 40 stridsvagnar", "sv", [(40.0, True, None)]),
        ("about 5,000 rifles", "en", [(5000.0, True, None)]),
        ("mehr als 50 Flakpanzer", "de", [(50.0, True, None)]),
        ("over 100 000 rakettar", "nn", [(100_000.0, True, None)]),
        ("$425 million", "en", [(425e6, False, "USD")]),
        ("2,5 mia. kroner", "da", [(2.5e9, False, "DKK")]),
        ("7,1 miljarder kronor", "sv", [(7.1e9, False, "SEK")]),
        ("1,2 Milliarden Euro", "de", [(1.2e9, False, "EUR")]),
        ("300 Millionen Franken", "de", [(300e6, False, "CHF")]),
        ("€1.5 billion", "en", [(1.5e9, False, "EUR")]),
        ("fleire millionar granatar", "nn", [(1e6, True, None)]),
        # an ISO code before the number, in capitals, is the currency; "nok" ("enough") is not
        ("worth about NOK 9.1 billion", "en", [(9.1e9, True, "NOK")]),
        ("- Finland: SEK 2.8 billion", "en", [(2.8e9, False, "SEK")]),
        ("det er nok 300 soldater der", "nb", [(300.0, False, None)]),
    ],
)
def test_amounts(text: str, lang: str, expected: list[tuple[float, bool, str | None]]) -> None:
    """Amounts are read with their value, vagueness and currency."""
    found = _amounts(text, lang)
    assert len(found) == len(expected), found
    for (value, approx, currency), (v, a, c) in zip(expected, found, strict=True):
        assert v == pytest.approx(value)
        assert (a, c) == (approx, currency)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("122-mm- und 152-mm-Artilleriegeschosse", "de"),
        ("155 mm-granater", "da"),
        ("i 2022", "nb"),
        ("am 15. Januar", "de"),
        ("21/01/2024", "en"),
        ("20 prosent", "nb"),
        ("6 percent", "en"),
        ("en 45-årig mand", "da"),
        ("F-16", "en"),
        ("Su-35-kampfly", "nb"),
        ("6 september 2022", "sv"),
    ],
)
def test_not_amounts(text: str, lang: str) -> None:
    """Calibres, years, dates, percentages, ages and model numbers are not amounts."""
    assert _amounts(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "vague"),
    [
        ("millioner af raketter", "da", True),
        ("Tausende Raketen", "de", True),
        ("omkring tolv miljoner granater", "sv", False),
        ("about 400 drones", "en", False),
    ],
)
def test_vague_marks_orders_of_magnitude(text: str, lang: str, vague: bool) -> None:
    """A vague plural is an order of magnitude; an approximate count is not (merging ranks the count higher)."""
    (amount,) = find_amounts(tokenize(text), lexicon(lang))
    assert amount.vague is vague


def test_a_count_of_them_goes_to_one_kind_only() -> None:
    """ "20 av dem" after two kinds could count either, so neither gets it."""
    mentions = tag("Finland har köpt haubitsar och stridsvagnar från Sydkorea, och 20 av dem har levererats.", "sv")
    assert {m.weapon.value for m in mentions} == {"artillery_systems", "tanks_armoured_vehicles"}
    assert all(m.quantity is None for m in mentions)


def _candidate(supplier: str | None, recipient: str | None, amount: Amount | None = None) -> Candidate:
    return Candidate(
        supplier, recipient, "naval_vessels", ["ubåde"], amount, None, Status.AGREED, Sentence(0, 10), 0.8, "buy"
    )


def test_an_open_transfer_lends_its_amount_to_the_one_complete_transfer_of_its_weapon() -> None:
    """ "valgt Saab som leverandør af tre nye ubåde" (buyer open) counts the boats of "Polen vælger svenske ubåde"."""
    three = Amount(3.0, False, None, 0, 0)
    told, open_one = _candidate("SE", "PL"), _candidate("SE", None, three)
    _lend_amounts([open_one], [told])
    assert told.amount == three
    # two complete transfers of the weapon from that seller: whose boats they are is not known, so neither
    first, second = _candidate("SE", "PL"), _candidate("SE", "NL")
    _lend_amounts([_candidate("SE", None, three)], [first, second])
    assert first.amount is None
    assert second.amount is None


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("nn", "Styrkane beslagla over 750 tonn våpen og utstyr.", 750.0),
        ("en", "Forces seized more than 750 tonnes of weapons.", 750.0),
        ("de", "Die Truppen beschlagnahmten 750 Tonnen Waffen.", 750.0),
        ("de", "Deutschland liefert eine 4000 Tonnen schwere Fregatte.", None),
        ("en", "France sold Egypt a 4,000-tonne frigate.", None),
    ],
)
def test_a_weight_of_arms_is_an_amount_and_a_ships_weight_is_not(lang: str, text: str, value: float | None) -> None:
    """Tonnes of a cargo of arms count (in tonnes); a weight that describes a ship does not."""
    amounts = find_amounts(tokenize(text), lexicon(lang))
    if value is None:
        assert amounts == []
    else:
        assert [(a.value, a.counted) for a in amounts] == [(value, "tonnes")]


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        ("en", "Finland announced its 30th aid package, worth 90 million euros.", [90_000_000.0]),
        ("sv", "Sverige skickar sitt 19:e stödpaket, värt 13 miljarder kronor.", [13_000_000_000.0]),
        ("da", "Den 26. donationspakke er på 4,2 milliarder kroner.", [4_200_000_000.0]),
        ("de", "Das 19. Hilfspaket umfasst 40 Panzer.", [40.0]),
        ("nb", "Norge kjøpte 26. Deretter kom flere.", [26.0]),
    ],
)
def test_an_ordinal_counts_nothing(lang: str, text: str, values: list[float]) -> None:
    """ "30th", "19:e", "26." before a lower-case word are ordinals, no amounts; a number ending a sentence is one."""
    assert [a.value for a in find_amounts(tokenize(text), lexicon(lang))] == values
