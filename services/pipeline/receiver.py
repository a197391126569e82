"""A local webhook receiver that verifies Standard Webhooks signatures (demo, end-to-end test, benchmark)."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web
from standardwebhooks.webhooks import Webhook, WebhookVerificationError


@dataclass(frozen=True, slots=True)
class Delivery:
    """One received POST: its webhook-id, whether its signature verified, the parsed body, when it came."""

    webhook_id: str
    verified: bool
    body: dict[str, Any]
    received_at: float
    error: str | None = None


@dataclass
class Receiver:
    """Collects deliveries; ``secret`` may be set after start (a subscription's secret is known only then)."""

    secret: str | None = None
    deliveries: list[Delivery] = field(default_factory=list)
    on_delivery: Callable[[Delivery], None] | None = None
    status_for: Callable[[Delivery], int] = field(default=lambda _d: 204)
    arrived: asyncio.Event = field(default_factory=asyncio.Event)

    def verify(self, body: bytes, headers: dict[str, str]) -> tuple[bool, str | None]:
        """Whether the signature verifies with ``secret``, and why not."""
        if not self.secret:
            return False, "no secret configured"
        try:
            Webhook(self.secret).verify(body, headers)
        except WebhookVerificationError as exc:
            return False, str(exc)
        return True, None

    def app(self) -> web.Application:
        """The aiohttp application: every POST is a delivery."""

        async def handle(request: web.Request) -> web.Response:
            body = await request.read()
            headers = {k.lower(): v for k, v in request.headers.items()}
            verified, error = self.verify(body, headers)
            try:
                parsed = json.loads(body)
            except ValueError:
                parsed = {}
            delivery = Delivery(headers.get("webhook-id", ""), verified, parsed, time.monotonic(), error)
            self.deliveries.append(delivery)
            self.arrived.set()
            if self.on_delivery is not None:
                self.on_delivery(delivery)
            return web.Response(status=self.status_for(delivery))

        app = web.Application()
        app.router.add_post("/{tail:.*}", handle)
        return app


async def serve(app: web.Application, host: str = "127.0.0.1", port: int = 0) -> tuple[web.AppRunner, str]:
    """Start ``app`` on ``host`` (a free port by default) and return its runner and base URL."""
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    bound = port
    for address in runner.addresses:
        bound = int(address[1])
        break
    return runner, f"http://{host}:{bound}"
