"""``armswatch tail``: a live, readable view of a topic for people watching it."""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import Callable
from typing import Any

from aiokafka import AIOKafkaConsumer

from services.core.topics import ALERTS, ARTICLES, DEADLETTER, MENTIONS, TopicSpec, topic_name

TAILABLE: dict[str, TopicSpec] = {
    "articles": ARTICLES,
    "mentions": MENTIONS,
    "alerts": ALERTS,
    "deadletter": DEADLETTER,
}


def summarise(value: bytes) -> str:
    """One human line for an Armswatch event (or the raw text when it is not one)."""
    try:
        event = json.loads(value)
        data = event["data"]
        kind = event["type"]
    except (ValueError, KeyError, TypeError):
        return "(not an Armswatch event) " + value[:200].decode("utf-8", "replace")
    when = str(event.get("occurred_at", ""))[:19]
    if kind == "article.fetched":
        return f"{when} article [{data.get('language')}] {data.get('outlet')}: {data.get('title')}  <{data.get('url')}>"
    if kind == "mention.tagged":
        article = data.get("article", {})
        parts = [
            f"{m['supplier']}→{m['recipient']} {m['weapon']}"
            + (f" ×{_qty(m['quantity'])}" if m.get("quantity") else "")
            + f" ({m['status']}, {m['confidence']:.2f})"
            for m in data.get("mentions", [])
        ]
        found = "; ".join(parts) or "no mentions"
        return f"{when} mentions [{article.get('language')}] {article.get('outlet')}: {found}"
    if kind in ("alert.raised", "alert.updated"):
        label = "ALERT " if kind == "alert.raised" else "update"
        qty = f" ×{_qty(data['quantity'])}" if data.get("quantity") else ""
        return (
            f"{when} {label} {data['kind']}: {data['supplier']}→{data['recipient']} {data['weapon']}{qty} "
            f"({data['status']}) sources={len(data.get('sources', []))} corroboration={data.get('corroboration')}"
        )
    if kind == "deadletter":
        return f"{when} deadletter from {data.get('service')}: {data.get('reason')}"
    return f"{when} {kind}"


def _qty(quantity: dict[str, Any]) -> str:
    value = quantity.get("value")
    approx = "~" if quantity.get("approx") else ""
    return f"{approx}{value:,.0f} {quantity.get('unit')}" if isinstance(value, int | float) else str(value)


async def tail(
    bootstrap_servers: str,
    topic: str,
    emit: Callable[[str], None],
    *,
    raw_json: bool = False,
    from_beginning: bool = False,
    stop: asyncio.Event | None = None,
    limit: int | None = None,
) -> int:
    """Print each record of ``topic`` through ``emit`` until ``stop`` is set or ``limit`` records; return count.

    Uses no consumer group, so tailing never moves any service's offsets.
    """
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap_servers,
        group_id=None,
        client_id=f"armswatch-tail-{uuid.uuid4().hex[:6]}",
        auto_offset_reset="earliest" if from_beginning else "latest",
        enable_auto_commit=False,
    )
    await consumer.start()
    seen = 0
    try:
        while not (stop and stop.is_set()) and (limit is None or seen < limit):
            batch = await consumer.getmany(timeout_ms=500)
            for records in batch.values():
                for record in records:
                    value = record.value or b""
                    emit(value.decode("utf-8", "replace") if raw_json else summarise(value))
                    seen += 1
    finally:
        await consumer.stop()
    return seen


def resolve_topic(name: str, prefix: str) -> str:
    """``articles`` → ``armswatch.articles``; a full topic name passes through.

    Raises ``KeyError`` for a short name that is not tailable.
    """
    if "." in name:
        return name
    return topic_name(TAILABLE[name], prefix)
