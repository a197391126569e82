"""Fixtures for the alerts service tests: a local webhook receiver and a running alerts service."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from aiokafka import AIOKafkaProducer

from schemas import MentionTagged
from services.alerts.service import AlertsService, build_alerts
from services.alerts.settings import AlertsSettings
from services.core.settings import KafkaSettings
from services.core.topics import MENTIONS, topic_name
from tests.waiting import eventually

TOKEN = "test-token-0123456789"


@dataclass
class Received:
    """One request the receiver got."""

    headers: dict[str, str]
    body: bytes


@dataclass
class Receiver:
    """A local webhook receiver; ``answers`` are popped per request (then ``default``)."""

    answers: list[int] = field(default_factory=list)
    default: int = 200
    requests: list[Received] = field(default_factory=list)
    url: str = ""

    async def handle(self, request: web.Request) -> web.Response:
        body = await request.read()
        self.requests.append(Received(dict(request.headers), body))
        status = self.answers.pop(0) if self.answers else self.default
        return web.Response(status=status)


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    """A webhook receiver on 127.0.0.1 (any free port)."""
    rec = Receiver()
    app = web.Application()
    app.router.add_post("/hook", rec.handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    rec.url = f"http://127.0.0.1:{port}/hook"
    yield rec
    await runner.cleanup()


def alerts_settings(tmp_path: Path, **overrides: Any) -> AlertsSettings:
    """Settings for tests: any free API port, local receivers allowed, a fast retry schedule."""
    values: dict[str, Any] = {
        "api_port": 0,
        "api_token": TOKEN,
        "allow_hosts": ("127.0.0.1", "localhost"),
        "allow_http": True,
        "retry_schedule": (0.3, 0.6),
        "retry_jitter": 0.0,
        "delivery_timeout_s": 3.0,
        "state_dir": tmp_path / "alerts",
    }
    values.update(overrides)
    return AlertsSettings(**values)


Starter = Callable[..., Awaitable[AlertsService]]

# The stop event and task of each service started by ``start_alerts``, by id(service).
_RUNNING: dict[int, tuple[asyncio.Event, asyncio.Task[None]]] = {}


@pytest.fixture
async def start_alerts(kafka_bootstrap: str, kafka_settings: KafkaSettings, tmp_path: Path) -> AsyncIterator[Starter]:
    """Start the alerts service (``stop_alerts`` or the fixture's end stops it)."""
    running: list[tuple[asyncio.Event, asyncio.Task[None]]] = []

    async def start(**overrides: Any) -> AlertsService:
        service = build_alerts(alerts_settings(tmp_path, **overrides), kafka_settings, kafka_bootstrap)
        stop = asyncio.Event()
        task = asyncio.create_task(service.run(stop))
        running.append((stop, task))
        await eventually(lambda: service.ready.is_set() or task.done(), timeout=60)
        if task.done():
            task.result()
        await eventually(service.stream_assigned, timeout=60)
        _RUNNING[id(service)] = (stop, task)
        return service

    yield start
    for stop, task in running:
        stop.set()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait_for(task, 30)
    _RUNNING.clear()


async def stop_alerts(service: AlertsService) -> None:
    """Stop a service started with ``start_alerts`` (its stop event) and wait until it has stopped."""
    stop, task = _RUNNING[id(service)]
    stop.set()
    await asyncio.wait_for(task, 30)


async def cancel_alerts(service: AlertsService) -> None:
    """Cancel a service started with ``start_alerts`` (as a crash-like stop) and wait for it."""
    _, task = _RUNNING[id(service)]
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await asyncio.wait_for(task, 30)


async def publish(bootstrap: str, kafka: KafkaSettings, *events: MentionTagged) -> None:
    """Publish ``mention.tagged`` events on the mentions topic, keyed by article id."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap)
    await producer.start()
    try:
        for event in events:
            await producer.send_and_wait(
                topic_name(MENTIONS, kafka.topic_prefix),
                key=event.data.article.article_id.encode(),
                value=event.to_bytes(),
            )
    finally:
        await producer.stop()


async def subscribe(service: AlertsService, url: str, **filters: Any) -> dict[str, Any]:
    """Create a subscription through the API and return its JSON (with the secret)."""
    async with (
        aiohttp.ClientSession() as http,
        http.post(
            f"{service.api_url}/subscriptions",
            json={"url": url, "filters": filters},
            headers={"Authorization": f"Bearer {TOKEN}"},
        ) as response,
    ):
        assert response.status == 201, await response.text()
        result: dict[str, Any] = await response.json()
        return result
