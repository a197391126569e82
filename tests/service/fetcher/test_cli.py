"""``armswatch feeds``: list, validate, check and status."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from typer.testing import CliRunner

from services.fetcher.cli import feeds_app
from services.fetcher.service import build_fetcher
from tests.service.fetcher import samples
from tests.service.fetcher.conftest import RecordingProducer, SettingsFactory
from tests.service.fetcher.server import FeedServer

RUNNER = CliRunner()


def test_validate_reports_lines_and_unknown_keys(tmp_path: Path) -> None:
    """validate exits 1 and names file, line and key for each problem; a good file passes."""
    path = tmp_path / "feeds.toml"
    path.write_text(
        '[[feed]]\nname = "A"\nurl = "https://a.dk/rss"\nlanguage = "da"\ncountry = "DK"\ncolour = "red"\n',
        encoding="utf-8",
    )
    result = RUNNER.invoke(feeds_app, ["validate", str(path)], env={"COLUMNS": "400"})
    assert result.exit_code == 1
    assert f"{path}:6" in result.output.replace("\n", "")
    assert "colour" in result.output
    assert "unknown key" in result.output
    path.write_text(
        '[[feed]]\nname = "A"\nurl = "https://a.dk/rss"\nlanguage = "da"\ncountry = "DK"\n', encoding="utf-8"
    )
    result = RUNNER.invoke(feeds_app, ["validate", str(path)], env={"COLUMNS": "400"})
    assert result.exit_code == 0
    assert "1 feeds" in result.output


def test_list_shows_the_default_feeds() -> None:
    """list shows the shipped feeds, summary-only ones marked."""
    result = RUNNER.invoke(feeds_app, ["list"], env={"COLUMNS": "250"})
    assert result.exit_code == 0
    assert "61 feeds" in result.output
    assert "summary only" in result.output


def test_check_shows_items_dates_language_and_text(httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """check polls one URL once and prints the items, their dates and languages, and the first page's text."""
    monkeypatch.setenv("ARMSWATCH_FETCHER_POLITENESS_DELAY_S", "0")
    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/feed").respond_with_data(
        samples.rss([samples.Item("/a/1", "sv", date="tis, 9 feb 2021 10:00:00")], base),
        content_type="application/rss+xml",
    )
    httpserver.expect_request("/a/1").respond_with_data(samples.page("sv"), content_type="text/html")
    result = RUNNER.invoke(
        feeds_app, ["check", base + "/feed", "--country", "SE", "--language", "sv"], env={"COLUMNS": "250"}
    )
    assert result.exit_code == 0, result.output
    assert "rss20" in result.output
    assert "2021-02-09 09:00 *" in result.output
    assert "stridsfordon och ammunition" in result.output


async def test_status_shows_per_feed_health(
    server: FeedServer, make_settings: SettingsFactory, kafka_local: Any
) -> None:
    """status reads the persisted state: health, failures, 304 share and a moved URL."""
    server.redirect("/old", "/new", 308)
    server.static("/new", samples.rss([samples.Item("/s/1", "da")], server.base), etag='"v1"')
    server.static("/broken", "nope", status=500, content_type="text/plain")
    settings = make_settings(
        [{"name": "Flyttet", "url": server.url("/old")}, {"name": "Nede", "url": server.url("/broken")}],
        fetch_pages=False,
    )
    async with build_fetcher(settings, kafka_local, "unused:9092", producer=RecordingProducer()) as fetcher:
        await fetcher.poll_once(force=True)
        await fetcher.poll_once(force=True)
    result = RUNNER.invoke(feeds_app, ["status", "--state-dir", str(settings.state_dir)], env={"COLUMNS": "300"})
    assert result.exit_code == 0, result.output
    assert "Flyttet" in result.output
    assert "Nede" in result.output
    assert "50%" in result.output
    assert server.url("/new") in result.output
    assert "HTTP 500" in result.output
