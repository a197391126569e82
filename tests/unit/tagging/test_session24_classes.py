"""Classes found missing in session 24: negative paired conjunctions however far their verb stands, two states
signing together for one's make, agreements "for" weapons, Jordan as a state.

All texts are invented for these tests.
"""

from __future__ import annotations

from tests.unit.tagging.tagging_cases import case

# "Neither Germany nor France will deliver": the negation opens the subject, before a modal or "kommer att"
NEGATIVE_CORRELATIVES = [
    (
        "en",
        case(
            "Neither Germany nor France will deliver Taurus missiles to Ukraine.",
            "DE>UA:missiles_cruise",
            "FR>UA:missiles_cruise",
            status="denied",
        ),
    ),
    (
        "de",
        case(
            "Weder Deutschland noch Frankreich werden Taurus-Marschflugkörper an die Ukraine liefern.",
            "DE>UA:missiles_cruise",
            "FR>UA:missiles_cruise",
            status="denied",
        ),
    ),
    (
        "sv",
        case(
            "Varken Tyskland eller Frankrike kommer att leverera stridsflygplan till Ukraina.",
            "DE>UA:aircraft",
            "FR>UA:aircraft",
            status="denied",
        ),
    ),
    # the negation of a later clause does not reach back
    (
        "en",
        case(
            "Germany delivered 14 tanks to Ukraine, and neither side has commented.",
            "DE>UA:tanks_armoured_vehicles",
            status="delivered",
        ),
    ),
]

# "South Korea and Poland signed a deal for 180 K2 tanks": of two states signing together, the maker sells
SIGNING_TOGETHER = [
    (
        "en",
        case(
            "South Korea and Poland signed a deal for 180 K2 tanks.",
            "KR>PL:tanks_armoured_vehicles",
            status="agreed",
            quantity=180,
        ),
    ),
    (
        "sv",
        case(
            "Sydkorea och Polen har undertecknat ett avtal om 180 stridsvagnar av typen K2.",
            "KR>PL:tanks_armoured_vehicles",
            quantity=180,
        ),
    ),
    ("da", case("Frankrig og Indien underskrev i går en aftale om 26 Rafale-fly.", "FR>IN:aircraft", quantity=26)),
    ("nb", case("Norge og Litauen har inngått en avtale om kjøp av NASAMS.", "NO>LT:air_defence")),
    # neither makes them: both buy from the maker
    (
        "en",
        case("Poland and Romania signed a deal for 40 Patriot launchers.", "US>PL:air_defence", "US>RO:air_defence"),
    ),
    # an agreement that a clause follows is no purchase
    ("nb", case("Moskva og Teheran inngikk en avtale om at dronene skulle produseres i Russland.")),
]

# Jordan is a state (not in the River Jordan)
JORDAN = [
    (
        "en",
        case(
            "The United States delivered 12 Black Hawk helicopters to Jordan last year.",
            "US>JO:helicopters",
            quantity=12,
        ),
    ),
    ("nb", case("Jordan har gitt sine Mi-17-helikoptre til Ukraina.", "JO>UA:helicopters")),
    ("de", case("Deutschland liefert Jordanien 20 Schützenpanzer vom Typ Marder.", "DE>JO:tanks_armoured_vehicles")),
    ("en", case("Israel moved 40 tanks into the Jordan Valley.")),
]

ALL = (
    *NEGATIVE_CORRELATIVES,
    *SIGNING_TOGETHER,
    *JORDAN,
)
