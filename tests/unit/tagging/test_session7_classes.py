"""Classes found missing in session 7, each with invented texts.

All texts are invented for these tests.
"""

from __future__ import annotations

import pytest

from tests.unit.tagging.tagging_cases import case

# A buyer passing weapons on sells them: the clause before the passing-on is read alone, and its buyer
# sells to the state named after it.
ONWARD = [
    (
        "da",
        case(
            "Finland købte i 2017 brugte K9-haubitser af den sydkoreanske hær, og en del af partiet blev "
            "videresolgt til Estland.",
            "KR>FI:artillery_systems",
            "FI>EE:artillery_systems",
        ),
    ),
    (
        "nn",
        case(
            "Dei første Caesar-haubitsane som København kjøpte, vart gjevne vidare til Ukraina i 2022.",
            "FR>DK:artillery_systems",
            "DK>UA:artillery_systems",
            status="delivered",
        ),
    ),
    (
        "en",
        case(
            "Morocco bought the Gepard tanks from the Netherlands and later passed them on to Ukraine.",
            "NL>MA:air_defence",
            "MA>UA:air_defence",
        ),
    ),
    (
        "de",
        case(
            "Finnland kaufte 2017 gebrauchte K9-Haubitzen von der südkoreanischen Armee; ein Teil wurde an "
            "Estland weiterverkauft.",
            "KR>FI:artillery_systems",
            "FI>EE:artillery_systems",
        ),
    ),
    (
        "sv",
        case(
            "Chile köpte åtta fregatter från Nederländerna och har sedan sålt vidare två av dem till Peru.",
            "NL>CL:naval_vessels",
            "CL>PE:naval_vessels",
        ),
    ),
]

# "ta imot", "tage imod": a receiving verb, whose particle is no "against"
TAKING_IN = [
    (
        "nb",
        case(
            "Beograd har tatt imot kinesiske luftvernsystemer, samtidig som landet søker nærmere bånd til EU.",
            "CN>RS:air_defence",
            status="delivered",
        ),
    ),
    ("da", case("Serbien tog i 2022 imod kinesiske luftforsvarssystemer.", "CN>RS:air_defence")),
    # "mot" as a preposition still marks a target
    ("nb", case("Serbia har bygget opp et luftvern mot kinesiske droner.")),
]

# "kjøpt fra Tyrkia, ikke fra India": a negated source is the one it did not come from; a source after a
# participle clause of the weapon is its own
SOURCES = [
    ("en", case("Sri Lanka bought the drones from Turkey, not from India.", "TR>LK:drones")),
    ("nb", case("Sri Lanka tok imot sine første droner – kjøpt fra Tyrkia.", "TR>LK:drones")),
    ("en", case("Sri Lanka received its first drones, bought from Turkey.", "TR>LK:drones")),
    ("de", case("Sri Lanka erhielt Drohnen aus der Türkei und nicht aus Indien.", "TR>LK:drones")),
]

# A year after a German transfer verb is the time, not a count
YEARS = [
    (
        "de",
        case(
            "Finnland kaufte 2017 gebrauchte K9-Haubitzen von der südkoreanischen Armee.",
            "KR>FI:artillery_systems",
        ),
    ),
    ("de", case("Russland lieferte 2000 Panzerfäuste an Syrien.", "RU>SY:small_arms", quantity=2000)),
]

# A giver named as subject gives what it has even when the recipient is told elsewhere; an export customer buys
GIVERS = [
    (
        "nb",
        case(
            "Danmark har gitt Ukraina F-16-fly. Norge har donert seks amerikanskbygde fly.",
            "DK>UA:aircraft",
            "NO>UA:aircraft",
        ),
    ),
    ("de", case("Jakarta ist der erste Exportkunde des türkischen Kampfflugzeugs KAAN.", "TR>ID:aircraft")),
    ("en", case("Indonesia became the first export customer of the Turkish KAAN fighter.", "TR>ID:aircraft")),
]

