"""Classes found missing in session 6, each with invented texts.

All texts are invented for these tests.
"""

from __future__ import annotations

import pytest

from tests.unit.tagging.tagging_cases import Case, case, check

# A particle verb told with words between verb and particle; in German the particle ends the clause.
SPLIT_PARTICLES = [
    (
        "sv",
        case(
            "Danmark lämnade redan i somras över de första F-16-planen till Ukraina.",
            "DK>UA:aircraft",
            status="delivered",
        ),
    ),
    (
        "nn",
        case("I fjor skreiv Jakarta under for 42 Rafale-fly frå Dassault.", "FR>ID:aircraft", quantity=42),
    ),
    (
        "sv",
        case("I fjol tog Polen i all hast emot 48 K9-haubitsar från Sydkorea.", "KR>PL:artillery_systems"),
    ),
    (
        "de",
        case("Berlin sagte der Ukraine am Dienstag vier weitere Patriot-Systeme zu.", "DE>UA:air_defence"),
    ),
    # the particle must end the clause in German: "zu Beginn" is no particle
    ("de", case("Der Minister sagte der Zeitung zu Beginn der Woche, die Panzer seien alt.")),
]

# "Regimet i Bamako", "das Regime in Damaskus": the regime of a place is that state, not a location.
REGIMES = [
    (
        "da",
        case(
            "Fra Moskva har regimet i Bamako fået kamphelikoptere af typen Mi-24.",
            "RU>ML:helicopters",
        ),
    ),
    (
        "de",
        case("Aus Teheran hat das Regime in Damaskus Raketen erhalten.", "IR>SY:rockets_artillery"),
    ),
]

# A demonym before a lower-case noun after "and" starts a new subject; it is no second recipient.
DEMONYM_SUBJECTS = [
    (
        "nn",
        case(
            "Moskva har sidan 2021 sendt fleire kamphelikopter til Bamako, og russiske leigesoldatar er "
            "utplasserte i landet.",
            "RU>ML:helicopters",
        ),
    ),
]

ALL = SPLIT_PARTICLES + REGIMES + DEMONYM_SUBJECTS


@pytest.mark.parametrize(("lang", "c"), ALL, ids=[f"{lang}-{c.id}" for lang, c in ALL])
def test_session6_class(lang: str, c: Case) -> None:
    check(c, lang)
