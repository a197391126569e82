"""Classes found missing in session 38.

All texts are invented for these tests.
"""

from __future__ import annotations

from tests.unit.tagging.tagging_cases import case

# Flying weapons of another's make is using them, so they were got from that state ("Iran flyger amerikanska F-14",
# "has flown Iranian Mohajer drones"); weapons flown to a party were supplied to it ("the UAE had flown weapons to the
# RSF"). A flight is neither: a weapon that flies over a place with no flyer named, or one that flew before a comma.
FLYING = [
    (
        "en",
        case(
            "Since 2019 the Nigerian air force has flown Chinese-made CH-4 drones against insurgents in the "
            "north-east.",
            "CN>NG:drones",
            status="delivered",
        ),
    ),
    ("de", case("Die ägyptische Luftwaffe fliegt bis heute französische Mirage-2000-Jets.", "FR>EG:aircraft")),
    ("da", case("Marokkos luftvåben flyver i dag amerikanske F-16-fly.", "US>MA:aircraft")),
    ("nb", case("Det peruanske flyvåpenet fløy i mange år russiske MiG-29-fly.", "RU>PE:aircraft")),
    ("nn", case("Det algeriske flyvåpenet flyg i dag russiske Su-30-fly.", "RU>DZ:aircraft")),
    ("sv", case("Venezuela flög länge amerikanska F-16 som köptes på 1980-talet.", "US>VE:aircraft")),
    (
        "sv",
        case(
            "De nya planen ska ersätta de ryska MiG-29 som det peruanska flygvapnet har flugit sedan 1990-talet.",
            "RU>PE:aircraft",
        ),
    ),
    (
        "en",
        case(
            "Investigators say the UAE has flown ammunition to the RSF through airstrips in Chad.",
            "AE>rsf:artillery_ammunition",
            status="delivered",
        ),
    ),
    ("da", case("Rusland fløj ifølge rapporten kamphelikoptere til Mali i foråret.", "RU>ML:helicopters")),
    (
        "en",
        case("Two American B-52 bombers flew over the Baltic Sea on Tuesday, escorted by Swedish Gripen jets."),
    ),
    ("da", case("Under paraden fløj fire tyrkiske droner over pladsen i Niamey.")),
    ("nb", case("Flyene ble fløyet over Nordsjøen av danske piloter.")),
]

# Bringing weapons to a party is supplying them: the weapon, then the party as a goal, after the verb or, verb-final,
# before it. Not a count as the goal, nor soldiers bringing their own kit.
BRINGING = [
    (
        "de",
        case(
            "Nach Angaben des Geheimdienstes hat Russland zwei Flugabwehrsysteme nach Venezuela gebracht.",
            "RU>VE:air_defence",
            status="delivered",
            quantity=2,
        ),
    ),
    (
        "en",
        case(
            "Iranian vessels brought anti-ship missiles to the Houthis last spring.",
            "IR>houthis:missiles_cruise",
            status="delivered",
        ),
    ),
    ("nb", case("Russland har brakt flere kamphelikoptre til Mali.", "RU>ML:helicopters")),
    ("da", case("Tyrkiet bragte ifølge rapporten pansrede køretøjer til Libyen.", "TR>LY:tanks_armoured_vehicles")),
    ("sv", case("Ryssland har forslat stridsvagnar till Nordkorea.", "RU>KP:tanks_armoured_vehicles")),
    (
        "en",
        case(
            "Finland will buy 48 more K9 howitzers from South Korea, bringing its total fleet to 96.",
            "KR>FI:artillery_systems",
            quantity=48,
        ),
    ),
    ("en", case("Japanese soldiers brought their launchers to Australia for the exercise.")),
]

# What the two reviews of this session found (invented texts; each read wrongly by the reviewed commit).
REVIEWED = [
    (
        "da",
        case(
            "Algeriet flyver russiske Su-35, mens Marokko flyver amerikanske F-16.",
            "RU>DZ:aircraft",
            "US>MA:aircraft",
        ),
    ),
    ("sv", case("Ukrainska piloter har flugit svenska Gripen under utbildning i Sverige.")),
    ("da", case("Indonesiens luftvåben fløj russiske Su-30-kampfly under øvelsen i Borneo.", "RU>ID:aircraft")),
    (
        "en",
        case("The Pentagon brought forward the delivery of F-35 jets to Poland.", "US>PL:aircraft", status="planned"),
    ),
    ("en", case("The Moroccan air force flies Israeli Heron drones over the desert.", "IL>MA:drones")),
]

# Weapons a user shot down are its targets, not weapons it got from their maker.
TARGETS = [
    (
        "en",
        case(
            "The Pakistani air force used Chinese-made fighters in the clashes and says it shot down four Indian jets.",
            "CN>PK:aircraft",
        ),
    ),
    (
        "sv",
        case(
            "Pakistans flygvapen flög kinesiska J-10-plan och sköt enligt Islamabad ned flera indiska plan.",
            "CN>PK:aircraft",
        ),
    ),
    # the shooting verb itself, with its particle ("skutt ned"); the tool after "med" is the user's
    (
        "nb",
        case(
            "Pakistan hevdet å ha skutt ned flere indiske kampfly med sine kinesiskproduserte J-10C-fly.",
            "CN>PK:aircraft",
        ),
    ),
]

ALL = [
    *FLYING,
    *BRINGING,
    *REVIEWED,
    *TARGETS,
]
