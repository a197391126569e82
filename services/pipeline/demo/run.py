"""``armswatch demo``: the whole pipeline against a bundled local news story; prints each verified alert."""

from __future__ import annotations

import asyncio
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from services.core.settings import KafkaSettings
from services.pipeline.demo.site import load_story
from services.pipeline.harness import running_pipeline
from services.pipeline.receiver import Delivery, Receiver


def describe(delivery: Delivery) -> str:
    """One readable line for a received webhook."""
    body = delivery.body
    data = body.get("data", {})
    mark = "verified" if delivery.verified else f"NOT VERIFIED ({delivery.error})"
    if body.get("type") not in ("alert.raised", "alert.updated"):
        return f"webhook {body.get('type')} [{mark}]"
    qty = data.get("quantity")
    amount = f" ×{'~' if qty.get('approx') else ''}{qty['value']:,.0f} {qty['unit']}" if qty else ""
    sources = data.get("sources", [])
    latest = sources[-1] if sources else {}
    head = "ALERT " if body["type"] == "alert.raised" else "update"
    return (
        f"{head} {data['kind']:<13} {data['supplier']}→{data['recipient']} {data['weapon']}{amount} ({data['status']})"
        f"  corroboration {data.get('corroboration')}  [{mark}]\n"
        f"         {latest.get('outlet')} [{latest.get('language')}]: {str(latest.get('evidence', ''))[:110]}"
    )


async def run_demo(
    bootstrap: str, emit: Callable[[str], None], stop: asyncio.Event, *, duration_s: float = 120.0
) -> list[Delivery]:
    """Run the demo until the story has unfolded (or ``stop``); return what the receiver got."""
    site = load_story()
    last = max(a.at for a in site.articles)
    kafka = KafkaSettings(topic_prefix=f"demo{uuid.uuid4().hex[:6]}", partitions=3)
    receiver = Receiver()
    receiver.on_delivery = lambda d: emit(describe(d))
    with tempfile.TemporaryDirectory(prefix="armswatch-demo-") as tmp:
        emit(f"starting fetcher, extractor and alerts (topics {kafka.topic_prefix}.*, logs in {tmp}/logs) …")
        async with running_pipeline(bootstrap, kafka, site, Path(tmp), receiver=receiver) as harness:
            site.started = time.monotonic()
            emit(f"local news site at {harness.site_url}, webhook receiver at {harness.receiver_url}")
            emit(f"subscribed {harness.subscription['id']}; the story unfolds over {last:.0f} s:\n")
            deadline = time.monotonic() + min(duration_s, last + 60)
            while time.monotonic() < deadline and not stop.is_set():
                expected_done = time.monotonic() - site.started > last + 20 and len(receiver.deliveries) >= 5
                if expected_done:
                    break
                await asyncio.sleep(0.5)
        emit(
            f"\n{len(receiver.deliveries)} webhooks received, "
            f"{sum(d.verified for d in receiver.deliveries)} with a valid signature."
        )
    return receiver.deliveries
