"""Phrasing classes found missing on unseen news, each checked in several languages (invented sentences)."""

from __future__ import annotations

import pytest

from tests.unit.tagging.tagging_cases import Case, case, check

# A list of recipients after the destination word: one transfer for each listed state.
RECIPIENT_LISTS = [
    (
        "nb",
        case(
            "Norge har solgt NSM til blant andre Polen, Australia og Spania.",
            "NO>PL:missiles_cruise",
            "NO>AU:missiles_cruise",
            "NO>ES:missiles_cruise",
        ),
    ),
    (
        "da",
        case(
            "Danmark sender kampvogne til Polen, Litauen og Letland.",
            "DK>PL:tanks_armoured_vehicles",
            "DK>LT:tanks_armoured_vehicles",
            "DK>LV:tanks_armoured_vehicles",
        ),
    ),
    (
        "de",
        case(
            "Deutschland liefert Panzer an Polen und Litauen.",
            "DE>PL:tanks_armoured_vehicles",
            "DE>LT:tanks_armoured_vehicles",
        ),
    ),
    (
        "en",
        case(
            "Germany delivered tanks to Poland and Lithuania, officials said.",
            "DE>PL:tanks_armoured_vehicles",
            "DE>LT:tanks_armoured_vehicles",
        ),
    ),
    # commas alone make no list: the second state here is the one reacting
    ("en", case("U.S. approves arms sale to Taiwan, Beijing vows response.", "US>TW:military_equipment_general")),
]

# Coordinated buyers share one purchase; the second buyer is no seller.
BUYER_LISTS = [
    (
        "sv",
        case(
            "Nederländerna och Spanien har köpt Archer från Sverige.",
            "SE>NL:artillery_systems",
            "SE>ES:artillery_systems",
        ),
    ),
    ("da", case("Holland og Spanien har købt kampfly fra USA.", "US>NL:aircraft", "US>ES:aircraft")),
    ("nb", case("Nederland og Spania har kjøpt NASAMS fra Norge.", "NO>NL:air_defence", "NO>ES:air_defence")),
]

# A maker that "receives an order / a contract from" a state sells to that state.
WON_ORDERS = [
    (
        "sv",
        case(
            "Saab har fått en beställning på två GlobalEye-plan från Förenade Arabemiraten.",
            "SE>AE:aircraft",
            status="agreed",
        ),
    ),
    (
        "nb",
        case(
            "Kongsberg har fått en kontrakt verdt 1 milliard kroner fra Polen for levering av NSM.",
            "NO>PL:missiles_cruise",
            status="agreed",
        ),
    ),
    (
        "de",
        case(
            "Rheinmetall erhält einen Großauftrag über 50 Radpanzer vom Typ Boxer von den Niederlanden.",
            "DE>NL:tanks_armoured_vehicles",
            status="agreed",
        ),
    ),
    (
        "en",
        case("Lockheed Martin received a contract from Poland for 32 F-35 jets.", "US>PL:aircraft", status="agreed"),
    ),
    # a state that receives weapons is still the recipient
    ("da", case("Polen har fået 32 F-35-fly fra USA.", "US>PL:aircraft")),
]

# Words that were missing: German "Jets", passive orders, taking over, origin adjectives of more states.
VOCABULARY = [
    ("de", case("Großbritannien will 20 weitere Jets an Katar verkaufen.", "GB>QA:aircraft", quantity=20)),
    ("de", case("Die Türkei will gebrauchte Eurofighter aus Katar übernehmen.", "QA>TR:aircraft")),
    ("sv", case("Indien väntar på fem S-400-system som beställdes från Ryssland.", "RU>IN:air_defence", quantity=5)),
    ("nb", case("Indonesia venter på to ubåter som ble bestilt fra Frankrike.", "FR>ID:naval_vessels")),
    ("nb", case("Danmark har mottatt sveitsiske stridsvogner.", "CH>DK:tanks_armoured_vehicles")),
    ("en", case("Argentina received Brazilian aircraft last year.", "BR>AR:aircraft")),
    ("de", case("Polen hat griechische Panzer erhalten.", "GR>PL:tanks_armoured_vehicles")),
]

ALL: list[tuple[str, Case]] = RECIPIENT_LISTS + BUYER_LISTS + WON_ORDERS + VOCABULARY


@pytest.mark.parametrize(("lang", "c"), ALL, ids=[f"{lang}-{c.id}" for lang, c in ALL])
def test_unseen_phrasing_class(lang: str, c: Case) -> None:
    """Each phrasing gives exactly the expected transfers, status and amount."""
    check(c, lang)
