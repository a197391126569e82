"""Classes found missing in session 33.

All texts are invented for these tests.
"""

from __future__ import annotations

from tests.unit.tagging.tagging_cases import case

# "The country" after a sentence whose subject opens with its article ("Die USA", "The United States") is not that
# subject, and as an object after a subject of its own ("Die USA hatten dem Land ... angeboten") it is the one the
# sentence before supplied, not the last state that sentence names
COUNTRY_OBJECT = [
    (
        "de",
        case(
            "Israel setzt seine Offensive im Gazastreifen fort. Die USA haben dem Land seit Kriegsbeginn Waffen im "
            "Wert von Milliarden Dollar geliefert.",
            "US>IL:military_equipment_general",
            status="delivered",
        ),
    ),
    (
        "de",
        case(
            "Dänemark baut seine Hilfe für Kiew aus. Das skandinavische Land finanziert Haubitzen und hat dem Land "
            "bereits alle seine Caesar-Geschütze überlassen.",
            "DK>UA:artillery_systems",
        ),
    ),
    (
        "de",
        case(
            "Estland rüstet auf. Die Niederlande haben dem Land zwölf Panzerhaubitzen verkauft.",
            "NL>EE:artillery_systems",
            quantity=12,
        ),
    ),
    (
        "de",
        case(
            "Die Türkei hat ihre Luftwaffe modernisiert. Die Vereinigten Staaten haben dem Land 40 F-16 verkauft.",
            "US>TR:aircraft",
            quantity=40,
        ),
    ),
    (
        "en",
        case(
            "Israel pressed on with its offensive. The United States has supplied the country with 2,000 bombs since "
            "October.",
            "US>IL:mines_explosives",
            quantity=2000,
        ),
    ),
    (
        "de",
        case(
            "Manila verhandelt mit Schweden über zwölf Gripen-Kampfjets. Die USA hatten dem Land im Frühjahr 20 F-16 "
            "angeboten.",
            "SE>PH:aircraft",
            "US>PH:aircraft",
        ),
    ),
    (
        "de",
        case(
            "Die Philippinen bauen ihre Küstenverteidigung aus. Aus Südkorea hat die Luftwaffe zwölf Kampfflugzeuge "
            "erhalten. Japan hat dem Land außerdem Radaranlagen übergeben.",
            "KR>PH:aircraft",
            "JP>PH:military_equipment_general",
        ),
    ),
    (
        "nb",
        case("Estland ruster opp. USA har solgt landet seks HIMARS-systemer.", "US>EE:rockets_artillery", quantity=6),
    ),
    (
        "de",
        case(
            "Nordkorea liefert Granaten an Russland. Die USA haben das Land dafür kritisiert.",
            "KP>RU:artillery_ammunition",
        ),
    ),
]

ALL = [
    *COUNTRY_OBJECT,
]
