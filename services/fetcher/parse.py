"""Feed documents to entries: feedparser on re-encoded bytes, our own dates, per-document de-duplication.

A ``bozo`` document yields what parsed and the reason is kept (the caller counts it); an HTML page where a
feed was expected is reported as such, not as an empty feed.
"""

from __future__ import annotations

import html
import io
import re
from dataclasses import dataclass, field
from datetime import datetime
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urljoin

import feedparser

from services.fetcher.dates import Published, resolve_published
from services.fetcher.encoding import as_utf8_xml, decode_feed
from services.fetcher.identity import canonical_url

_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*(<!doctype\s+html|<html)", re.IGNORECASE | re.DOTALL)
_TAGS = re.compile(r"<[^>]*>")


@dataclass(frozen=True, slots=True)
class Entry:
    """One feed item, with plain-text summary/content and a resolved publication time."""

    link: str
    canonical: str
    guid: str | None
    title: str | None
    summary: str | None
    content: str | None
    published: Published
    authors: tuple[str, ...]


@dataclass(slots=True)
class ParsedFeed:
    """What one feed document held, and what was wrong with it."""

    entries: list[Entry] = field(default_factory=list)
    version: str = ""
    title: str | None = None
    bozo: str | None = None
    looks_like_html: bool = False
    ttl_s: float | None = None
    encoding: str = "utf-8"
    notes: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)

    @property
    def is_feed(self) -> bool:
        """Whether the document was recognised as RSS, Atom or RDF (or at least held entries)."""
        return bool(self.version or self.entries)

    def newest(self) -> datetime | None:
        """The latest publication time among entries whose date came from the feed."""
        dates = [e.published.at for e in self.entries if e.published.raw is not None]
        return max(dates) if dates else None


_BLOCKS = frozenset({"p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section"})
_SKIP = frozenset({"script", "style", "noscript", "template"})


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(fragment: str | None) -> str | None:
    """Plain text of an HTML fragment (block elements become line breaks), or ``None`` when empty."""
    if not fragment:
        return None
    if "<" not in fragment:
        text = html.unescape(fragment)
    else:
        collector = _TextCollector()
        try:
            collector.feed(fragment)
            collector.close()
            text = "".join(collector.parts)
        except (ValueError, AssertionError):
            text = html.unescape(_TAGS.sub(" ", fragment))
    text = "\n".join(" ".join(line.split()) for line in text.splitlines())
    text = re.sub(r"\n{2,}", "\n", text).strip()
    return text or None


def _authors(raw: Any) -> tuple[str, ...]:
    names: list[str] = []
    for author in raw.get("authors") or []:
        name = (author.get("name") or "").strip() if isinstance(author, dict) else ""
        if name and name not in names:
            names.append(name)
    single = (raw.get("author") or "").strip()
    if single and not names:
        names.append(single)
    return tuple(names)


def _content(raw: Any) -> str | None:
    for item in raw.get("content") or []:
        value = item.get("value") if isinstance(item, dict) else None
        text = html_to_text(value)
        if text:
            return text
    return None


def _ttl_seconds(raw: Any) -> float | None:
    try:
        minutes = float(raw)
    except (TypeError, ValueError):
        return None
    return minutes * 60 if 0 < minutes < 60 * 24 * 7 else None


def parse_feed(
    body: bytes, content_type: str | None, base_url: str, country: str | None, first_seen: datetime
) -> ParsedFeed:
    """Parse one feed document; never raises for bad input (problems land in ``bozo``/``skipped``)."""
    decoded = decode_feed(body, content_type)
    result = ParsedFeed(encoding=decoded.encoding, notes=list(decoded.notes))
    result.looks_like_html = bool(_HTML_START.match(body[:2048])) or (
        (content_type or "").split(";")[0].strip().lower() in ("text/html", "application/xhtml+xml")
    )
    parsed = feedparser.parse(
        io.BytesIO(as_utf8_xml(decoded)),
        response_headers={"content-type": "application/xml; charset=utf-8", "content-location": base_url},
        sanitize_html=False,
        resolve_relative_uris=False,
    )
    result.version = parsed.get("version") or ""
    if parsed.get("bozo"):
        result.bozo = f"{type(parsed.get('bozo_exception')).__name__}: {parsed.get('bozo_exception')}"[:500]
    channel = parsed.get("feed") or {}
    result.title = channel.get("title")
    result.ttl_s = _ttl_seconds(channel.get("ttl"))
    seen: set[str] = set()
    for raw in parsed.get("entries") or []:
        entry = _entry(raw, base_url, country, first_seen, result)
        if entry is None or entry.canonical in seen:
            continue
        seen.add(entry.canonical)
        result.entries.append(entry)
    return result


def _entry(raw: Any, base_url: str, country: str | None, first_seen: datetime, result: ParsedFeed) -> Entry | None:
    guid = (raw.get("id") or "").strip() or None
    link = (raw.get("link") or "").strip()
    if not link:
        for candidate in raw.get("links") or []:
            alternate = candidate.get("rel", "alternate") == "alternate" if isinstance(candidate, dict) else False
            if alternate and candidate.get("href"):
                link = str(candidate["href"]).strip()
                break
    if not link and guid and re.match(r"^https?://", guid):
        link = guid
    title = html_to_text(raw.get("title"))
    if not link:
        result.skipped.append(("entry has no link", f"guid={guid!r} title={title!r}"))
        return None
    link = urljoin(base_url, link)
    if not re.match(r"^https?://[^\s/]+", link):
        result.skipped.append(("entry link is not an http(s) URL", link[:500]))
        return None
    raw_date = None
    parsed_date = None
    for key in ("published", "updated", "created"):
        if raw.get(key):
            raw_date = str(raw.get(key))
            parsed_date = raw.get(f"{key}_parsed")
            break
    summary = html_to_text(raw.get("summary"))
    content = _content(raw)
    if content and summary and content == summary:
        content = None if len(content) < 400 else content
    return Entry(
        link=link,
        canonical=canonical_url(link),
        guid=guid,
        title=title,
        summary=summary,
        content=content,
        published=resolve_published(raw_date, parsed_date, country, first_seen),
        authors=_authors(raw),
    )
