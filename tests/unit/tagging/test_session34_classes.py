"""Classes found missing in session 34.

All texts are invented for these tests.
"""

from __future__ import annotations

from tests.unit.tagging.tagging_cases import case

# An export deal "for" a state's own ("the largest export order yet for Ankara's jets") names the exporter, not a
# buyer. A bare state after the deal ("South Korea's record export deal for Poland") and a licence "for" a state
# still name the buyer.
EXPORT_DEAL = [
    (
        "en",
        case(
            "South Korea's record export deal for Poland includes 180 K2 tanks and 212 K9 howitzers.",
            "KR>PL:tanks_armoured_vehicles",
            "KR>PL:artillery_systems",
        ),
    ),
    (
        "en",
        case(
            "Jakarta has signed a contract to buy 48 KAAN fighter jets from Turkey, the largest export order yet for "
            "Ankara's new combat aircraft.",
            "TR>ID:aircraft",
            quantity=48,
        ),
    ),
    (
        "en",
        case(
            "Manila will buy twelve more FA-50 light fighters, a fresh export deal for Seoul's aerospace industry.",
            "KR>PH:aircraft",
            quantity=12,
        ),
    ),
    (
        "de",
        case(
            "Indonesien unterzeichnet einen Vertrag über 48 KAAN-Jets, der größte Exportauftrag bislang für Ankara.",
            "TR>ID:aircraft",
            quantity=48,
        ),
    ),
    (
        "en",
        case(
            "Germany has granted export licences for Israel worth 161 million euros.",
            "DE>IL:military_equipment_general",
        ),
    ),
]

# What "the regime" ("das Regime", "regimet") gets in return goes the other way of an exchange a regime gave in before:
# the giver before gets it. Not when the regime is the buyer getting "also" more, nor for another reference.
RETURN = [
    (
        "nb",
        case(
            "Russland har levert Su-35-kampfly til Iran. Til gjengjeld for oljen får regimet også S-400-luftvern.",
            "RU>IR:aircraft",
            "RU>IR:air_defence",
        ),
    ),
    (
        "en",
        case(
            "Iran supplies the Houthis with missiles. In return, the militia receives drones.",
            "IR>houthis:missiles_ballistic",
            "IR>houthis:drones",
        ),
    ),
    (
        "en",
        case(
            "Ukraine has received 18 Leopard tanks from Germany. North Korea, meanwhile, is sending shells to Russia. "
            "In return, the regime gets air defence systems.",
            "DE>UA:tanks_armoured_vehicles",
            "KP>RU:artillery_ammunition",
            "RU>KP:air_defence",
        ),
    ),
    (
        "de",
        case(
            "Nordkorea schickt Soldaten und Granaten nach Russland. Im Gegenzug erhält das Regime offenbar "
            "Luftabwehrsysteme.",
            "KP>RU:artillery_ammunition",
            "RU>KP:air_defence",
        ),
    ),
    (
        "en",
        case(
            "North Korea has sent millions of shells to Russia. In return, the regime is receiving air defence "
            "systems.",
            "KP>RU:artillery_ammunition",
            "RU>KP:air_defence",
        ),
    ),
    (
        "nb",
        case(
            "Nord-Korea har sendt millioner av granater til Russland. Til gjengjeld får regimet luftvernsystemer.",
            "KP>RU:artillery_ammunition",
            "RU>KP:air_defence",
        ),
    ),
    (
        "sv",
        case(
            "Nordkorea har skickat miljontals granater till Ryssland. I gengäld får regimet luftvärnssystem.",
            "KP>RU:artillery_ammunition",
            "RU>KP:air_defence",
        ),
    ),
    (
        "de",
        case(
            "Iran hat Russland Hunderte Shahed-Drohnen geliefert. Als Gegenleistung erhält das Regime offenbar "
            "Kampfflugzeuge vom Typ Su-35.",
            "IR>RU:drones",
            "RU>IR:aircraft",
        ),
    ),
]

# A German perfect infinitive ("geliefert zu haben") has no subject of its own, as the plain one ("zu liefern") has
# none: the one accused in the main clause gives, and the name before the participle is given to. "Während" with a
# genitive ("während der Kämpfe", "während des Krieges") is a preposition, not a clause of its own.
INFINITIVE = [
    (
        "de",
        case(
            "Die Ukraine wirft Nordkorea vor, Russland ballistische Raketen geliefert zu haben.",
            "KP>RU:missiles_ballistic",
            status="delivered",
        ),
    ),
    (
        "de",
        case(
            "Kiew wirft Teheran vor, Moskau mit Hunderten Drohnen beliefert zu haben.",
            "IR>RU:drones",
            quantity=100,
        ),
    ),
    (
        "de",
        case(
            "Neu-Delhi wirft zudem der Türkei vor, Pakistan während der viertägigen Kämpfe mit Drohnen beliefert zu "
            "haben.",
            "TR>PK:drones",
        ),
    ),
    (
        "de",
        case(
            "Russland scheint dem Iran Su-35-Kampfjets geliefert zu haben.",
            "RU>IR:aircraft",
        ),
    ),
    (
        "de",
        case(
            "Während des Krieges lieferte Iran Hunderte Drohnen an Russland.",
            "IR>RU:drones",
            status="delivered",
        ),
    ),
    (
        "de",
        case(
            "Saudi-Arabien rüstet auf, während der Iran weiter Raketen an die Huthis liefert.",
            "IR>houthis:rockets_artillery",
        ),
    ),
]

