"""From a feed entry to an acknowledged ``article.fetched`` event.

Per entry: identity (canonical URL, GUID as second key), a cheap feed fingerprint to skip unchanged entries
without touching the page, the page fetched and extracted (or ``content:encoded``, or the summary), the
language, the content hash, and publication. An entry that cannot become an event goes to the dead-letter
topic with the reason.
"""

from __future__ import annotations

import asyncio
import hashlib
from concurrent.futures import Executor
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

import structlog
from pydantic import ValidationError

from schemas import ArticleFetched, ArticleFetchedData, TextSource, deterministic_event_id
from services.core.deadletter import dead_letter
from services.fetcher.dates import parse_date
from services.fetcher.errors import FeedFetchError
from services.fetcher.extract import Page, extract_in_thread
from services.fetcher.feeds import Feed
from services.fetcher.http import PAGE_ACCEPT
from services.fetcher.identity import article_id, content_hash, guid_id
from services.fetcher.parse import Entry
from services.fetcher.state import StateStore

if TYPE_CHECKING:
    from services.fetcher.service import Fetcher

log = structlog.get_logger(__name__)
SERVICE = "fetcher"


@dataclass(frozen=True, slots=True)
class EntryOutcome:
    """What became of one entry: ``new`` (not seen before), ``published`` (acknowledged)."""

    article_id: str
    new: bool
    published: bool
    reason: str


