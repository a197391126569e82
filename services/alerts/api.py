"""The subscriptions HTTP API (aiohttp), bearer-token protected, described at ``/openapi.json``.

Errors have one shape, ``{"detail": [{"loc": [...], "field": "...", "msg": "...", "type": "..."}]}``
for 422 and ``{"detail": "..."}`` otherwise. ``/openapi.json`` and ``/healthz`` need no token.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Awaitable, Callable
from typing import Any

import structlog
from aiohttp import web
from pydantic import SecretStr, ValidationError

from services.alerts.deliveries import DeliveryLog
from services.alerts.delivery import Dispatcher
from services.alerts.errors import DeliveryNotFoundError, SubscriptionNotFoundError, TargetRejectedError
from services.alerts.openapi import openapi_document
from services.alerts.subscriptions import SubscriptionRequest, SubscriptionStore
from services.alerts.targets import TargetPolicy, check_url

log = structlog.get_logger(__name__)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
_OPEN = frozenset({"/openapi.json", "/healthz"})


def _problem(status: int, detail: object) -> web.Response:
    return web.json_response({"detail": detail}, status=status)


def _unprocessable(errors: list[dict[str, Any]]) -> web.Response:
    return _problem(422, errors)


def _field_error(field: str, msg: str, kind: str) -> dict[str, Any]:
    return {"loc": ["body", field], "field": field, "msg": msg, "type": kind}


class AlertsApi:
    """Handlers of the API; ``application()`` wires them into an aiohttp app."""

    def __init__(
        self,
        token: SecretStr,
        subscriptions: SubscriptionStore,
        deliveries: DeliveryLog,
        dispatcher: Dispatcher,
        policy: TargetPolicy,
    ) -> None:
        self._token = token
        self._subscriptions = subscriptions
        self._deliveries = deliveries
        self._dispatcher = dispatcher
        self._policy = policy

    def application(self) -> web.Application:
        """The aiohttp application with its routes and the auth/error middleware."""
        app = web.Application(middlewares=[self._middleware], client_max_size=64 * 1024)
        app.router.add_get("/openapi.json", self.openapi)
        app.router.add_get("/healthz", self.health)
        app.router.add_post("/subscriptions", self.create)
        app.router.add_get("/subscriptions", self.list)
        app.router.add_get("/subscriptions/{id}", self.get)
        app.router.add_delete("/subscriptions/{id}", self.delete)
        app.router.add_post("/subscriptions/{id}/test", self.test)
        app.router.add_get("/subscriptions/{id}/deliveries", self.deliveries)
        app.router.add_post("/deliveries/{id}/retry", self.retry)
        return app

    @web.middleware
    async def _middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        if request.path not in _OPEN:
            header = request.headers.get("Authorization", "")
            scheme, _, offered = header.partition(" ")
            if scheme.lower() != "bearer" or not offered.strip():
                return web.json_response(
                    {"detail": "missing bearer token"}, status=401, headers={"WWW-Authenticate": "Bearer"}
                )
            expected = self._token.get_secret_value().encode()
            if not hmac.compare_digest(offered.strip().encode(), expected):
                log.info("api_token_rejected", path=request.path)
                return _problem(403, "invalid token")
        try:
            return await handler(request)
        except SubscriptionNotFoundError as exc:
            return _problem(404, f"no subscription {exc}")
        except DeliveryNotFoundError as exc:
            return _problem(404, f"no delivery {exc}")

    async def openapi(self, request: web.Request) -> web.Response:
        """The OpenAPI 3.1 document."""
        return web.json_response(openapi_document())

    async def health(self, request: web.Request) -> web.Response:
        """Liveness."""
        return web.json_response({"status": "ok"})

    async def create(self, request: web.Request) -> web.Response:
        """Create a subscription; the secret is returned here only."""
        try:
            payload = await request.json()
        except (json.JSONDecodeError, UnicodeDecodeError):
            return _unprocessable([{"loc": ["body"], "field": "body", "msg": "body is not JSON", "type": "json"}])
        try:
            body = SubscriptionRequest.model_validate(payload)
        except ValidationError as exc:
            return _unprocessable(
                [
                    {
                        "loc": ["body", *map(str, e["loc"])],
                        "field": ".".join(map(str, e["loc"])) or "body",
                        "msg": e["msg"],
                        "type": e["type"],
                    }
                    for e in exc.errors(include_url=False, include_input=False)
                ]
            )
        try:
            await check_url(str(body.url), self._policy)
        except TargetRejectedError as exc:
            return _unprocessable([_field_error("url", str(exc), "url_rejected")])
        sub = await self._subscriptions.create(body)
        return web.json_response(
            sub.public(with_secret=True), status=201, headers={"Location": f"/subscriptions/{sub.id}"}
        )

    async def list(self, request: web.Request) -> web.Response:
        """Every subscription (without secrets)."""
        return web.json_response({"subscriptions": [s.public() for s in self._subscriptions.all()]})

    async def get(self, request: web.Request) -> web.Response:
        """One subscription (without its secret)."""
        return web.json_response(self._subscriptions.get(request.match_info["id"]).public())

    async def delete(self, request: web.Request) -> web.Response:
        """Delete a subscription; its pending deliveries are cancelled."""
        await self._subscriptions.delete(request.match_info["id"])
        return web.Response(status=204)

    async def test(self, request: web.Request) -> web.Response:
        """Send a signed ping now and report the receiver's answer."""
        sub = self._subscriptions.get(request.match_info["id"])
        result = await self._dispatcher.ping(sub)
        return web.json_response(
            {
                "ok": result.ok,
                "status_code": result.status_code,
                "error": result.error,
                "duration_ms": round(result.duration_ms, 1),
            }
        )

    async def deliveries(self, request: web.Request) -> web.Response:
        """The subscription's delivery log, newest first."""
        sub = self._subscriptions.get(request.match_info["id"])
        return web.json_response({"deliveries": [d.public() for d in self._deliveries.for_subscription(sub.id)]})

    async def retry(self, request: web.Request) -> web.Response:
        """Deliver again (same ``webhook-id``, fresh retry schedule)."""
        delivery = await self._dispatcher.retry(request.match_info["id"])
        return web.json_response(delivery.public(), status=202)


class ApiServer:
    """Serves an ``AlertsApi`` on host:port (port 0: any free port, see ``port``)."""

    def __init__(self, api: AlertsApi, host: str, port: int) -> None:
        self._runner = web.AppRunner(api.application(), access_log=None)
        self._host = host
        self._port = port
        self.port = port

    async def start(self) -> None:
        """Bind and serve."""
        await self._runner.setup()
        site = web.TCPSite(self._runner, self._host, self._port)
        await site.start()
        server = site._server
        sockets = getattr(server, "sockets", None) or []
        if sockets:
            self.port = int(sockets[0].getsockname()[1])
        log.info("api_serving", host=self._host, port=self.port)

    async def close(self) -> None:
        """Stop serving."""
        await self._runner.cleanup()
