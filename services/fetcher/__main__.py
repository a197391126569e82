"""``python -m services.fetcher``: run the fetcher alone against ``ARMSWATCH_KAFKA_BOOTSTRAP_SERVERS``."""

from __future__ import annotations

import asyncio
import signal
import sys

import structlog

from services.core.logging import configure_logging
from services.core.settings import KafkaSettings, LogSettings
from services.fetcher.errors import FeedFileError
from services.fetcher.service import run_fetcher
from services.fetcher.settings import FetcherSettings


async def _main(bootstrap: str, settings: FetcherSettings, kafka: KafkaSettings) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await run_fetcher(bootstrap, stop, settings, kafka)


def main() -> int:
    """Read settings once, configure logging, run until SIGTERM/SIGINT; the exit status."""
    logs = LogSettings()
    configure_logging(logs.level, logs.format)
    log = structlog.get_logger("services.fetcher")
    kafka = KafkaSettings()
    settings = FetcherSettings()
    if not kafka.bootstrap_servers:
        log.error("fetcher_not_configured", missing="ARMSWATCH_KAFKA_BOOTSTRAP_SERVERS")
        return 2
    try:
        asyncio.run(_main(kafka.bootstrap_servers, settings, kafka))
    except FeedFileError as exc:
        log.error("fetcher_feeds_invalid", error=str(exc))
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
