"""Classes found missing in session 21: a seized cargo's origin told in the next sentence, which names no weapon.

All texts are invented for these tests.
"""

from __future__ import annotations

from tests.unit.tagging.tagging_cases import case

# "Die Ladung soll aus dem Iran stammen": the seizure names the weapons and the buyer, the next sentence the state
# the cargo came from, with no weapon word of its own.
CARGO_ORIGIN = [
    (
        "de",
        case(
            "Die US-Marine hat 200 Raketen für die Huthi-Miliz beschlagnahmt. Die Ladung soll aus dem Iran stammen.",
            "IR>houthis:rockets_artillery",
            quantity=200,
        ),
    ),
    (
        "en",
        case(
            "The US Navy seized 2,000 assault rifles bound for the Houthis. The cargo originated in Iran, officials "
            "said.",
            "IR>houthis:small_arms",
        ),
    ),
    (
        "nb",
        case(
            "Den amerikanske marinen beslagla 200 raketter på vei til houthiene. Lasten kom fra Iran, ifølge "
            "amerikanske tjenestemenn.",
            "IR>houthis:rockets_artillery",
        ),
    ),
    (
        "da",
        case(
            "Den franske flåde har beslaglagt 3.000 rifler på vej til houthierne. Lasten kom ifølge franske "
            "embedsmænd fra Iran.",
            "IR>houthis:small_arms",
        ),
    ),
    (
        "nn",
        case(
            "Den amerikanske marinen beslagla 200 rakettar på veg til houthiane. Lasta kom frå Iran, ifølgje "
            "amerikanske tenestemenn.",
            "IR>houthis:rockets_artillery",
        ),
    ),
    (
        "sv",
        case(
            "Den amerikanska flottan beslagtog 3 000 gevär på väg till huthierna. Lasten kom enligt tjänstemännen "
            "från Iran.",
            "IR>houthis:small_arms",
        ),
    ),
    # where the cargo went is no origin; a new paragraph, or a state after another word, tells none either
    (
        "de",
        case("Die US-Marine hat 200 Raketen für die Huthi-Miliz beschlagnahmt. Die Ladung kam in Aden an."),
    ),
    (
        "en",
        case(
            "The US Navy seized 2,000 assault rifles bound for the Houthis.\n\nThe cargo came from Iran, officials "
            "said."
        ),
    ),
    (
        "nb",
        case(
            "Den amerikanske marinen beslagla 200 raketter på vei til houthiene. Lasten kom ifølge kommentatorer fra "
            "USA fram i går."
        ),
    ),
]

ALL = (*CARGO_ORIGIN,)