# A state ranked before with "most important" ("efter USA Israels viktigaste vapenleverantör") is no party, also in
# a report on arms exports; not with no trading party ranked ("Den viktigste hjelpen kom etter Norges vedtak"), nor
# with a clause of its own. A fraction ("två tredjedelar", "vier Fünftel") is a share, not a count; "fifth-generation"
# is no fraction.
RANKED_AND_SHARES = [
    (
        "nb",
        case(
            "Frankrike er Indias viktigste våpenleverandør etter Russland, som har levert S-400-luftvern til India.",
            "FR>IN:military_equipment_general",
            "RU>IN:air_defence",
        ),
    ),
    (
        "nb",
        case(
            "Den viktigste hjelpen kom etter Norges vedtak om å sende artillerigranater til Ukraina.",
            "NO>UA:artillery_ammunition",
        ),
    ),
    (
        "de",
        case(
            "Deutschland lieferte nach Ungarn die zweitwichtigsten Exporte des Jahres: 218 Lynx-Schützenpanzer.",
            "DE>HU:tanks_armoured_vehicles",
            quantity=218,
        ),
    ),
    (
        "en",
        case(
            "Poland received 32 fifth-generation F-35 fighter jets from the United States.",
            "US>PL:aircraft",
            quantity=32,
        ),
    ),
    (
        "nb",
        case(
            "USA har levert to tredeler av Israels våpenimport.",
            "US>IL:military_equipment_general",
            no_quantity=True,
        ),
    ),
    (
        "sv",
        case(
            "Tyskland stoppar vapenexport till Israel\n\nTyskland är efter USA Israels viktigaste vapenleverantör och "
            "godkände export för omkring 485 miljoner euro under 2024.",
            # session 37: ranked first among Israel's suppliers, the US is one too
            "DE>IL:military_equipment_general",
            "US>IL:military_equipment_general",
        ),
    ),
    (
        "de",
        case(
            "Israel ist nach den USA der zweitwichtigste Empfänger deutscher Rüstungsgüter.",
            "DE>IL:military_equipment_general",
        ),
    ),
    (
        "nb",
        case(
            "USA har levert to tredjedeler av Israels våpenimport.",
            "US>IL:military_equipment_general",
            no_quantity=True,
        ),
    ),
    (
        "de",
        case(
            "Sipri: Pakistan bezieht vier Fünftel seiner Waffen aus China",
            "CN>PK:military_equipment_general",
            no_quantity=True,
        ),
    ),
    (
        "sv",
        case(
            "Enligt Sipri kom omkring två tredjedelar av Azerbajdzjans vapenimport från Israel, framför allt drönare.",
            "IL>AZ:drones",
            no_quantity=True,
        ),
    ),
]

# Firms named with their state after a place preposition act for it ("Companies in India provided", "from companies in
# China"), not in a gapped list or on a route; a state whose troops withdraw is no party
FIRMS_AND_WITHDRAWALS = [
    (
        "en",
        case(
            "Companies in India provided equipment worth around $50 million to the junta in Myanmar, the report said.",
            "IN>MM:military_equipment_general",
            quantity=50_000_000,
        ),
    ),
    (
        "en",
        case(
            "Russia bought drone components from companies in China.",
            "CN>RU:drones",
        ),
    ),
    (
        "de",
        case(
            "Firmen in China lieferten Drohnenteile an Russland.",
            "CN>RU:drones",
        ),
    ),
    (
        "nb",
        case(
            "Selskaper i Kina har levert dronedeler til Russland.",
            "CN>RU:drones",
        ),
    ),
    (
        "sv",
        case(
            "Företag i Kina har sålt drönarkomponenter till Ryssland.",
            "CN>RU:drones",
        ),
    ),
    (
        "de",
        case(
            "Nach dem Abzug der französischen Truppen hat Russland Kampfhubschrauber vom Typ Mi-35 nach Mali "
            "geliefert.",
            "RU>ML:helicopters",
        ),
    ),
]

ALL = [
    *EXPORT_DEAL,
    *RETURN,
    *INFINITIVE,
    *RANKED_AND_SHARES,
    *FIRMS_AND_WITHDRAWALS,
]
