"""Where a Faust app keeps its local state."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.core.settings import KafkaSettings
from services.core.stream_app import make_app


def test_state_lives_in_the_armswatch_home_not_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ARMSWATCH_HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    app = make_app("armswatch-probe", KafkaSettings(), "127.0.0.1:9")
    assert app.conf.datadir == tmp_path / "home" / "streams" / "armswatch-probe-data"
    assert (tmp_path / "home" / "streams").is_dir()
    assert not (tmp_path / "armswatch-probe-data").exists()


def test_a_given_directory_is_kept(tmp_path: Path) -> None:
    app = make_app("armswatch-probe", KafkaSettings(), "127.0.0.1:9", data_dir=tmp_path / "state")
    assert app.conf.datadir == tmp_path / "state"
