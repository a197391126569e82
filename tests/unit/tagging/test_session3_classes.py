"""Phrasing classes found missing on the full-article set (session 3), each with invented sentences.

All sentences are invented for these tests.
"""

from __future__ import annotations

from tests.unit.tagging.tagging_cases import case, check

# A passive auxiliary in another clause does not turn the verb into a passive.
PASSIVE_SCOPE = [
    (
        "de",
        case(
            "Teheran hatte Moskau im Winter Hunderte Drohnen überlassen; heute werden sie in Russland gebaut.",
            "IR>RU:drones",
            status="delivered",
        ),
    ),
    # "wird" before an infinitive is a future, not a passive
    (
        "de",
        case(
            "Norwegen wird der Ukraine weitere Flugabwehrsysteme zur Verfügung stellen.",
            "NO>UA:air_defence",
            status="planned",
        ),
    ),
]

# Who tells the news is no party: "nach Erkenntnissen des ...", "nach israelischen Angaben", "ifølge".
ATTRIBUTION = [
    (
        "de",
        case(
            "Pjöngjang hat Moskau nach Erkenntnissen des ukrainischen Militärs Raketen für Raketenwerfer geliefert.",
            "KP>RU:rockets_artillery",
        ),
    ),
    (
        "de",
        case(
            "Die Huthis werden nach amerikanischen Angaben weiterhin von Teheran mit Drohnen versorgt.",
            "IR>houthis:drones",
        ),
    ),
    (
        "da",
        case(
            "I Syrien har Hizbollah ifølge vestlige kilder modtaget raketter fra Iran.",
            "IR>hezbollah:rockets_artillery",
        ),
    ),
    ("sv", case("I Jemen har huthierna enligt brittiska källor tagit emot drönare från Iran.", "IR>houthis:drones")),
]

# A seller named right before the counted weapon of a verb-final order.
SELLER_BEFORE_WEAPON = [
    ("de", case("Die Schweiz hat in den USA fünf weitere Patriot-Systeme bestellt.", "US>CH:air_defence", quantity=5)),
]

# A relative clause hangs on the name before it: that name is the supplier, the main subject the recipient.
RELATIVE_SUBJECT = [
    (
        "da",
        case("Rusland har vendt sig mod Nordkorea, som har sendt millioner af granater.", "KP>RU:artillery_ammunition"),
    ),
    ("de", case("Moskau setzt auf Nordkorea, das ihm Millionen Granaten geliefert hat.", "KP>RU:artillery_ammunition")),
    (
        "sv",
        case(
            "Ryssland har vänt sig till Nordkorea, som har skickat miljontals granater.", "KP>RU:artillery_ammunition"
        ),
    ),
    ("nb", case("Russland har fått hjelp av Iran, som har levert hundrevis av droner.", "IR>RU:drones", quantity=100)),
    ("en", case("Ukraine thanked Denmark, which has donated 19 F-16 jets to Kyiv.", "DK>UA:aircraft", quantity=19)),
]

# A demonym before a general vehicle word gives the origin of the list that follows it.
VEHICLES = [
    (
        "en",
        case(
            "A convoy of 40 Russian military vehicles, including tanks and anti-aircraft guns, arrived in Mali.",
            "RU>ML:tanks_armoured_vehicles",
            "RU>ML:air_defence",
            quantity=40,
        ),
    ),
]

# A seized shipment: the seizer is no party; the route names supplier and recipient; the status is ongoing.
SEIZURES = [
    (
        "en",
        case(
            "The U.S. Navy seized a shipment of Iranian missile parts bound for the Houthis in Yemen.",
            "IR>houthis:missiles_ballistic",
            status="ongoing",
        ),
    ),
    (
        "nb",
        case(
            "Marinen beslagla i fjor 200 rakettar på vei fra Iran til Hizbollah.",
            "IR>hezbollah:rockets_artillery",
            status="ongoing",
            quantity=200,
        ),
    ),
    (
        "da",
        case(
            "Flåden har beslaglagt dele til krydsermissiler, som ifølge USA var på vej fra Iran til Houthi-bevægelsen.",
            "IR>houthis:missiles_cruise",
            status="ongoing",
        ),
    ),
    (
        "de",
        case(
            "Die Marine hat Sturmgewehre beschlagnahmt, die aus dem Iran an die Huthis gehen sollten.",
            "IR>houthis:small_arms",
            status="ongoing",
        ),
    ),
]

