"""Kafka plumbing shared by the services: readiness, topic creation, the idempotent producer."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import structlog
from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaError

from services.core.errors import KafkaUnavailableError
from services.core.settings import KafkaSettings
from services.core.topics import ALL, TopicSpec, topic_name

log = structlog.get_logger(__name__)

_TOPIC_ALREADY_EXISTS = 36


@dataclass(frozen=True, slots=True)
class TopicRequest:
    """A topic to create: name, partitions and broker-side configs."""

    name: str
    partitions: int
    configs: dict[str, str] = field(default_factory=dict)


async def wait_for_kafka(bootstrap_servers: str, timeout_s: float = 60.0) -> dict[str, object]:
    """Return the cluster description once a real metadata request succeeds.

    Raises ``KafkaUnavailableError`` when no broker answers before ``timeout_s``.
    """
    deadline = time.monotonic() + timeout_s
    last_error: BaseException | None = None
    while time.monotonic() < deadline:
        admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap_servers, request_timeout_ms=5000)
        try:
            with quiet_logger():
                await admin.start()
                cluster: dict[str, object] = await admin.describe_cluster()
            if cluster.get("brokers"):
                return cluster
        except (TimeoutError, KafkaError, OSError) as exc:
            last_error = exc
        finally:
            await _close_quietly(admin)
        await asyncio.sleep(0.25)
    raise KafkaUnavailableError(
        f"no Kafka broker answered a metadata request at {bootstrap_servers} within {timeout_s:.0f}s"
        + (f" (last error: {last_error!r})" if last_error else "")
    )


def standard_topics(settings: KafkaSettings) -> list[TopicRequest]:
    """The Armswatch topics with the configured partition count."""
    return [_request_for(spec, settings) for spec in ALL]


def _request_for(spec: TopicSpec, settings: KafkaSettings) -> TopicRequest:
    configs: dict[str, str] = {}
    if spec.compacted:
        configs["cleanup.policy"] = "compact"
    if spec.retention_ms is not None:
        configs["retention.ms"] = str(spec.retention_ms)
    return TopicRequest(topic_name(spec, settings.topic_prefix), settings.partitions, configs)


async def ensure_topics(
    bootstrap_servers: str, topics: Iterable[TopicRequest], replication_factor: int = 1
) -> list[str]:
    """Create the topics that do not exist yet and return the names created.

    Raises ``KafkaUnavailableError`` when the cluster rejects a creation for another reason than
    "already exists".
    """
    wanted = list(topics)
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap_servers, request_timeout_ms=15000)
    try:
        await admin.start()
        existing = set(await admin.list_topics())
        missing = [t for t in wanted if t.name not in existing]
        if not missing:
            return []
        response = await admin.create_topics(
            [
                NewTopic(
                    name=t.name,
                    num_partitions=t.partitions,
                    replication_factor=replication_factor,
                    topic_configs=t.configs,
                )
                for t in missing
            ]
        )
        failed = [
            (err[0], err[1], err[2] if len(err) > 2 else "")
            for err in response.topic_errors
            if err[1] not in (0, _TOPIC_ALREADY_EXISTS)
        ]
        if failed:
            raise KafkaUnavailableError(f"could not create topics: {failed}")
        created = [t.name for t in missing]
        log.info("topics_created", topics=created)
        return created
    except KafkaError as exc:
        raise KafkaUnavailableError(f"topic creation failed at {bootstrap_servers}: {exc!r}") from exc
    finally:
        await _close_quietly(admin)


def make_producer(bootstrap_servers: str, client_id: str) -> AIOKafkaProducer:
    """An idempotent producer with ``acks=all``: a send counts only once the broker has it."""
    return AIOKafkaProducer(
        bootstrap_servers=bootstrap_servers,
        client_id=client_id,
        acks="all",
        enable_idempotence=True,
        linger_ms=5,
        compression_type="gzip",
        max_request_size=8 * 1024 * 1024,
        request_timeout_ms=30000,
    )


async def _close_quietly(admin: AIOKafkaAdminClient) -> None:
    with contextlib.suppress(KafkaError, OSError, AttributeError):
        await admin.close()


@contextlib.contextmanager
def quiet_logger(name: str = "aiokafka") -> Iterator[None]:
    """Silence a library logger for a block, e.g. aiokafka's per-attempt connection errors while we poll for
    readiness (we report the outcome once ourselves)."""
    logger = logging.getLogger(name)
    previous = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(previous)
