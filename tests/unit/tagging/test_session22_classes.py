"""Classes found missing in session 22: a subject pronoun ("it") standing for the state that opens its own sentence
or the sentence before.

All texts are invented for these tests.
"""

from __future__ import annotations

from tests.unit.tagging.tagging_cases import case

# "In 2016 it bought two submarines from China": "it" before a transfer verb is the state opening the sentence before
# (or its own sentence, before a relative clause), never a pronoun with no transfer verb after it.
PRONOUN_SUBJECTS = [
    (
        "en",
        case(
            "Bangladesh has been building up its navy for a decade. In 2019 it bought two used frigates from China "
            "for about 200 million dollars.",
            "CN>BD:naval_vessels",
        ),
    ),
    (
        "en",
        case(
            "Ethiopia has turned to several suppliers since the war began. It received six Bayraktar TB2 drones from "
            "Turkey in 2021, according to flight-tracking data.",
            "TR>ET:drones",
            quantity=6,
        ),
    ),
    (
        "en",
        case(
            "Germany has also become one of Israel's biggest customers: it bought the Arrow 3 missile defence system "
            "for about 3.6 billion euros.",
            "IL>DE:air_defence",
        ),
    ),
    # no transfer verb after the pronoun: "it" is no party
    (
        "en",
        case(
            "Pakistan ordered four corvettes from Turkey in 2018. It is the largest naval deal the two countries "
            "have signed.",
            "TR>PK:naval_vessels",
        ),
    ),
    # the pronoun is a weapon, not a state, when no state opens either sentence
    (
        "en",
        case(
            "The frigate was launched in Istanbul on Tuesday. It carries eight anti-ship missiles and was delivered "
            "to the Pakistan Navy.",
        ),
    ),
]

ALL = (*PRONOUN_SUBJECTS,)
