"""Classes found missing in session 15: a count of containers standing in for the count of the weapon itself.

All texts are invented for these tests.
"""

from __future__ import annotations

from tests.unit.tagging.tagging_cases import case

# Containers count the packaging. Where the sentence or the one after it counts the weapon itself, that count is
# the quantity; where nothing else is counted, the containers still are.
CONTAINERS = [
    (
        "sv",
        case(
            "Enligt tjänsten har Nordkorea skickat över 9 000 containrar med ammunition till Ryssland, vilket "
            "motsvarar omkring fem miljoner artillerigranater.",
            "KP>RU:artillery_ammunition",
            quantity=5e6,
        ),
    ),
    (
        "da",
        case(
            "Nordkorea har sendt mere end 9.000 containere med ammunition til Rusland, hvilket svarer til omkring "
            "fem millioner artillerigranater.",
            "KP>RU:artillery_ammunition",
            quantity=5e6,
        ),
    ),
    (
        "en",
        case(
            "North Korea has shipped more than 9,000 containers of ammunition to Russia this year. Officials "
            "believe the containers held about five million artillery shells.",
            "KP>RU:artillery_ammunition",
            quantity=5e6,
        ),
    ),
    (
        "de",
        case(
            "Nordkorea hat nach Angaben des Geheimdienstes rund 9.000 Container mit Artilleriegranaten an Russland "
            "geliefert.",
            "KP>RU:artillery_ammunition",
            quantity=9000,
        ),
    ),
    (
        "nb",
        case(
            "Nord-Korea har sendt over 9000 containere med ammunisjon til Russland, ifølge etterretningen.",
            "KP>RU:artillery_ammunition",
            quantity=9000,
        ),
    ),
]

ALL = CONTAINERS
