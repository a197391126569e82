"""Classes found missing in session 11, each with invented texts.

All texts are invented for these tests.
"""

from __future__ import annotations

from services.extractor.tagging import tag
from tests.unit.tagging.tagging_cases import case

# A fronted "according to" phrase ends at a verb we do not list; the name after that verb is its subject.
ACCORDING = [
    ("da", case("Ifølge Reuters forsøger Iran at sende droner til Rusland.", "IR>RU:drones")),
    ("nb", case("Ifølge etterretningen prøver Iran å sende droner til Russland.", "IR>RU:drones")),
    ("sv", case("Enligt armén försöker Iran smuggla raketer till Hizbollah.", "IR>hezbollah:rockets_artillery")),
    ("de", case("Nach Angaben der UN versucht Iran, Drohnen an Russland zu liefern.", "IR>RU:drones")),
    # a name inside the phrase has the verb after it
    (
        "nn",
        case(
            "Ifølgje FNs ekspertpanel for Jemen har houthiane fått dronar frå Iran.",
            "IR>houthis:drones",
        ),
    ),
]

# Words ordinary news uses: aerial bombs, Swedish "drönarna".
WORDS = [
    ("sv", case("USA har levererat tusentals flygbomber till Israel.", "US>IL:mines_explosives")),
    ("da", case("USA har leveret tusindvis af glidebomber til Israel.", "US>IL:mines_explosives")),
    ("de", case("Die USA haben Tausende Lenkbomben an Israel geliefert.", "US>IL:mines_explosives")),
    ("sv", case("Ukraina hade köpt drönarna från Turkiet redan före invasionen.", "TR>UA:drones")),
    # "Typhoon" is the jet outside English (the storm is "tyfon", "Taifun")
    (
        "nn",
        case(
            "Storbritannia har tidlegare selt Typhoon til både Saudi-Arabia og Oman.",
            "GB>SA:aircraft",
            "GB>OM:aircraft",
        ),
    ),
    (
        "nn",
        case("Også nabolanda Burkina Faso og Niger har skaffa seg tyrkiske dronar.", "TR>BF:drones", "TR>NE:drones"),
    ),
    (
        "de",
        case(
            "Die Niederlande haben ein Patriot-System an Kiew überlassen, die USA stellten mehrere Batterien bereit.",
            "NL>UA:air_defence",
            "US>UA:air_defence",
        ),
    ),
    (
        "de",
        case("Die USA stellten der Ukraine mehrere Patriot-Batterien bereit.", "US>UA:air_defence", status="delivered"),
    ),
    (
        "de",
        case(
            "Deutschland ist bereit, Panzer an die Ukraine zu liefern.",
            "DE>UA:tanks_armoured_vehicles",
            status="speculated",
        ),
    ),
]

# Procured for another: the one procuring pays, the other receives.
PROCURED = [
    (
        "nb",
        case(
            "Tsjekkia har så langt skaffet over 1,5 millioner granater til Ukraina.",
            "CZ>UA:artillery_ammunition",
            quantity=1.5e6,
        ),
    ),
    ("da", case("Danmark har købt granater til Ukraine.", "DK>UA:artillery_ammunition")),
    # a destination behind a verb of its own is that verb's
    (
        "en",
        case(
            "Prague has received 14 Leopard tanks from Germany as compensation for tanks it sent to Kyiv.",
            "DE>CZ:tanks_armoured_vehicles",
        ),
    ),
]

# A country on the route is no supplier; an adjective on the channel names whose channel it is.
ROUTES = [
    ("da", case("Våbnene blev leveret til RSF gennem Tchad.")),
    (
        "de",
        case(
            "Über die tschechische Initiative sind mehr als eine Million Granaten an die Ukraine geliefert worden.",
            "CZ>UA:artillery_ammunition",
        ),
    ),
]

# A closed relative clause holds neither a partner of the subject nor the object of a call.
CLAUSES = [
    (
        "en",
        case(
            "Egypt, which is at odds with Ethiopia over the dam on the Nile, sent two shipments of weapons to "
            "Mogadishu in 2024.",
            "EG>SO:military_equipment_general",
        ),
    ),
    (
        "da",
        case(
            "Norge, Storbritannien og USA, der udgør den såkaldte trojka for Sudan, opfordrede torsdag alle lande "
            "til at stoppe våbenleverancerne.",
        ),
    ),
]

