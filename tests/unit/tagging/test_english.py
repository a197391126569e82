"""English sentences: direction, names in all forms, status and amounts, and non-transfers."""

from __future__ import annotations

import pytest

from tests.unit.tagging.tagging_cases import Case, case, check

CASES = [
    case("Denmark will donate 19 F-16 fighter jets to Ukraine.", "DK>UA:aircraft", status="planned", quantity=19),
    case("North Korea has delivered artillery shells to Russia.", "KP>RU:artillery_ammunition", status="delivered"),
    case("Russia is buying millions of shells from North Korea.", "KP>RU:artillery_ammunition", quantity=1e6),
    case(
        "Ukraine has received the first Abrams tanks from the United States.",
        "US>UA:tanks_armoured_vehicles",
        status="delivered",
    ),
    case("Russian forces used Iranian drones against Kyiv.", "IR>RU:drones"),
    case(
        "The Pentagon announced $425 million in military aid for Ukraine.",
        "US>UA:military_equipment_general",
        quantity=4.25e8,
    ),
    case("Iran denied that it had sent ballistic missiles to Russia.", "IR>RU:missiles_ballistic", status="denied"),
    case(
        "China has not sold weapons to Russia, a spokesman in Beijing said.",
        "CN>RU:military_equipment_general",
        status="denied",
    ),
    case("Ukraine asked Germany for more air defence systems.", "DE>UA:air_defence", status="requested"),
    case("Lithuania buys two NASAMS batteries from Norway.", "NO>LT:air_defence", status="agreed", quantity=2),
    case("North Korea could send rockets to Russia, analysts say.", "KP>RU:rockets_artillery", status="speculated"),
    case("Sweden is sending Archer howitzers to Ukraine.", "SE>UA:artillery_systems"),
    case("Britain has supplied Storm Shadow cruise missiles to Ukraine.", "GB>UA:missiles_cruise", status="delivered"),
    case("Iran continues to supply the Houthis in Yemen with drones.", "IR>houthis:drones", status="ongoing"),
    case("Hezbollah has received thousands of rockets from Iran.", "IR>hezbollah:rockets_artillery", quantity=1000),
    case("Poland has ordered 48 FA-50 fighter jets from South Korea.", "KR>PL:aircraft", status="agreed", quantity=48),
    case("Denmark and Norway have sent air defence systems to Ukraine.", "DK>UA:air_defence", "NO>UA:air_defence"),
    case("The U.S. has shipped about 2,000 Javelin anti-tank missiles to Ukraine.", "US>UA:small_arms", quantity=2000),
    case("Moscow bought drones from Tehran.", "IR>RU:drones", status="delivered"),
    case("Russia fired North Korean ballistic missiles at Ukraine.", "KP>RU:missiles_ballistic"),
    case("Turkey sells Bayraktar drones to Poland.", "TR>PL:drones"),
    case("France has delivered 30 Caesar howitzers to Ukraine.", "FR>UA:artillery_systems", quantity=30),
    case("The Netherlands will send frigates to Ukraine.", "NL>UA:naval_vessels", status="planned"),
    case("North Korea is Russia's largest arms supplier.", "KP>RU:military_equipment_general", status="ongoing"),
    case("The State Department approved a $2 billion sale of NASAMS to Taiwan.", "US>TW:air_defence", quantity=2e9),
    case(
        "Kyiv received its first F-16 jets from Denmark and the Netherlands.",
        "DK>UA:aircraft",
        "NL>UA:aircraft",
        status="delivered",
    ),
    case(
        "WASHINGTON, Oct 13 (Reuters) - North Korea has shipped 1,000 containers of munitions to Russia.",
        "KP>RU:artillery_ammunition",
        quantity=1000,
    ),
    case(
        "The Kremlin denied reports that it had received ballistic missiles from Iran.",
        "IR>RU:missiles_ballistic",
        status="denied",
    ),
    # not transfers
    case("The Army is buying new tanks from General Dynamics."),
    case("Congress passed an $886 billion defense budget."),
    case("The striker fired a rocket into the top corner as Arsenal won the Premier League match."),
    case("Russian troops advanced near Bakhmut over the weekend."),
    case("NATO is holding a large exercise with fighter jets over the Baltic Sea."),
    case("Ukraine struck a Russian ammunition depot in Crimea."),
    case("Inflation rose by 6 percent in 2023."),
    case("The New START treaty limits the number of deployed nuclear missiles the United States and Russia may have."),
    case("Ukraine said it shot down 30 Russian drones overnight. Russia launched the drones from Kursk."),
]


@pytest.mark.parametrize("c", CASES, ids=[c.id for c in CASES])
def test_english(c: Case) -> None:
    """An English sentence yields exactly the transfers it tells."""
    check(c, "en")
