"""When feeds are polled next."""

from __future__ import annotations

import random

from services.fetcher.feeds import Feed
from services.fetcher.http import retry_after_seconds
from services.fetcher.schedule import Bounds, adaptive_interval, failure_interval, success_interval
from services.fetcher.settings import FetcherSettings

SETTINGS = FetcherSettings(
    interval_min_s=120,
    interval_max_s=3600,
    backoff_base_s=60,
    backoff_max_s=3600,
    unhealthy_after=5,
    unhealthy_interval_s=21600,
    forbidden_retry_s=10800,
)
BOUNDS = Bounds(120, 3600)
NOW = 1_700_000_000.0


def test_busy_feed_is_polled_at_the_minimum() -> None:
    """A feed publishing every minute is polled at the lower bound."""
    times = [NOW - 60 * i for i in range(20)]
    assert adaptive_interval(times, BOUNDS, NOW) == 120


def test_interval_follows_the_publishing_rate() -> None:
    """A feed publishing every 40 minutes is polled every 20."""
    times = [NOW - 2400 * i for i in range(10)]
    assert adaptive_interval(times, BOUNDS, NOW) == 1200


def test_quiet_feed_is_polled_at_the_maximum() -> None:
    """A feed silent for days is polled at the upper bound; without data a default inside the bounds."""
    assert adaptive_interval([NOW - 5 * 86400, NOW - 6 * 86400], BOUNDS, NOW) == 3600
    assert 120 <= adaptive_interval([], BOUNDS, NOW) <= 3600


def test_server_hints_are_lower_bounds() -> None:
    """max-age and RSS ttl are honoured as lower bounds; an overflowing feed drops to the minimum."""
    busy = [NOW - 60 * i for i in range(20)]
    assert success_interval(busy, BOUNDS, NOW, max_age_s=600) == 600
    assert success_interval(busy, BOUNDS, NOW, ttl_s=900, max_age_s=60) == 900
    assert success_interval([], BOUNDS, NOW, overflowed=True) == 120


def test_feed_bounds_override_the_global_ones() -> None:
    """Per-feed interval bounds replace the global ones."""
    feed = Feed(
        name="x", url="https://x.dk/rss", language="da", country="DK", min_interval_minutes=10, max_interval_minutes=20
    )
    assert Bounds.of(feed, SETTINGS) == Bounds(600, 1200)


def test_backoff_grows_with_jitter_and_caps() -> None:
    """Consecutive failures back off exponentially, jittered within [ceiling/2, ceiling], capped."""
    rng = random.Random(7)
    for failures, ceiling in ((1, 60), (2, 120), (3, 240), (4, 480)):
        value = failure_interval(failures, SETTINGS, rng=rng)
        assert ceiling / 2 <= value <= ceiling


def test_unhealthy_forbidden_and_retry_after() -> None:
    """Unhealthy feeds wait the slow interval, 401/403/451 the forbidden one; Retry-After is a floor."""
    assert failure_interval(5, SETTINGS) == 21600
    assert failure_interval(1, SETTINGS, status=403) == 10800
    assert failure_interval(1, SETTINGS, status=451) == 10800
    assert failure_interval(1, SETTINGS, status=429, retry_after_s=5000) == 5000


def test_retry_after_header_forms() -> None:
    """Retry-After is read as delta-seconds or as an HTTP date; garbage is ignored."""
    from datetime import UTC, datetime

    now = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
    assert retry_after_seconds("120", now) == 120
    assert retry_after_seconds("Thu, 01 Jan 2026 12:10:00 GMT", now) == 600
    assert retry_after_seconds("soon", now) is None
    assert retry_after_seconds(None, now) is None
