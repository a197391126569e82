"""Classes found missing in session 14 (quantities the rules read but did not attach), each with invented texts.

All texts are invented for these tests.
"""

from __future__ import annotations

from tests.unit.tagging.tagging_cases import case

# The one sum of money a transfer sentence names is the deal's worth, however far it stands from the weapon.
SUMS = [
    (
        "de",
        case(
            "Estland entschied sich für das System IRIS-T SLM aus Deutschland, der Vertrag hat ein Volumen von "
            "rund 250 Millionen Euro.",
            "DE>EE:air_defence",
            quantity=250e6,
        ),
    ),
    (
        "sv",
        case(
            "I våras tog den litauiska armén emot luftvärnssystemet NASAMS från Norge, en affär som enligt "
            "litauiska medier är värd omkring 200 miljoner euro.",
            "NO>LT:air_defence",
            quantity=200e6,
        ),
    ),
    (
        "da",
        case(
            "Sverige bidrager med 400 millioner kroner til det tjekkiskledede initiativ, der skal skaffe "
            "artilleriammunition til Ukraine.",
            "SE>UA:artillery_ammunition",
            quantity=400e6,
        ),
    ),
    (
        "en",
        case(
            "Canada has ordered Naval Strike Missiles from Norway for its frigates in a contract worth about "
            "NOK 3.2 billion, the maker said.",
            "NO>CA:missiles_cruise",
            quantity=3.2e9,
        ),
    ),
    # a count in the sentence still says how many; the sum does not replace it
    (
        "nb",
        case(
            "Finland har kjøpt 12 haubitser fra Sør-Korea i en avtale som ifølge finske medier er verdt rundt "
            "1,2 milliarder kroner.",
            "KR>FI:artillery_systems",
            quantity=12,
        ),
    ),
]

# An order of magnitude ("millions", "hundredvis") gives way to a count told elsewhere in the article.
MAGNITUDES = [
    (
        "sv",
        case(
            "Nordkorea har skickat miljontals granater till Ryssland. Enligt underrättelsetjänsten har Nordkorea "
            "levererat omkring nio miljoner artillerigranater till Ryssland.",
            "KP>RU:artillery_ammunition",
            quantity=9e6,
        ),
    ),
    (
        "en",
        case(
            "Iran has supplied hundreds of drones to Russia. Officials say Iran has delivered about 400 Shahed "
            "drones to Russia since the summer.",
            "IR>RU:drones",
            quantity=400,
        ),
    ),
]

# A count told after the weapon as "N of them", "of which N" or "N pieces" counts that weapon.
COUNTS = [
    (
        "nb",
        case(
            "Hæren bruker haubitsen K9, og Estland har til sammen kjøpt 18 av dem fra Sør-Korea.",
            "KR>EE:artillery_systems",
            quantity=18,
        ),
    ),
    (
        "en",
        case(
            "Most of the old jets went to Croatia, which bought 12 of them from France.", "FR>HR:aircraft", quantity=12
        ),
    ),
    (
        "de",
        case(
            "Dazu gehören Panzerhaubitzen vom Typ K9 aus Südkorea, von denen mehr als 80 bereits an Rumänien "
            "ausgeliefert wurden.",
            "KR>RO:artillery_systems",
            quantity=80,
        ),
    ),
    (
        "de",
        case(
            "Von den Kampfpanzern K2 aus Südkorea sind bereits 90 Exemplare in Polen eingetroffen.",
            "KR>PL:tanks_armoured_vehicles",
            quantity=90,
        ),
    ),
]

# The next sentence may count the weapons of a transfer without telling one of its own.
NEXT_COUNTS = [
    (
        "en",
        case(
            "Australia has ordered frigates from Japan. The plan calls for 11 general-purpose frigates.",
            "JP>AU:naval_vessels",
            quantity=11,
        ),
    ),
    (
        "nn",
        case(
            "Noreg har bestilt nye fregattar frå Storbritannia. Det er snakk om fem fregattar av typen Type 26.",
            "GB>NO:naval_vessels",
            quantity=5,
        ),
    ),
]

# A German infinitive clause has no subject of its own: what stands before "zu liefern" is its object.
INFINITIVES = [
    (
        "de",
        case(
            "Der Iran steht seit Jahren im Verdacht, die Huthi-Miliz im Jemen mit Waffen zu versorgen.",
            "IR>houthis:military_equipment_general",
        ),
    ),
    (
        "de",
        case(
            "Berichten zufolge soll Russland erwogen haben, den Huthis Anti-Schiffs-Raketen zu liefern.",
            # anti-ship missiles are cruise missiles (session 26; the gold of fullf's f8-de-008 says so)
            "RU>houthis:missiles_cruise",
        ),
    ),
]

# A source after a comma may open a clause of its own; it is the weapon's origin only after a participle.
CLAUSES = [
    (
        "de",
        case(
            "Russland lieferte Bamako zudem Transporthubschrauber, aus China kamen gepanzerte Fahrzeuge.",
            "RU>ML:helicopters",
            "CN>ML:tanks_armoured_vehicles",
        ),
    ),
    ("nb", case("Ukraina har fått droner, kjøpt fra Tyrkia.", "TR>UA:drones")),
]

ALL = SUMS + MAGNITUDES + COUNTS + NEXT_COUNTS + INFINITIVES + CLAUSES
