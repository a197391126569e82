"""The `armswatch run` status line reads the services' own Prometheus counters."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, generate_latest

from services.pipeline.status import SHOWN, ServiceStatus, sum_counters


def test_counters_are_summed_and_filtered_by_label() -> None:
    """Raised and updated alerts are told apart by label; other families are ignored."""
    registry = CollectorRegistry()
    events = Counter("armswatch_alerts_events", "x", ["type", "kind"], registry=registry)
    events.labels("alert.raised", "new_supplier").inc(2)
    events.labels("alert.raised", "new_quantity").inc()
    events.labels("alert.updated", "new_supplier").inc(5)
    deliveries = Counter("armswatch_alerts_deliveries", "x", ["outcome"], registry=registry)
    deliveries.labels("ok").inc(7)
    deliveries.labels("retry").inc(3)
    Counter("armswatch_other", "x", registry=registry).inc(100)
    figures = sum_counters(generate_latest(registry).decode(), SHOWN["alerts"])
    assert figures == {"alerts": 3.0, "updates": 5.0, "delivered": 7.0}


def test_status_line_is_readable() -> None:
    """A line names the service, its state, its figures, lag and restarts."""
    line = ServiceStatus("extractor", up=True, restarts=1, figures={"articles": 1200.0}, lag=3).line()
    assert line.split() == ["extractor", "up", "articles", "1,200", "lag", "3", "restarts", "1"]
    assert "DOWN" in ServiceStatus("alerts").line()
