"""The subscriptions API: auth, validation, SSRF guard, persistence, ping."""

from __future__ import annotations

from typing import Any

import aiohttp
import pytest
from standardwebhooks.webhooks import Webhook

from tests.service.alerts.conftest import TOKEN, Receiver, Starter, stop_alerts, subscribe

AUTH = {"Authorization": f"Bearer {TOKEN}"}


async def _call(method: str, url: str, *, headers: dict[str, str] | None = None, json: Any = None) -> tuple[int, Any]:
    async with aiohttp.ClientSession() as http, http.request(method, url, headers=headers, json=json) as response:
        body = await response.json() if response.content_type == "application/json" else None
        return response.status, body


async def test_api_requires_the_bearer_token(start_alerts: Starter) -> None:
    """Without a token the API answers 401, with a wrong one 403, and /openapi.json is public."""
    service = await start_alerts()
    assert (await _call("GET", f"{service.api_url}/subscriptions"))[0] == 401
    assert (await _call("GET", f"{service.api_url}/subscriptions", headers={"Authorization": "Bearer nope"}))[0] == 403
    status, doc = await _call("GET", f"{service.api_url}/openapi.json")
    assert status == 200
    assert "/subscriptions/{id}/deliveries" in doc["paths"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"filters": {}}, "url"),
        ({"url": "not a url"}, "url"),
        ({"url": "https://example.org/h", "filters": {"min_confidence": 2}}, "filters.min_confidence"),
        ({"url": "https://example.org/h", "filters": {"kinds": ["nonsense"]}}, "filters.kinds.0"),
        ({"url": "https://example.org/h", "filters": {"suppliers": ["Denmark!"]}}, "filters.suppliers.0"),
        ({"url": "https://example.org/h", "extra": 1}, "extra"),
    ],
)
async def test_invalid_subscriptions_are_422_naming_the_field(
    start_alerts: Starter, body: dict[str, Any], field: str
) -> None:
    """An invalid body is answered 422 with the offending field named."""
    service = await start_alerts()
    status, answer = await _call("POST", f"{service.api_url}/subscriptions", headers=AUTH, json=body)
    assert status == 422
    assert field in [e["field"] for e in answer["detail"]]


@pytest.mark.parametrize(
    "url",
    [
        "http://example.org/hook",  # not https
        "https://127.0.0.1/hook",  # loopback
        "https://localhost/hook",  # loopback by name
        "https://10.1.2.3/hook",  # private
        "https://192.168.0.10/hook",  # private
        "https://169.254.169.254/latest/meta-data",  # link-local (cloud metadata)
        "https://[::1]/hook",  # IPv6 loopback
        "https://[fe80::1]/hook",  # IPv6 link-local
    ],
)
async def test_unsafe_targets_are_rejected_without_allow_list(start_alerts: Starter, url: str) -> None:
    """Non-https and private, loopback or link-local targets are rejected (422 on ``url``) without an allow-list."""
    service = await start_alerts(allow_hosts=(), allow_http=False)
    status, answer = await _call("POST", f"{service.api_url}/subscriptions", headers=AUTH, json={"url": url})
    assert status == 422, answer
    assert answer["detail"][0]["field"] == "url"


async def test_subscriptions_persist_across_restarts_and_delete(start_alerts: Starter, receiver: Receiver) -> None:
    """A subscription survives a restart without its secret in listings, and a delete removes it for good."""
    service = await start_alerts()
    created = await subscribe(service, receiver.url, suppliers=["DK"], languages=["da"])
    assert created["secret"].startswith("whsec_")
    await stop_alerts(service)
    again = await start_alerts()
    status, listing = await _call("GET", f"{again.api_url}/subscriptions", headers=AUTH)
    assert status == 200
    assert [s["id"] for s in listing["subscriptions"]] == [created["id"]]
    assert "secret" not in listing["subscriptions"][0]
    assert listing["subscriptions"][0]["filters"]["suppliers"] == ["DK"]
    assert (await _call("DELETE", f"{again.api_url}/subscriptions/{created['id']}", headers=AUTH))[0] == 204
    assert (await _call("GET", f"{again.api_url}/subscriptions/{created['id']}", headers=AUTH))[0] == 404
    await stop_alerts(again)
    third = await start_alerts()
    assert (await _call("GET", f"{third.api_url}/subscriptions", headers=AUTH))[1] == {"subscriptions": []}


async def test_ping_is_signed(start_alerts: Starter, receiver: Receiver) -> None:
    """``POST /subscriptions/{id}/test`` sends a ping that verifies with the subscription's secret."""
    service = await start_alerts()
    created = await subscribe(service, receiver.url)
    status, answer = await _call("POST", f"{service.api_url}/subscriptions/{created['id']}/test", headers=AUTH)
    assert (status, answer["ok"], answer["status_code"]) == (200, True, 200)
    request = receiver.requests[0]
    payload = Webhook(created["secret"]).verify(request.body, request.headers)
    assert payload["type"] == "ping"
    assert request.headers["User-Agent"].startswith("Armswatch")
