"""Classes found missing in session 32.

All texts are invented for these tests.
"""

from __future__ import annotations

from tests.unit.tagging.tagging_cases import case

# Weapons that "come from" a state, told after a sentence naming their holder: the generic verb of coming is an origin
# with a weapon as its subject and a state right after its preposition of source; each listed state is a source, and
# the holder is one a sentence before got or holds the weapons, not any state it names (a drone shot down "came from"
# where it was launched)
COME_FROM = [
    (
        "nb",
        case(
            "Ukraina har nå flere Patriot-batterier i drift.\nSystemene kommer fra USA, Tyskland og Nederland.",
            "US>UA:air_defence",
            "DE>UA:air_defence",
            "NL>UA:air_defence",
            status="delivered",
        ),
    ),
    (
        "de",
        case(
            "Polen hat im Frühjahr 180 Kampfpanzer gekauft. Die Fahrzeuge kommen aus Südkorea.",
            "KR>PL:tanks_armoured_vehicles",
            quantity=180,
        ),
    ),
    (
        "de",
        case(
            "Die Ukraine hat inzwischen mehrere Patriot-Batterien im Einsatz. Die Systeme stammen aus den USA, "
            "Deutschland und den Niederlanden.",
            "US>UA:air_defence",
            "DE>UA:air_defence",
            "NL>UA:air_defence",
        ),
    ),
    (
        "en",
        case(
            "Russia has fired thousands of artillery shells at Ukrainian positions this month. Most of the shells came "
            "from North Korea, officials said.",
            "KP>RU:artillery_ammunition",
        ),
    ),
    (
        "en",
        case(
            "India has deployed its air defence systems along the border. The systems came from Russia.",
            "RU>IN:air_defence",
        ),
    ),
    (
        "sv",
        case(
            "Marockos armé har tagit emot de första stridsvagnarna. Vagnarna kommer från USA.",
            "US>MA:tanks_armoured_vehicles",
        ),
    ),
    (
        "da",
        case(
            "Ukraine har fået de første kampvogne. Kampvognene kommer fra Danmark og Norge.",
            "DK>UA:tanks_armoured_vehicles",
            "NO>UA:tanks_armoured_vehicles",
        ),
    ),
    (
        "nn",
        case(
            "Ukraina har teke imot fleire luftvernsystem. Systema kjem frå Tyskland.",
            "DE>UA:air_defence",
        ),
    ),
    ("nn", case("Eit israelsk F-35-fly skaut ned ein drone over Eilat. Dronen kom frå Jemen, opplyser hæren.")),
    ("en", case("An Israeli jet shot down a drone over Eilat. The drone came from Yemen, the army said.")),
    ("en", case("The biggest order for Gripen jets came from Thailand.")),
    ("sv", case("Den största ordern på stridsvagnar kom från Polen.")),
    ("da", case("Den største ordre på kampfly i år kom fra Thailand.")),
]

ALL = [
    *COME_FROM,
]
