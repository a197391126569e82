"""Danish sentences: direction, names in all forms, status and amounts, and what is not a transfer."""

from __future__ import annotations

import pytest

from tests.unit.tagging.tagging_cases import Case, case, check

CASES = [
    case("Danmark donerer 19 F-16-kampfly til Ukraine.", "DK>UA:aircraft", status="planned", quantity=19),
    case(
        "Tyskland har leveret yderligere to IRIS-T-systemer til Ukraine.",
        "DE>UA:air_defence",
        status="delivered",
        quantity=2,
    ),
    case("Rusland har købt hundredvis af droner af Iran.", "IR>RU:drones", status="delivered", quantity=100),
    case(
        "Ifølge amerikanske kilder har Nordkorea sendt artillerigranater til Rusland.",
        "KP>RU:artillery_ammunition",
        status="delivered",
    ),
    case(
        "Ukraine har modtaget de første Leopard 1-kampvogne fra Danmark.",
        "DK>UA:tanks_armoured_vehicles",
        status="delivered",
    ),
    case("Sverige sender CV90-pansrede køretøjer til Ukraine.", "SE>UA:tanks_armoured_vehicles"),
    case("Polen køber 96 Apache-helikoptere fra USA.", "US>PL:helicopters", status="agreed", quantity=96),
    case(
        "USA har godkendt en ny våbenpakke til Ukraine til en værdi af 2,1 milliarder dollar.",
        "US>UA:military_equipment_general",
        quantity=2.1e9,
    ),
    case("Iran afviser at have leveret droner til Rusland.", "IR>RU:drones", status="denied"),
    case(
        "Kina har ikke solgt våben til Rusland, siger udenrigsministeriet i Beijing.",
        "CN>RU:military_equipment_general",
        status="denied",
    ),
    case("Ukraines præsident beder Tyskland om flere Patriot-systemer.", "DE>UA:air_defence", status="requested"),
    case(
        "Norge og Danmark har indgået en aftale om at levere ammunition til Ukraine.",
        "NO>UA:artillery_ammunition",
        "DK>UA:artillery_ammunition",
        status="agreed",
    ),
    case(
        "Rusland har angiveligt modtaget ballistiske missiler fra Iran.",
        "IR>RU:missiles_ballistic",
        status="speculated",
    ),
    case("Russiske styrker har angrebet Kyiv med iranske droner.", "IR>RU:drones"),
    case("Kreml køber millioner af granater af Pyongyang.", "KP>RU:artillery_ammunition", quantity=1e6),
    case("Frankrig har leveret omkring 30 Caesar-haubitser til Ukraine.", "FR>UA:artillery_systems", quantity=30),
    case("Storbritannien har sendt Storm Shadow-krydsermissiler til Ukraine.", "GB>UA:missiles_cruise"),
    case("Iran forsyner fortsat houthierne med droner.", "IR>houthis:drones", status="ongoing"),
    case("Hizbollah har modtaget raketter fra Iran via Syrien.", "IR>hezbollah:rockets_artillery"),
    case("Danmark har doneret landminer til Ukraine.", "DK>UA:mines_explosives"),
    case("Tyrkiet sælger Bayraktar-droner til Polen.", "TR>PL:drones"),
    case(
        "Nordkorea har leveret omkring en million artillerigranater til Rusland.",
        "KP>RU:artillery_ammunition",
        quantity=1e6,
    ),
    case("Nederlandene vil sende fregatter til Ukraine.", "NL>UA:naval_vessels", status="planned"),
    case("USA og Norge vil sammen sende NASAMS til Ukraine.", "US>UA:air_defence", "NO>UA:air_defence"),
    # not transfers
    case("Forsvaret køber nye kampvogne til hæren."),
    case("Folketinget har vedtaget et forsvarsbudget på 40 milliarder kroner."),
    case("Brøndby vandt 3-1, og angriberen scorede med en kanon af et skud."),
    case("Russiske styrker har indtaget byen Avdiivka efter hårde kampe."),
    case("NATO afholder en stor øvelse med kampfly i Østersøen."),
    case("Ukraine angreb en russisk ammunitionsdepot i natt."),
    case("Prisen på kaffe steg med 12 procent i 2023."),
    case("Regeringen vil bruge 122 mm-kanoner i en ny øvelse."),
]


@pytest.mark.parametrize("c", CASES, ids=[c.id for c in CASES])
def test_danish(c: Case) -> None:
    """A Danish sentence yields exactly the transfers it tells."""
    check(c, "da")
