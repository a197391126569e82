"""Classes found missing in session 27.

All texts are invented for these tests.
"""

from __future__ import annotations

from tests.unit.tagging.tagging_cases import case

# A goal told in the next sentence is no amount of the transfer, whichever carry reads it ("Målet är 18 pjäser": the
# sentence names no weapon)
GOAL_AFTER_TRANSFER = [
    (
        "sv",
        case(
            "Sverige skickar haubitsar till Ukraina. Målet är 18 pjäser.", "SE>UA:artillery_systems", no_quantity=True
        ),
    ),
    (
        "de",
        case(
            "Deutschland liefert Drohnen an die Ukraine. Ziel sind 5000 Stück bis Jahresende.",
            "DE>UA:drones",
            no_quantity=True,
        ),
    ),
    # a goal word of another sense, or a goal met, leaves the count (review 27a)
    (
        "nb",
        case(
            "Norge sender granater til Ukraina. 10 000 stykker skal brukes mot russiske mål.",
            "NO>UA:artillery_ammunition",
            quantity=10000,
        ),
    ),
    (
        "de",
        case(
            "Deutschland liefert Panzer an die Ukraine. Insgesamt 18 Stück – damit ist das Ziel erreicht.",
            "DE>UA:tanks_armoured_vehicles",
            quantity=18,
        ),
    ),
    (
        "de",
        case(
            "Deutschland liefert Haubitzen an die Ukraine. Ziel der Lieferung ist Charkiw, wo 12 Stück stationiert"
            " werden.",
            "DE>UA:artillery_systems",
            quantity=12,
        ),
    ),
    # a sum told next without a goal still counts
    (
        "da",
        case(
            "Danmark køber kampfly i USA. Aftalen har en værdi af 9 milliarder kroner.",
            "US>DK:aircraft",
            quantity=9e9,
        ),
    ),
]

# A negation followed by "more than" bounds a count, wherever the verb stands ("liefert nicht mehr als 8", "sender
# ikke mere end 10"); "nicht mehr" alone still refuses, and a negation before "only" negates nothing
BOUNDS_AFTER_THE_VERB = [
    (
        "de",
        case(
            "Deutschland liefert nicht mehr als 8 Leopard-Panzer an die Ukraine.",
            "DE>UA:tanks_armoured_vehicles",
            quantity=8,
            status="planned",
        ),
    ),
    (
        "da",
        case(
            "Danmark sender ikke mere end 10 kampvogne til Ukraine.",
            "DK>UA:tanks_armoured_vehicles",
            quantity=10,
            status="planned",
        ),
    ),
    (
        "sv",
        case(
            "Polen får inte bara stridsvagnar från Sydkorea utan också haubitsar.",
            "KR>PL:tanks_armoured_vehicles",
            "KR>PL:artillery_systems",
            status="agreed",
        ),
    ),
    # the verb between the negation and "fewer than" is passed over (review 27a)
    (
        "en",
        case(
            "France will not send fewer than 30 howitzers to Ukraine.",
            "FR>UA:artillery_systems",
            quantity=30,
            status="planned",
        ),
    ),
    ("en", case("Britain will not send tanks to Ukraine.", "GB>UA:tanks_armoured_vehicles", status="denied")),
    (
        "de",
        case(
            "Deutschland liefert nicht mehr Panzer an die Ukraine.",
            "DE>UA:tanks_armoured_vehicles",
            status="denied",
        ),
    ),
]

# A German genitive name right after a noun of giving is the giver ("Die Waffenlieferungen Irans an die Huthis");
# not a name after a noun of support ("Die Unterstützung Kiews mit Waffen")
GENITIVE_AFTER_A_NOUN_OF_GIVING = [
    (
        "de",
        case(
            "Die Waffenlieferungen Irans an die Huthis verstoßen gegen ein UN-Embargo.",
            "IR>houthis:military_equipment_general",
        ),
    ),
    (
        "de",
        case(
            "Die Militärhilfe Deutschlands für die Ukraine wird aufgestockt.",
            "DE>UA:military_equipment_general",
        ),
    ),
    ("de", case("Die Unterstützung Kiews mit Waffen geht weiter.")),
]

