"""Classes found missing in session 36.

All texts are invented for these tests.
"""

from __future__ import annotations

from tests.unit.tagging.tagging_cases import case

# A cargo counted by its containers, then by what they held ("Det svarer til omkring ni millioner granater"): the
# count of the weapon itself is the transfer's quantity, also when it opens the next paragraph, and when the
# containers held "weapons and ammunition" (a general cargo) it adds the counted kind. A count in the next paragraph
# must be said to equal the cargo, and it does not reach a transfer that had no count at all.
CARGO = [
    (
        "da",
        case(
            "Nordkorea har sendt mere end 14.000 containere med artillerigranater til Rusland. Det oplyser NIS.\n\n"
            "Ifølge NIS svarer det til omkring otte millioner granater.",
            "KP>RU:artillery_ammunition",
            quantity=8e6,
        ),
    ),
    (
        "nb",
        case(
            "Nord-Korea har sendt over 15 000 containere med artillerigranater til Russland.\n\n"
            "Det tilsvarer rundt sju millioner granater, ifølge etterretningstjenesten i Seoul.",
            "KP>RU:artillery_ammunition",
            quantity=7e6,
        ),
    ),
    (
        "nn",
        case(
            "Nord-Korea har sendt meir enn 18 000 konteinarar med våpen og ammunisjon til Russland. "
            "Tenesta reknar med at dette svarar til rundt ti millionar artillerigranatar.",
            "KP>RU:military_equipment_general",
            "KP>RU:artillery_ammunition",
        ),
    ),
    (
        "nn",
        case(
            "Meir enn 18 000 konteinarar med våpen og ammunisjon har gått frå Nord-Korea til Russland. "
            "Det svarar til rundt ti millionar artillerigranatar.",
            "KP>RU:artillery_ammunition",
            quantity=1e7,
        ),
    ),
    (
        "sv",
        case(
            "Nordkorea har skickat över 16 000 containrar med artillerigranater till Ryssland.\n\n"
            "Enligt NIS motsvarar det ungefär sex miljoner granater.",
            "KP>RU:artillery_ammunition",
            quantity=6e6,
        ),
    ),
    (
        "de",
        case(
            "Nordkorea hat mehr als 11.000 Container mit Waffen und Munition nach Russland geliefert. "
            "Das entspricht nach Angaben des Geheimdienstes etwa fünf Millionen Artilleriegranaten.",
            "KP>RU:artillery_ammunition",
            quantity=5e6,
        ),
    ),
    (
        "en",
        case(
            "North Korea has shipped more than 13,000 containers of artillery shells to Russia.\n\n"
            "The NIS says that equals roughly six million artillery shells, it told lawmakers in Seoul.",
            "KP>RU:artillery_ammunition",
            quantity=6e6,
        ),
    ),
    (
        "nb",
        case(
            "Nord-Korea har sendt 500 containere med artillerigranater til Russland.\n\n"
            "Ni millioner granater er omtrent det fronten trenger i året.",
            "KP>RU:artillery_ammunition",
            quantity=500,
        ),
    ),
    (
        "sv",
        case(
            "Nordkorea har skickat artillerigranater till Ryssland.\n\nDet motsvarar ungefär sex miljoner granater.",
            "KP>RU:artillery_ammunition",
            no_quantity=True,
        ),
    ),
    (
        "en",
        case(
            "North Korea has sent 40 containers of shells to Russia.\n\nWhole convoys were seen at the border.\n\n"
            "Ukraine fires about two million shells a year.",
            "KP>RU:artillery_ammunition",
            quantity=40,
        ),
    ),
]

# A calibre in any inflection is no count: "170 millimeters Koksan-kanoner" (the Norwegian genitive), "240
# millimetres", "mit einem Kaliber von 170 Millimetern", not only the hyphened compound ("155-millimetersgranater").
CALIBRES = [
    (
        "nb",
        case(
            "Nord-Korea har sendt selvgående 170 millimeters Koksan-kanoner til Russland.",
            "KP>RU:artillery_systems",
            no_quantity=True,
        ),
    ),
    (
        "nn",
        case(
            "Russland har fått 240 millimeters rakettkastarar frå Nord-Korea.",
            "KP>RU:rockets_artillery",
            no_quantity=True,
        ),
    ),
    (
        "da",
        case(
            "Sydkorea leverer 155 millimeters granater til Polen.",
            "KR>PL:artillery_ammunition",
            no_quantity=True,
        ),
    ),
    (
        "sv",
        case(
            "Nordkorea har skickat 240 millimeters raketartilleri till Ryssland.",
            "KP>RU:rockets_artillery",
            no_quantity=True,
        ),
    ),
    (
        "en",
        case(
            "North Korea has sent 170 millimetres self-propelled guns to Russia.",
            "KP>RU:artillery_systems",
            no_quantity=True,
        ),
    ),
    (
        "nb",
        case(
            "Nord-Korea har sendt 120 selvgående 170 millimeters Koksan-kanoner til Russland.",
            "KP>RU:artillery_systems",
            quantity=120,
        ),
    ),
]

