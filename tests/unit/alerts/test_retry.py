"""The retry schedule: long enough by default, jittered, finite."""

from __future__ import annotations

import random

from services.alerts.delivery import retry_delay
from services.alerts.settings import DEFAULT_RETRY_SCHEDULE, AlertsSettings


def test_default_schedule_spans_at_least_24_hours() -> None:
    """The default retries spread over at least 24 hours (jitter included) before giving up."""
    assert 0.9 * sum(DEFAULT_RETRY_SCHEDULE) >= 22 * 3600
    assert sum(DEFAULT_RETRY_SCHEDULE) >= 24 * 3600
    assert list(DEFAULT_RETRY_SCHEDULE) == sorted(DEFAULT_RETRY_SCHEDULE)


def test_delay_is_jittered_within_bounds_and_ends() -> None:
    """Each delay lies within ±jitter of the schedule's value; past the schedule there is none."""
    rng = random.Random(7)
    for retry, base in enumerate(DEFAULT_RETRY_SCHEDULE):
        delay = retry_delay(DEFAULT_RETRY_SCHEDULE, retry, 0.1, rng)
        assert delay is not None
        assert 0.9 * base <= delay <= 1.1 * base
    assert retry_delay(DEFAULT_RETRY_SCHEDULE, len(DEFAULT_RETRY_SCHEDULE), 0.1, rng) is None
    assert retry_delay((5.0,), 0, 0.0) == 5.0


def test_schedule_and_allow_list_come_from_comma_separated_env(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """``ARMSWATCH_ALERTS_RETRY_SCHEDULE`` and ``..._ALLOW_HOSTS`` are comma-separated lists."""
    monkeypatch.setenv("ARMSWATCH_ALERTS_RETRY_SCHEDULE", "0.1, 0.5,2")
    monkeypatch.setenv("ARMSWATCH_ALERTS_ALLOW_HOSTS", "127.0.0.1,LocalHost")
    settings = AlertsSettings()
    assert settings.retry_schedule == (0.1, 0.5, 2.0)
    assert settings.allow_hosts == ("127.0.0.1", "localhost")
