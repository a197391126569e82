"""The whole pipeline against a local news site and a local webhook receiver (demo, e2e test, e2e bench).

Starts the three services as processes (as in production), a subscription for the receiver, and tears it
all down in reverse order.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import secrets
import time
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from services.core.broker import free_port
from services.core.kafka import ensure_topics, standard_topics
from services.core.settings import KafkaSettings
from services.pipeline.demo.site import Site, feeds_toml, make_app
from services.pipeline.receiver import Receiver, serve
from services.pipeline.run import build_supervisor
from services.pipeline.supervisor import Supervisor


@dataclass
class Harness:
    """A running pipeline: its supervisor, the site, the receiver, and the alerts API it subscribed through."""

    supervisor: Supervisor
    site: Site
    site_url: str
    receiver: Receiver
    receiver_url: str
    api_url: str
    api_token: str
    subscription: dict[str, Any]
    workdir: Path

    async def wait_for(self, predicate: Any, timeout: float, interval: float = 0.1) -> bool:  # noqa: ASYNC109
        """Wait until ``predicate(receiver)`` is true; return whether it became true in time."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if predicate(self.receiver):
                return True
            self.receiver.arrived.clear()
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self.receiver.arrived.wait(), interval)
        return bool(predicate(self.receiver))


def pipeline_env(
    kafka: KafkaSettings, workdir: Path, feeds_file: Path, api_port: int, token: str, extra: Mapping[str, str]
) -> dict[str, str]:
    """Environment for the three services of a local pipeline: fast polling, local webhooks allowed."""
    env = dict(os.environ)
    env.update(
        {
            "ARMSWATCH_KAFKA_TOPIC_PREFIX": kafka.topic_prefix,
            "ARMSWATCH_KAFKA_PARTITIONS": str(kafka.partitions),
            "ARMSWATCH_FETCHER_FEEDS_FILE": str(feeds_file),
            "ARMSWATCH_FETCHER_STATE_DIR": str(workdir / "fetcher"),
            "ARMSWATCH_FETCHER_TICK_S": "0.2",
            "ARMSWATCH_FETCHER_POLITENESS_DELAY_S": "0",
            "ARMSWATCH_FETCHER_INTERVAL_MIN_S": "0.5",
            "ARMSWATCH_ALERTS_STATE_DIR": str(workdir / "alerts"),
            "ARMSWATCH_ALERTS_API_PORT": str(api_port),
            "ARMSWATCH_ALERTS_API_TOKEN": token,
            "ARMSWATCH_ALERTS_ALLOW_HOSTS": "127.0.0.1,localhost",
            "ARMSWATCH_ALERTS_ALLOW_HTTP": "true",
            "ARMSWATCH_ALERTS_RETRY_SCHEDULE": "0.5,1,2,4,8,16",
            "ARMSWATCH_LOG_FORMAT": "json",
        }
    )
    env.update(extra)
    return env


@contextlib.asynccontextmanager
async def running_pipeline(
    bootstrap: str,
    kafka: KafkaSettings,
    site: Site,
    workdir: Path,
    *,
    receiver: Receiver | None = None,
    extra_env: Mapping[str, str] | None = None,
    interval_minutes: float = 0.01,
    ready_timeout_s: float = 90.0,
) -> AsyncIterator[Harness]:
    """Run site, receiver and services; subscribe the receiver; stop everything on exit."""
    workdir.mkdir(parents=True, exist_ok=True)  # noqa: ASYNC240 - once, at start-up
    receiver = receiver or Receiver()
    site_runner, site_url = await serve(make_app(site))
    receiver_runner, receiver_url = await serve(receiver.app())
    supervisor: Supervisor | None = None
    stop = asyncio.Event()
    watcher: asyncio.Task[None] | None = None
    try:
        feeds_file = workdir / "feeds.toml"
        feeds_file.write_text(feeds_toml(site, site_url, interval_minutes), encoding="utf-8")
        api_port, token = free_port(), secrets.token_urlsafe(24)
        env = pipeline_env(kafka, workdir, feeds_file, api_port, token, extra_env or {})
        await ensure_topics(bootstrap, standard_topics(kafka), kafka.replication_factor)
        supervisor = build_supervisor(bootstrap, env=env, log_dir=workdir / "logs")
        for name in supervisor.children:
            await supervisor.start(name)
        watcher = asyncio.create_task(supervisor.watch(stop))
        api_url = f"http://127.0.0.1:{api_port}"
        subscription = await _subscribe(api_url, token, f"{receiver_url}/hooks/armswatch", ready_timeout_s)
        receiver.secret = subscription["secret"]
        yield Harness(supervisor, site, site_url, receiver, receiver_url, api_url, token, subscription, workdir)
    finally:
        stop.set()
        if watcher is not None:
            await watcher
        if supervisor is not None:
            await supervisor.stop()
        await receiver_runner.cleanup()
        await site_runner.cleanup()


async def _subscribe(api_url: str, token: str, target: str, timeout_s: float) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {token}"}
    deadline = time.monotonic() + timeout_s
    async with httpx.AsyncClient(timeout=5.0) as client:
        while True:
            try:
                health = await client.get(f"{api_url}/healthz")
                if health.status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise TimeoutError(f"the alerts API at {api_url} did not come up within {timeout_s:.0f}s")
            await asyncio.sleep(0.25)
        created = await client.post(
            f"{api_url}/subscriptions", headers=headers, json={"url": target, "description": "local receiver"}
        )
        created.raise_for_status()
        result: dict[str, Any] = created.json()
        return result