# What an air-defence system can down is no transfer, in every item of a comma list: "som kan nedskyde både fly,
# krydsermissiler og ballistiske missiler" (the items after the comma stand in clauses of their own), "das Flugzeuge,
# Drohnen und Marschflugkörper abfangen kann" (the verb told last). A comma after a system's name followed by a
# relative ("IRIS-T, das ...") is no list, and a clause with a transfer verb of its own is no list item.
TARGET_LISTS = [
    (
        "da",
        case(
            "Danmark køber SAMP/T NG fra Frankrig, som kan nedskyde både fly, krydsermissiler og ballistiske missiler.",
            "FR>DK:air_defence",
            exact=True,
        ),
    ),
    (
        "nb",
        case(
            "Norge gir Ukraina NASAMS, som kan skyte ned fly, helikoptre, kryssermissiler og droner.",
            "NO>UA:air_defence",
            exact=True,
        ),
    ),
    (
        "nn",
        case(
            "Litauen kjøper NASAMS frå Noreg. Systemet kan skyte ned fly, helikopter, kryssermissil og dronar.",
            "NO>LT:air_defence",
            exact=True,
        ),
    ),
    (
        "sv",
        case(
            "Sverige skänker Ukraina luftvärnssystem som kan skjuta ned flygplan, kryssningsrobotar och drönare.",
            "SE>UA:air_defence",
            exact=True,
        ),
    ),
    (
        "de",
        case(
            "Deutschland liefert das System IRIS-T, das Flugzeuge, Drohnen und Marschflugkörper abfangen kann, an die "
            "Ukraine.",
            "DE>UA:air_defence",
            exact=True,
        ),
    ),
    (
        "en",
        case(
            "Poland bought Patriot batteries from the United States, which can intercept aircraft, cruise missiles and "
            "ballistic missiles.",
            "US>PL:air_defence",
            exact=True,
        ),
    ),
    (
        "nb",
        case(
            "Norge gir Ukraina NASAMS, som kan skyte ned droner, og Danmark leverer F-16-fly til Ukraina.",
            "NO>UA:air_defence",
            "DK>UA:aircraft",
        ),
    ),
]

# From the session's reviews: a count told after containers is their content only when said to equal or be held by
# them (whole words, before the count, no share between), also in the same paragraph for a general cargo; what one
# container holds, "Tilsvarende" (likewise), "svarer igen" (hits back) and losses at the front are none. A downing
# verb reaches only what can be downed, and a weapon word ("Abwehrsysteme", "interceptors") is no downing verb.
REVIEWED = [
    (
        "da",
        case(
            "Nordkorea har sendt over 10.000 containere med våben og ammunition til Rusland. Over 200 kampvogne er "
            "blevet ødelagt ved Kursk i samme periode.",
            "KP>RU:military_equipment_general",
            exact=True,
        ),
    ),
    (
        "nb",
        case(
            "Nord-Korea har sendt over 12 000 containere med artillerigranater til Russland.\n\n"
            "Tilsvarende tall for i fjor var rundt 3 millioner granater.",
            "KP>RU:artillery_ammunition",
            quantity=12000,
        ),
    ),
    (
        "da",
        case(
            "Nordkorea har sendt 1.500 containere med ammunition til Rusland.\n\n"
            "I Ukraine svarer man igen med at affyre 3.000 granater om dagen.",
            "KP>RU:artillery_ammunition",
            quantity=1500,
        ),
    ),
    (
        "nn",
        case(
            "Nord-Korea har sendt over 13 000 konteinarar med våpen og ammunisjon til Russland.\n\n"
            "Det svarar til om lag 40 prosent av det russiske forbruket på 10 millionar granatar.",
            "KP>RU:military_equipment_general",
            exact=True,
        ),
    ),
    (
        "sv",
        case(
            "Nordkorea har skickat över 16 000 containrar med artillerigranater till Ryssland.\n\n"
            "En container rymmer normalt omkring 300 granater.",
            "KP>RU:artillery_ammunition",
            quantity=16000,
        ),
    ),
    (
        "en",
        case(
            "North Korea has delivered 6,000 containers of weapons and ammunition to Russia.\n\n"
            "In Kyiv, officials said the West had withheld 1,000 Patriot missiles.",
            "KP>RU:military_equipment_general",
            exact=True,
        ),
    ),
    (
        "de",
        case(
            "Nordkorea hat 10.000 Container mit Waffen und Munition an Russland geliefert. Darunter waren nach "
            "Angaben aus Seoul rund drei Millionen Artilleriegranaten.",
            "KP>RU:artillery_ammunition",
            quantity=3e6,
        ),
    ),
    (
        "da",
        case(
            "Danmark leverer F-16-fly, som kan nedskyde droner, kampvogne og artilleri til Ukraine.",
            "DK>UA:aircraft",
            "DK>UA:tanks_armoured_vehicles",
            "DK>UA:artillery_systems",
        ),
    ),
    (
        "en",
        case(
            "The United States will send Patriot batteries, which are designed to intercept ballistic missiles, "
            "Bradley fighting vehicles and HIMARS launchers to Ukraine.",
            "US>UA:air_defence",
            "US>UA:tanks_armoured_vehicles",
            "US>UA:rockets_artillery",
        ),
    ),
    (
        "de",
        case(
            "Die Ukraine erhält aus Deutschland Abwehrsysteme, Drohnen und Munition.",
            "DE>UA:air_defence",
            "DE>UA:drones",
        ),
    ),
    (
        "en",
        case(
            "The US is expected to send interceptors, drones and armoured vehicles to Ukraine.",
            "US>UA:air_defence",
            "US>UA:drones",
            "US>UA:tanks_armoured_vehicles",
        ),
    ),
    (
        "en",
        case(
            "Israel delivered the Iron Dome to the US Army, which wants to intercept rockets, drones and cruise "
            "missiles.",
            "IL>US:air_defence",
            exact=True,
        ),
    ),
]

ALL = [
    *CARGO,
    *CALIBRES,
    *TARGET_LISTS,
    *REVIEWED,
]
