"""Classes found missing in session 26.

All texts are invented for these tests.
"""

from __future__ import annotations

from tests.unit.tagging.tagging_cases import case

# A count in the next sentence that names only the transfer's own parties is its count ("Mehr als 200 Raketen ...
# seien in den russischen Hafen gebracht worden"); not one naming another party, nor one for a transfer whose side
# was still open when it was read
COUNT_NAMING_THE_PARTIES = [
    (
        "de",
        case(
            "Iran hat erstmals ballistische Raketen an Russland übergeben. Mehr als 200 Raketen vom Typ Fath-360"
            " seien über das Kaspische Meer in den russischen Hafen Olja gebracht worden.",
            "IR>RU:missiles_ballistic",
            quantity=200,
        ),
    ),
    (
        "nb",
        case(
            "Iran har levert ballistiske missiler til Russland. Rundt 150 missiler av typen Fath-360 skal ha kommet"
            " til den russiske havnen Astrakhan.",
            "IR>RU:missiles_ballistic",
            quantity=150,
        ),
    ),
    (
        "nb",
        case(
            "Ukraina har lenge bedt vestlige land om mer luftvern. Den ukrainske presidenten sier at landet trenger"
            " minst 25 nye Patriot-systemer.",
        ),
    ),
]

# The order's size told after a count of its first items wins over that count ("38 amerikanske stridsvogner kom
# ...", then "dei første 38 av i alt 108")
ORDER_AFTER_FIRST_ITEMS = [
    (
        "nn",
        case(
            "Taiwan har fått dei første Abrams-stridsvognene. 38 amerikanske stridsvogner kom til hamna i Taipei i"
            " helga. Taiwan har teke imot dei første 38 av i alt 108 Abrams-stridsvogner som øya har kjøpt frå USA.",
            "US>TW:tanks_armoured_vehicles",
            quantity=108,
        ),
    ),
    (
        "en",
        case(
            "Nigeria has received four AW109 helicopters from Italy. The four helicopters landed in Abuja on"
            " Monday. They are the first four of 24 AW109 helicopters Nigeria ordered from Italy.",
            "IT>NG:helicopters",
            quantity=24,
        ),
    ),
]

ALL = [*COUNT_NAMING_THE_PARTIES, *ORDER_AFTER_FIRST_ITEMS]
