"""Classes found missing in session 28.

All texts are invented for these tests.
"""

from __future__ import annotations

from tests.unit.tagging.tagging_cases import case

# A name after a comma that closes a fronted place phrase is the main clause's subject when a verb follows it, not a
# second name in a list ("After talks in Paris, Egypt bought": was read as Paris's partner, with no recipient)
SUBJECT_AFTER_A_FRONTED_PLACE = [
    ("en", case("After talks in Paris, Egypt bought 30 Rafale jets from France.", "FR>EG:aircraft", quantity=30)),
    (
        "en",
        case(
            "In Doha, Qatar signed a deal for eight MQ-9B drones from the United States.",
            "US>QA:drones",
            quantity=8,
        ),
    ),
    # a list goes on being a list
    (
        "en",
        case(
            "Ukraine has received howitzers from France, Italy and Germany.",
            "FR>UA:artillery_systems",
            "IT>UA:artillery_systems",
            "DE>UA:artillery_systems",
        ),
    ),
]

ALL = [*SUBJECT_AFTER_A_FRONTED_PLACE]