# Surface-to-air missiles are air defence in every language.
SURFACE_TO_AIR = [
    ("da", case("Wagner-gruppen forsynede RSF med jord-til-luft-missiler.", "wagner>rsf:air_defence")),
    ("nb", case("Iran har sendt bakke-til-luft-missiler til Russland.", "IR>RU:air_defence")),
    ("sv", case("Ryssland har skickat mark-till-luft-robotar till Iran.", "RU>IR:air_defence")),
]

# A maker's contract "with" a state: the state buys. ", og Polen har fått": "og" joins clauses, not names.
MAKER_CONTRACTS = [
    (
        "nb",
        case(
            "Kongsberg har inngått en avtale med Tyskland og Nederland om levering av NSM-missiler.",
            "NO>DE:missiles_cruise",
            "NO>NL:missiles_cruise",
        ),
    ),
    (
        "de",
        case(
            "Rheinmetall hat mit Litauen einen Vertrag über die Lieferung von 44 Leopard-Panzern unterzeichnet.",
            "DE>LT:tanks_armoured_vehicles",
            quantity=44,
        ),
    ),
    ("sv", case("Saab har tecknat ett avtal med Colombia om leverans av 17 Gripen.", "SE>CO:aircraft", quantity=17)),
    (
        "en",
        case(
            "Saab signed a contract with Thailand for the delivery of four Gripen fighters.",
            "SE>TH:aircraft",
            quantity=4,
        ),
    ),
    ("nb", case("Polen har fått levert to kystforsvarsskvadroner.")),
]

# "The country" stands for the last state named before it in the paragraph; the verb "landet" does not.
COUNTRY_ANAPHORA = [
    (
        "de",
        case(
            "Neuester Kunde ist Indonesien. Das südostasiatische Land bestellte zwölf Kampfdrohnen in der Türkei.",
            "TR>ID:drones",
            quantity=12,
        ),
    ),
    (
        "en",
        case(
            "Indonesia is the newest customer. The country has ordered 42 Rafale jets from France.",
            "FR>ID:aircraft",
            quantity=42,
        ),
    ),
    (
        "sv",
        case(
            "Polen rustar upp. Landet har köpt 180 stridsvagnar från Sydkorea.",
            "KR>PL:tanks_armoured_vehicles",
            quantity=180,
        ),
    ),
    ("nb", case("Litauen satser på luftvern. Landet kjøper NASAMS fra Norge.", "NO>LT:air_defence")),
    ("da", case("Flyet fra Ukraine er landet i Polen med 20 droner.")),
    # not across a paragraph
    ("en", case("Indonesia is the newest customer.\n\nThe country has ordered 42 jets.")),
]

# A second clause with its own subject is a second supplier, not another recipient.
TWO_CLAUSES = [
    (
        "en",
        case(
            "Denmark has handed over all 19 jets it promised to Ukraine, and the Netherlands completed the transfer "
            "of its 24 aircraft in May.",
            "DK>UA:aircraft",
            "NL>UA:aircraft",
        ),
    ),
    (
        "nb",
        case(
            "Norge har levert alle seks flyene til Ukraina, og Nederland har overlevert 24 fly.",
            "NO>UA:aircraft",
            "NL>UA:aircraft",
        ),
    ),
]

ALL = (
    TWO_CLAUSES
    + COUNTRY_ANAPHORA
    + MAKER_CONTRACTS
    + SEIZURES
    + SURFACE_TO_AIR
    + PASSIVE_SCOPE
    + ATTRIBUTION
    + SELLER_BEFORE_WEAPON
    + RELATIVE_SUBJECT
    + VEHICLES
)


def test_a_package_looks_back_past_a_sentence_with_no_weapon_in_its_paragraph() -> None:
    text = (
        "Schweden wird der Ukraine weitere Schützenpanzer liefern. Der Minister kündigte das am Montag in Kiew an. "
        "Das Paket umfasst zehn CV90 und Ersatzteile.\n\n"
        "Der Minister sprach auch über den Winter. Das Paket umfasst außerdem Munition."
    )
    check(case(text, "SE>UA:tanks_armoured_vehicles"), "de")


def test_a_link_to_another_article_tells_no_transfer() -> None:
    text = (
        "Danmark køber nye fly.\n\nLæs også: Iran har sendt droner til Rusland\n\nLes også: Nord-Korea sender granater"
    )
    check(case(text), "da")
