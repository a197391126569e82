"""Prometheus metrics endpoint shared by the services (each service defines its own metrics)."""

from __future__ import annotations

import structlog
from prometheus_client import REGISTRY, CollectorRegistry, start_http_server

log = structlog.get_logger(__name__)


def serve_metrics(port: int | None, registry: CollectorRegistry = REGISTRY) -> None:
    """Expose ``/metrics`` on 0.0.0.0:``port``; ``None`` or 0 turns the endpoint off."""
    if not port:
        return
    start_http_server(port, registry=registry)
    log.info("metrics_serving", port=port)
