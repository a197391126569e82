"""Webhook delivery: signed POSTs, retries with backoff and jitter, per-subscription lanes.

Each subscription has its own queue served by a few workers (``per_subscription_concurrency``), so a
slow or dead receiver only ever delays itself; one shared aiohttp session (with the SSRF-guarding
resolver) and a global cap bound the sockets in use. Retries wait in a timer heap, not in a worker.
A 2xx within the timeout is success; 410 Gone disables the subscription; any other answer, a timeout
or a connection error is retried on the schedule, and after the last attempt the delivery is marked
failed and dead-lettered. Delivery state is persisted before the first attempt and after each one, so
a restart resumes every pending delivery: at-least-once, receivers de-duplicate by ``webhook-id``.
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import json
import random
import time
import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import aiohttp
import structlog

from schemas import AlertRaised, AlertUpdated, DeadLetter, utcnow
from services.alerts.deliveries import Attempt, Delivery, DeliveryLog, DeliveryStatus, delivery_id_for
from services.alerts.errors import TargetRejectedError
from services.alerts.metrics import AlertsMetrics
from services.alerts.settings import AlertsSettings
from services.alerts.signing import sign_headers
from services.alerts.subscriptions import Subscription, SubscriptionStore
from services.alerts.targets import GuardedResolver, TargetPolicy, check_literal_target
from services.core.deadletter import dead_letter

log = structlog.get_logger(__name__)

USER_AGENT = "Armswatch-Webhooks/0.1 (+https://github.com/armswatch)"
DeadLetterSink = Callable[[DeadLetter], Awaitable[None]]


def retry_delay(schedule: Sequence[float], retry: int, jitter: float, rng: random.Random | None = None) -> float | None:
    """Seconds to wait before retry number ``retry`` (0-based), jittered by ±``jitter``; ``None``: give up."""
    if retry >= len(schedule):
        return None
    spread = (rng or random).uniform(-jitter, jitter)
    return max(0.0, schedule[retry] * (1.0 + spread))


@dataclass(frozen=True, slots=True)
class PostResult:
    """What one POST came to."""

    status_code: int | None
    error: str | None
    duration_ms: float

    @property
    def ok(self) -> bool:
        """Whether the receiver accepted it (2xx)."""
        return self.status_code is not None and 200 <= self.status_code < 300


def make_session(settings: AlertsSettings) -> aiohttp.ClientSession:
    """The shared client session: guarded resolver, bounded connections, no cookies, no env proxies."""
    policy = TargetPolicy(settings.allow_hosts, settings.allow_http)
    connector = aiohttp.TCPConnector(resolver=GuardedResolver(policy), limit=settings.max_connections, ttl_dns_cache=60)
    return aiohttp.ClientSession(connector=connector, cookie_jar=aiohttp.DummyCookieJar(), trust_env=False)


class Dispatcher:
    """Turns alerts into deliveries and deliveries into signed POSTs (see the module docstring)."""

    def __init__(
        self,
        settings: AlertsSettings,
        subscriptions: SubscriptionStore,
        deliveries: DeliveryLog,
        metrics: AlertsMetrics,
        dead_letters: DeadLetterSink,
        *,
        http: aiohttp.ClientSession | None = None,
    ) -> None:
        self._settings = settings
        self._policy = TargetPolicy(settings.allow_hosts, settings.allow_http)
        self._subscriptions = subscriptions
        self._deliveries = deliveries
        self._metrics = metrics
        self._dead_letters = dead_letters
        self._session = http
        self._owns_session = http is None
        self._limit = asyncio.Semaphore(settings.max_connections)
        self._lanes: dict[str, asyncio.Queue[str]] = {}
        self._workers: list[asyncio.Task[None]] = []
        self._timers: list[tuple[float, int, str]] = []
        self._timer_seq = 0
        self._wake = asyncio.Event()
        self._scheduler: asyncio.Task[None] | None = None
        self._occurred: dict[str, datetime] = {}
        self._inflight = 0
        self._idle = asyncio.Event()
        self._idle.set()
        self._closing = False

    async def start(self, pending: Sequence[Delivery]) -> None:
        """Start the timer loop and resume ``pending`` deliveries (due ones at once)."""
        if self._session is None:
            self._session = make_session(self._settings)
        self._scheduler = asyncio.create_task(self._timer_loop(), name="delivery-timers")
        for delivery in pending:
            self._schedule(delivery)
        if pending:
            log.info("deliveries_resumed", count=len(pending))

    async def close(self, drain_s: float = 5.0) -> None:
        """Let attempts in flight finish (up to ``drain_s``), then stop every worker and timer.

        Queued and scheduled deliveries stay pending in the log; the next start resumes them.
        """
        self._closing = True
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._idle.wait(), drain_s)
        if self._inflight:
            log.warning("delivery_drain_timed_out", in_flight=self._inflight, waited_s=drain_s)
        tasks = [*self._workers, *([self._scheduler] if self._scheduler else [])]
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._workers.clear()
        self._lanes.clear()
        if self._owns_session and self._session is not None:
            await self._session.close()
            self._session = None

    async def dispatch(self, event: AlertRaised | AlertUpdated, body: bytes) -> int:
        """Create (and persist) one delivery per matching subscription; return how many were new."""
        now = utcnow()
        created = []
        for sub in self._subscriptions.matching(event.data):
            delivery_id = delivery_id_for(sub.id, event.event_id)
            if self._deliveries.find(delivery_id) is not None:
                continue  # seen before (a replayed alert): one delivery per event and subscription
            created.append(
                Delivery(
                    id=delivery_id,
                    subscription_id=sub.id,
                    event_id=event.event_id,
                    event_type=event.type,
                    body=body.decode("utf-8"),
                    created_at=now,
                    updated_at=now,
                    next_attempt_at=now,
                )
            )
        await asyncio.gather(*(self._deliveries.save(d) for d in created))
        for delivery in created:
            self._occurred[delivery.id] = event.occurred_at
            self._enqueue(delivery.subscription_id, delivery.id)
        return len(created)

    async def retry(self, delivery_id: str) -> Delivery:
        """Deliver again now, with a fresh retry schedule and the same ``webhook-id``.

        Raises ``DeliveryNotFoundError`` when the log holds no such delivery.
        """
        delivery = self._deliveries.get(delivery_id)
        now = utcnow()
        delivery = delivery.model_copy(
            update={
                "status": DeliveryStatus.PENDING,
                "schedule_start": len(delivery.attempts),
                "next_attempt_at": now,
                "updated_at": now,
                "reason": None,
            }
        )
        await self._deliveries.save(delivery)
        self._enqueue(delivery.subscription_id, delivery.id)
        log.info("delivery_retry_requested", delivery_id=delivery.id, subscription_id=delivery.subscription_id)
        return delivery

    async def ping(self, sub: Subscription) -> PostResult:
        """Send one signed ``ping`` to the subscription now (not retried, not logged as a delivery)."""
        msg_id = f"ping_{uuid.uuid4().hex}"
        body = json.dumps(
            {
                "event_id": msg_id,
                "type": "ping",
                "occurred_at": utcnow().isoformat(),
                "schema_version": 1,
                "data": {"subscription_id": sub.id},
            }
        ).encode()
        result = await self._post(sub, msg_id, body)
        log.info("webhook_ping_sent", subscription_id=sub.id, status_code=result.status_code, error=result.error)
        return result

    def _schedule(self, delivery: Delivery) -> None:
        due = delivery.next_attempt_at or utcnow()
        wait = (due - utcnow()).total_seconds()
        if wait <= 0:
            self._enqueue(delivery.subscription_id, delivery.id)
            return
        self._timer_seq += 1
        heapq.heappush(self._timers, (time.monotonic() + wait, self._timer_seq, delivery.id))
        self._wake.set()

    async def _timer_loop(self) -> None:
        while True:
            if not self._timers:
                await self._wake.wait()
                self._wake.clear()
                continue
            due, _, delivery_id = self._timers[0]
            wait = due - time.monotonic()
            if wait > 0:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), wait)
                self._wake.clear()
                continue
            heapq.heappop(self._timers)
            delivery = self._deliveries.find(delivery_id)
            if delivery is not None:
                self._enqueue(delivery.subscription_id, delivery_id)

    def _enqueue(self, subscription_id: str, delivery_id: str) -> None:
        lane = self._lanes.get(subscription_id)
        if lane is None:
            lane = self._lanes[subscription_id] = asyncio.Queue()
            for n in range(self._settings.per_subscription_concurrency):
                name = f"lane:{subscription_id[:8]}:{n}"
                self._workers.append(asyncio.create_task(self._work(lane), name=name))
        lane.put_nowait(delivery_id)

    async def _work(self, lane: asyncio.Queue[str]) -> None:
        while True:
            delivery_id = await lane.get()
            if self._closing:
                lane.task_done()
                continue
            self._inflight += 1
            self._idle.clear()
            try:
                await self._attempt(delivery_id)
            except asyncio.CancelledError:
                raise
            except Exception:  # a bug in one delivery must not kill the lane
                log.exception("delivery_attempt_crashed", delivery_id=delivery_id)
            finally:
                self._inflight -= 1
                if not self._inflight:
                    self._idle.set()
                lane.task_done()

    async def _attempt(self, delivery_id: str) -> None:
        delivery = self._deliveries.find(delivery_id)
        if delivery is None or delivery.status is not DeliveryStatus.PENDING:
            return
        sub = self._subscriptions.find(delivery.subscription_id)
        if sub is None or not sub.active:
            reason = "subscription deleted" if sub is None else f"subscription disabled: {sub.disabled_reason}"
            await self._finish(delivery, DeliveryStatus.CANCELLED, reason)
            return
        number = len(delivery.attempts) + 1
        occurred = self._occurred.pop(delivery.id, None)
        if occurred is not None and number == 1:
            self._metrics.delivery_lag_seconds.observe((utcnow() - occurred).total_seconds())
        result = await self._post(sub, delivery.event_id, delivery.body.encode("utf-8"))
        now = utcnow()
        attempt = Attempt(
            number=number,
            at=now,
            status_code=result.status_code,
            error=result.error,
            duration_ms=round(result.duration_ms, 1),
        )
        delivery = delivery.model_copy(update={"attempts": (*delivery.attempts, attempt), "updated_at": now})
        fields = {
            "delivery_id": delivery.id,
            "subscription_id": sub.id,
            "webhook_id": delivery.event_id,
            "attempt": number,
            "status_code": result.status_code,
            "duration_ms": attempt.duration_ms,
        }
        if result.ok:
            self._metrics.deliveries.labels("ok").inc()
            self._metrics.counters.deliveries_ok += 1
            await self._finish(delivery, DeliveryStatus.SUCCEEDED, None)
            log.info("webhook_delivered", **fields)
            return
        if result.status_code == 410:
            self._metrics.deliveries.labels("gone").inc()
            await self._subscriptions.disable(sub.id, "receiver answered 410 Gone")
            await self._finish(delivery, DeliveryStatus.FAILED, "receiver answered 410 Gone")
            log.info("webhook_delivery_gone", **fields)
            return
        self._metrics.counters.delivery_attempts_failed += 1
        delay = retry_delay(
            self._settings.retry_schedule, number - delivery.schedule_start - 1, self._settings.retry_jitter
        )
        if delay is None:
            self._metrics.deliveries.labels("failed").inc()
            self._metrics.counters.deliveries_failed += 1
            reason = f"gave up after {number - delivery.schedule_start} attempts: {_describe(result)}"
            await self._finish(delivery, DeliveryStatus.FAILED, reason)
            await self._dead_letters(
                dead_letter("alerts", reason, "WebhookDeliveryFailed", value=delivery.body, key=delivery.id)
            )
            self._metrics.counters.dead_lettered += 1
            log.warning("webhook_delivery_abandoned", **fields, error=result.error)
            return
        self._metrics.deliveries.labels("retry").inc()
        delivery = delivery.model_copy(
            update={"next_attempt_at": now + timedelta(seconds=delay), "reason": _describe(result)}
        )
        await self._deliveries.save(delivery, wait=False)
        self._schedule(delivery)
        log.info("webhook_delivery_failed", **fields, error=result.error, retry_in_s=round(delay, 2))

    async def _finish(self, delivery: Delivery, status: DeliveryStatus, reason: str | None) -> None:
        # Not awaited: losing a final state costs at most one repeated attempt after a crash.
        await self._deliveries.save(
            delivery.model_copy(
                update={
                    "status": status,
                    "reason": reason,
                    "next_attempt_at": None,
                    "updated_at": datetime.now(UTC),
                }
            ),
            wait=False,
        )

    async def _post(self, sub: Subscription, msg_id: str, body: bytes) -> PostResult:
        started = time.monotonic()
        try:
            check_literal_target(sub.url, self._policy)
        except TargetRejectedError as exc:
            return PostResult(None, f"target rejected: {exc}", 0.0)
        headers = {
            **sign_headers(sub.secret.get_secret_value(), msg_id, body),
            "content-type": "application/json",
            "user-agent": USER_AGENT,
        }
        assert self._session is not None, "start() first"
        timeout = aiohttp.ClientTimeout(total=self._settings.delivery_timeout_s)
        async with self._limit:
            try:
                async with self._session.post(
                    sub.url, data=body, headers=headers, timeout=timeout, allow_redirects=False
                ) as response:
                    await response.content.readany()  # a bounded peek: we never need the answer's body
                    status, error = response.status, None
            except TimeoutError:
                status, error = None, f"timed out after {self._settings.delivery_timeout_s:g}s"
            except (aiohttp.ClientError, OSError) as exc:
                status, error = None, f"{type(exc).__name__}: {exc}"[:300]
        duration = time.monotonic() - started
        self._metrics.delivery_seconds.observe(duration)
        return PostResult(status, error, duration * 1000)


def _describe(result: PostResult) -> str:
    return result.error or f"HTTP {result.status_code}"
