"""The fetcher service: composition root, poll cycle and run loop."""

from __future__ import annotations

import asyncio
import contextlib
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

import httpx
import structlog

from services.core.kafka import ensure_topics, make_producer, standard_topics
from services.core.metrics import serve_metrics
from services.core.settings import KafkaSettings
from services.core.topics import ARTICLES, DEADLETTER, topic_name
from services.fetcher.articles import ArticleMaker
from services.fetcher.extract import LanguageDetector
from services.fetcher.feeds import Feed, FeedRegistry
from services.fetcher.http import PoliteHttp, build_client
from services.fetcher.metrics import FetcherMetrics
from services.fetcher.polling import FeedPoller
from services.fetcher.publish import Producer, Publisher
from services.fetcher.settings import FetcherSettings
from services.fetcher.state import StateStore

log = structlog.get_logger(__name__)


@dataclass(slots=True)
class Counters:
    """Simple running totals for a status line."""

    polls: int = 0
    polls_304: int = 0
    errors: int = 0
    published: int = 0
    publish_errors: int = 0
    deadletters: int = 0


@dataclass(slots=True)
class CycleReport:
    """What one ``poll_once`` did."""

    feeds: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    published: int = 0
    duration_s: float = 0.0


class Fetcher:
    """Polls due feeds, turns new or changed entries into ``article.fetched`` events, publishes them."""

    def __init__(
        self,
        settings: FetcherSettings,
        kafka: KafkaSettings,
        *,
        client: httpx.AsyncClient,
        producer: Producer,
        owns_client: bool,
    ) -> None:
        self.settings = settings
        self.kafka = kafka
        self.client = client
        self.producer = producer
        self._owns_client = owns_client
        self.feeds = FeedRegistry(settings.feeds_file)
        self.metrics = FetcherMetrics()
        self.counters = Counters()
        self.http = PoliteHttp(client, settings)
        self.publisher = Publisher(producer, settings.publish_timeout_s)
        self.detector = LanguageDetector(settings.language_confidence)
        self.articles_topic = topic_name(ARTICLES, kafka.topic_prefix)
        self.deadletter_topic = topic_name(DEADLETTER, kafka.topic_prefix)
        self._stack: contextlib.AsyncExitStack | None = None
        self._poller: FeedPoller | None = None
        self._running: dict[str, asyncio.Task[Any]] = {}
        # Bounds how many feeds are between fetch and publish at once: memory stays flat with 2,000 feeds.
        self._feed_slots = asyncio.Semaphore(settings.concurrency)

    async def __aenter__(self) -> Fetcher:
        await self.start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def start(self) -> None:
        """Load the feed list, open the state, start the producer (idempotent).

        Raises ``FeedFileError`` when the feed file is invalid at start-up.
        """
        if self._stack is not None:
            return
        stack = contextlib.AsyncExitStack()
        try:
            self.feeds.load()
            state = StateStore(self.settings.state_file)
            stack.callback(state.close)
            executor = ThreadPoolExecutor(self.settings.page_concurrency, thread_name_prefix="fetcher-extract")
            stack.callback(executor.shutdown, wait=True, cancel_futures=True)
            if self._owns_client:
                stack.push_async_callback(self.client.aclose)
            await self.producer.start()
            stack.push_async_callback(self.producer.stop)
        except BaseException:
            await stack.aclose()
            raise
        maker = ArticleMaker(self, state, executor)
        self._poller = FeedPoller(self, state, maker, executor)
        self._stack = stack
        log.info("fetcher_started", feeds=len(self.feeds.enabled()), state=str(self.settings.state_file))

    async def close(self) -> None:
        """Stop the producer, close HTTP, the executor and the state, in reverse order of opening."""
        stack, self._stack = self._stack, None
        if stack is not None:
            await stack.aclose()
            log.info("fetcher_stopped", **self.status())

    def status(self) -> dict[str, Any]:
        """The counters, for a status line."""
        return {
            "polls": self.counters.polls,
            "not_modified": self.counters.polls_304,
            "errors": self.counters.errors,
            "published": self.counters.published,
            "publish_errors": self.counters.publish_errors,
            "deadletters": self.counters.deadletters,
        }

    @property
    def poller(self) -> FeedPoller:
        if self._poller is None:
            raise RuntimeError("the fetcher is not started: use `async with` or start()")
        return self._poller

    def _due(self, force: bool) -> list[Feed]:
        now = time.time()
        due = []
        for feed in self.feeds.enabled():
            if feed.name in self._running:
                continue
            if force or self.poller.next_poll(feed) <= now:
                due.append(feed)
        return due

    async def poll_once(self, *, force: bool = False) -> CycleReport:
        """Poll every due feed (every enabled feed with ``force``) once and wait for all of them."""
        await self.start()
        self.feeds.refresh()
        started = time.monotonic()
        feeds = self._due(force)
        published_before = self.counters.published
        outcomes = await asyncio.gather(*(self._poll_tracked(feed) for feed in feeds))
        report = CycleReport(feeds=len(feeds), duration_s=time.monotonic() - started)
        for outcome in outcomes:
            report.outcomes[outcome] = report.outcomes.get(outcome, 0) + 1
        report.published = self.counters.published - published_before
        self.poller.prune()
        return report

    async def _poll_tracked(self, feed: Feed) -> str:
        task = asyncio.current_task()
        if task is not None:
            self._running[feed.name] = task
        try:
            async with self._feed_slots:
                return await self.poller.poll(feed)
        finally:
            self._running.pop(feed.name, None)

    async def run(self, stop: asyncio.Event) -> None:
        """Poll due feeds until ``stop`` is set, then drain in-flight polls within the drain timeout."""
        async with self:
            serve_metrics(self.settings.metrics_port, self.metrics.registry)
            tasks: set[asyncio.Task[str]] = set()
            last_prune = time.monotonic()
            while not stop.is_set():
                self.feeds.refresh()
                for feed in self._due(force=False):
                    task = asyncio.create_task(self._poll_tracked(feed), name=f"poll:{feed.name}")
                    self._running[feed.name] = task
                    tasks.add(task)
                    task.add_done_callback(tasks.discard)
                if time.monotonic() - last_prune > 3600:
                    self.poller.prune()
                    last_prune = time.monotonic()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), self.settings.tick_s)
            log.info("fetcher_draining", in_flight=len(tasks))
            if tasks:
                _done, pending = await asyncio.wait(tasks, timeout=self.settings.drain_timeout_s)
                for task in pending:
                    task.cancel()
                await asyncio.gather(*pending, return_exceptions=True)


def build_fetcher(
    settings: FetcherSettings,
    kafka: KafkaSettings,
    bootstrap_servers: str,
    *,
    http: httpx.AsyncClient | None = None,
    producer: Producer | None = None,
) -> Fetcher:
    """Wire a fetcher from settings; tests pass their own HTTP client or producer."""
    owns_client = http is None
    client = http or build_client(settings)
    real_producer: Producer = producer or make_producer(bootstrap_servers, settings.client_id)
    return Fetcher(settings, kafka, client=client, producer=real_producer, owns_client=owns_client)


async def run_fetcher(
    bootstrap_servers: str,
    stop: asyncio.Event,
    settings: FetcherSettings | None = None,
    kafka: KafkaSettings | None = None,
) -> None:
    """Create the topics, then run a fetcher until ``stop`` is set."""
    settings = settings or FetcherSettings()
    kafka = kafka or KafkaSettings()
    await ensure_topics(bootstrap_servers, standard_topics(kafka), kafka.replication_factor)
    fetcher = build_fetcher(settings, kafka, bootstrap_servers)
    await fetcher.run(stop)
