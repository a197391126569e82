"""``armswatch run``: topics, the three services as supervised processes, and a live status per service."""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import Callable, Mapping
from pathlib import Path

import httpx
import structlog

from services.core.broker import free_port
from services.core.kafka import ensure_topics, standard_topics
from services.core.settings import KafkaSettings
from services.pipeline.status import SHOWN, ServiceStatus, consumer_lag, scrape
from services.pipeline.supervisor import SERVICES, Child, Supervisor, child_env

log = structlog.get_logger(__name__)

# The stream services whose consumer lag the status line shows (their Faust app id is '<prefix>-<name>').
LAGGED = ("extractor", "alerts")


def build_supervisor(
    bootstrap: str,
    *,
    env: Mapping[str, str] | None = None,
    log_dir: Path | None = None,
    services: tuple[str, ...] = SERVICES,
) -> Supervisor:
    """A supervisor for ``services``, each with its own metrics port and the given environment."""
    base = dict(os.environ if env is None else env)
    children = []
    for name in services:
        port = free_port()
        children.append(Child(name, child_env(base, bootstrap, name, port), port))
    return Supervisor(children, log_dir=str(log_dir) if log_dir else None)


async def collect_status(
    supervisor: Supervisor, bootstrap: str, client: httpx.AsyncClient, prefix: str
) -> list[ServiceStatus]:
    """The current status of every supervised service."""
    statuses = []
    for name, child in supervisor.children.items():
        status = ServiceStatus(name, up=child.running, restarts=child.restarts)
        figures = await scrape(client, child.metrics_port, SHOWN.get(name, {})) if child.running else None
        status.figures = figures or dict.fromkeys(SHOWN.get(name, {}), 0.0)
        if name in LAGGED:
            status.lag = await consumer_lag(bootstrap, f"{prefix}-{name}")
        statuses.append(status)
    return statuses


async def run_pipeline(
    stop: asyncio.Event,
    bootstrap: str,
    kafka: KafkaSettings,
    on_status: Callable[[list[ServiceStatus]], None],
    *,
    log_dir: Path | None = None,
    env: Mapping[str, str] | None = None,
    interval_s: float = 1.0,
) -> Supervisor:
    """Create topics, start the services, report status every ``interval_s`` until ``stop``, then stop them."""
    await ensure_topics(bootstrap, standard_topics(kafka), kafka.replication_factor)
    supervisor = build_supervisor(bootstrap, env=env, log_dir=log_dir)
    for name in supervisor.children:
        await supervisor.start(name)
    watcher = asyncio.create_task(supervisor.watch(stop))
    try:
        async with httpx.AsyncClient() as client:
            while not stop.is_set():
                on_status(await collect_status(supervisor, bootstrap, client, kafka.topic_prefix))
                with contextlib.suppress(asyncio.TimeoutError):
                    await asyncio.wait_for(stop.wait(), interval_s)
    finally:
        stop.set()
        await watcher
        await supervisor.stop()
    return supervisor