# The return of an exchange: after the last "and", or in the next sentence, from the one that received.
RETURNS = [
    (
        "en",
        case(
            "South Korean intelligence believes Pyongyang has shipped millions of artillery shells to Russia and "
            "received air defence systems in return.",
            "KP>RU:artillery_ammunition",
            "RU>KP:air_defence",
        ),
    ),
    (
        "da",
        case(
            "Nordkorea har sendt granater til Rusland og fået luftforsvarssystemer til gengæld.",
            "KP>RU:artillery_ammunition",
            "RU>KP:air_defence",
        ),
    ),
    (
        "en",
        case(
            "North Korea has sent missiles to Russia, Seoul says. The shipments include ballistic missiles and "
            "long-range guns. In return, Pyongyang appears to be receiving air-defence equipment.",
            "KP>RU:missiles_ballistic",
            "RU>KP:air_defence",
        ),
    ),
]

# A state in the genitive before a group only places the group.
GROUPS = [
    (
        "en",
        case(
            "US forces intercepted a vessel carrying Iranian-made missile components destined for Yemen's Houthi "
            "rebels.",
            "IR>houthis:missiles_ballistic",
        ),
    ),
    ("da", case("Iran har sendt missiler til Yemens houthi-oprørere.", "IR>houthis:missiles_ballistic")),
    ("nb", case("Iran har sendt raketter til Libanons Hizbollah.", "IR>hezbollah:rockets_artillery")),
]

# An adjective before an armed force names the state; the adjective of an elided compound reaches its head.
ADJECTIVES = [
    ("nb", case("USA har gitt den libanesiske hæren våpen.", "US>LB:military_equipment_general")),
    ("de", case("Die USA haben der libanesischen Armee Panzer geliefert.", "US>LB:tanks_armoured_vehicles")),
    ("nn", case("Indonesia har mellom anna russiske Su-27- og Su-30-fly.", "RU>ID:aircraft")),
    # "og" between two objects is no second clause of an exchange
    (
        "nn",
        case(
            "Moskva har tilbode den sudanske hæren våpen og luftvern i byte mot ein marinebase ved Raudehavet.",
            "RU>SD:air_defence",
        ),
    ),
]

# Ships named by their class; more aircraft types.
SHIPS = [
    (
        "nb",
        case(
            "Japan planlegger å overføre seks brukte eskortefartøy av Abukuma-klassen til Filippinene.",
            "JP>PH:naval_vessels",
            quantity=6,
        ),
    ),
    (
        "de",
        case(
            "An Singapur hat die Werft aus Deutschland vier Boote der Klasse 218SG übergeben.",
            "DE>SG:naval_vessels",
            quantity=4,
        ),
    ),
    ("en", case("Israel sold Kfir jets to Colombia in the 1980s.", "IL>CO:aircraft")),
]

# Local production under licence is a technology transfer of the pair whose hardware is built; assembly alone
# counts only where the buyer is named.
PRODUCTION = [
    (
        "nb",
        case(
            "Brasil har bestilt 36 Gripen fra Sverige, og flere av dem settes sammen på lisens ved Embraer-fabrikken.",
            "SE>BR:aircraft",
            "SE>BR:technology_transfer",
        ),
    ),
    (
        "nn",
        case(
            "Polen har tinga 180 K2-stridsvogner frå Sør-Korea. Ein del av dei blir no sette saman i Polen.",
            "KR>PL:tanks_armoured_vehicles",
            "KR>PL:technology_transfer",
        ),
    ),
    ("da", case("Israel har købt F-35-kampfly fra USA, og flyene samles i USA.", "US>IL:aircraft")),
]


def test_assembly_in_the_sellers_country_is_no_technology_transfer() -> None:
    """Jets assembled in the seller's own country give the buyer no know-how."""
    found = {m.weapon.value for m in tag("Israel har købt F-35-kampfly fra USA, og flyene samles i USA.", "da")}
    assert found == {"aircraft"}


ALL = ACCORDING + WORDS + ROUTES + PROCURED + CLAUSES + RETURNS + GROUPS + ADJECTIVES + SHIPS + PRODUCTION
