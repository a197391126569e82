"""Publication dates as the outlets write them: localised names, CET/CEST, missing zones.

feedparser returns ``None`` for ``Do, 31 Okt 2019 ...`` and reads ``CET`` as UTC; we parse the raw string
ourselves, keep it, and flag every date whose zone (or whole value) we had to infer.
"""

from __future__ import annotations

import re
import time
import warnings
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from dateutil import parser as dateparser

_MONTHS: dict[str, str] = {}
for _english, _names in {
    "Jan": "jan januar januari jänner jän",
    "Feb": "feb februar februari febr",
    "Mar": "mar mär mrz märz maerz marts mars",
    "Apr": "apr april",
    "May": "mai maj",
    "Jun": "jun juni",
    "Jul": "jul juli",
    "Aug": "aug august augusti",
    "Sep": "sep sept september",
    "Oct": "okt oktober",
    "Nov": "nov november",
    "Dec": "dez dezember dec des desember december",
}.items():
    for _name in _names.split():
        _MONTHS[_name] = _english

_OFFSETS_H = {
    "CET": 1,
    "CEST": 2,
    "MEZ": 1,
    "MESZ": 2,
    "EET": 2,
    "EEST": 3,
    "WET": 0,
    "WEST": 1,
    "GMT": 0,
    "UTC": 0,
    "UT": 0,
    "Z": 0,
    "BST": 1,
    "EST": -5,
    "EDT": -4,
    "CST": -6,
    "CDT": -5,
    "MST": -7,
    "MDT": -6,
    "PST": -8,
    "PDT": -7,
}
_TZINFOS = {name: timezone(timedelta(hours=hours)) for name, hours in _OFFSETS_H.items()}

COUNTRY_ZONES = {
    "DK": "Europe/Copenhagen",
    "NO": "Europe/Oslo",
    "SE": "Europe/Stockholm",
    "FI": "Europe/Helsinki",
    "DE": "Europe/Berlin",
    "AT": "Europe/Vienna",
    "CH": "Europe/Zurich",
    "GB": "Europe/London",
    "US": "America/New_York",
    "IE": "Europe/Dublin",
    "NL": "Europe/Amsterdam",
    "FR": "Europe/Paris",
}

_LEADING_DAY = re.compile(r"^\s*[^\W\d_]{2,12}\.?,?\s+(?=\d)")
_WORD = re.compile(r"[^\W\d_]+\.?")
_DAY_DOT = re.compile(r"\b(\d{1,2})\.\s+(?=[^\W\d_])")


@dataclass(frozen=True, slots=True)
class Published:
    """A publication time in UTC, the raw string it came from, and whether any part was inferred."""

    at: datetime
    raw: str | None
    inferred: bool


def country_zone(country: str | None) -> ZoneInfo:
    """The time zone of an outlet's country (UTC when unknown)."""
    return ZoneInfo(COUNTRY_ZONES.get(country or "", "UTC"))


def _translate(text: str) -> str:
    def month(match: re.Match[str]) -> str:
        word = match.group(0)
        key = word.rstrip(".").lower()
        if key in _MONTHS:
            return _MONTHS[key]
        return word

    text = _LEADING_DAY.sub("", text)
    text = _DAY_DOT.sub(r"\1 ", text)
    return _WORD.sub(month, text)


def parse_date(raw: str | None, country: str | None) -> tuple[datetime, bool] | None:
    """``(utc datetime, zone_inferred)`` for a raw feed date, or ``None`` when it cannot be read."""
    if raw is None:
        return None
    text = " ".join(raw.split())
    if not text or len(text) > 100:
        return None
    value: datetime | None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        value = _parse_loose(text, country)
    if value is None or not 1990 <= value.year <= 2100:
        return None
    inferred = value.tzinfo is None
    if inferred:
        value = value.replace(tzinfo=country_zone(country))
    try:
        return value.astimezone(UTC), inferred
    except (ValueError, OverflowError):
        return None


def _parse_loose(text: str, country: str | None) -> datetime | None:
    candidate = _translate(text)
    # Nordic and German numeric dates put the day first; ISO-like ones start with the year.
    dayfirst = country != "US" and not re.match(r"^\d{4}", candidate)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return dateparser.parse(candidate, tzinfos=_TZINFOS, dayfirst=dayfirst)
    except (ValueError, OverflowError, TypeError, LookupError):
        return None


def resolve_published(
    raw: str | None,
    parsed: time.struct_time | None,
    country: str | None,
    first_seen: datetime,
) -> Published:
    """The best publication time for an entry: our parse of ``raw``, else feedparser's, else first-seen."""
    ours = parse_date(raw, country)
    if ours is not None:
        return Published(ours[0], raw, ours[1])
    if parsed is not None:
        try:
            return Published(datetime(*parsed[:6], tzinfo=UTC), raw, False)
        except (ValueError, TypeError, OverflowError):
            pass
    return Published(first_seen, raw, True)
