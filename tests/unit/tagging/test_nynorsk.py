"""Norwegian Nynorsk sentences: direction, names in all forms, status and amounts, and non-transfers."""

from __future__ import annotations

import pytest

from tests.unit.tagging.tagging_cases import Case, case, check

CASES = [
    case("Noreg gjev 22 F-16-fly til Ukraina.", "NO>UA:aircraft", quantity=22),
    case("Nord-Korea har levert artillerigranatar til Russland.", "KP>RU:artillery_ammunition", status="delivered"),
    case("Russland kjøper millionar av granatar frå Nord-Korea.", "KP>RU:artillery_ammunition", quantity=1e6),
    case(
        "Ukraina har fått dei første stridsvognene frå Tyskland.", "DE>UA:tanks_armoured_vehicles", status="delivered"
    ),
    case("Russland har fått iranske dronar.", "IR>RU:drones"),
    case(
        "Regjeringa vil gje 10 milliardar kroner i militær støtte til Ukraina.",
        "NO>UA:military_equipment_general",
        quantity=1e10,
    ),
    case("Iran nektar for å ha sendt ballistiske missil til Russland.", "IR>RU:missiles_ballistic", status="denied"),
    case(
        "Kina har ikkje levert våpen til Russland, seier talspersonen.",
        "CN>RU:military_equipment_general",
        status="denied",
    ),
    case("Zelenskyj ber Noreg om fleire NASAMS-system.", "NO>UA:air_defence", status="requested"),
    case("Litauen kjøper to NASAMS-batteri frå Noreg.", "NO>LT:air_defence", status="agreed", quantity=2),
    case(
        "Nord-Korea kan sende rakettar til Russland, meiner ekspertane.", "KP>RU:rockets_artillery", status="speculated"
    ),
    case("Sverige sender Archer-artillerisystem til Ukraina.", "SE>UA:artillery_systems"),
    case(
        "Storbritannia har levert Storm Shadow-kryssarmissil til Ukraina.", "GB>UA:missiles_cruise", status="delivered"
    ),
    case("Iran har levert dronar til houthiane i Jemen.", "IR>houthis:drones"),
    case("Hizbollah har fått tusenvis av rakettar frå Iran.", "IR>hezbollah:rockets_artillery", quantity=1000),
    case("Polen har bestilt 48 FA-50-kampfly frå Sør-Korea.", "KR>PL:aircraft", status="agreed", quantity=48),
    case("Danmark og Noreg har sendt luftvern til Ukraina.", "DK>UA:air_defence", "NO>UA:air_defence"),
    case("USA har sendt rundt 2000 Javelin-rakettar til Ukraina.", "US>UA:small_arms", quantity=2000),
    case("Moskva har kjøpt dronar frå Teheran.", "IR>RU:drones", status="delivered"),
    case("Russland brukar nordkoreanske rakettar mot Ukraina.", "KP>RU:rockets_artillery"),
    case("Tyrkia sel Bayraktar-dronar til Ukraina.", "TR>UA:drones"),
    case("Frankrike har levert 30 Caesar-haubitsar til Ukraina.", "FR>UA:artillery_systems", quantity=30),
    case("Nederland skal sende fregattar til Ukraina.", "NL>UA:naval_vessels", status="planned"),
    case("Noreg har underteikna ein kontrakt om å levere NASAMS til Ukraina.", "NO>UA:air_defence", status="agreed"),
    # not transfers
    case("Forsvaret kjøper nye stridsvogner til Hæren."),
    case("Stortinget vedtok eit forsvarsbudsjett på 90 milliardar kroner."),
    case("Brann vann 2-0, og spissen skåra med eit kanonskot."),
    case("Russiske styrkar rykte fram ved Bakhmut i helga."),
    case("Nato held ei stor øving med kampfly over Nordsjøen."),
    case("Ukraina angreip eit russisk ammunisjonslager på Krim."),
    case("Straumprisen steig med 20 prosent i 2022."),
    case("Nord-Korea har prøveskote over 30 ballistiske rakettar i år."),
]


@pytest.mark.parametrize("c", CASES, ids=[c.id for c in CASES])
def test_nynorsk(c: Case) -> None:
    """A Nynorsk sentence yields exactly the transfers it tells."""
    check(c, "nn")
