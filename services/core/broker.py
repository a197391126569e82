"""The embedded single-node Kafka broker (KRaft, broker + controller in one JVM) built from Maven Central.

``ensure_jars`` resolves the broker's jars once with Maven into a cache (later starts need no network);
``EmbeddedBroker`` formats storage, starts the JVM on 127.0.0.1, waits until a real metadata request
succeeds, and stops it with SIGTERM (then SIGKILL after a deadline).
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import structlog

from services.core.errors import BrokerError, BrokerToolMissingError, KafkaUnavailableError, PortInUseError
from services.core.kafka import wait_for_kafka
from services.core.settings import BrokerSettings

log = structlog.get_logger(__name__)

_REPO_ROOT = Path(__file__).resolve().parents[2]
_JAR_MARKER = ".complete"


def pom_path() -> Path:
    """The ``deploy/kafka/pom.xml`` that names the broker's jars (``ARMSWATCH_BROKER_POM`` overrides)."""
    return Path(os.environ.get("ARMSWATCH_BROKER_POM", _REPO_ROOT / "deploy" / "kafka" / "pom.xml"))


def kafka_version(pom: Path | None = None) -> str:
    """The Kafka version the pom pins.

    Raises ``BrokerError`` when the pom is missing or names no version.
    """
    path = pom or pom_path()
    try:
        match = re.search(r"<kafka\.version>([^<]+)</kafka\.version>", path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise BrokerError(f"cannot read {path}: {exc}") from exc
    if not match:
        raise BrokerError(f"{path} does not pin <kafka.version>")
    return match.group(1).strip()


def require_tool(name: str, hint: str) -> str:
    """The absolute path of ``name`` on PATH.

    Raises ``BrokerToolMissingError`` with an install hint when it is not there.
    """
    found = shutil.which(name)
    if not found:
        raise BrokerToolMissingError(f"'{name}' was not found on PATH: {hint}")
    return found


def ensure_jars(cache_dir: Path, pom: Path | None = None) -> Path:
    """The directory holding the broker's jars, resolving them with Maven the first time.

    Raises ``BrokerToolMissingError`` without Maven, ``BrokerError`` when resolution fails.
    """
    pom = pom or pom_path()
    libs = cache_dir / kafka_version(pom) / "libs"
    if (libs / _JAR_MARKER).exists():
        return libs
    mvn = require_tool("mvn", "install Apache Maven (e.g. `apt-get install maven`) to provision the broker")
    require_tool("java", "install a Java 17 runtime (e.g. `apt-get install openjdk-17-jre-headless`)")
    libs.mkdir(parents=True, exist_ok=True)
    log.info("broker_jars_resolving", pom=str(pom), into=str(libs))
    started = time.monotonic()
    proc = subprocess.run(  # noqa: S603 - fixed argv, no shell
        [mvn, "-q", "-B", "-f", str(pom), "dependency:copy-dependencies", f"-DoutputDirectory={libs}"],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise BrokerError(f"Maven could not resolve the broker jars:\n{(proc.stdout + proc.stderr)[-3000:]}")
    if not any(libs.glob("kafka_*.jar")):
        raise BrokerError(f"Maven finished but {libs} holds no kafka jar")
    (libs / _JAR_MARKER).write_text(kafka_version(pom), encoding="utf-8")
    log.info("broker_jars_resolved", libs=str(libs), duration_s=round(time.monotonic() - started, 1))
    return libs


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def port_is_free(port: int) -> bool:
    """Whether 127.0.0.1:``port`` can be bound."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


@dataclass(frozen=True, slots=True)
class BrokerStatus:
    """What ``armswatch broker status`` reports."""

    running: bool
    pid: int | None
    bootstrap_servers: str | None
    answering: bool
    data_dir: Path
    log_file: Path


class EmbeddedBroker:
    """One single-node KRaft broker whose files live under ``settings.data_dir``."""

    def __init__(self, settings: BrokerSettings) -> None:
        self.settings = settings
        self.data_dir = settings.data_dir
        self.log_file = self.data_dir / "broker.log"
        self._pid_file = self.data_dir / "broker.pid"
        self._port_file = self.data_dir / "broker.port"
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def bootstrap_servers(self) -> str:
        """``127.0.0.1:<port>`` of the PLAINTEXT listener."""
        return f"127.0.0.1:{self.settings.port}"

    def start(self) -> str:
        """Start the broker (resolving jars and formatting storage when needed) and return its bootstrap.

        Raises ``PortInUseError`` when the port is taken, ``BrokerToolMissingError`` without Java or
        Maven, ``BrokerError`` when the JVM exits or does not answer before the start timeout.
        """
        started = time.monotonic()
        current = self.status()
        if current.running and current.answering:
            log.info("broker_already_running", pid=current.pid, bootstrap=current.bootstrap_servers)
            return current.bootstrap_servers or self.bootstrap_servers
        if not port_is_free(self.settings.port):
            raise PortInUseError(
                f"port {self.settings.port} on 127.0.0.1 is already in use: stop what listens there, "
                "or choose another with --port / ARMSWATCH_BROKER_PORT"
            )
        java = require_tool("java", "install a Java 17 runtime (e.g. `apt-get install openjdk-17-jre-headless`)")
        libs = ensure_jars(self.settings.cache_dir)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        controller_port = self.settings.controller_port or free_port()
        config = self._write_config(controller_port)
        log4j = self._write_log4j()
        classpath = f"{libs}{os.sep}*"
        jvm = [
            java,
            f"-Xmx{self.settings.heap_mb}m",
            "-Xms64m",
            "-XX:+UseG1GC",
            "-Djava.awt.headless=true",
            f"-Dlog4j.configuration=file:{log4j}",
            "-cp",
            classpath,
        ]
        self._format_storage(jvm, config)
        with open(self.data_dir / "broker.stdout", "ab") as out:
            self._process = subprocess.Popen(  # noqa: S603 - fixed argv, no shell
                [*jvm, "kafka.Kafka", str(config)],
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self._pid_file.write_text(str(self._process.pid), encoding="utf-8")
        self._port_file.write_text(str(self.settings.port), encoding="utf-8")
        try:
            asyncio.run(self._wait_ready(self.settings.start_timeout_s))
        except BrokerError:
            self.stop()
            raise
        log.info(
            "broker_started",
            pid=self._process.pid,
            bootstrap=self.bootstrap_servers,
            duration_s=round(time.monotonic() - started, 2),
            log_file=str(self.log_file),
        )
        return self.bootstrap_servers

    async def _wait_ready(self, timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self._process is not None and self._process.poll() is not None:
                raise BrokerError(f"the broker JVM exited with {self._process.returncode}:\n{self._log_tail()}")
            try:
                await wait_for_kafka(self.bootstrap_servers, timeout_s=min(2.0, deadline - time.monotonic()))
                return
            except KafkaUnavailableError:
                continue
        raise BrokerError(f"the broker did not answer within {timeout_s:.0f}s:\n{self._log_tail()}")

    def stop(self, timeout_s: float = 30.0) -> bool:
        """Stop the broker with SIGTERM, then SIGKILL after ``timeout_s``; return whether one was running."""
        pid = self._running_pid()
        if pid is None:
            return False
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline and self._alive(pid):
            time.sleep(0.1)
        if self._alive(pid):
            log.warning("broker_kill_forced", pid=pid, waited_s=timeout_s)
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            while self._alive(pid):
                time.sleep(0.05)
        self._pid_file.unlink(missing_ok=True)
        log.info("broker_stopped", pid=pid)
        return True

    def status(self) -> BrokerStatus:
        """Whether a broker started from this data dir runs, and whether it answers metadata requests."""
        pid = self._running_pid()
        bootstrap = None
        answering = False
        if pid is not None:
            port = self._port_file.read_text(encoding="utf-8").strip() if self._port_file.exists() else None
            bootstrap = f"127.0.0.1:{port}" if port else None
            if bootstrap:
                try:
                    asyncio.run(wait_for_kafka(bootstrap, timeout_s=3.0))
                    answering = True
                except KafkaUnavailableError:
                    answering = False
        return BrokerStatus(pid is not None, pid, bootstrap, answering, self.data_dir, self.log_file)

    def _running_pid(self) -> int | None:
        if self._process is not None and self._process.poll() is None:
            return self._process.pid
        try:
            pid = int(self._pid_file.read_text(encoding="utf-8").strip())
        except (OSError, ValueError):
            return None
        return pid if self._alive(pid) and _is_kafka(pid) else None

    def _alive(self, pid: int) -> bool:
        if self._process is not None and self._process.pid == pid:
            return self._process.poll() is None
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return not _is_zombie(pid)

    def _format_storage(self, jvm: list[str], config: Path) -> None:
        if (self.data_dir / "kraft" / "meta.properties").exists():
            return
        cluster_id = new_cluster_id()
        proc = subprocess.run(  # noqa: S603 - fixed argv, no shell
            [*jvm, "kafka.tools.StorageTool", "format", "-t", cluster_id, "-c", str(config)],
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0:
            raise BrokerError(f"formatting KRaft storage failed:\n{(proc.stdout + proc.stderr)[-2000:]}")

    def _write_config(self, controller_port: int) -> Path:
        port = self.settings.port
        lines = {
            "process.roles": "broker,controller",
            "node.id": "1",
            "controller.quorum.voters": f"1@127.0.0.1:{controller_port}",
            "listeners": f"PLAINTEXT://127.0.0.1:{port},CONTROLLER://127.0.0.1:{controller_port}",
            "advertised.listeners": f"PLAINTEXT://127.0.0.1:{port}",
            "controller.listener.names": "CONTROLLER",
            "listener.security.protocol.map": "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
            "inter.broker.listener.name": "PLAINTEXT",
            "log.dirs": str(self.data_dir / "kraft"),
            "num.partitions": "6",
            "default.replication.factor": "1",
            "offsets.topic.replication.factor": "1",
            "offsets.topic.num.partitions": "6",
            "transaction.state.log.replication.factor": "1",
            "transaction.state.log.min.isr": "1",
            "transaction.state.log.num.partitions": "6",
            "group.initial.rebalance.delay.ms": "0",
            # Armswatch creates its topics explicitly; a typo must not silently create a new one.
            "auto.create.topics.enable": "false",
            "log.retention.hours": "168",
            "log.segment.bytes": str(64 * 1024 * 1024),
            "message.max.bytes": str(8 * 1024 * 1024),
            "replica.fetch.max.bytes": str(8 * 1024 * 1024),
        }
        path = self.data_dir / "server.properties"
        path.write_text("".join(f"{k}={v}\n" for k, v in lines.items()), encoding="utf-8")
        return path

    def _write_log4j(self) -> Path:
        path = self.data_dir / "log4j.properties"
        path.write_text(
            "log4j.rootLogger=INFO, file\n"
            "log4j.appender.file=org.apache.log4j.RollingFileAppender\n"
            f"log4j.appender.file.File={self.log_file}\n"
            "log4j.appender.file.MaxFileSize=20MB\n"
            "log4j.appender.file.MaxBackupIndex=2\n"
            "log4j.appender.file.layout=org.apache.log4j.PatternLayout\n"
            "log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n\n"
            "log4j.logger.kafka=INFO\nlog4j.logger.org.apache.kafka=INFO\n",
            encoding="utf-8",
        )
        return path

    def _log_tail(self, lines: int = 30) -> str:
        try:
            text = self.log_file.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return "(no broker log)"
        return "\n".join(text[-lines:])


def new_cluster_id() -> str:
    """A KRaft cluster id (16 random bytes, base64url) that cannot be mistaken for a command-line flag."""
    while True:
        cluster_id = base64.urlsafe_b64encode(uuid.uuid4().bytes).rstrip(b"=").decode()
        if cluster_id[0].isalnum():
            return cluster_id


def _is_kafka(pid: int) -> bool:
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return True  # no /proc: trust the pid file
    return b"kafka.Kafka" in cmdline


def _is_zombie(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8")
    except OSError:
        return False
    return stat.rsplit(")", 1)[-1].split()[0] == "Z"


@contextlib.contextmanager
def kafka_for_run(bootstrap_servers: str | None, settings: BrokerSettings) -> Iterator[str]:
    """Yield the configured cluster's bootstrap, or start the embedded broker for the duration.

    The embedded broker is stopped on exit only when this call started it.
    """
    if bootstrap_servers:
        yield bootstrap_servers
        return
    broker = EmbeddedBroker(settings)
    already = broker.status()
    if already.running and already.answering and already.bootstrap_servers:
        yield already.bootstrap_servers
        return
    bootstrap = broker.start()
    try:
        yield bootstrap
    finally:
        broker.stop()
