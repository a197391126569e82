"""Publication dates as outlets write them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from services.fetcher.dates import parse_date, resolve_published


@pytest.mark.parametrize(
    ("raw", "country", "expected", "inferred"),
    [
        ("Tue, 9 Feb 2021 13:36:27 +0100", "DK", datetime(2021, 2, 9, 12, 36, 27, tzinfo=UTC), False),
        ("Tue, 09 Feb 2021 12:36:27 GMT", "GB", datetime(2021, 2, 9, 12, 36, 27, tzinfo=UTC), False),
        ("Mo, 25 Jun 2018 11:41:36", "DE", datetime(2018, 6, 25, 9, 41, 36, tzinfo=UTC), True),
        ("Do, 31 Okt 2019 23:52:59 -0400", "DE", datetime(2019, 11, 1, 3, 52, 59, tzinfo=UTC), False),
        ("tis, 9 feb 2021 10:00:00 +0100", "SE", datetime(2021, 2, 9, 9, 0, tzinfo=UTC), False),
        ("Fr, 11 Mai 2019 08:00:00 CEST", "AT", datetime(2019, 5, 11, 6, 0, tzinfo=UTC), False),
        ("Wed, 02 Oct 2024 10:00:00 CET", "CH", datetime(2024, 10, 2, 9, 0, tzinfo=UTC), False),
        ("lør, 3 des 2022 09:00:00", "NO", datetime(2022, 12, 3, 8, 0, tzinfo=UTC), True),
        ("man, 5 maj 2025 10:00:00", "DK", datetime(2025, 5, 5, 8, 0, tzinfo=UTC), True),
        ("mån, 5 maj 2025 10:00 +0200", "SE", datetime(2025, 5, 5, 8, 0, tzinfo=UTC), False),
        ("Di, 4 Mär 2025 10:00:00 MEZ", "DE", datetime(2025, 3, 4, 9, 0, tzinfo=UTC), False),
        ("31. Oktober 2019 12:00", "DE", datetime(2019, 10, 31, 11, 0, tzinfo=UTC), True),
        ("2021-02-09T13:36:27+01:00\n", "DK", datetime(2021, 2, 9, 12, 36, 27, tzinfo=UTC), False),
        ("2024-03-04T10:00:00Z", "SE", datetime(2024, 3, 4, 10, 0, tzinfo=UTC), False),
        ("04.03.2025 10:00", "DE", datetime(2025, 3, 4, 9, 0, tzinfo=UTC), True),
        ("Sat, 15 Jun 2024 09:00:00", "US", datetime(2024, 6, 15, 13, 0, tzinfo=UTC), True),
    ],
)
def test_dates_are_parsed_with_the_right_zone(raw: str, country: str, expected: datetime, inferred: bool) -> None:
    """Localised names, CET/CEST and zone-less dates (read in the outlet's country zone) parse correctly."""
    assert parse_date(raw, country) == (expected, inferred)


@pytest.mark.parametrize("raw", ["", "garbage", "yesterday-ish", "32 Foo 2020", "1 Jan 1850 10:00"])
def test_unreadable_dates_yield_none(raw: str) -> None:
    """Strings that are not dates (or are absurd) give no date rather than a wrong one."""
    assert parse_date(raw, "DK") is None


def test_missing_date_falls_back_to_first_seen_and_is_flagged() -> None:
    """Without any date the first-seen time is used, flagged as inferred, and the raw string is kept."""
    seen = datetime(2026, 1, 1, tzinfo=UTC)
    published = resolve_published("nonsense", None, "DK", seen)
    assert published.at == seen
    assert published.inferred
    assert published.raw == "nonsense"
