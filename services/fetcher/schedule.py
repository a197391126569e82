"""When to poll a feed next: adaptive on success, exponential backoff with jitter on failure.

The adaptive interval is half the feed's observed gap between items (so a typical new item waits at most
about half a gap), clamped to the configured bounds; server hints (``Cache-Control: max-age``, RSS ``ttl``,
``Retry-After``) are lower bounds. A feed that keeps failing is marked unhealthy and polled slowly, never
dropped.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from services.fetcher.feeds import Feed
from services.fetcher.settings import FetcherSettings

_FORBIDDEN = frozenset({401, 403, 451})
_DEFAULT_INTERVAL_S = 15 * 60.0
_HINT_CAP_S = 24 * 3600.0


@dataclass(frozen=True, slots=True)
class Bounds:
    """The interval bounds of one feed: its own when configured, else the global ones."""

    low: float
    high: float

    @classmethod
    def of(cls, feed: Feed, settings: FetcherSettings) -> Bounds:
        low = feed.min_interval_minutes * 60 if feed.min_interval_minutes else settings.interval_min_s
        high = feed.max_interval_minutes * 60 if feed.max_interval_minutes else settings.interval_max_s
        return cls(low, max(low, high))

    def clamp(self, value: float) -> float:
        return min(self.high, max(self.low, value))


def adaptive_interval(published_times: list[float], bounds: Bounds, now: float) -> float:
    """Half the mean gap between the recent items (last 7 days), clamped; the default without data."""
    recent = sorted(t for t in published_times if now - 7 * 86400 <= t <= now + 3600)
    if len(recent) < 2:
        return bounds.clamp(_DEFAULT_INTERVAL_S)
    gap = (recent[-1] - recent[0]) / (len(recent) - 1)
    # An old newest item stretches the estimate: a feed silent for a day is polled less often.
    silence = max(0.0, now - recent[-1])
    return bounds.clamp(max(gap, silence / 4) / 2)


def success_interval(
    published_times: list[float],
    bounds: Bounds,
    now: float,
    *,
    max_age_s: float | None = None,
    ttl_s: float | None = None,
    overflowed: bool = False,
) -> float:
    """The next interval after a good poll; ``overflowed`` (every listed item was new) polls at the minimum."""
    interval = bounds.low if overflowed else adaptive_interval(published_times, bounds, now)
    hint = max(max_age_s or 0.0, ttl_s or 0.0)
    if hint > interval:
        interval = min(hint, _HINT_CAP_S)
    return interval


def failure_interval(
    failures: int,
    settings: FetcherSettings,
    *,
    status: int | None = None,
    retry_after_s: float | None = None,
    rng: random.Random | None = None,
) -> float:
    """The wait after the ``failures``-th consecutive failure (1-based)."""
    if status in _FORBIDDEN:
        # Never hammer a feed that refused us; a different identity is not an option either.
        base = settings.forbidden_retry_s
    elif failures >= settings.unhealthy_after:
        base = settings.unhealthy_interval_s
    else:
        ceiling = min(settings.backoff_max_s, settings.backoff_base_s * 2 ** max(0, failures - 1))
        base = (rng or random).uniform(ceiling / 2, ceiling)
    if retry_after_s is not None:
        base = max(base, min(retry_after_s, _HINT_CAP_S))
    return base
