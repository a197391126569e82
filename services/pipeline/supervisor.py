"""Run the three services as child processes, restart one that dies, stop them all cleanly.

Each service runs as its own process (``python -m services.<name>``), exactly as it would in a container,
so ``armswatch run`` exercises the deployment shape; the parent only watches and restarts.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import structlog

log = structlog.get_logger(__name__)

SERVICES = ("fetcher", "extractor", "alerts")


@dataclass
class Child:
    """One supervised service process."""

    name: str
    env: dict[str, str]
    metrics_port: int
    process: asyncio.subprocess.Process | None = None
    restarts: int = 0
    started_at: float = 0.0
    last_exit: int | None = None
    log_path: str | None = None
    _log_file: object | None = field(default=None, repr=False)

    @property
    def running(self) -> bool:
        """Whether the process is alive."""
        return self.process is not None and self.process.returncode is None


class Supervisor:
    """Starts children, restarts crashed ones with backoff, stops them with SIGTERM then SIGKILL."""

    def __init__(self, children: list[Child], *, log_dir: str | None = None, grace_s: float = 30.0) -> None:
        self.children = {c.name: c for c in children}
        self.log_dir = log_dir
        self.grace_s = grace_s
        self._stopping = False

    async def start(self, name: str) -> Child:
        """Start (or restart) one child."""
        child = self.children[name]
        stdout: Any = asyncio.subprocess.DEVNULL
        if child._log_file is not None:
            child._log_file.close()  # type: ignore[attr-defined]
            child._log_file = None
        if self.log_dir:
            os.makedirs(self.log_dir, exist_ok=True)
            child.log_path = os.path.join(self.log_dir, f"{name}.log")
            # Opening a local log file is instant; it is closed in stop().
            child._log_file = open(child.log_path, "ab")  # noqa: SIM115, ASYNC230
            stdout = child._log_file
        child.process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", f"services.{name}", env=child.env, stdout=stdout, stderr=asyncio.subprocess.STDOUT
        )
        child.started_at = time.monotonic()
        log.info("service_started", service=name, pid=child.process.pid, metrics_port=child.metrics_port)
        return child

    async def watch(self, stop: asyncio.Event) -> None:
        """Restart children that exit while ``stop`` is unset (backoff 1 s doubling to 30 s)."""
        backoff = dict.fromkeys(self.children, 1.0)
        while not stop.is_set():
            for name, child in self.children.items():
                if child.process is not None and child.process.returncode is not None and not self._stopping:
                    child.last_exit = child.process.returncode
                    uptime = time.monotonic() - child.started_at
                    if uptime > 60:
                        backoff[name] = 1.0
                    log.warning("service_exited", service=name, code=child.last_exit, restart_in_s=backoff[name])
                    await asyncio.sleep(backoff[name])
                    backoff[name] = min(30.0, backoff[name] * 2)
                    if not stop.is_set():
                        child.restarts += 1
                        await self.start(name)
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(stop.wait(), 0.5)

    async def kill(self, name: str) -> None:
        """SIGKILL one child (for crash tests: it will be restarted by ``watch``)."""
        child = self.children[name]
        if child.running and child.process is not None:
            child.process.kill()
            await child.process.wait()

    async def stop(self) -> None:
        """SIGTERM every child, wait up to the grace period, SIGKILL what is left."""
        self._stopping = True
        alive = [c for c in self.children.values() if c.running and c.process is not None]
        for child in alive:
            with contextlib.suppress(ProcessLookupError):
                child.process.send_signal(signal.SIGTERM)  # type: ignore[union-attr]
        deadline = time.monotonic() + self.grace_s
        for child in alive:
            assert child.process is not None
            try:
                await asyncio.wait_for(child.process.wait(), max(0.1, deadline - time.monotonic()))
            except TimeoutError:
                log.warning("service_kill_forced", service=child.name, waited_s=self.grace_s)
                child.process.kill()
                await child.process.wait()
            log.info("service_stopped", service=child.name, code=child.process.returncode)
        for child in self.children.values():
            if child._log_file is not None:
                child._log_file.close()  # type: ignore[attr-defined]


def child_env(base: Mapping[str, str], bootstrap: str, name: str, metrics_port: int) -> dict[str, str]:
    """The environment of one service process: ours, plus its Kafka address, metrics port and JSON logs."""
    env = dict(base)
    env["ARMSWATCH_KAFKA_BOOTSTRAP_SERVERS"] = bootstrap
    env[f"ARMSWATCH_{name.upper()}_METRICS_PORT"] = str(metrics_port)
    env.setdefault("ARMSWATCH_LOG_FORMAT", "json")
    return env
