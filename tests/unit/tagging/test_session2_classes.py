"""Phrasing classes found missing on the former blind set (session 2), each in several languages.

All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from services.extractor.tagging import tag
from tests.unit.tagging.tagging_cases import case

# A maker's nationality and a maker noun between the preposition and the name keep the seller.
MAKERS = [
    ("da", case("Hæren har bestilt otte haubitser fra det israelske firma Elbit.", "IL>DK:artillery_systems")),
    ("nb", case("Forsvaret kjøper nye stridsvogner fra den tyske produsenten KNDS.", "DE>NO:tanks_armoured_vehicles")),
    ("sv", case("Marinen köper två fartyg av det tyska företaget TKMS.", "DE>SE:naval_vessels")),
    (
        "de",
        case(
            "Rumänien hat einen Vertrag über 54 Schützenpanzer mit dem deutschen Hersteller Rheinmetall unterzeichnet.",
            "DE>RO:tanks_armoured_vehicles",
            quantity=54,
        ),
    ),
    ("de", case("Das Bundesheer kauft acht Hubschrauber beim italienischen Konzern Leonardo.", "IT>AT:helicopters")),
    ("en", case("Poland bought 96 helicopters from the US company Boeing.", "US>PL:helicopters", quantity=96)),
]

# No seller named, but the system is one country's: its maker country is the seller (unsurely).
SYSTEM_MAKERS = [
    ("sv", case("Colombia har skrivit på ett kontrakt om sexton Gripen.", "SE>CO:aircraft", quantity=16)),
    ("nb", case("Marokko har kjøpt flere Bayraktar-droner.", "TR>MA:drones")),
    ("de", case("Katar hat zwölf Leopard-Panzer bestellt.", "DE>QA:tanks_armoured_vehicles")),
    ("en", case("Ukraine has asked for more Patriot batteries.", "US>UA:air_defence")),
    # a sibling system names the maker of a loose word: "droner" after "Bayraktar TB2"
    (
        "da",
        case(
            "Bayraktar TB2 er solgt til mange lande, og nu har Kenya fået leveret droner.",
            "TR>KE:drones",
        ),
    ),
    # another party in the sentence may be the seller: no maker guess then
    ("da", case("Indkøbet erstatter de Caesar-kanoner, som Danmark gav til Ukraine.", "DK>UA:artillery_systems")),
    # using a weapon is no transfer, whoever made it
    ("en", case("Ukraine fired Patriot missiles at the incoming drones.")),
]

# Non-state recipients with their own slugs.
NON_STATE = [
    ("de", case("Auch irakische Milizen erhalten Drohnen aus dem Iran.", "IR>iraqi_militias:drones")),
    ("nb", case("Iran har sendt droner til militsen Kataib Hizbollah.", "IR>kataib_hezbollah:drones")),
    (
        "sv",
        case("Ryssland har flugit in pansarfordon till krigsherren Khalifa Haftar.", "RU>lna:tanks_armoured_vehicles"),
    ),
    (
        "en",
        case("Moscow has airlifted armoured vehicles to the Libyan National Army.", "RU>lna:tanks_armoured_vehicles"),
    ),
]

# Lists of buyers, contract nouns, buyer nouns, relative clauses.
STRUCTURE = [
    (
        "nb",
        case(
            "Norge, Finland og Estland går sammen om en bestilling av CV90 fra Hägglunds.",
            "SE>NO:tanks_armoured_vehicles",
            "SE>FI:tanks_armoured_vehicles",
            "SE>EE:tanks_armoured_vehicles",
        ),
    ),
    (
        "de",
        case(
            "Die Türkei hat einen Vertrag über die Lieferung von 20 Eurofightern aus Großbritannien unterzeichnet.",
            "GB>TR:aircraft",
        ),
    ),
    ("en", case("Armenia is a major buyer of Indian weapons.", "IN>AM:military_equipment_general")),
    ("en", case("Morocco took delivery of Israeli drones last year.", "IL>MA:drones")),
    ("nn", case("Dei F-16-flya som Argentina har kjøpt frå Danmark, har landa.", "DK>AR:aircraft")),
    # a headline source before a colon tells the news; it is no party
    (
        "da",
        case(
            "Sydkoreas efterretningstjeneste: Pjöngjang har sendt nye missiler til Rusland.",
            "KP>RU:missiles_ballistic",
        ),
    ),
]

ALL = MAKERS + SYSTEM_MAKERS + NON_STATE + STRUCTURE


def test_a_package_refers_to_the_sentence_before_not_the_article_pair() -> None:
    """ "Pakken indeholder ...": the package told just before, even when another pair dominates."""
    text = (
        "Tyskland sender et IRIS-T-system til Ukraine. Berlin har givet Kyiv seks systemer.\n"
        "Sverige offentliggør en ny støttepakke til Ukraine på 13 milliarder kroner. "
        "Pakken indeholder blandt andet Archer-kanoner."
    )
    found = {(m.supplier, m.recipient, m.weapon.value) for m in tag(text, "da")}
    assert ("SE", "UA", "artillery_systems") in found
    assert ("DE", "UA", "artillery_systems") not in found


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Ukraina ska köpa mellan 100 och 150 Gripen från Sverige.", "sv", 125),
        ("Ukraine will buy 100 to 150 Gripen jets from Sweden.", "en", 125),
        ("Die Ukraine soll zwischen 100 und 150 Gripen aus Schweden bekommen.", "de", 125),
    ],
)
def test_a_range_is_its_midpoint_and_approximate(text: str, lang: str, value: float) -> None:
    (mention,) = tag(text, lang)
    assert mention.quantity is not None
    assert mention.quantity.value == value
    assert mention.quantity.approx


def test_amounts_of_two_clauses_stay_apart() -> None:
    """ "24 fly, mens Norge har lovet seks fly": two transfers, two amounts, no sum."""
    text = "Holland har leveret 24 fly til Ukraine, mens Norge har lovet seks fly."
    amounts = {m.supplier: m.quantity.value if m.quantity else None for m in tag(text, "da")}
    assert amounts == {"NL": 24, "NO": 6}


def test_a_told_amount_beats_one_read_from_an_article() -> None:
    text = "Norge skal kjøpe minst fem fregatter fra Storbritannia. Et skip skal leveres i 2030."
    (mention,) = tag(text, "nb")
    assert mention.quantity is not None
    assert mention.quantity.value == 5


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Tyskland kjøper Arrow 3. Avtalen er stor.", 2),
        ("Die 3. Panzerdivision kam am 3. Oktober an.", 1),
        ("Den 3. juni kom flyene.", 1),
        ("Sverige har skickat luftvärnssystemet RBS 70. Även två radarflygplan har överlämnats.", 2),
        ("Am 3. Oktober kam die 3. Division.", 1),
    ],
)
def test_a_number_before_a_full_stop_is_an_ordinal_only_where_it_reads_so(text: str, sentences: int) -> None:
    from services.extractor.tagging.sentences import split_sentences

    assert len(split_sentences(text)) == sentences


def test_a_background_supplier_borrows_no_recipient_from_the_article_pair() -> None:
    """The article is about Norway's aid to Ukraine; "Berlin lover nye luftvernsystemer" names no recipient,
    and Germany is not the article's supplier, so no Germany -> Ukraine transfer is made up."""
    text = (
        "Norge gir Ukraina 2,5 milliarder kroner til luftvern. Norge har også sendt NASAMS til Ukraina.\n\n"
        "Berlin lover nye luftvernsystemer etter de siste russiske angrepene."
    )
    pairs = {(m.supplier, m.recipient) for m in tag(text, "nb")}
    assert ("NO", "UA") in pairs
    assert ("DE", "UA") not in pairs


def test_a_new_paragraph_lends_no_party_from_the_paragraph_before() -> None:
    text = "Iran har sendt droner til houthiene i Jemen.\n\nHæren skal få nye droner neste år."
    assert {(m.supplier, m.recipient, m.weapon.value) for m in tag(text, "nb")} == {("IR", "houthis", "drones")}
