"""Fixtures for the fetcher service tests: a local feed server and fetcher settings in a temp dir."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest

from services.fetcher.settings import FetcherSettings
from tests.service.fetcher.server import FeedServer


@pytest.fixture
async def server() -> AsyncIterator[FeedServer]:
    """A local HTTP server whose routes each test sets."""
    srv = FeedServer()
    await srv.start()
    try:
        yield srv
    finally:
        await srv.stop()


def feeds_toml(feeds: list[dict[str, Any]]) -> str:
    """A feed file for ``feeds`` (dicts of feed keys; defaults filled in)."""
    out = []
    for feed in feeds:
        values = {"language": "da", "country": "DK", "section": "all", **feed}
        out.append("[[feed]]")
        out.extend(f"{key} = {json.dumps(value, ensure_ascii=False)}" for key, value in values.items())
        out.append("")
    return "\n".join(out)


SettingsFactory = Callable[..., FetcherSettings]


@pytest.fixture
def make_settings(tmp_path: Path) -> SettingsFactory:
    """Build fast test settings around a feed file written from the given feeds."""

    def factory(feeds: list[dict[str, Any]], **overrides: Any) -> FetcherSettings:
        path = tmp_path / "feeds.toml"
        path.write_text(feeds_toml(feeds), encoding="utf-8")
        values: dict[str, Any] = {
            "feeds_file": path,
            "state_dir": tmp_path / "state",
            "politeness_delay_s": 0.0,
            "per_host_concurrency": 8,
            "connect_timeout_s": 2.0,
            "read_timeout_s": 2.0,
            "total_timeout_s": 3.0,
            "publish_timeout_s": 10.0,
            "tick_s": 0.1,
            "metrics_port": None,
            "stale_days": 36500.0,
            **overrides,
        }
        return FetcherSettings(**values)

    return factory


class RecordingProducer:
    """A stand-in producer that acknowledges at once and keeps what was sent (or fails every send)."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, bytes | None, bytes | None]] = []
        self.failing = False

    async def start(self) -> None:
        return None

    async def stop(self) -> None:
        return None

    async def send(self, topic: str, value: bytes | None = None, key: bytes | None = None) -> Any:
        import asyncio

        from aiokafka.errors import KafkaConnectionError

        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        if self.failing:
            future.set_exception(KafkaConnectionError("broker down (test)"))
        else:
            self.sent.append((topic, key, value))
            future.set_result(None)
        return future

    def articles(self) -> list[Any]:
        from schemas import ArticleFetched

        return [ArticleFetched.model_validate_json(v or b"") for t, _, v in self.sent if t.endswith(".articles")]

    def deadletters(self) -> list[Any]:
        from schemas import DeadLetter

        return [DeadLetter.model_validate_json(v or b"") for t, _, v in self.sent if t.endswith(".deadletter")]


@pytest.fixture
def producer() -> RecordingProducer:
    """A recording producer (no broker)."""
    return RecordingProducer()


@pytest.fixture
def kafka_local() -> Any:
    """Kafka settings for tests that never reach a broker."""
    from services.core.settings import KafkaSettings

    return KafkaSettings(topic_prefix="local")
