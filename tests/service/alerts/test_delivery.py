"""Webhook delivery against the real broker and a local receiver: retries, 410, restarts."""

from __future__ import annotations

import json

import aiohttp

from services.core.settings import KafkaSettings
from services.core.topics import DEADLETTER, topic_name
from tests.service.alerts.conftest import TOKEN, Receiver, Starter, cancel_alerts, publish, stop_alerts, subscribe
from tests.unit.alerts.builders import article, mention, tagged
from tests.waiting import consume, eventually

AUTH = {"Authorization": f"Bearer {TOKEN}"}


async def _get(url: str) -> dict[str, object]:
    async with aiohttp.ClientSession() as http, http.get(url, headers=AUTH) as response:
        assert response.status == 200
        result: dict[str, object] = await response.json()
        return result


async def test_retries_keep_the_same_webhook_id_until_the_receiver_accepts(
    kafka_bootstrap: str, kafka_settings: KafkaSettings, start_alerts: Starter, receiver: Receiver
) -> None:
    """A receiver answering 500 twice then 200 gets the same ``webhook-id`` three times and the log says succeeded."""
    receiver.answers = [500, 500]
    service = await start_alerts()
    sub = await subscribe(service, receiver.url)
    await publish(kafka_bootstrap, kafka_settings, tagged(article("r1"), mention()))
    await eventually(lambda: len(receiver.requests) == 3, timeout=30)
    assert len({r.headers["webhook-id"] for r in receiver.requests}) == 1

    async def succeeded() -> object:
        log = await _get(f"{service.api_url}/subscriptions/{sub['id']}/deliveries")
        deliveries = log["deliveries"]
        assert isinstance(deliveries, list)
        return deliveries and deliveries[0]["status"] == "succeeded" and deliveries[0]

    delivery = await eventually(succeeded, timeout=10)
    assert [a["status_code"] for a in delivery["attempts"]] == [500, 500, 200]
    assert service.counters.deliveries_ok == 1


async def test_gone_disables_the_subscription(
    kafka_bootstrap: str, kafka_settings: KafkaSettings, start_alerts: Starter, receiver: Receiver
) -> None:
    """A 410 Gone answer disables the subscription: no retry, no further deliveries."""
    receiver.default = 410
    service = await start_alerts()
    sub = await subscribe(service, receiver.url)
    await publish(kafka_bootstrap, kafka_settings, tagged(article("g1"), mention("NO", "UA")))
    await eventually(lambda: receiver.requests, timeout=30)

    async def disabled() -> bool:
        return (await _get(f"{service.api_url}/subscriptions/{sub['id']}"))["active"] is False

    await eventually(disabled, timeout=10)
    await publish(kafka_bootstrap, kafka_settings, tagged(article("g2"), mention("FI", "UA")))
    await eventually(lambda: service.counters.alerts_raised == 2, timeout=30)
    await eventually(lambda: service.counters.mentions_consumed == 2, timeout=5)
    assert len(receiver.requests) == 1


async def test_exhausted_retries_mark_failed_and_dead_letter(
    kafka_bootstrap: str, kafka_settings: KafkaSettings, start_alerts: Starter, receiver: Receiver
) -> None:
    """After the last scheduled attempt the delivery is failed in the log and written to the dead-letter topic."""
    receiver.default = 503
    service = await start_alerts(retry_schedule=(0.1, 0.1))
    await subscribe(service, receiver.url)
    await publish(kafka_bootstrap, kafka_settings, tagged(article("d1"), mention("DE", "UA")))
    await eventually(lambda: service.counters.deliveries_failed == 1, timeout=30)
    assert len(receiver.requests) == 3
    records = await consume(kafka_bootstrap, topic_name(DEADLETTER, kafka_settings.topic_prefix), 1)
    letter = json.loads(records[0].value)
    assert letter["data"]["error_type"] == "WebhookDeliveryFailed"
    assert "503" in letter["data"]["reason"]


async def test_a_failed_delivery_can_be_retried_by_hand(
    kafka_bootstrap: str, kafka_settings: KafkaSettings, start_alerts: Starter, receiver: Receiver
) -> None:
    """``POST /deliveries/{id}/retry`` redelivers a failed delivery with the same ``webhook-id``."""
    receiver.default = 503
    service = await start_alerts(retry_schedule=())
    sub = await subscribe(service, receiver.url)
    await publish(kafka_bootstrap, kafka_settings, tagged(article("m1"), mention("DE", "UA")))
    await eventually(lambda: service.counters.deliveries_failed == 1, timeout=30)
    log = await _get(f"{service.api_url}/subscriptions/{sub['id']}/deliveries")
    deliveries = log["deliveries"]
    assert isinstance(deliveries, list)
    assert deliveries[0]["status"] == "failed"
    receiver.default = 200
    async with (
        aiohttp.ClientSession() as http,
        http.post(f"{service.api_url}/deliveries/{deliveries[0]['id']}/retry", headers=AUTH) as response,
    ):
        assert response.status == 202
    await eventually(lambda: service.counters.deliveries_ok == 1, timeout=10)
    assert [r.headers["webhook-id"] for r in receiver.requests] == [deliveries[0]["event_id"]] * 2


async def test_a_restart_in_the_middle_of_retries_delivers_afterwards(
    kafka_bootstrap: str, kafka_settings: KafkaSettings, start_alerts: Starter, receiver: Receiver
) -> None:
    """Alerts stopped (stop event, then cancelled) while retrying deliver after restart, same id, nothing lost."""
    receiver.default = 500
    service = await start_alerts(retry_schedule=(0.5, 1.0, 1.0, 1.0))
    sub = await subscribe(service, receiver.url)
    await publish(kafka_bootstrap, kafka_settings, tagged(article("x1"), mention("DK", "PL")))
    await eventually(lambda: receiver.requests, timeout=30)
    await stop_alerts(service)
    first_id = receiver.requests[0].headers["webhook-id"]

    receiver.default = 200
    again = await start_alerts(retry_schedule=(0.5, 1.0, 1.0, 1.0))
    await eventually(lambda: any(r.headers["webhook-id"] == first_id for r in receiver.requests[1:]), timeout=30)
    # A second outlet after the restart joins the recovered story: an update, not a new alert.
    await publish(kafka_bootstrap, kafka_settings, tagged(article("x2", outlet="tv2.dk"), mention("DK", "PL")))
    await eventually(lambda: again.counters.mentions_judged == 1, timeout=30)
    await cancel_alerts(again)
    assert (again.counters.alerts_raised, again.counters.alerts_updated) == (0, 1)
    await eventually(lambda: len({r.headers["webhook-id"] for r in receiver.requests}) == 2, timeout=10)

    third = await start_alerts()
    log = await _get(f"{third.api_url}/subscriptions/{sub['id']}/deliveries")
    deliveries = log["deliveries"]
    assert isinstance(deliveries, list)
    assert {d["event_id"] for d in deliveries} == {r.headers["webhook-id"] for r in receiver.requests}
    assert deliveries[-1]["event_id"] == first_id
    assert deliveries[-1]["status"] == "succeeded"
