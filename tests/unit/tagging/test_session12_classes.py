"""Classes found missing in session 12 (on `fullj`, the session-4 blind set opened for tuning), each with
invented texts.

All texts are invented for these tests.
"""

from __future__ import annotations

from tests.unit.tagging.tagging_cases import case

# A system named beside a loose word, with no term of its own, gives its maker as the seller.
MODELS = [
    ("en", case("Islamabad could acquire up to 40 Chinese J-35 stealth fighters.", "CN>PK:aircraft")),
    ("en", case("Pakistan bought 40 Wing Loong drones last year.", "CN>PK:drones")),
    ("da", case("Egypten har købt 12 helikoptere af typen Black Hawk.", "US>EG:helicopters")),
    ("da", case("Norge har købt 28 K9'ere til hæren.", "KR>NO:artillery_systems", quantity=28)),
    # a common word that begins like a system's name is not one
    ("en", case("Chile bought ten helicopters of the type used by its navy.")),
]

# Talks and signed deals in the forms wire copy uses.
DEALS = [
    ("nn", case("Indonesia er i langt komne samtalar med New Delhi om missilet BrahMos.", "IN>ID:missiles_cruise")),
    ("sv", case("Jakarta har skrivit avtal om 48 exemplar av stridsflygplanet KAAN.", "TR>ID:aircraft", quantity=48)),
    ("de", case("Ankara führt Gespräche mit Berlin über 40 Eurofighter.", "DE>TR:aircraft", status="planned")),
]

# A people before a phrase of its own is the subject, not who tells it.
PEOPLES = [
    ("da", case("Samtidig har saudierne ifølge flere analytikere købt kinesiske droner.", "CN>SA:drones")),
    ("sv", case("Enligt uppgifter har saudierna köpt kinesiska drönare.", "CN>SA:drones")),
    # peoples named by their plural noun are parties
    ("de", case("Katar hatte 24 Eurofighter bei den Briten bestellt.", "GB>QA:aircraft", quantity=24)),
    ("sv", case("Litauen har köpt pansarfordon av turkarna.", "TR>LT:tanks_armoured_vehicles")),
]

# Names a desk uses and the lexicon lacked; a ship class by its German type number.
NAMES = [
    ("nb", case("I fjor signerte Bucuresti en avtale med USA om 32 F-35-fly.", "US>RO:aircraft", quantity=32)),
    ("de", case("Ägypten hatte bereits vier Boote vom Typ 209 erhalten.", "DE>EG:naval_vessels", quantity=4)),
    # a generic self-propelled howitzer is not the German system
    ("de", case("Von den Panzerhaubitzen K9 sind 100 Exemplare in Polen eingetroffen.", "KR>PL:artillery_systems")),
    # holding nuclear weapons is no transfer
    ("nb", case("Begge land har atomvåpen, og flere land, blant dem USA og Saudi-Arabia, bidro til en våpenhvile.")),
]


# The object a verb supplies "with" the weapon is the recipient, even when a "for" follows; a maker that takes
# an order sells.
OBJECTS = [
    (
        "en",
        case(
            "South Korean missile maker LIG Nex1 has signed a contract to supply Saudi Arabia with 10 "
            "batteries of its Cheongung-II system, the company said, the latest in a run of orders for Seoul's "
            "defence industry.",
            "KR>SA:air_defence",
        ),
    ),
    (
        "sv",
        case(
            "I augusti tecknade Saab ett kontrakt med Thailand om fyra nya JAS 39 Gripen E/F.",
            "SE>TH:aircraft",
            quantity=4,
        ),
    ),
]

# A system's name right after its word; systems in service ("i drift", "flyger") of another's make.
SERVICE = [
    ("de", case("Katar hat das Kurzstreckensystem Spyder bestellt.", "IL>QA:air_defence")),
    ("sv", case("I Europa flyger redan Ungern svenska Gripen.", "SE>HU:aircraft", status="delivered")),
    ("nb", case("Litauen har to amerikanske NASAMS-systemer i drift.", "US>LT:air_defence")),
    # a user of a system need not have it from the maker: no seller is made up
    ("en", case("Ukraine flies F-16 fighters over Odesa.")),
]

# A state a receiver got another's make through sold it on; a bare route stays a route.
RESELLERS = [
    (
        "sv",
        case(
            "Haftars styrkor har fått luftvärnssystem av typen Pantsir via Förenade Arabemiraten.", "AE>lna:air_defence"
        ),
    ),
    ("de", case("Die RSF erhielt Waffen über Tschad.")),
]

ALL = MODELS + DEALS + PEOPLES + NAMES + OBJECTS + SERVICE + RESELLERS
