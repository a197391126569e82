"""Classes found missing in session 9, each with invented texts.

All texts are invented for these tests.
"""

from __future__ import annotations

from tests.unit.tagging.tagging_cases import case

# "The country" is the state told plainly before it, not one told only as a genitive owner ("Moskvas vilkår").
COUNTRY = [
    (
        "da",
        case(
            "Forhandlingerne brød sammen, fordi Hanoi ikke ville acceptere Moskvas betingelser. "
            "I stedet købte landet tolv kampfly fra Sydkorea.",
            "KR>VN:aircraft",
            quantity=12,
        ),
    ),
    (
        "de",
        case(
            "Die USA sind der wichtigste Rüstungslieferant Israels. Jährlich erhält das Land 3,8 Milliarden Dollar "
            "Militärhilfe aus Washington.",
            "US>IL:military_equipment_general",
            quantity=3.8e9,
        ),
    ),
    (
        "en",
        case(
            "Talks stalled when Manila refused Beijing's terms. Instead, the country bought six patrol vessels "
            "from Japan.",
            "JP>PH:naval_vessels",
            quantity=6,
        ),
    ),
]

# Words bound to one kind: "die Maschinen" stands for the aircraft named before, never for tanks.
KIND_REFERENCES = [
    (
        "de",
        case(
            "Auf Sumatra sind die ersten Rafale-Kampfjets gelandet. Indonesien hatte insgesamt 42 Maschinen "
            "in Frankreich bestellt.",
            "FR>ID:aircraft",
            quantity=42,
        ),
    ),
    (
        "sv",
        case(
            "Thailand fick sina första Gripen 2011. Sammanlagt har Thailand köpt tolv maskiner från Sverige.",
            "SE>TH:aircraft",
            quantity=12,
        ),
    ),
    (
        "de",
        case(
            "Ungarn kauft 40 Panzer aus Deutschland. Die Maschinen des Werks in Kassel laufen schon.",
            "DE>HU:tanks_armoured_vehicles",
            quantity=40,
        ),
    ),
]

# A ministry "in" its seat is that state's, not the home state's ("das Verteidigungsministerium in Jakarta").
SEATS = [
    (
        "de",
        case(
            "Wie das Verteidigungsministerium in Jakarta mitteilte, ist der Vertrag über 18 Kampfjets aus "
            "Frankreich in Kraft getreten.",
            "FR>ID:aircraft",
        ),
    ),
]

# A German participle between a number or article and its noun is an adjective ("drei bestellten Batterien").
PARTICIPLES = [
    (
        "de",
        case(
            "Indien hat den Philippinen die zweite von drei bestellten Küstenbatterien mit BrahMos-Marschflugkörpern "
            "übergeben.",
            "IN>PH:missiles_cruise",
            status="delivered",
        ),
    ),
]

# "Among others" is no preposition ("mellom anna Estland"); a relative clause without a subject of its own takes
# the name it hangs on, whatever that name's preposition ("i bruk i Polen, som har fått ...").
CLAUSES = [
    (
        "nn",
        case(
            "Det amerikanske systemet HIMARS, som mellom anna Estland og Latvia har kjøpt, vart vald bort.",
            "US>EE:rockets_artillery",
            "US>LV:rockets_artillery",
        ),
    ),
    (
        "nn",
        case(
            "Chunmoo er allereie i bruk i Polen, som har fått over 200 utskytingsramper frå Hanwha sidan 2023.",
            "KR>PL:rockets_artillery",
        ),
    ),
]

# Helping a state with weapons or technology supplies it ("hjælper Pjöngjang med teknologi"); technology for a
# weapon ("teknologi til ubåde", "submarine technology") is technology, not the weapon.
HELP = [
    (
        "da",
        case(
            "Efterretningstjenesten vurderer, at Moskva hjælper Pjöngjang med teknologi til militære satellitter og "
            "atomdrevne ubåde.",
            "RU>KP:technology_transfer",
        ),
    ),
    (
        "en",
        case(
            "Officials said Russia was probably helping North Korea with satellite and submarine technology.",
            "RU>KP:technology_transfer",
        ),
    ),
    (
        "sv",
        case(
            "I gengäld tros Moskva hjälpa Nordkorea med teknik för satelliter och robotar.",
            "RU>KP:technology_transfer",
        ),
    ),
    ("de", case("Teheran hilft Moskau mit Drohnen vom Typ Shahed.", "IR>RU:drones")),
]

# "The army" after "the Sudanese army" is Sudan's.
FORCES = [
    (
        "sv",
        case(
            "Även den sudanesiska armén har fått hjälp utifrån. Enligt rapporten har armén tagit emot drönare "
            "av typen Mohajer-6 från Iran.",
            "IR>SD:drones",
        ),
    ),
]

# A passive in a later clause tells what the earlier clause's subject holds ("som blev leveret"); "takes delivery
# of" is receiving.
HOLDINGS = [
    (
        "da",
        case(
            "Filippinerne har i forvejen 12 af de sydkoreanske FA-50-kampfly, som blev leveret i 2015-2017.",
            "KR>PH:aircraft",
            status="delivered",
        ),
    ),
    (
        "nb",
        case(
            "Warszawa har allerede mottatt 180 K2-vogner fra Sør-Korea, og over 200 haubitser av typen K9 er levert.",
            "KR>PL:artillery_systems",
        ),
    ),
    ("en", case("Taiwan takes delivery of first US Abrams tanks", "US>TW:tanks_armoured_vehicles")),
]

ALL = COUNTRY + CLAUSES + HELP + FORCES + HOLDINGS + KIND_REFERENCES + SEATS + PARTICIPLES
