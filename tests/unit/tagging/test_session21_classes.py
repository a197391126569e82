"""Classes found missing in session 21: a seized cargo's origin told in the next sentence, which names no weapon; the
user of weapons named after their relative clause of supply.

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

# "Die Drohnen, die Teheran geliefert hat, setzt Russland ... ein": the supplier in a relative clause on the weapons,
# their user in the main clause after it.
RELATIVE_USERS = [
    (
        "de",
        case("Die Drohnen, die Teheran geliefert hat, setzt Russland gegen ukrainische Städte ein.", "IR>RU:drones"),
    ),
    ("sv", case("De drönare som Iran har levererat används nu av Ryssland mot ukrainska städer.", "IR>RU:drones")),
    ("da", case("De droner, som Iran har leveret, bruges nu af Rusland mod ukrainske byer.", "IR>RU:drones")),
    ("nb", case("Dronene som Iran har levert, brukes nå av Russland mot ukrainske byer.", "IR>RU:drones")),
    ("nn", case("Dronane som Iran har levert, vert brukte av Russland mot ukrainske byar.", "IR>RU:drones")),
    ("en", case("The drones that Iran supplied are being used by Russia against Ukraine.", "IR>RU:drones")),
    # the target of the use is no user, nor is a speaker; a passive of use with no relative clause is no cue
    ("en", case("The drones that Iran supplied hit Kyiv, Ukraine said.")),
    ("da", case("Washington stiller krav til, hvordan flyene må bruges.")),
]

ALL = (*CARGO_ORIGIN, *RELATIVE_USERS)
