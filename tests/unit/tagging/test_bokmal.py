"""Norwegian Bokmål sentences: direction, names in all forms, status and amounts, and non-transfers."""

from __future__ import annotations

import pytest

from tests.unit.tagging.tagging_cases import Case, case, check

CASES = [
    case("Norge donerer 22 F-16-fly til Ukraina.", "NO>UA:aircraft", quantity=22),
    case("Nord-Korea har levert artillerigranater til Russland.", "KP>RU:artillery_ammunition", status="delivered"),
    case("Russland kjøper millioner av granater fra Nord-Korea.", "KP>RU:artillery_ammunition", quantity=1e6),
    case(
        "Ukraina har mottatt de første Leopard 2-stridsvognene fra Tyskland.",
        "DE>UA:tanks_armoured_vehicles",
        status="delivered",
    ),
    case("Russlands hær har fått iranske droner.", "IR>RU:drones"),
    case(
        "Regjeringen vil gi 10 milliarder kroner i militær støtte til Ukraina.",
        "NO>UA:military_equipment_general",
        quantity=1e10,
    ),
    case("Iran nekter for å ha sendt ballistiske missiler til Russland.", "IR>RU:missiles_ballistic", status="denied"),
    case(
        "Kina har ikke levert våpen til Russland, sier talspersonen.",
        "CN>RU:military_equipment_general",
        status="denied",
    ),
    case("Zelenskyj ber Norge om flere NASAMS-systemer.", "NO>UA:air_defence", status="requested"),
    case("Litauen kjøper to NASAMS-batterier fra Norge.", "NO>LT:air_defence", status="agreed", quantity=2),
    case(
        "Det spekuleres i at Nord-Korea kan sende raketter til Russland.",
        "KP>RU:rockets_artillery",
        status="speculated",
    ),
    case("Sverige sender Archer-artillerisystemer til Ukraina.", "SE>UA:artillery_systems"),
    case(
        "Storbritannia har levert Storm Shadow-kryssermissiler til Ukraina.",
        "GB>UA:missiles_cruise",
        status="delivered",
    ),
    case("Iran har levert droner til houthiene i Jemen.", "IR>houthis:drones"),
    case("Hizbollah har fått tusenvis av raketter fra Iran.", "IR>hezbollah:rockets_artillery", quantity=1000),
    case("Polen har bestilt 48 FA-50-kampfly fra Sør-Korea.", "KR>PL:aircraft", status="agreed", quantity=48),
    case("Danmark og Norge har sendt luftvern til Ukraina.", "DK>UA:air_defence", "NO>UA:air_defence"),
    case("USA har sendt rundt 2000 Javelin-raketter til Ukraina.", "US>UA:small_arms", quantity=2000),
    case("Moskva har kjøpt droner fra Teheran.", "IR>RU:drones", status="delivered"),
    case("Russland bruker nordkoreanske raketter mot Ukraina.", "KP>RU:rockets_artillery"),
    case("Tyrkia selger Bayraktar-droner til Ukraina.", "TR>UA:drones"),
    case("Frankrike har levert 30 Caesar-haubitser til Ukraina.", "FR>UA:artillery_systems", quantity=30),
    case("Nederland skal sende fregatter til Ukraina.", "NL>UA:naval_vessels", status="planned"),
    case("Norge har signert en kontrakt om å levere NASAMS til Ukraina.", "NO>UA:air_defence", status="agreed"),
    # not transfers
    case("Forsvaret kjøper nye stridsvogner til Hæren."),
    case("Stortinget vedtok et forsvarsbudsjett på 90 milliarder kroner."),
    case("Rosenborg vant 2-0 etter en kanonsuksess, og spissen scoret to mål."),
    case("Russiske styrker rykket frem ved Bakhmut i helgen."),
    case("Nato holder en stor øvelse med kampfly over Nordsjøen."),
    case("Ukraina angrep et russisk ammunisjonslager på Krim."),
    case("Strømprisen steg med 20 prosent i 2022."),
    case("Nord-Korea har prøveskutt over 30 ballistiske raketter i år."),
]


@pytest.mark.parametrize("c", CASES, ids=[c.id for c in CASES])
def test_bokmal(c: Case) -> None:
    """A Bokmål sentence yields exactly the transfers it tells."""
    check(c, "nb")
