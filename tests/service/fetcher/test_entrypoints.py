"""The entry points: ``run_fetcher`` against the real broker, and ``python -m services.fetcher``."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys

from schemas import ArticleFetched
from services.core.settings import KafkaSettings
from services.core.topics import ARTICLES, topic_name
from services.fetcher.service import run_fetcher
from tests.service.fetcher import samples
from tests.service.fetcher.conftest import SettingsFactory
from tests.service.fetcher.server import FeedServer
from tests.waiting import consume


async def test_run_fetcher_creates_topics_publishes_and_stops(
    kafka_bootstrap: str, kafka_settings: KafkaSettings, server: FeedServer, make_settings: SettingsFactory
) -> None:
    """run_fetcher creates the topics, polls due feeds in its loop, and returns soon after stop is set."""
    server.static("/feed", samples.rss([samples.Item("/run/1", "de")], server.base))
    server.static("/run/1", samples.page("de"), content_type="text/html; charset=utf-8")
    settings = make_settings([{"name": "Zeitung", "url": server.url("/feed"), "language": "de", "country": "DE"}])
    stop = asyncio.Event()
    task = asyncio.create_task(run_fetcher(kafka_bootstrap, stop, settings, kafka_settings))
    try:
        records = await consume(kafka_bootstrap, topic_name(ARTICLES, kafka_settings.topic_prefix), 1, timeout=30)
    finally:
        stop.set()
        await asyncio.wait_for(task, timeout=30)
    assert ArticleFetched.model_validate_json(records[0].value).data.url == server.url("/run/1")


def test_module_entry_point_requires_a_bootstrap_server() -> None:
    """``python -m services.fetcher`` without ARMSWATCH_KAFKA_BOOTSTRAP_SERVERS exits with status 2."""
    env = {k: v for k, v in os.environ.items() if k != "ARMSWATCH_KAFKA_BOOTSTRAP_SERVERS"}
    result = subprocess.run(
        [sys.executable, "-m", "services.fetcher"], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 2
    assert "ARMSWATCH_KAFKA_BOOTSTRAP_SERVERS" in result.stderr
