"""One runner for the class tables of sessions 2 to 20 (none in 13) (``ALL`` in each ``test_sessionN_classes.py``).

Each session keeps its own table, so the record of which session found which class stays; the cases all run
through the shared :func:`check`.
"""

from __future__ import annotations

import pytest

from tests.unit.tagging import (
    test_session2_classes,
    test_session3_classes,
    test_session4_classes,
    test_session5_classes,
    test_session6_classes,
    test_session7_classes,
    test_session8_classes,
    test_session9_classes,
    test_session10_classes,
    test_session11_classes,
    test_session12_classes,
    test_session14_classes,
    test_session15_classes,
    test_session16_classes,
    test_session17_classes,
    test_session18_classes,
    test_session19_classes,
    test_session20_classes,
    test_session21_classes,
    test_session22_classes,
    test_session23_classes,
    test_session24_classes,
    test_session25_classes,
    test_session26_classes,
    test_session27_classes,
    test_session28_classes,
    test_session29_classes,
    test_session30_classes,
    test_session31_classes,
    test_session32_classes,
    test_session33_classes,
    test_session34_classes,
    test_session35_classes,
    test_session36_classes,
    test_session37_classes,
    test_session38_classes,
    test_session39_classes,
)
from tests.unit.tagging.tagging_cases import Case, check

_SESSIONS = {
    2: test_session2_classes,
    3: test_session3_classes,
    4: test_session4_classes,
    5: test_session5_classes,
    6: test_session6_classes,
    7: test_session7_classes,
    8: test_session8_classes,
    9: test_session9_classes,
    10: test_session10_classes,
    11: test_session11_classes,
    12: test_session12_classes,
    14: test_session14_classes,
    15: test_session15_classes,
    16: test_session16_classes,
    17: test_session17_classes,
    18: test_session18_classes,
    19: test_session19_classes,
    20: test_session20_classes,
    21: test_session21_classes,
    22: test_session22_classes,
    23: test_session23_classes,
    24: test_session24_classes,
    25: test_session25_classes,
    26: test_session26_classes,
    27: test_session27_classes,
    28: test_session28_classes,
    29: test_session29_classes,
    30: test_session30_classes,
    31: test_session31_classes,
    32: test_session32_classes,
    33: test_session33_classes,
    34: test_session34_classes,
    35: test_session35_classes,
    36: test_session36_classes,
    37: test_session37_classes,
    38: test_session38_classes,
    39: test_session39_classes,
}
CASES = [(n, lang, c) for n, module in _SESSIONS.items() for lang, c in module.ALL]


@pytest.mark.parametrize(("session", "lang", "c"), CASES, ids=[f"s{n}-{lang}-{c.id}" for n, lang, c in CASES])
def test_class(session: int, lang: str, c: Case) -> None:
    check(c, lang)