# "vom Typ 26. Das Land ...": an ordinal is followed by no article, so the full stop ends the sentence ("am 26. Mai",
# "die 3. Division" keep theirs)
ORDINAL_OR_SENTENCE_END = [
    (
        "de",
        case(
            "Norwegen kauft in Großbritannien mindestens fünf Fregatten vom Typ 26. Das Land entschied sich gegen"
            " Angebote aus Frankreich, Deutschland und den USA.",
            "GB>NO:naval_vessels",
            quantity=5,
        ),
    ),
    (
        "de",
        case(
            "Am 26. Mai hat Deutschland der Ukraine 20 Schützenpanzer übergeben.",
            "DE>UA:tanks_armoured_vehicles",
            quantity=20,
        ),
    ),
]

# A list of goals closing at a German verb-final participle: each item gets the weapons ("an Griechenland und
# Kroatien geliefert"); the last is not a second supplier
GOALS_BEFORE_A_FINAL_VERB = [
    (
        "de",
        case(
            "Frankreich hat Kampfjets an Griechenland und Kroatien geliefert.",
            "FR>GR:aircraft",
            "FR>HR:aircraft",
        ),
    ),
    (
        "de",
        case(
            "Deutschland will Panzer an Polen und Tschechien liefern.",
            "DE>PL:tanks_armoured_vehicles",
            "DE>CZ:tanks_armoured_vehicles",
        ),
    ),
]

# "Der südkoreanische Konzern liefert Rumänien ...": a people's adjective in "-e" after "der" is a nominative, the
# subject; "der südkoreanischen Armee" is a dative
NOMINATIVE_PEOPLES_ADJECTIVE = [
    (
        "de",
        case(
            "Der südkoreanische Konzern liefert Rumänien 54 Panzerhaubitzen vom Typ K9.",
            "KR>RO:artillery_systems",
            quantity=54,
        ),
    ),
    # compounds of a company noun too (review 27a)
    ("de", case("Der türkische Drohnenhersteller liefert Polen 24 Bayraktar.", "TR>PL:drones", quantity=24)),
    (
        "de",
        case(
            "Der südkoreanischen Armee liefert Polen 54 Panzerhaubitzen.",
            "PL>KR:artillery_systems",
            quantity=54,
        ),
    ),
]

# A model number counts nothing: after a word for a model ("Type 23 frigates", "F-16 Block 70") or with capital
# letters joined to it ("Type 056A", "Boeing 777X"); a count beside it still counts
MODEL_NUMBERS = [
    ("en", case("China handed two Type 056A corvettes over to Cambodia.", "CN>KH:naval_vessels", quantity=2)),
    ("en", case("Britain sold Type 23 frigates to Chile.", "GB>CL:naval_vessels", no_quantity=True)),
    # "K" joined to a number is thousands, no model letter (review 27b)
    ("en", case("Lithuania sent 3K FPV drones to Ukraine last month.", "LT>UA:drones")),
    ("en", case("Thailand buys 12 F-16 Block 70 jets from the United States.", "US>TH:aircraft", quantity=12)),
    ("de", case("Die Slowakei bekam 15 Leopard 2A4 aus Deutschland.", "DE>SK:tanks_armoured_vehicles", quantity=15)),
    ("sv", case("Sverige säljer korvetter av typ 45 till Polen.", "SE>PL:naval_vessels", no_quantity=True)),
]

# Passenger planes are no arms ("Qatar Airways has ordered 150 Boeing 777X passenger jets")
PASSENGER_PLANES = [
    ("en", case("Qatar Airways has ordered 150 Boeing 777X passenger jets.")),
    ("nb", case("Norwegian har kjøpt 50 passasjerfly fra Boeing i USA.")),
    ("de", case("Lufthansa bestellt 20 Passagierflugzeuge bei Airbus in Frankreich.")),
    ("en", case("The US sold 12 F-35 jets to Poland.", "US>PL:aircraft", quantity=12)),
]

