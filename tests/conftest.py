"""Shared fixtures: the real Kafka broker (one per test session) and fresh names per test.

The broker is the same ``EmbeddedBroker`` that ``armswatch broker start`` runs. When it cannot start,
every test that needs it errors: nothing is skipped for lack of a broker. ``ARMSWATCH_TEST_BOOTSTRAP``
points the tests at an already running cluster instead.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Generator, Iterator
from pathlib import Path

import pytest

from services.core.broker import EmbeddedBroker, free_port
from services.core.logging import configure_logging
from services.core.settings import BrokerSettings, KafkaSettings, default_home

# The suite tests the tagger's source; a compiled build of it is checked against that in test_native_tagger.py.
# ARMSWATCH_NATIVE=on runs the whole suite on the build instead.
os.environ.setdefault("ARMSWATCH_NATIVE", "off")


def pytest_configure(config: pytest.Config) -> None:
    configure_logging(level=os.environ.get("ARMSWATCH_LOG_LEVEL", "WARNING"), fmt="console")


_LOG_TAIL_LINES = 40


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """A failing test that ran service processes shows the end of each service's log in its report.

    CI keeps only the printed output, and a pipeline failure is rarely understood from the assertion alone.
    """
    report = yield
    tmp_path = getattr(item, "funcargs", {}).get("tmp_path")
    if report.failed and isinstance(tmp_path, Path):
        for log in sorted((tmp_path / "logs").glob("*.log")):
            lines = [line[:400] for line in log.read_text(encoding="utf-8", errors="replace").splitlines()]
            tail = "\n".join(line for line in lines if '"level": "debug"' not in line).splitlines()[-_LOG_TAIL_LINES:]
            report.sections.append((f"service log {log.name} (last {len(tail)} lines)", "\n".join(tail)))
    return report


@pytest.fixture(scope="session")
def kafka_bootstrap(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``host:port`` of a real Kafka broker, started for this test session."""
    external = os.environ.get("ARMSWATCH_TEST_BOOTSTRAP")
    if external:
        yield external
        return
    cache = Path(os.environ.get("ARMSWATCH_BROKER_CACHE_DIR", default_home() / "kafka-libs"))
    settings = BrokerSettings(port=free_port(), data_dir=tmp_path_factory.mktemp("kafka"), cache_dir=cache, heap_mb=512)
    broker = EmbeddedBroker(settings)
    bootstrap = broker.start()
    try:
        yield bootstrap
    finally:
        broker.stop()


@pytest.fixture
def kafka_settings() -> KafkaSettings:
    """Kafka settings with a fresh topic prefix, so that each test has its own topics."""
    return KafkaSettings(topic_prefix=f"t{uuid.uuid4().hex[:10]}", partitions=3)


@pytest.fixture
def unique() -> str:
    """A short random token for consumer groups, app ids and the like."""
    return uuid.uuid4().hex[:10]
