"""One poll of one feed: conditional GET, parse, health signals, new entries handed on, next poll scheduled.

Every poll ends in exactly one canonical log line: ``feed_fetched`` (INFO) or ``feed_fetch_failed``
(WARNING), with the outcome, duration and the next poll.
"""

from __future__ import annotations

import asyncio
import hashlib
import time
from concurrent.futures import Executor
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import structlog

from services.fetcher.errors import FeedFetchError, HttpStatusError
from services.fetcher.feeds import Feed
from services.fetcher.http import FEED_ACCEPT
from services.fetcher.parse import ParsedFeed, parse_feed
from services.fetcher.schedule import Bounds, failure_interval, success_interval
from services.fetcher.state import FeedState, StateStore

if TYPE_CHECKING:
    from services.fetcher.articles import ArticleMaker
    from services.fetcher.service import Fetcher

log = structlog.get_logger(__name__)


# Entry outcomes after which nothing is left to retry (published, unchanged, or kept as a dead letter).
_SETTLED = frozenset({"published", "unchanged", "invalid", "failed"})


class FeedPoller:
    """Polls feeds for one ``Fetcher`` (shares its HTTP, metrics and counters)."""

    def __init__(self, fetcher: Fetcher, state: StateStore, maker: ArticleMaker, executor: Executor) -> None:
        self.fetcher = fetcher
        self.settings = fetcher.settings
        self.state = state
        self.maker = maker
        self.executor = executor
        self._next: dict[str, float] = {s.name: s.next_poll for s in state.feeds()}

    def next_poll(self, feed: Feed) -> float:
        """When ``feed`` is due (epoch seconds; 0 for a feed never polled)."""
        return self._next.get(feed.name, 0.0)

    def prune(self) -> None:
        """Forget seen articles whose expiry passed."""
        removed = self.state.prune()
        if removed:
            log.info("seen_pruned", removed=removed, remaining=self.state.seen_count())

    async def poll(self, feed: Feed) -> str:
        """Poll ``feed`` once; return the outcome (``200``, ``304`` or an error kind). Never raises
        except for cancellation."""
        state = self.state.feed(feed.name, feed.url)
        started = time.monotonic()
        structlog.contextvars.bind_contextvars(feed=feed.name)
        try:
            outcome = await self._poll(feed, state, started)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            outcome = self._failed(feed, state, started, "internal", repr(exc))
            log.exception("feed_poll_crashed", feed=feed.name)
        finally:
            structlog.contextvars.unbind_contextvars("feed")
        self.state.save_feed(state)
        self._next[feed.name] = state.next_poll
        self.fetcher.metrics.polls.labels(outcome).inc()
        self.fetcher.metrics.failures.labels(feed.name).set(state.failures)
        return outcome

    async def _poll(self, feed: Feed, state: FeedState, started: float) -> str:
        metrics = self.fetcher.metrics
        state.polls += 1
        self.fetcher.counters.polls += 1
        try:
            with metrics.latency.labels("feed").time():
                fetched = await self.fetcher.http.get(
                    state.poll_url, accept=FEED_ACCEPT, etag=state.etag, last_modified=state.last_modified
                )
        except HttpStatusError as exc:
            return self._failed(
                feed, state, started, exc.kind, str(exc), status=exc.status, retry_after_s=exc.retry_after_s
            )
        except FeedFetchError as exc:
            return self._failed(feed, state, started, exc.kind, str(exc))
        if fetched.permanent_url and fetched.permanent_url != state.poll_url:
            log.info("feed_moved", feed=feed.name, old_url=state.poll_url, new_url=fetched.permanent_url)
            state.current_url = fetched.permanent_url
        now = time.time()
        bounds = Bounds.of(feed, self.settings)
        if fetched.status == 304:
            state.polls_304 += 1
            self.fetcher.counters.polls_304 += 1
            interval = success_interval(state.published_times, bounds, now, max_age_s=fetched.max_age_s)
            return self._succeeded(feed, state, started, "304", interval, items=0, new=0)
        body_hash = hashlib.sha256(fetched.body).hexdigest()
        if body_hash == state.body_hash:
            # Many servers ignore conditional GET; the same bytes as last time are as good as a 304.
            state.polls_304 += 1
            self.fetcher.counters.polls_304 += 1
            interval = success_interval(state.published_times, bounds, now, max_age_s=fetched.max_age_s)
            return self._succeeded(feed, state, started, "unchanged", interval, items=0, new=0)
        first_seen = datetime.now(UTC)
        parsed: ParsedFeed = await asyncio.get_running_loop().run_in_executor(
            self.executor,
            parse_feed,
            fetched.body,
            fetched.headers.get("content-type"),
            fetched.url,
            feed.country,
            first_seen,
        )
        if not parsed.is_feed:
            kind = "not_a_feed" if parsed.looks_like_html else "unparseable"
            detail = "200 but HTML, not a feed" if parsed.looks_like_html else f"no feed found ({parsed.bozo})"
            state.health = kind
            return self._failed(feed, state, started, kind, detail, keep_health=True)
        if parsed.bozo:
            state.bozo_count += 1
            metrics.bozo.inc()
            log.info("feed_bozo", feed=feed.name, reason=parsed.bozo, entries=len(parsed.entries))
        for reason, detail in parsed.skipped:
            await self.maker.dead_letter(feed, reason, detail)
        results = await self.maker.handle_entries(feed, parsed.entries, first_seen)
        # Validators are kept only when every entry is settled: an entry the broker did not acknowledge must
        # be seen again on the next poll, which a 304 (or a skipped unchanged body) would hide.
        settled = all(r.reason in _SETTLED for r in results)
        state.etag = fetched.headers.get("etag") if settled else None
        state.last_modified = fetched.headers.get("last-modified") if settled else None
        state.body_hash = body_hash if settled else None
        new = sum(1 for r in results if r.new)
        state.items_seen += new
        dated = [e.published.at.timestamp() for e in parsed.entries if not e.published.inferred]
        if dated:
            state.published_times = sorted(set(state.published_times[-50:] + dated))[-50:]
        newest = parsed.newest()
        state.newest_item = newest.timestamp() if newest else state.newest_item
        stale = newest is not None and now - newest.timestamp() > self.settings.stale_days * 86400
        state.health = "stale" if stale else ("bozo" if parsed.bozo else "ok")
        if stale:
            log.warning(
                "feed_stale",
                feed=feed.name,
                newest=newest.isoformat() if newest else None,
                stale_days=self.settings.stale_days,
            )
        overflowed = len(parsed.entries) >= 5 and new == len(parsed.entries) and state.polls > 1
        interval = success_interval(
            state.published_times, bounds, now, max_age_s=fetched.max_age_s, ttl_s=parsed.ttl_s, overflowed=overflowed
        )
        return self._succeeded(
            feed,
            state,
            started,
            str(fetched.status),
            interval,
            items=len(parsed.entries),
            new=new,
            published=sum(1 for r in results if r.published),
            bozo=bool(parsed.bozo),
        )

    def _succeeded(
        self, feed: Feed, state: FeedState, started: float, outcome: str, interval: float, **fields: object
    ) -> str:
        now = time.time()
        state.failures = 0
        state.last_success = now
        state.last_status = outcome
        if outcome == "304" and state.health not in ("stale", "bozo"):
            state.health = "ok"
        state.interval_s = interval
        state.next_poll = now + interval
        log.info(
            "feed_fetched",
            feed=feed.name,
            status=outcome,
            duration_ms=_ms(started),
            next_poll_in_s=round(interval),
            **fields,
        )
        return outcome

    def _failed(
        self,
        feed: Feed,
        state: FeedState,
        started: float,
        kind: str,
        detail: str,
        *,
        status: int | None = None,
        retry_after_s: float | None = None,
        keep_health: bool = False,
    ) -> str:
        now = time.time()
        state.failures += 1
        self.fetcher.counters.errors += 1
        state.last_error = detail[:500]
        state.last_error_at = now
        state.last_status = kind
        interval = failure_interval(state.failures, self.settings, status=status, retry_after_s=retry_after_s)
        if state.failures >= self.settings.unhealthy_after:
            state.health = "unhealthy"
        elif not keep_health:
            state.health = "failing"
        state.interval_s = interval
        state.next_poll = now + interval
        log.warning(
            "feed_fetch_failed",
            feed=feed.name,
            status=kind,
            error=detail[:300],
            failures=state.failures,
            health=state.health,
            duration_ms=_ms(started),
            next_poll_in_s=round(interval),
        )
        return kind


def _ms(started: float) -> int:
    return round((time.monotonic() - started) * 1000)