# Own forces sent for a task of their own are no transfer: NATO's forces on an ally's flank, a friendship visit to
# which ships arrive
OWN_FORCES_DEPLOYED = [
    (
        "nn",
        case(
            "Storbritannia sender 900 soldatar og fleire Challenger 2-stridsvogner til Estland for å styrkje"
            " NATO-styrken der."
        ),
    ),
    # a system handed over during a visit, or to watch an airspace, is given (review 27b)
    (
        "en",
        case(
            "China handed over two corvettes to Cambodia during a friendship visit by its navy.",
            "CN>KH:naval_vessels",
            quantity=2,
        ),
    ),
    (
        "en",
        case(
            "Germany handed over three IRIS-T systems to Ukraine to monitor the airspace over Kyiv.",
            "DE>UA:air_defence",
            quantity=3,
        ),
    ),
    (
        "de",
        case(
            "Deutschland verkauft Litauen 44 Leopard 2A8 für die NATO-Kampfgruppe.",
            "DE>LT:tanks_armoured_vehicles",
            quantity=44,
        ),
    ),
    ("en", case("Chinese warships arrived in Cambodia for a friendship visit on Monday.")),
    # a system handed over to watch the receiver's own airspace is a transfer
    ("nb", case("Norge har gitt Ukraina NASAMS for å beskytte luftrommet over Kyiv.", "NO>UA:air_defence")),
]

# Flying weapons "intercepted" with no shipment or goal named were shot at, not seized ("Jordan's air force intercepted
# Iranian drones"); a shipment or a goal keeps the seizure
INTERCEPTED_IN_FLIGHT = [
    ("en", case("Jordan's air force intercepted Iranian drones over its territory on Saturday night.")),
    # English "last" is no cargo ("lasten")
    ("en", case("Jordan's air force intercepted Iranian drones over its territory last night.")),
    (
        "en",
        case(
            "The US Navy intercepted a shipment of Iranian missiles bound for the Houthis.",
            "IR>houthis:missiles_ballistic",
        ),
    ),
    ("en", case("The US Navy intercepted Iranian missiles bound for the Houthis.", "IR>houthis:missiles_ballistic")),
]

# English: the subject of the main clause does what an opening participle clause tells ("Having received 31 Abrams
# tanks from the United States, Ukraine deployed them"); "rushed" weapons to a place are sent; a speaker before a
# passive is no recipient ("US officials say the rebels' drones are supplied by Iran")
ENGLISH_CLAUSES = [
    (
        "en",
        case(
            "Having received 31 Abrams tanks from the United States, Ukraine deployed them to the front.",
            "US>UA:tanks_armoured_vehicles",
            quantity=31,
        ),
    ),
    (
        "en",
        case(
            "Having sent 31 tanks to Ukraine, the United States paused deliveries.",
            "US>UA:tanks_armoured_vehicles",
            quantity=31,
        ),
    ),
    (
        "en",
        case(
            "Several hundred Stinger missiles were rushed to Ukraine by the United States.",
            "US>UA:air_defence",
            quantity=100,
        ),
    ),
    ("en", case("Britain rushed troops to Estonia.")),
    ("en", case("US officials say the rebels' drones are supplied by Iran.")),
]

# German "X rüstet mit ... auf" (no object between verb and "mit"): X is armed, not arming; a source named gives the
# giver ("Polen rüstet mit Panzern aus Südkorea auf"), an object after the verb is the one armed
ARMING_ITSELF = [
    ("de", case("Indien und Pakistan rüsten mit ausländischen Kampfjets auf.")),
    ("de", case("Polen rüstet mit Panzern aus Südkorea auf.", "KR>PL:tanks_armoured_vehicles")),
    ("de", case("Der Iran rüstet die Huthis mit Raketen auf.", "IR>houthis:rockets_artillery")),
]

ALL = [
    *GOAL_AFTER_TRANSFER,
    *BOUNDS_AFTER_THE_VERB,
    *GENITIVE_AFTER_A_NOUN_OF_GIVING,
    *ORDINAL_OR_SENTENCE_END,
    *GOALS_BEFORE_A_FINAL_VERB,
    *NOMINATIVE_PEOPLES_ADJECTIVE,
    *MODEL_NUMBERS,
    *PASSENGER_PLANES,
    *OWN_FORCES_DEPLOYED,
    *INTERCEPTED_IN_FLIGHT,
    *ENGLISH_CLAUSES,
    *ARMING_ITSELF,
]
