"""Classes found missing in session 18: a general weapon word listed beside a named kind is an item of its
own; a licence or local production belongs to the pair whose hardware is built there.

All texts are invented for these tests.
"""

from __future__ import annotations

from tests.unit.tagging.tagging_cases import case

# "weapons and drones": the general word joined to a named kind by a coordinator names more than that kind. Not
# a system's own radars, nor "materiel, including F-15s".
LISTED = [
    (
        "sv",
        case(
            "Förenade Arabemiraten anklagas för att ha skickat vapen och drönare till RSF.",
            "AE>rsf:military_equipment_general",
            "AE>rsf:drones",
        ),
    ),
    (
        "en",
        case(
            "The Emirates are accused of flying weapons and drones to the RSF.",
            "AE>rsf:military_equipment_general",
            "AE>rsf:drones",
        ),
    ),
    (
        "nb",
        case(
            "Iran har sendt våpen og droner til houthiene.",
            "IR>houthis:military_equipment_general",
            "IR>houthis:drones",
        ),
    ),
    (
        "de",
        case(
            "Russland liefert Ausrüstung und gepanzerte Fahrzeuge an Mali.",
            "RU>ML:military_equipment_general",
            "RU>ML:tanks_armoured_vehicles",
        ),
    ),
    (
        "da",
        case(
            "Iran smugler våben og raketter til Hizbollah.",
            "IR>hezbollah:military_equipment_general",
            "IR>hezbollah:rockets_artillery",
        ),
    ),
    ("en", case("The State Department approved the sale of NASAMS systems and radars to Taiwan.", "US>TW:air_defence")),
]

# A licence or local production told beside the buyer's order is the seller's technology transfer to the buyer:
# the buyer as subject is not the licence's giver. Making placed in the buyer's country under the deal's modal
# counts; where a bought gun is made does not, nor making in a relative clause.
LOCAL_PRODUCTION = [
    (
        "nb",
        case(
            "Brasil har bestilt 36 Gripen, og flere av dem settes sammen på lisens i landet.",
            "SE>BR:aircraft",
            "SE>BR:technology_transfer",
            quantity=36,
        ),
    ),
    (
        "sv",
        case(
            "Indonesien har köpt tolv Anka-drönare från Turkiet, och en del av drönarna ska tillverkas i Indonesien.",
            "TR>ID:drones",
            "TR>ID:technology_transfer",
        ),
    ),
    (
        "da",
        case(
            "Polen har bestilt 180 K2-kampvogne fra Sydkorea, og en del af vognene skal bygges i Polen.",
            "KR>PL:tanks_armoured_vehicles",
            "KR>PL:technology_transfer",
        ),
    ),
    (
        "nn",
        case(
            "Polen har tinga 180 K2-stridsvogner frå Sør-Korea. Ein del av vognene skal byggjast i Polen.",
            "KR>PL:tanks_armoured_vehicles",
            "KR>PL:technology_transfer",
        ),
    ),
    (
        "nb",
        case(
            "Danmark betaler for ukrainske Bohdana-haubitser. Kanonen produseres i Ukraina.",
            "DK>UA:artillery_systems",
        ),
    ),
    (
        "de",
        case(
            "Nordkorea liefert Russland Artilleriemunition und erhält im Gegenzug russisches Know-how.",
            "KP>RU:artillery_ammunition",
            "RU>KP:technology_transfer",
        ),
    ),
]

ALL = (
    *LISTED,
    *LOCAL_PRODUCTION,
)
