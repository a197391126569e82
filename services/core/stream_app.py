"""Faust wiring shared by the stream services: one way to build an app, start it and stop it.

Faust gets its broker, store and logging from our settings, never from its own environment variables;
topics carry JSON bytes (``value_serializer="raw"``) and agents validate them with pydantic.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Collection
from pathlib import Path
from typing import Any

import faust
import structlog

from schemas import DeadLetter
from services.core.deadletter import dead_letter
from services.core.errors import ArmswatchError
from services.core.settings import KafkaSettings, default_home

log = structlog.get_logger(__name__)

_END_OFFSETS_TIMEOUT_S = 15.0


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
    # Faust keeps table state under "{datadir}"; its default is "{id}-data" in the working directory, which
    # litters a checkout with one empty tree per app id. Local state belongs in the Armswatch home.
    if data_dir is None:
        streams = default_home() / "streams"
        streams.mkdir(parents=True, exist_ok=True)  # Faust makes the app's own directory, not its parents
        data_dir = streams / "{conf.id}-data"
    options["datadir"] = str(data_dir)
    options.update(overrides)
    return faust.App(app_id, **options)


class StreamStalledError(ArmswatchError):
    """Records wait on an input partition and the stream has read none of them for too long."""


# Exit status of a worker stopped by the watchdog (logged as ``stream_stalled``): its supervisor restarts it.
STALLED_EXIT_CODE = 3


async def run_app(
    app: faust.App,
    stop: asyncio.Event,
    *,
    inputs: Collection[str] = (),
    stall_timeout_s: float | None = None,
    check_every_s: float = 5.0,
) -> None:
    """Run ``app`` inside the current event loop until ``stop`` is set, then stop it cleanly.

    With ``inputs`` and ``stall_timeout_s``, a watchdog raises :class:`StreamStalledError` when records wait on
    one of those topics' assigned partitions and none has been read for ``stall_timeout_s``. Faust can hang
    in a rebalance without an error; stopping lets the supervisor (``armswatch run``, Kubernetes) restart
    the worker, which resumes from the committed offsets (at-least-once, nothing lost).
    """
    await app.start()
    log.info("stream_started", app=app.conf.id)
    tasks: set[asyncio.Future[Any]] = set()
    try:
        crashed = asyncio.ensure_future(app.wait_until_stopped())
        stopping = asyncio.ensure_future(stop.wait())
        tasks = {crashed, stopping}
        watchdog = None
        if inputs and stall_timeout_s:
            watchdog = asyncio.ensure_future(watch_progress(app, set(inputs), stall_timeout_s, check_every_s))
            tasks.add(watchdog)
        await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        if watchdog is not None and watchdog.done() and not watchdog.cancelled():
            watchdog.result()  # raises StreamStalledError
    finally:
        for fut in tasks:
            fut.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await app.stop()
        log.info("stream_stopped", app=app.conf.id)


async def watch_progress(app: faust.App, inputs: set[str], stall_timeout_s: float, check_every_s: float) -> None:
    """Return never; raise :class:`StreamStalledError` when an input partition with waiting records makes no
    progress for ``stall_timeout_s`` (the end offsets come from the broker, not from the stalled fetcher)."""
    consumer = app.consumer
    last: dict[Any, tuple[int | None, float]] = {}  # partition -> (last read offset, since when)
    while True:
        await asyncio.sleep(check_every_s)
        try:
            assigned = [tp for tp in consumer.assignment() if tp.topic in inputs]
            ends = await asyncio.wait_for(consumer.highwaters(*assigned), _END_OFFSETS_TIMEOUT_S) if assigned else {}
        except Exception as exc:  # noqa: BLE001 - a failed check is retried; the broker may be restarting
            log.warning("stream_progress_unknown", app=app.conf.id, error=repr(exc))
            continue
        now = time.monotonic()
        # Faust's own bookkeeping: the offset last handed to the stream, and the next offset to commit.
        read_offsets = getattr(consumer, "_read_offset", {})
        committed = getattr(consumer, "_committed_offset", {})
        last = {tp: seen for tp, seen in last.items() if tp in ends}
        for tp, end in ends.items():
            read = read_offsets.get(tp)
            done = read + 1 if read is not None else (committed.get(tp) or 0)
            previous = last.get(tp)
            if end <= done or previous is None or previous[0] != read:
                last[tp] = (read, now)  # caught up, new, or moving
                continue
            if now - previous[1] >= stall_timeout_s:
                log.error("stream_stalled", app=app.conf.id, topic=tp.topic, partition=tp.partition, waiting=end - done)
                raise StreamStalledError(f"{tp.topic}[{tp.partition}]: {end - done} records waiting, none read")


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
