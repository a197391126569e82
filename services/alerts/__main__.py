"""``python -m services.alerts``: run the alerts service alone (SIGINT/SIGTERM stop it cleanly)."""

from __future__ import annotations

import asyncio
import signal
import sys

from services.alerts.service import run_alerts
from services.alerts.settings import AlertsSettings
from services.core.errors import ConfigurationError
from services.core.logging import configure_logging
from services.core.settings import KafkaSettings, LogSettings
from services.core.stream_app import STALLED_EXIT_CODE, StreamStalledError


async def _main() -> int:
    logs = LogSettings()
    configure_logging(logs.level, logs.format)
    kafka = KafkaSettings()
    if not kafka.bootstrap_servers:
        raise ConfigurationError("set ARMSWATCH_KAFKA_BOOTSTRAP_SERVERS (or use `armswatch run`)")
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await run_alerts(kafka.bootstrap_servers, stop, AlertsSettings(), kafka)
    except StreamStalledError:
        return STALLED_EXIT_CODE
    return 0


def main() -> None:
    """Entry point."""
    sys.exit(asyncio.run(_main()))


if __name__ == "__main__":
    main()