class ArticleMaker:
    """Turns entries into events for one ``Fetcher``."""

    def __init__(self, fetcher: Fetcher, state: StateStore, executor: Executor) -> None:
        self.fetcher = fetcher
        self.settings = fetcher.settings
        self.state = state
        self.executor = executor
        self._claimed: set[str] = set()

    async def handle_entries(self, feed: Feed, entries: list[Entry], fetched_at: datetime) -> list[EntryOutcome]:
        """Handle every entry of one feed document concurrently (HTTP limits still apply)."""
        results = await asyncio.gather(*(self._guarded(feed, e, fetched_at) for e in entries))
        still_listed = [r.article_id for r in results if r.reason == "unchanged"]
        if still_listed:
            self.state.touch(still_listed, self.settings.seen_ttl_days * 86400)
        return list(results)

    async def _guarded(self, feed: Feed, entry: Entry, fetched_at: datetime) -> EntryOutcome:
        try:
            return await self.handle(feed, entry, fetched_at)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.exception("entry_failed", feed=feed.name, url=entry.link)
            await self.dead_letter(feed, f"entry could not be processed: {exc!r}", entry.link, error=exc)
            return EntryOutcome(article_id(entry.canonical), True, False, "failed")

    async def handle(self, feed: Feed, entry: Entry, fetched_at: datetime) -> EntryOutcome:
        """Publish ``entry`` when it is new or changed; return what happened."""
        aid = article_id(entry.canonical)
        gid = guid_id(entry.guid) if entry.guid else None
        seen = self.state.seen(aid, gid)
        if seen is not None:
            aid = seen.article_id  # the GUID knew this article under its first URL
        fingerprint = _fingerprint(entry)
        if seen is not None and seen.fingerprint == fingerprint:
            return EntryOutcome(aid, False, False, "unchanged")
        if aid in self._claimed:
            return EntryOutcome(aid, False, False, "claimed")  # another section feed has it right now
        self._claimed.add(aid)
        try:
            return await self._make(
                feed, entry, fetched_at, aid, gid, fingerprint, seen is None, seen.content_hash if seen else None
            )
        finally:
            self._claimed.discard(aid)

    async def _make(
        self,
        feed: Feed,
        entry: Entry,
        fetched_at: datetime,
        aid: str,
        gid: str | None,
        fingerprint: str,
        new: bool,
        previous_hash: str | None,
    ) -> EntryOutcome:
        page = await self._page(entry) if feed.store_text and self.settings.fetch_pages else None
        if not feed.store_text:
            text, source = None, TextSource.NONE
        elif page is not None:
            text, source = page.text, TextSource.PAGE
        elif entry.content:
            text, source = entry.content, TextSource.FEED_CONTENT
        elif entry.summary:
            text, source = entry.summary, TextSource.SUMMARY
        else:
            text, source = None, TextSource.NONE
        title = entry.title or (page.title if page else None)
        chash = content_hash(title, text, entry.summary)
        if chash == previous_hash:
            self.state.touch([aid], self.settings.seen_ttl_days * 86400, {aid: fingerprint})
            return EntryOutcome(aid, False, False, "unchanged")
        published = entry.published
        published_at, published_raw, inferred = published.at, published.raw, published.inferred
        if published.raw is None and page is not None and page.date:
            from_page = parse_date(page.date, feed.country)
            if from_page is not None:
                published_at, published_raw, inferred = from_page[0], page.date, from_page[1]
        language = self.fetcher.detector.choose(feed.language, text or entry.summary or title)
        event_id = deterministic_event_id(ArticleFetched.EVENT_TYPE, aid, chash)
        try:
            data = ArticleFetchedData(
                article_id=aid,
                url=entry.link,
                canonical_url=entry.canonical,
                guid=entry.guid,
                feed_name=feed.name,
                feed_url=feed.url,
                outlet=feed.outlet_name,
                country=feed.country,
                language=language,
                title=title,
                published_at=published_at,
                published_raw=published_raw,
                published_inferred=inferred,
                fetched_at=fetched_at,
                text=text,
                summary=entry.summary,
                authors=entry.authors or (page.authors if page else ()),
                content_hash=chash,
                text_source=source,
                tags=feed.tags,
            )
            event = ArticleFetched.new(data, event_id=event_id)
        except ValidationError as exc:
            await self.dead_letter(feed, f"entry does not make a valid event: {exc}", entry.link, error=exc)
            return EntryOutcome(aid, new, False, "invalid")
        metrics, counters = self.fetcher.metrics, self.fetcher.counters

        def acknowledged() -> None:
            self.state.mark_published(aid, chash, fingerprint, gid, feed.name, self.settings.seen_ttl_days * 86400)
            metrics.articles_published.labels(source.value).inc()
            counters.published += 1

        ok = await self.fetcher.publisher.publish(
            self.fetcher.articles_topic, aid, event.to_bytes(), event_id, acknowledged
        )
        if not ok and not self.fetcher.publisher.is_inflight(event_id):
            metrics.publish_errors.inc()
            counters.publish_errors += 1
        log.debug(
            "article_published" if ok else "article_not_published",
            article_id=aid,
            event_id=event_id,
            text_source=source.value,
            version=chash,
            new=new,
        )
        return EntryOutcome(aid, new, ok, "published" if ok else "publish_failed")

    async def _page(self, entry: Entry) -> Page | None:
        metrics = self.fetcher.metrics
        try:
            with metrics.latency.labels("page").time():
                fetched = await self.fetcher.http.get(entry.link, accept=PAGE_ACCEPT)
        except FeedFetchError as exc:
            metrics.pages.labels(exc.kind).inc()
            return None
        if fetched.status != 200 or not fetched.body:
            metrics.pages.labels("empty").inc()
            return None
        page = await extract_in_thread(self.executor, fetched.body, fetched.url)
        metrics.pages.labels("extracted" if page else "nothing_extracted").inc()
        return page

    async def dead_letter(self, feed: Feed, reason: str, detail: str, *, error: BaseException | str = "entry") -> None:
        """Send an unprocessable entry to ``<prefix>.deadletter`` (failures to do so are logged, not raised)."""
        letter = dead_letter(SERVICE, reason, error, value=detail, key=feed.name)
        self.fetcher.metrics.deadletters.labels(reason.split(":")[0][:60]).inc()
        self.fetcher.counters.deadletters += 1
        ok = await self.fetcher.publisher.publish(
            self.fetcher.deadletter_topic, feed.name, letter.to_bytes(), letter.event_id, lambda: None
        )
        log.warning("entry_dead_lettered", feed=feed.name, reason=reason[:300], delivered=ok)


def _fingerprint(entry: Entry) -> str:
    digest = hashlib.sha256()
    for part in (entry.link, entry.title, entry.summary, entry.content, entry.published.raw):
        digest.update((part or "").encode("utf-8"))
        digest.update(b"\x1f")
    return digest.hexdigest()[:32]
