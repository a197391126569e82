"""The feed list: a TOML file of ``[[feed]]`` tables, validated strictly, reloaded when it changes.

Validation errors carry the file, the line and the key, so that ``armswatch feeds validate`` and the
hot-reload log line can point at the exact place of a bad edit.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import structlog
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, model_validator

from services.fetcher.errors import FeedFileError

log = structlog.get_logger(__name__)

_LANGUAGES = frozenset({"da", "nb", "nn", "no", "sv", "de", "en", "fi"})
_SECTIONS = frozenset({"all", "world", "politics", "defence", "press_releases", "business", "other"})


def _http_url(value: str) -> str:
    if not re.match(r"^https?://[^\s/]+", value):
        raise ValueError("must be an absolute http(s) URL")
    return value


def _language(value: str) -> str:
    if value not in _LANGUAGES:
        raise ValueError(f"must be one of {sorted(_LANGUAGES)}")
    return value


def _section(value: str) -> str:
    if value not in _SECTIONS:
        raise ValueError(f"must be one of {sorted(_SECTIONS)}")
    return value


class Feed(BaseModel):
    """One feed as configured: where it is, what it is, and how the outlet allows us to use it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(min_length=1, max_length=200)
    url: Annotated[str, AfterValidator(_http_url)]
    language: Annotated[str, AfterValidator(_language)]
    country: str = Field(pattern=r"^[A-Z]{2}$")
    section: Annotated[str, AfterValidator(_section)] = "all"
    outlet: str | None = Field(default=None, description="Defaults to the name before ' – '.")
    enabled: bool = True
    min_interval_minutes: float | None = Field(default=None, gt=0)
    max_interval_minutes: float | None = Field(default=None, gt=0)
    store_text: bool = Field(default=True, description="False: publish metadata and the summary only.")
    terms: str | None = Field(default=None, description="Why store_text is off, or other usage terms.")
    confidence: str | None = Field(default=None, description="How well the URL is attested.")
    tags: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _bounds_in_order(self) -> Feed:
        low, high = self.min_interval_minutes, self.max_interval_minutes
        if low is not None and high is not None and low > high:
            raise ValueError("min_interval_minutes is larger than max_interval_minutes")
        return self

    @property
    def outlet_name(self) -> str:
        """The outlet, e.g. ``DR Nyheder`` for ``DR Nyheder – Udland``."""
        return self.outlet or re.split(r"\s+[–-]\s+", self.name, maxsplit=1)[0].strip()


class _FeedFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    feed: list[Feed] = Field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Lines:
    """Where each ``[[feed]]`` table and each of its keys starts in the file (1-based)."""

    tables: list[int]
    keys: list[dict[str, int]]
    top: dict[str, int]

    @classmethod
    def index(cls, text: str) -> _Lines:
        tables: list[int] = []
        keys: list[dict[str, int]] = []
        top: dict[str, int] = {}
        key_re = re.compile(r"^\s*([A-Za-z0-9_\-]+|\"[^\"]*\")\s*=")
        for number, line in enumerate(text.splitlines(), start=1):
            stripped = line.strip()
            if stripped.startswith("[[") and stripped[2:].split("]")[0].strip() == "feed":
                tables.append(number)
                keys.append({})
                continue
            if stripped.startswith("["):
                top.setdefault(stripped.strip("[] "), number)
                continue
            match = key_re.match(line)
            if match:
                target = keys[-1] if keys else top
                target.setdefault(match.group(1).strip('"'), number)
        return cls(tables, keys, top)

    def locate(self, loc: tuple[int | str, ...]) -> tuple[int | None, str | None]:
        if len(loc) >= 2 and loc[0] == "feed" and isinstance(loc[1], int):
            index = loc[1]
            key = str(loc[2]) if len(loc) > 2 else None
            if index < len(self.tables):
                line = self.keys[index].get(key, self.tables[index]) if key else self.tables[index]
                return line, key
            return None, key
        key = str(loc[0]) if loc else None
        return (self.top.get(key) if key else None), key


def parse_feeds(text: str, path: str = "<feeds>") -> list[Feed]:
    """The feeds in ``text``.

    Raises ``FeedFileError`` listing every problem with its line and key: TOML syntax, unknown keys,
    bad values, duplicate names or URLs.
    """
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        raise FeedFileError(path, [(int(match.group(1)) if match else None, None, str(exc))]) from exc
    lines = _Lines.index(text)
    try:
        parsed = _FeedFile.model_validate(raw)
    except ValidationError as exc:
        problems: list[tuple[int | None, str | None, str]] = []
        for error in exc.errors():
            line, key = lines.locate(tuple(error["loc"]))
            message = "unknown key" if error["type"] == "extra_forbidden" else error["msg"]
            problems.append((line, key, message))
        raise FeedFileError(path, problems) from exc
    problems = []
    names: dict[str, int] = {}
    urls: dict[str, int] = {}
    for index, feed in enumerate(parsed.feed):
        if feed.name in names:
            problems.append(
                (
                    lines.locate(("feed", index, "name"))[0],
                    "name",
                    f"duplicate name {feed.name!r} (first in feed #{names[feed.name] + 1})",
                )
            )
        if feed.url in urls:
            problems.append(
                (
                    lines.locate(("feed", index, "url"))[0],
                    "url",
                    f"duplicate url {feed.url!r} (first in feed #{urls[feed.url] + 1})",
                )
            )
        names.setdefault(feed.name, index)
        urls.setdefault(feed.url, index)
    if problems:
        raise FeedFileError(path, problems)
    return parsed.feed


def load_feeds(path: Path) -> list[Feed]:
    """The feeds in the file at ``path``.

    Raises ``FeedFileError`` when the file cannot be read or does not validate.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FeedFileError(str(path), [(None, None, f"cannot read: {exc}")]) from exc
    return parse_feeds(text, str(path))


class FeedRegistry:
    """The current feed list, reloaded from its file when the file changes (last good list kept)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._signature: tuple[int, int] | None = None
        self._feeds: list[Feed] = []
        self.last_error: FeedFileError | None = None

    @property
    def feeds(self) -> list[Feed]:
        """Every configured feed, enabled or not."""
        return self._feeds

    def enabled(self) -> list[Feed]:
        """The feeds to poll."""
        return [feed for feed in self._feeds if feed.enabled]

    def load(self) -> list[Feed]:
        """Load the file now.

        Raises ``FeedFileError`` when it is invalid (used at start-up: no last good list yet).
        """
        signature = self._stat()
        self._feeds = load_feeds(self.path)
        self._signature = signature
        self.last_error = None
        return self._feeds

    def refresh(self) -> bool:
        """Reload when the file changed; return whether the list changed. An invalid edit is logged
        (file, line, key) and the last good list stays."""
        signature = self._stat()
        if signature == self._signature:
            return False
        self._signature = signature
        try:
            feeds = load_feeds(self.path)
        except FeedFileError as exc:
            self.last_error = exc
            for line, key, message in exc.problems:
                log.error("feeds_reload_failed", file=str(self.path), line=line, key=key, error=message)
            return False
        self.last_error = None
        changed = feeds != self._feeds
        self._feeds = feeds
        log.info("feeds_reloaded", file=str(self.path), feeds=len(feeds), enabled=len(self.enabled()))
        return changed

    def _stat(self) -> tuple[int, int]:
        try:
            stat = self.path.stat()
        except OSError:
            return (-1, -1)
        return (stat.st_mtime_ns, stat.st_size)
