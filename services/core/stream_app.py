"""Faust wiring shared by the stream services: one way to build an app, start it and stop it.

Faust gets its broker, store and logging from our settings, never from its own environment variables;
topics carry JSON bytes (``value_serializer="raw"``) and agents validate them with pydantic.
"""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path
from typing import Any

import faust
import structlog

from schemas import DeadLetter
from services.core.deadletter import dead_letter
from services.core.settings import KafkaSettings

log = structlog.get_logger(__name__)


def make_app(
    app_id: str,
    kafka: KafkaSettings,
    bootstrap_servers: str,
    *,
    data_dir: Path | None = None,
    **overrides: Any,
) -> faust.App:
    """A Faust app with Armswatch defaults: raw values, memory store recovered from changelogs, no web."""
    options: dict[str, Any] = {
        "broker": f"kafka://{bootstrap_servers}",
        "store": "memory://",
        "topic_partitions": kafka.partitions,
        "topic_replication_factor": kafka.replication_factor,
        "topic_allow_declare": True,
        "key_serializer": "raw",
        "value_serializer": "raw",
        "consumer_auto_offset_reset": "earliest",
        "web_enabled": False,
        "loghandlers": [],
        "producer_acks": -1,
        "broker_client_id": f"{kafka.client_id}-{app_id}",
        "table_cleanup_interval": 60.0,
        "stream_wait_empty": True,
        "autodiscover": False,
        "broker_session_timeout": kafka.session_timeout_s,
        "broker_heartbeat_interval": max(1.0, kafka.session_timeout_s / 10),
    }
    if data_dir is not None:
        options["datadir"] = str(data_dir)
    options.update(overrides)
    return faust.App(app_id, **options)


async def run_app(app: faust.App, stop: asyncio.Event) -> None:
    """Run ``app`` inside the current event loop until ``stop`` is set, then stop it cleanly."""
    await app.start()
    log.info("stream_started", app=app.conf.id)
    try:
        crashed = asyncio.ensure_future(app.wait_until_stopped())
        stopping = asyncio.ensure_future(stop.wait())
        await asyncio.wait({crashed, stopping}, return_when=asyncio.FIRST_COMPLETED)
        for fut in (crashed, stopping):
            fut.cancel()
    finally:
        with contextlib.suppress(asyncio.CancelledError):
            await app.stop()
        log.info("stream_stopped", app=app.conf.id)


def has_assignment(app: faust.App) -> bool:
    """Whether the app's consumer has joined its group and holds partitions (False before it started)."""
    try:
        return bool(app.consumer.assignment())
    except Exception:  # noqa: BLE001 - Faust raises ConsumerNotStarted and friends before start
        return False


def dead_letter_for(service: str, reason: str, error: BaseException | str, event: Any) -> DeadLetter:
    """A dead letter for one Faust ``event``: its key and value, and where it was read from."""
    message = event.message
    return dead_letter(
        service,
        reason,
        error,
        value=event.value,
        key=event.key,
        topic=message.topic,
        partition=message.partition,
        offset=message.offset,
    )
