"""The alerts stream against the real broker: alerts, stories, webhooks."""

from __future__ import annotations

import json

from aiokafka import AIOKafkaProducer
from standardwebhooks.webhooks import Webhook

from schemas import Weapon
from services.core.settings import KafkaSettings
from services.core.topics import ALERTS, DEADLETTER, MENTIONS, topic_name
from tests.service.alerts.conftest import Receiver, Starter, publish, subscribe
from tests.unit.alerts.builders import article, hours, mention, tagged
from tests.waiting import consume, eventually


async def test_new_supplier_alerts_once_with_a_verifiable_signature(
    kafka_bootstrap: str, kafka_settings: KafkaSettings, start_alerts: Starter, receiver: Receiver
) -> None:
    """A never-seen supplier→recipient pair raises one alert, delivered once and signed verifiably."""
    service = await start_alerts()
    sub = await subscribe(service, receiver.url)
    art = article("a1")
    await publish(kafka_bootstrap, kafka_settings, tagged(art, mention("DK", "UA", quantity=19)))
    await eventually(lambda: receiver.requests, timeout=30)
    req = receiver.requests[0]
    body = json.loads(req.body)
    assert body["type"] == "alert.raised"
    assert body["data"]["kind"] == "new_supplier"
    assert req.headers["webhook-id"] == body["event_id"]
    assert req.headers["Content-Type"] == "application/json"
    Webhook(sub["secret"]).verify(req.body, req.headers)
    records = await consume(kafka_bootstrap, topic_name(ALERTS, kafka_settings.topic_prefix), 1, settle=1.0)
    assert len(records) == 1
    assert records[0].key.decode() == body["data"]["story_id"]
    assert len(receiver.requests) == 1
    assert service.counters.alerts_raised == 1


async def test_one_story_in_three_outlets_and_languages_is_one_alert_and_two_updates(
    kafka_bootstrap: str, kafka_settings: KafkaSettings, start_alerts: Starter, receiver: Receiver
) -> None:
    """Three outlets in three languages within the window give one alert and two updates; a redelivery adds none."""
    service = await start_alerts()
    await subscribe(service, receiver.url)
    m = mention("SE", "UA", Weapon.AIRCRAFT, quantity=2)
    first = article("s1", outlet="svt.se", language="sv")
    await publish(kafka_bootstrap, kafka_settings, tagged(first, m))
    await eventually(lambda: len(receiver.requests) == 1, timeout=30)
    second = article("n1", outlet="nrk.no", language="nb", published_at=first.published_at + hours(3))
    third = article("g1", outlet="spiegel.de", language="de", published_at=first.published_at + hours(20))
    again = article("n1", outlet="nrk.no", language="nb", published_at=second.published_at, version="v2")
    await publish(kafka_bootstrap, kafka_settings, tagged(second, m), tagged(third, m), tagged(again, m))
    await eventually(lambda: len(receiver.requests) >= 3, timeout=30)
    records = await consume(kafka_bootstrap, topic_name(ALERTS, kafka_settings.topic_prefix), 3, settle=1.5)
    bodies = [json.loads(r.value) for r in records]
    assert [b["type"] for b in bodies] == ["alert.raised", "alert.updated", "alert.updated"]
    assert len({b["data"]["alert_id"] for b in bodies}) == 1
    assert [b["data"]["corroboration"] for b in bodies] == [1, 2, 3]
    assert [len(b["data"]["sources"]) for b in bodies] == [1, 2, 3]
    assert {s["language"] for s in bodies[-1]["data"]["sources"]} == {"sv", "nb", "de"}
    assert len({r.headers["webhook-id"] for r in receiver.requests}) == 3
    assert len(receiver.requests) == 3


async def test_a_new_quantity_for_a_known_triple_alerts(
    kafka_bootstrap: str, kafka_settings: KafkaSettings, start_alerts: Starter, receiver: Receiver
) -> None:
    """After the window, a quantity beyond ±20 % of every known one raises ``new_quantity``; within does not."""
    service = await start_alerts()
    await subscribe(service, receiver.url, kinds=["new_quantity"])
    m1 = article("q1")
    m2 = article("q2", outlet="tv2.dk", published_at=m1.published_at + hours(100))
    m3 = article("q3", outlet="politiken.dk", published_at=m1.published_at + hours(200))
    # Mentions are keyed by article: only their order within one partition is kept, so publish one by one.
    for n, (art, value) in enumerate(((m1, 100), (m2, 110), (m3, 300)), start=1):
        await publish(kafka_bootstrap, kafka_settings, tagged(art, mention("DK", "UA", Weapon.DRONES, quantity=value)))
        await eventually(lambda n=n: service.counters.mentions_judged == n, timeout=30)
    await eventually(lambda: receiver.requests, timeout=30)
    records = await consume(kafka_bootstrap, topic_name(ALERTS, kafka_settings.topic_prefix), 2, settle=1.0)
    kinds = [json.loads(r.value)["data"]["kind"] for r in records]
    assert kinds == ["new_supplier", "new_quantity"]
    body = json.loads(receiver.requests[0].body)
    assert body["data"]["quantity"]["value"] == 300
    assert [q["value"] for q in body["data"]["known_before"]["quantities"]] == [100, 110]
    assert len(receiver.requests) == 1


async def test_invalid_and_weak_mentions_do_not_alert_and_the_stream_goes_on(
    kafka_bootstrap: str, kafka_settings: KafkaSettings, start_alerts: Starter
) -> None:
    """A malformed message is dead-lettered and a weak mention ignored, and the next good one still alerts."""
    service = await start_alerts()
    producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap)
    await producer.start()
    try:
        await producer.send_and_wait(topic_name(MENTIONS, kafka_settings.topic_prefix), key=b"bad", value=b"{oops")
    finally:
        await producer.stop()
    await publish(
        kafka_bootstrap,
        kafka_settings,
        tagged(article("w1"), mention("NO", "UA", confidence=0.3)),
        tagged(article("w2"), mention("FI", "UA", confidence=0.8)),
    )
    await eventually(lambda: service.counters.alerts_raised == 1, timeout=30)
    letters = await consume(kafka_bootstrap, topic_name(DEADLETTER, kafka_settings.topic_prefix), 1)
    assert json.loads(letters[0].value)["data"]["original_value"] == "{oops"
    alerts = await consume(kafka_bootstrap, topic_name(ALERTS, kafka_settings.topic_prefix), 1, settle=0.5)
    assert [json.loads(r.value)["data"]["supplier"] for r in alerts] == ["FI"]
    await eventually(lambda: service.counters.mentions_ignored == 1, timeout=10)
