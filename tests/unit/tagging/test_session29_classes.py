"""Classes found missing in session 29.

All texts are invented for these tests.
"""

from __future__ import annotations

from tests.unit.tagging.tagging_cases import case

# A count told as "the first of (in all) N" is the order's size, which the gold records over the first items
# delivered: "dei første av i alt 24 som" gave no count at all (no weapon word after it), and "the first of 24" in a
# later sentence lost to the six that landed first (fullw, fullx, fully, fullp, fullt)
FIRST_OF_AN_ORDER = [
    (
        "nn",
        case(
            "Seks brukte F-16-kampfly frå Danmark landa torsdag i Argentina. Flya er dei første av i alt 24 som "
            "Argentina kjøpte frå Danmark i fjor.",
            "DK>AR:aircraft",
            quantity=24,
        ),
    ),
    (
        "en",
        case(
            "Six F-16 jets bought from Denmark landed in Argentina on Friday. The jets are the first of 24 that "
            "Buenos Aires agreed to buy from Copenhagen.",
            "DK>AR:aircraft",
            quantity=24,
        ),
    ),
    (
        "en",
        case(
            "Nigeria has taken delivery of two T129 attack helicopters from Turkey, the first of six it ordered.",
            "TR>NG:helicopters",
            quantity=6,
        ),
    ),
    (
        "nb",
        case(
            "Tre K9-haubitser fra Sør-Korea ankom Oslo i går. Haubitsene er de første av i alt 24 som Norge har "
            "bestilt fra Sør-Korea.",
            "KR>NO:artillery_systems",
            quantity=24,
        ),
    ),
    # an older order's first items, told after a new contract, do not size the new one
    (
        "nb",
        case(
            "Norge signerte i dag en kontrakt med Sør-Korea om 24 nye K9-haubitser. Hæren har brukt K9 siden 2020, da "
            "de første av i alt 28 skyts ble levert fra Sør-Korea.",
            "KR>NO:artillery_systems",
            quantity=24,
        ),
    ),
]

ALL = [
    *FIRST_OF_AN_ORDER,
]
