"""Swedish sentences: direction, names in all forms, status and amounts, and non-transfers."""

from __future__ import annotations

import pytest

from tests.unit.tagging.tagging_cases import Case, case, check

CASES = [
    case("Sverige skänker tio stridsvagnar till Ukraina.", "SE>UA:tanks_armoured_vehicles", quantity=10),
    case("Nordkorea har levererat artillerigranater till Ryssland.", "KP>RU:artillery_ammunition", status="delivered"),
    case("Ryssland köper miljontals granater från Nordkorea.", "KP>RU:artillery_ammunition", quantity=1e6),
    case(
        "Ukraina har tagit emot de första Leopard-stridsvagnarna från Tyskland.",
        "DE>UA:tanks_armoured_vehicles",
        status="delivered",
    ),
    case("Rysslands armé har fått iranska drönare.", "IR>RU:drones"),
    case(
        "Regeringen skickar ett stödpaket till Ukraina värt 7,1 miljarder kronor.",
        "SE>UA:military_equipment_general",
        quantity=7.1e9,
    ),
    case("Iran förnekar att landet har levererat robotar till Ryssland.", "IR>RU:missiles_ballistic", status="denied"),
    case(
        "Kina har inte sålt vapen till Ryssland, säger utrikesministeriet.",
        "CN>RU:military_equipment_general",
        status="denied",
    ),
    case("Zelenskyj ber Sverige om fler Archer-system.", "SE>UA:artillery_systems", status="requested"),
    case("Finland köper granatgevär av typen Carl-Gustaf från Sverige.", "SE>FI:small_arms", status="agreed"),
    case(
        "Nordkorea kan skicka raketer till Ryssland, enligt bedömare.", "KP>RU:rockets_artillery", status="speculated"
    ),
    case("Norge skickar luftvärnssystem till Ukraina.", "NO>UA:air_defence"),
    case(
        "Storbritannien har levererat kryssningsrobotar av typen Storm Shadow till Ukraina.",
        "GB>UA:missiles_cruise",
        status="delivered",
    ),
    case("Iran förser huthierna i Jemen med drönare.", "IR>houthis:drones"),
    case("Hizbollah har fått tusentals raketer från Iran.", "IR>hezbollah:rockets_artillery", quantity=1000),
    case(
        "Polen har beställt 48 stridsflygplan av typen FA-50 från Sydkorea.",
        "KR>PL:aircraft",
        status="agreed",
        quantity=48,
    ),
    case("Danmark och Norge har skickat luftvärn till Ukraina.", "DK>UA:air_defence", "NO>UA:air_defence"),
    case("USA har skickat omkring 2 000 Javelin-robotar till Ukraina.", "US>UA:small_arms", quantity=2000),
    case("Moskva har köpt drönare av Teheran.", "IR>RU:drones", status="delivered"),
    case("Ryssland använder nordkoreanska robotar mot Ukraina.", "KP>RU:missiles_ballistic"),
    case("Turkiet säljer Bayraktar-drönare till Ukraina.", "TR>UA:drones"),
    case("Frankrike har levererat 30 Caesar-haubitsar till Ukraina.", "FR>UA:artillery_systems", quantity=30),
    case("Nederländerna ska skicka fregatter till Ukraina.", "NL>UA:naval_vessels", status="planned"),
    case("Sverige har undertecknat ett avtal om att leverera Gripen till Thailand.", "SE>TH:aircraft", status="agreed"),
    # not transfers
    case("Försvarsmakten köper nya stridsvagnar till armén."),
    case("Riksdagen beslutade om en försvarsbudget på 120 miljarder kronor."),
    case("Malmö FF vann med 3-1 efter en kanonträff, och anfallaren gjorde mål två gånger."),
    case("Ryska styrkor ryckte fram vid Bachmut under helgen."),
    case("Nato håller en stor övning med stridsflygplan över Östersjön."),
    case("Ukraina anföll ett ryskt ammunitionsförråd på Krim."),
    case("Elpriset steg med 20 procent under 2022."),
    case("Nordkorea har provskjutit över 30 ballistiska robotar i år."),
]


@pytest.mark.parametrize("c", CASES, ids=[c.id for c in CASES])
def test_swedish(c: Case) -> None:
    """A Swedish sentence yields exactly the transfers it tells."""
    check(c, "sv")