# A maker signing with a state sells to it; a buyer with no seller takes the one source its sentence names
SIGNING_MAKERS = [
    (
        "sv",
        case(
            "Peru och sydkoreanska Hyundai Rotem undertecknade på förmiddagen ett ramavtal om K2-stridsvagnar.",
            "KR>PE:tanks_armoured_vehicles",
            status="agreed",
        ),
    ),
    (
        "de",
        case(
            "Die Maschinen stammen aus Beständen der dänischen Luftwaffe, insgesamt hat Buenos Aires 24 Jets gekauft.",
            "DK>AR:aircraft",
            quantity=24,
        ),
    ),
    # a source of something else, with a use verb, lends no seller
    ("en", case("The US Army deployed its Typhon missile launcher to Luzon, drawing protests from Beijing.")),
]

# National adjectives of states beyond the big suppliers: Ghana, Peru, Kenya, the Philippines
DEMONYMS = [
    (
        "da",
        case(
            "Den ghanesiske flåde har fået skibe fra Kina, som i 2017 donerede fire patruljebåde til landet.",
            "CN>GH:naval_vessels",
        ),
    ),
    ("sv", case("Kina har levererat drönare till den kenyanska armén.", "CN>KE:drones")),
    ("de", case("Südkorea liefert der philippinischen Marine zwei Korvetten.", "KR>PH:naval_vessels", quantity=2)),
    ("en", case("Israel has sold air defence systems to the Peruvian army.", "IL>PE:air_defence")),
    ("nb", case("Tyrkia har levert droner til det etiopiske flyvåpenet.", "TR>ET:drones")),
]

# A maker's system bought in one clause is not blocked by a state in another; "took over", "overtog" receive;
# a transfer noun after the weapons does not undo a signing
CLAUSES = [
    (
        "sv",
        case(
            "Även Polen har skrivit på för fler robotar, medan den indiska armén fortsätter att ta emot granatgevär "
            "av typen Carl-Gustaf M4.",
            "SE>IN:small_arms",
        ),
    ),
    (
        "en",
        case(
            "Over four years Chile took over four frigates from the Netherlands.",
            "NL>CL:naval_vessels",
            quantity=4,
        ),
    ),
    (
        "sv",
        case(
            "Ministern svarade att Colombia i november skrev under ett avtal om 17 Gripen E/F, med leveranser mellan "
            "2026 och 2032.",
            "SE>CO:aircraft",
            status="agreed",
            quantity=17,
        ),
    ),
]

# Patrol ships, landing craft, cutters; the maker a ship "was built by" is its seller, one it was "made by" as
# an attribute need not be; a recent year after a transfer verb is no count
SHIPS = [
    (
        "sv",
        case(
            "Thailand köper ubåtar. Flottan fick 2018 fregatten HTMS Bhumibol, som byggdes av sydkoreanska DSME.",
            "KR>TH:naval_vessels",
        ),
    ),
    (
        "nb",
        case(
            "Indonesia kjøper fly fra Frankrike. Marinen tok dessuten i vår imot to nye patruljeskip fra italienske "
            "Fincantieri.",
            "FR>ID:aircraft",
            "IT>ID:naval_vessels",
        ),
    ),
    (
        "en",
        case(
            "The United States has transferred three former Hamilton-class cutters to Vietnam.",
            "US>VN:naval_vessels",
            quantity=3,
        ),
    ),
    (
        "en",
        case(
            "Britain will supply Ukraine with more than 5,000 air defence missiles made by Thales in Belfast.",
            "GB>UA:air_defence",
        ),
    ),
    # an aircraft carrier is where the jets go, not what is sold
    (
        "da",
        case(
            "Indien har indgået en kontrakt med Frankrig om køb af 26 Rafale Marine-kampfly til landets hangarskibe.",
            "FR>IN:aircraft",
            quantity=26,
        ),
    ),
]

ALL = GIVERS + ONWARD + SIGNING_MAKERS + DEMONYMS + CLAUSES + SHIPS + TAKING_IN + SOURCES + YEARS


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Finnland kaufte 2017 gebrauchte K9-Haubitzen von der südkoreanischen Armee."),
        ("sv", "Thailand fick 2018 fregatten HTMS Bhumibol från Sydkorea."),
    ],
)
def test_year_is_no_quantity(lang: str, text: str) -> None:
    from services.extractor.tagging import tag

    (mention,) = tag(text, lang)
    assert mention.quantity is None
