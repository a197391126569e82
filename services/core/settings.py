"""Settings shared by every service, from ``ARMSWATCH_*`` environment variables (read once per entry point)."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_home() -> Path:
    """Where Armswatch keeps caches and local state: ``ARMSWATCH_HOME``, else ``~/.armswatch``."""
    configured = os.environ.get("ARMSWATCH_HOME")
    return Path(configured) if configured else Path.home() / ".armswatch"


class KafkaSettings(BaseSettings):
    """How to reach Kafka and how to lay out topics.

    ``bootstrap_servers`` unset means: use the embedded single-node broker.
    """

    model_config = SettingsConfigDict(env_prefix="ARMSWATCH_KAFKA_", extra="ignore")

    bootstrap_servers: str | None = None
    partitions: int = Field(default=6, ge=1, le=1000)
    replication_factor: int = Field(default=1, ge=1, le=10)
    topic_prefix: str = Field(default="armswatch", pattern=r"^[A-Za-z0-9._-]+$")
    client_id: str = "armswatch"
    ready_timeout_s: float = Field(default=60.0, gt=0)
    # How long a crashed stream worker holds its partitions before the group moves them (6 s is the broker's floor).
    session_timeout_s: float = Field(default=30.0, ge=6.0, le=300.0)
    # A stream worker whose input partitions have records waiting but that has read none of them for this long
    # is stalled (a hung rebalance, a wedged fetch): it stops with an error and its supervisor restarts it. It must
    # exceed the longest table recovery after a rebalance, during which a stream reads nothing.
    stall_timeout_s: float = Field(default=180.0, ge=10.0, le=3600.0)


class BrokerSettings(BaseSettings):
    """The embedded broker that ``armswatch broker start`` and ``armswatch run`` provision."""

    model_config = SettingsConfigDict(env_prefix="ARMSWATCH_BROKER_", extra="ignore")

    port: int = Field(default=9092, ge=1, le=65535)
    controller_port: int | None = Field(default=None, ge=1, le=65535)
    data_dir: Path = Field(default_factory=lambda: default_home() / "broker")
    cache_dir: Path = Field(default_factory=lambda: default_home() / "kafka-libs")
    heap_mb: int = Field(default=512, ge=128, le=512)
    start_timeout_s: float = Field(default=90.0, gt=0)


class LogSettings(BaseSettings):
    """Log level and format (``auto`` is JSON off a TTY, a console renderer on one)."""

    model_config = SettingsConfigDict(env_prefix="ARMSWATCH_LOG_", extra="ignore")

    level: str = Field(default="INFO", pattern=r"^(DEBUG|INFO|WARNING|ERROR|CRITICAL)$")
    format: str = Field(default="auto", pattern=r"^(auto|json|console)$")
