"""``python -m services.extractor``: run the extractor alone against ``ARMSWATCH_KAFKA_BOOTSTRAP_SERVERS``."""

from __future__ import annotations

import asyncio
import signal
import sys

from services.core.kafka import wait_for_kafka
from services.core.logging import configure_logging
from services.core.settings import KafkaSettings, LogSettings
from services.core.stream_app import STALLED_EXIT_CODE, StreamStalledError
from services.extractor.app import run_extractor
from services.extractor.settings import ExtractorSettings


async def _main() -> int:
    kafka = KafkaSettings()
    if not kafka.bootstrap_servers:
        print("ARMSWATCH_KAFKA_BOOTSTRAP_SERVERS is not set", file=sys.stderr)  # noqa: T201
        return 2
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await wait_for_kafka(kafka.bootstrap_servers, kafka.ready_timeout_s)
    try:
        await run_extractor(kafka.bootstrap_servers, stop, ExtractorSettings(), kafka)
    except StreamStalledError:
        return STALLED_EXIT_CODE
    return 0


def main() -> None:
    """Read settings once, configure logging, run until SIGTERM/SIGINT."""
    logs = LogSettings()
    configure_logging(logs.level, logs.format)
    sys.exit(asyncio.run(_main()))


if __name__ == "__main__":
    main()
