"""The composition root of the alerts service: ``build_alerts`` wires the parts, ``run`` runs them.

Start order: topics → producer → subscriptions (read to the end) → delivery log (pending reloaded) →
dispatcher (pending resumed) → Faust stream → API → metrics. Stop is the reverse; deliveries in flight at
stop stay pending in the log and are resumed by the next start.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import secrets
from datetime import timedelta
from pathlib import Path

import aiohttp
import structlog
from aiokafka import AIOKafkaProducer
from faust.exceptions import ConsumerNotStarted
from pydantic import SecretStr

from schemas import DeadLetter
from services.alerts.api import AlertsApi, ApiServer
from services.alerts.app import AlertsStream, build_stream, internal_topics
from services.alerts.compacted import CompactedTopic
from services.alerts.deliveries import DeliveryLog
from services.alerts.delivery import Dispatcher
from services.alerts.metrics import AlertsMetrics, Counters
from services.alerts.settings import AlertsSettings
from services.alerts.stories import StoryRules
from services.alerts.subscriptions import SubscriptionStore
from services.alerts.targets import TargetPolicy
from services.core.kafka import ensure_topics, make_producer, standard_topics, wait_for_kafka
from services.core.metrics import serve_metrics
from services.core.settings import KafkaSettings
from services.core.stream_app import run_app
from services.core.topics import DEADLETTER, DELIVERIES, SUBSCRIPTIONS, topic_name

log = structlog.get_logger(__name__)


def api_token(settings: AlertsSettings) -> SecretStr:
    """The API token: the configured one, else the one in ``state_dir/api-token`` (created once, 0600)."""
    if settings.api_token is not None and settings.api_token.get_secret_value():
        return settings.api_token
    path = token_path(settings)
    if path.exists():
        return SecretStr(path.read_text(encoding="utf-8").strip())
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(secrets.token_urlsafe(32))
    log.warning("api_token_generated", path=str(path))
    return SecretStr(path.read_text(encoding="utf-8").strip())


def token_path(settings: AlertsSettings) -> Path:
    """Where a generated API token is kept."""
    return settings.state_dir / "api-token"


class AlertsService:
    """Everything the alerts service runs; ``counters`` feed a status line."""

    def __init__(
        self,
        settings: AlertsSettings,
        kafka: KafkaSettings,
        bootstrap_servers: str,
        *,
        http: aiohttp.ClientSession | None = None,
    ) -> None:
        self.settings = settings
        self.kafka = kafka
        self.bootstrap_servers = bootstrap_servers
        self.metrics = AlertsMetrics()
        self.producer: AIOKafkaProducer = make_producer(bootstrap_servers, f"{kafka.client_id}-alerts")
        prefix = kafka.topic_prefix
        self.subscriptions = SubscriptionStore(
            CompactedTopic(bootstrap_servers, topic_name(SUBSCRIPTIONS, prefix), self.producer)
        )
        self.deliveries = DeliveryLog(
            CompactedTopic(bootstrap_servers, topic_name(DELIVERIES, prefix), self.producer),
            settings.deliveries_kept_per_subscription,
        )
        self.dispatcher = Dispatcher(
            settings, self.subscriptions, self.deliveries, self.metrics, self._dead_letter, http=http
        )
        self.stream: AlertsStream = build_stream(
            kafka,
            bootstrap_servers,
            rules=StoryRules(
                settings.quantity_tolerance, timedelta(hours=settings.story_window_hours), settings.max_sources
            ),
            min_confidence=settings.min_confidence,
            dispatch=self.dispatcher.dispatch,
            dead_letters=self._dead_letter,
            metrics=self.metrics,
            dispatch_concurrency=settings.dispatch_concurrency,
        )
        self.api: ApiServer | None = None
        self.ready = asyncio.Event()

    @property
    def counters(self) -> Counters:
        """Running totals: mentions consumed, alerts raised, updates, deliveries ok/failed."""
        return self.metrics.counters

    def stream_assigned(self) -> bool:
        """Whether the stream has joined its consumer group and holds partitions (not rebalancing)."""
        app = self.stream.app
        try:
            return bool(app.consumer.assignment()) and not app.rebalancing
        except (ConsumerNotStarted, AttributeError):
            return False

    @property
    def api_url(self) -> str:
        """Base URL of the running API."""
        port = self.api.port if self.api else self.settings.api_port
        return f"http://{self.settings.api_host}:{port}"

    async def _dead_letter(self, letter: DeadLetter) -> None:
        await self.producer.send_and_wait(
            topic_name(DEADLETTER, self.kafka.topic_prefix),
            key=(letter.data.original_key or "").encode(),
            value=letter.to_bytes(),
        )

    async def run(self, stop: asyncio.Event) -> None:
        """Run until ``stop`` is set (or the task is cancelled), then stop in reverse order."""
        await wait_for_kafka(self.bootstrap_servers, self.kafka.ready_timeout_s)
        await ensure_topics(
            self.bootstrap_servers,
            [*standard_topics(self.kafka), *internal_topics(self.kafka)],
            self.kafka.replication_factor,
        )
        async with contextlib.AsyncExitStack() as stack:
            await self.producer.start()
            stack.push_async_callback(self.producer.stop)
            await self.subscriptions.start()
            stack.push_async_callback(self.subscriptions.close)
            pending = await self.deliveries.start()
            stack.push_async_callback(self.deliveries.close)
            await self.dispatcher.start(pending)
            stack.push_async_callback(self.dispatcher.close, self.settings.shutdown_drain_s)
            token = api_token(self.settings)
            self.api = ApiServer(
                AlertsApi(
                    token,
                    self.subscriptions,
                    self.deliveries,
                    self.dispatcher,
                    TargetPolicy(self.settings.allow_hosts, self.settings.allow_http),
                ),
                self.settings.api_host,
                self.settings.api_port,
            )
            await self.api.start()
            stack.push_async_callback(self.api.close)
            serve_metrics(self.settings.metrics_port, self.metrics.registry)
            # The stream runs last and stops first: intake stops before delivery and the API go.
            stream_stop = asyncio.Event()
            stream = asyncio.create_task(
                run_app(
                    self.stream.app, stream_stop, inputs=self.stream.inputs, stall_timeout_s=self.kafka.stall_timeout_s
                ),
                name="alerts-stream",
            )
            stack.push_async_callback(_stop_stream, stream, stream_stop)
            self.ready.set()
            log.info("alerts_started", api=self.api_url, prefix=self.kafka.topic_prefix)
            stopping = asyncio.create_task(stop.wait())
            await asyncio.wait({stream, stopping}, return_when=asyncio.FIRST_COMPLETED)
            stopping.cancel()
        log.info("alerts_stopped", **{k: getattr(self.counters, k) for k in Counters.__slots__})


async def _stop_stream(task: asyncio.Task[None], stop: asyncio.Event) -> None:
    stop.set()
    with contextlib.suppress(asyncio.CancelledError):
        await task


def build_alerts(
    settings: AlertsSettings, kafka: KafkaSettings, bootstrap_servers: str, *, http: aiohttp.ClientSession | None = None
) -> AlertsService:
    """Wire the alerts service; nothing connects until ``run``."""
    return AlertsService(settings, kafka, bootstrap_servers, http=http)


async def run_alerts(
    bootstrap_servers: str,
    stop: asyncio.Event,
    settings: AlertsSettings | None = None,
    kafka: KafkaSettings | None = None,
) -> None:
    """Run the alerts service alone until ``stop`` is set."""
    service = build_alerts(settings or AlertsSettings(), kafka or KafkaSettings(), bootstrap_servers)
    await service.run(stop)
