"""`armswatch broker start|status|stop` as a user runs it, against a second real broker."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

from services.core.broker import free_port


def _armswatch(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "services.cli", *args], capture_output=True, text=True, env=env, timeout=180, check=False
    )


def test_broker_starts_reports_and_stops(tmp_path: Path) -> None:
    """The broker starts from the jar cache, answers, reports status, refuses a taken port and stops cleanly."""
    port = str(free_port())
    env = {**os.environ, "ARMSWATCH_LOG_FORMAT": "json"}
    data = str(tmp_path / "broker")
    started = _armswatch("broker", "start", "--port", port, "--data-dir", data, env=env)
    assert started.returncode == 0, started.stdout + started.stderr
    try:
        assert f"127.0.0.1:{port}" in started.stdout
        status = _armswatch("broker", "status", "--data-dir", data, env=env)
        assert status.returncode == 0, status.stdout + status.stderr
        assert "answering" in status.stdout
        again = _armswatch("broker", "start", "--port", port, "--data-dir", data, env=env)
        assert again.returncode == 0
        assert "broker_already_running" in again.stderr
    finally:
        stopped = _armswatch("broker", "stop", "--data-dir", data, env=env)
    assert stopped.returncode == 0
    assert "broker stopped" in stopped.stdout
    after = _armswatch("broker", "status", "--data-dir", data, env=env)
    assert after.returncode == 1
    assert (tmp_path / "broker" / "broker.log").exists()


def test_a_taken_port_is_a_clear_error(tmp_path: Path) -> None:
    """Starting on a port something else listens on fails at once and says which port."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = str(sock.getsockname()[1])
        result = _armswatch("broker", "start", "--port", port, "--data-dir", str(tmp_path), env=dict(os.environ))
    assert result.returncode == 1
    assert f"port {port}" in result.stderr
    assert "already in use" in result.stderr


def test_missing_java_is_a_clear_error(tmp_path: Path) -> None:
    """Without Java on PATH the start fails with an install hint, not a traceback."""
    env = {**os.environ, "PATH": str(tmp_path)}
    result = _armswatch("broker", "start", "--port", str(free_port()), "--data-dir", str(tmp_path / "d"), env=env)
    assert result.returncode == 1
    assert "'java' was not found" in result.stderr
    assert "Traceback" not in result.stderr
