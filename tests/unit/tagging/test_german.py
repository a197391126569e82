"""German sentences: direction, names in all forms, status and amounts, and non-transfers."""

from __future__ import annotations

import pytest

from tests.unit.tagging.tagging_cases import Case, case, check

CASES = [
    case("Deutschland liefert 18 Leopard-2-Panzer an die Ukraine.", "DE>UA:tanks_armoured_vehicles", quantity=18),
    case("Nordkorea hat Artilleriemunition an Russland geliefert.", "KP>RU:artillery_ammunition", status="delivered"),
    case("Russland kauft Millionen Granaten von Nordkorea.", "KP>RU:artillery_ammunition", quantity=1e6),
    case("Die Ukraine hat die ersten Patriot-Systeme aus den USA erhalten.", "US>UA:air_defence", status="delivered"),
    case("Russlands Armee setzt iranische Drohnen ein.", "IR>RU:drones"),
    case(
        "Die Bundesregierung sagt der Ukraine Militärhilfe im Wert von 1,2 Milliarden Euro zu.",
        "DE>UA:military_equipment_general",
        quantity=1.2e9,
    ),
    case(
        "Teheran bestreitet, ballistische Raketen an Russland geliefert zu haben.",
        "IR>RU:missiles_ballistic",
        status="denied",
    ),
    case(
        "China hat keine Waffen an Russland verkauft, sagte ein Sprecher in Peking.",
        "CN>RU:military_equipment_general",
        status="denied",
    ),
    case("Selenskyj bittet Deutschland um weitere Flugabwehrsysteme.", "DE>UA:air_defence", status="requested"),
    case("Litauen kauft zwei NASAMS-Batterien von Norwegen.", "NO>LT:air_defence", status="agreed", quantity=2),
    case(
        "Nordkorea soll angeblich Raketen an Russland geschickt haben.", "KP>RU:rockets_artillery", status="speculated"
    ),
    case("Schweden schickt Archer-Haubitzen an die Ukraine.", "SE>UA:artillery_systems"),
    case(
        "Großbritannien hat Marschflugkörper vom Typ Storm Shadow an die Ukraine geliefert.",
        "GB>UA:missiles_cruise",
        status="delivered",
    ),
    case("Der Iran beliefert die Huthi-Rebellen im Jemen mit Drohnen.", "IR>houthis:drones"),
    case("Die Hisbollah hat Tausende Raketen aus dem Iran erhalten.", "IR>hezbollah:rockets_artillery", quantity=1000),
    case(
        "Polen hat 48 Kampfflugzeuge vom Typ FA-50 bei Südkorea bestellt.",
        "KR>PL:aircraft",
        status="agreed",
        quantity=48,
    ),
    case(
        "Dänemark und Norwegen haben Flugabwehrsysteme an die Ukraine geliefert.",
        "DK>UA:air_defence",
        "NO>UA:air_defence",
    ),
    case("Die USA haben rund 2.000 Javelin-Raketen an die Ukraine geliefert.", "US>UA:small_arms", quantity=2000),
    case("Moskau hat Drohnen aus Teheran gekauft.", "IR>RU:drones", status="delivered"),
    case(
        "Russland hat nordkoreanische ballistische Raketen gegen die Ukraine eingesetzt.",
        "KP>RU:missiles_ballistic",
        status="delivered",
    ),
    case("Die Türkei verkauft Bayraktar-Drohnen an Polen.", "TR>PL:drones"),
    case("Frankreich hat 30 Caesar-Haubitzen an die Ukraine übergeben.", "FR>UA:artillery_systems", quantity=30),
    case("Die Niederlande wollen Fregatten an die Ukraine liefern.", "NL>UA:naval_vessels", status="planned"),
    case(
        "Nordkorea ist zum größten Waffenlieferanten Russlands geworden.",
        "KP>RU:military_equipment_general",
        status="ongoing",
    ),
    case("Frankreich will der Ukraine Mirage-Kampfjets überlassen.", "FR>UA:aircraft", status="planned"),
    case(
        "KIEW (dpa) - Die Ukraine hat von den Niederlanden weitere F-16-Kampfjets erhalten.",
        "NL>UA:aircraft",
        status="delivered",
    ),
    case(
        "Die US-Regierung hat der Ukraine ein Militärhilfepaket im Wert von 400 Millionen Dollar zugesagt.",
        "US>UA:military_equipment_general",
        quantity=4e8,
    ),
    # not transfers
    case("Die Bundeswehr bestellt neue Panzer bei Rheinmetall."),
    case("Der Bundestag hat einen Verteidigungshaushalt von 52 Milliarden Euro beschlossen."),
    case("Der Stürmer schoss eine Granate ins Tor, die Bayern gewannen 3:1 in der Bundesliga."),
    case("Russische Truppen sind bei Bachmut weiter vorgerückt."),
    case("Die Nato hält ein großes Manöver mit Kampfflugzeugen über der Ostsee ab."),
    case("Die Ukraine griff ein russisches Munitionsdepot auf der Krim an."),
    case("Die Inflation stieg im Jahr 2023 um 6 Prozent."),
    case("Die 122-mm- und 152-mm-Artilleriegeschosse werden in Russland produziert."),
]


@pytest.mark.parametrize("c", CASES, ids=[c.id for c in CASES])
def test_german(c: Case) -> None:
    """A German sentence yields exactly the transfers it tells."""
    check(c, "de")
