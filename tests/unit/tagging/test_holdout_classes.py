"""Phrasing classes found missing on unseen news, each checked in several languages (invented sentences)."""

from __future__ import annotations

import pytest

from services.extractor.tagging import tag
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


# General gaps closed without looking at any one article: system designators, gift/loan/buy verb
# forms, German "in <state>" beside a verb-final participle, and licence production as a transfer.
GENERAL_GAPS = [
    ("en", case("Pakistan has ordered 40 J-20 fighters from China.", "CN>PK:aircraft", status="agreed", quantity=40)),
    ("en", case("Germany lent two Patriot batteries to Poland.", "DE>PL:air_defence", quantity=2)),
    ("da", case("Danmark afgiver otte F-16-fly til Ukraine.", "DK>UA:aircraft", quantity=8)),
    ("nb", case("Norge har avgitt tolv stridsvogner til Ukraina.", "NO>UA:tanks_armoured_vehicles", quantity=12)),
    ("nn", case("Noreg har avgitt tolv stridsvogner til Ukraina.", "NO>UA:tanks_armoured_vehicles", quantity=12)),
    ("sv", case("Sverige har lånat ut två Visby-korvetter till Estland.", "SE>EE:naval_vessels", quantity=2)),
    ("sv", case("Estland har införskaffat Archer-haubitsar från Sverige.", "SE>EE:artillery_systems")),
    ("de", case("Japan schenkt der Ukraine 30 Hubschrauber.", "JP>UA:helicopters", quantity=30)),
    ("de", case("Die Schweiz hat zwölf Hubschrauber in den USA bestellt.", "US>CH:helicopters", status="agreed")),
    ("de", case("Die Niederlande bestellen 46 Leopard-Panzer in Deutschland.", "DE>NL:tanks_armoured_vehicles")),
    (
        "nb",
        case(
            "Polen skal produsere K2-stridsvogner på lisens fra Sør-Korea.",
            "KR>PL:technology_transfer",
            "KR>PL:tanks_armoured_vehicles",
        ),
    ),
    # domestic licence production with no foreign party tells no transfer
    ("nb", case("Forsvaret produserer selv ammunisjon på lisens.")),
    ("en", case("The army produces its own rifles under licence.")),
]


@pytest.mark.parametrize(("lang", "c"), GENERAL_GAPS, ids=[f"{lang}-{c.id}" for lang, c in GENERAL_GAPS])
def test_general_gap(lang: str, c: Case) -> None:
    """Each invented sentence gives exactly the expected transfers."""
    check(c, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nb", "Russland kjøpte iranske droner i fjor. Dronene blir nå produsert på lisens i Tatarstan."),
        ("nn", "Russland kjøpte iranske dronar i fjor. Dronane vert no produserte på lisens i Tatarstan."),
        ("sv", "Ryssland köpte iranska drönare i fjol. Drönarna tillverkas nu på licens i Tatarstan."),
        ("da", "Rusland købte iranske droner sidste år. Dronerne fremstilles nu på licens i Tatarstan."),
        ("de", "Russland kaufte im Vorjahr iranische Drohnen. Die Drohnen werden nun in Lizenz in Tatarstan gebaut."),
        ("en", "Russia bought Iranian drones last year. The drones are now built under licence in Tatarstan."),
    ],
)
def test_licence_production_follows_article_pair(lang: str, text: str) -> None:
    """A licence-production sentence with no actor of its own belongs to the article's pair."""
    found = {f"{m.supplier}>{m.recipient}:{m.weapon.value}" for m in tag(text, lang)}
    assert "IR>RU:technology_transfer" in found, found


# A deal that includes local production: a multi-word term that ends in a word such as "production"
# is the term itself, not a weapon word qualifying that noun.
LOCAL_PRODUCTION = [
    ("en", "Poland is buying 180 tanks from South Korea, and the deal includes local production in Poland."),
    ("nb", "Polen kjøper 180 stridsvogner fra Sør-Korea, og avtalen omfatter lokal produksjon i Polen."),
    ("nn", "Polen kjøper 180 stridsvogner frå Sør-Korea, og avtalen omfattar lokal produksjon i Polen."),
    ("da", "Polen køber 180 kampvogne fra Sydkorea, og aftalen omfatter lokal produktion i Polen."),
    ("sv", "Polen köper 180 stridsvagnar från Sydkorea, och avtalet omfattar lokal tillverkning i Polen."),
    ("de", "Polen kauft 180 Panzer aus Südkorea, und der Vertrag umfasst eine lokale Produktion in Polen."),
]


@pytest.mark.parametrize(("lang", "text"), LOCAL_PRODUCTION)
def test_local_production_is_technology_transfer(lang: str, text: str) -> None:
    """The purchase and its local production both go from the seller to the buyer, uncounted."""
    mentions = {f"{m.supplier}>{m.recipient}:{m.weapon.value}": m for m in tag(text, lang)}
    assert set(mentions) == {"KR>PL:tanks_armoured_vehicles", "KR>PL:technology_transfer"}, set(mentions)
    assert mentions["KR>PL:technology_transfer"].quantity is None
