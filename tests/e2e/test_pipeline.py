"""The whole pipeline, as deployed (three service processes), from a locally served feed item to a verified
webhook: stories, corroboration, and crashes of the stream services in the middle of the run."""

from __future__ import annotations

import time
from collections import defaultdict
from pathlib import Path

from services.core.settings import KafkaSettings
from services.pipeline.demo.site import Article, Outlet, Site
from services.pipeline.harness import running_pipeline
from services.pipeline.receiver import Delivery, Receiver

OUTLETS = {
    "posten": Outlet("posten", "Posten", "da", "DK"),
    "avisa": Outlet("avisa", "Avisa", "nb", "NO"),
    "bladet": Outlet("bladet", "Bladet", "sv", "SE"),
    "bote": Outlet("bote", "Bote", "de", "DE"),
    "desk": Outlet("desk", "Desk", "en", "GB"),
}


def _article(outlet: str, slug: str, title: str, *paragraphs: str) -> Article:
    return Article(outlet, slug, 0.0, title, "Redaktionen", paragraphs)


def _alerts(receiver: Receiver, kind: str, supplier: str, weapon: str) -> list[Delivery]:
    return [
        d
        for d in receiver.deliveries
        if d.body.get("type") == kind and d.body["data"]["supplier"] == supplier and d.body["data"]["weapon"] == weapon
    ]


async def test_feed_item_to_verified_webhook_with_stories_and_crashes(
    kafka_bootstrap: str, kafka_settings: KafkaSettings, tmp_path: Path
) -> None:
    """A new feed item reaches the subscriber as a verified alert; copies in other outlets become updates of the
    same story; killing the extractor and the alerts service mid-run (with a delivery in retry) loses nothing and
    redeliveries keep their webhook-id."""
    site = Site(dict(OUTLETS))
    failures_left = {"drones": 2}

    def status_for(delivery: Delivery) -> int:
        # The receiver fails the first attempts at the drone alert, so it is in retry when the service is killed.
        data = delivery.body.get("data", {})
        if data.get("weapon") == "drones" and failures_left["drones"] > 0:
            failures_left["drones"] -= 1
            return 500
        return 204

    receiver = Receiver(status_for=status_for)
    kafka = KafkaSettings(topic_prefix=kafka_settings.topic_prefix, partitions=3, session_timeout_s=8)
    env = {
        "ARMSWATCH_KAFKA_SESSION_TIMEOUT_S": "8",
        "ARMSWATCH_ALERTS_RETRY_SCHEDULE": "2,2,2,2,2,2,2,2",
        # A worker left hanging by the kills (Faust can hang in a rebalance) is restarted well within the test.
        "ARMSWATCH_KAFKA_STALL_TIMEOUT_S": "30",
    }
    async with running_pipeline(kafka_bootstrap, kafka, site, tmp_path, receiver=receiver, extra_env=env) as h:
        started = time.monotonic()
        site.add(
            _article(
                "posten",
                "granater",
                "Rusland køber granater af Nordkorea",
                "Rusland køber artillerigranater af Nordkorea, oplyser en vestlig efterretningstjeneste.",
            )
        )
        assert await h.wait_for(lambda r: _alerts(r, "alert.raised", "KP", "artillery_ammunition"), 90), (
            f"no alert for the first item: {[d.body.get('type') for d in receiver.deliveries]}"
        )
        first_latency = time.monotonic() - started
        raised = _alerts(receiver, "alert.raised", "KP", "artillery_ammunition")[0]
        assert raised.verified, raised.error
        assert raised.body["data"]["kind"] == "new_supplier"
        assert raised.body["data"]["recipient"] == "RU"

        site.add(
            _article(
                "avisa",
                "granater",
                "Russland kjøper granater fra Nord-Korea",
                "Russland kjøper artillerigranater fra Nord-Korea, ifølge vestlig etterretning.",
            )
        )
        site.add(
            _article(
                "bladet",
                "granater",
                "Ryssland köper granater av Nordkorea",
                "Ryssland köper artillerigranater av Nordkorea, enligt västerländsk underrättelsetjänst.",
            )
        )
        assert await h.wait_for(lambda r: len(_alerts(r, "alert.updated", "KP", "artillery_ammunition")) >= 2, 90)
        updates = _alerts(receiver, "alert.updated", "KP", "artillery_ammunition")
        story = raised.body["data"]["story_id"]
        assert {u.body["data"]["story_id"] for u in updates} == {story}
        assert max(u.body["data"]["corroboration"] for u in updates) == 3
        assert len(_alerts(receiver, "alert.raised", "KP", "artillery_ammunition")) == 1

        site.add(
            _article(
                "desk",
                "drones",
                "Iran delivers drones to Russia",
                "Iran has delivered hundreds of attack drones to Russia, Western officials said.",
            )
        )
        assert await h.wait_for(lambda r: _alerts(r, "alert.raised", "IR", "drones"), 90)
        # The drone alert is now in retry (the receiver answered 500). Kill both stream services mid-run.
        await h.supervisor.kill("alerts")
        await h.supervisor.kill("extractor")
        site.add(
            _article(
                "bote",
                "million",
                "Nordkorea lieferte eine Million Granaten",
                "Nordkorea hat rund eine Million Artilleriegranaten an Russland geliefert, sagt der Geheimdienst.",
            )
        )

        def recovered(r: Receiver) -> bool:
            drones_ok = [d for d in _alerts(r, "alert.raised", "IR", "drones") if d.verified]
            with_quantity = [
                d
                for d in _alerts(r, "alert.raised", "KP", "artillery_ammunition")
                if d.body["data"]["kind"] == "new_quantity"
                and (d.body["data"].get("quantity") or {}).get("value", 0) >= 900_000
            ]
            return len(drones_ok) >= 3 and bool(with_quantity)

        assert await h.wait_for(recovered, 150), [
            (d.body.get("type"), d.body.get("data", {}).get("weapon")) for d in receiver.deliveries
        ]
        assert h.supervisor.children["alerts"].restarts >= 1
        assert h.supervisor.children["extractor"].restarts >= 1

    assert all(d.verified for d in receiver.deliveries), [d.error for d in receiver.deliveries if not d.verified]
    by_id: dict[str, list[Delivery]] = defaultdict(list)
    for delivery in receiver.deliveries:
        by_id[delivery.webhook_id].append(delivery)
    for webhook_id, copies in by_id.items():
        assert len({str(sorted(c.body.items())) for c in copies}) == 1, f"{webhook_id} changed between attempts"
    drones = _alerts(receiver, "alert.raised", "IR", "drones")
    assert len({d.webhook_id for d in drones}) == 1, "a redelivery must keep its webhook-id"
    print(f"first item to verified webhook: {first_latency:.2f}s")
