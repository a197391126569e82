"""``armswatch feeds``: list, validate, check one URL, and show per-feed health from the fetcher's state."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from services.fetcher.errors import FeedFetchError, FeedFileError
from services.fetcher.extract import LanguageDetector, extract_page
from services.fetcher.feeds import load_feeds
from services.fetcher.http import PAGE_ACCEPT, PoliteHttp, build_client
from services.fetcher.parse import parse_feed
from services.fetcher.settings import FetcherSettings
from services.fetcher.state import StateStore

feeds_app = typer.Typer(help="The feed list and the health of each feed.", no_args_is_help=True)
console = Console()

FileArg = Annotated[Path | None, typer.Argument(help="Feed file (default: ARMSWATCH_FETCHER_FEEDS_FILE).")]


def _ago(epoch: float | None, now: float) -> str:
    if not epoch:
        return "–"
    delta = now - epoch
    sign = "" if delta >= 0 else "in "
    delta = abs(delta)
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if delta >= size:
            text = f"{delta / size:.0f}{unit}"
            return f"{sign}{text}" + ("" if sign else " ago")
    return f"{sign}{delta:.0f}s" + ("" if sign else " ago")


@feeds_app.command("list")
def list_feeds(file: FileArg = None) -> None:
    """Show the configured feeds."""
    path = file or FetcherSettings().feeds_file
    try:
        feeds = load_feeds(path)
    except FeedFileError as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(1) from exc
    table = Table(title=f"{len(feeds)} feeds in {path}")
    for column in ("name", "outlet", "lang", "country", "section", "enabled", "text", "url"):
        table.add_column(column, overflow="fold")
    for feed in feeds:
        table.add_row(
            feed.name,
            feed.outlet_name,
            feed.language,
            feed.country,
            feed.section,
            "yes" if feed.enabled else "[yellow]no[/yellow]",
            "full" if feed.store_text else "[yellow]summary only[/yellow]",
            feed.url,
        )
    console.print(table)


@feeds_app.command("validate")
def validate(file: FileArg = None) -> None:
    """Check a feed file: TOML syntax, unknown keys, values, duplicates (with line numbers)."""
    path = file or FetcherSettings().feeds_file
    try:
        feeds = load_feeds(path)
    except FeedFileError as exc:
        for line, key, message in exc.problems:
            where = f"{exc.path}:{line}" if line is not None else exc.path
            console.print(f"[red]{where}[/red]: " + (f"[bold]{key}[/bold]: " if key else "") + message)
        console.print(f"[red]{len(exc.problems)} problem(s)[/red]")
        raise typer.Exit(1) from exc
    enabled = sum(1 for feed in feeds if feed.enabled)
    console.print(f"[green]OK[/green] {path}: {len(feeds)} feeds, {enabled} enabled")


@feeds_app.command("check")
def check(
    url: str,
    country: Annotated[str, typer.Option(help="Country for zone-less dates.")] = "DK",
    language: Annotated[str, typer.Option(help="The feed's language.")] = "da",
) -> None:
    """Poll one URL once: parsed items, dates, detected language, and the text of the first item."""
    raise typer.Exit(asyncio.run(_check(url, country, language)))


async def _check(url: str, country: str, language: str) -> int:
    settings = FetcherSettings()
    detector = LanguageDetector(settings.language_confidence)
    async with build_client(settings) as client:
        http = PoliteHttp(client, settings)
        try:
            fetched = await http.get(url)
        except FeedFetchError as exc:
            console.print(f"[red]fetch failed ({exc.kind})[/red]: {exc}")
            return 1
        console.print(
            f"HTTP {fetched.status} from {fetched.url} in {fetched.elapsed_s * 1000:.0f} ms, "
            f"{len(fetched.body)} bytes, content-type {fetched.headers.get('content-type')!r}"
            + (f", [yellow]moved permanently to {fetched.permanent_url}[/yellow]" if fetched.permanent_url else "")
        )
        parsed = parse_feed(fetched.body, fetched.headers.get("content-type"), fetched.url, country, datetime.now(UTC))
        if not parsed.is_feed:
            console.print("[red]not a feed[/red]" + (" (HTML page)" if parsed.looks_like_html else ""))
            return 1
        summary = f"{parsed.version or 'unknown format'}, encoding {parsed.encoding}, {len(parsed.entries)} entries"
        if parsed.bozo:
            summary += f", [yellow]bozo: {parsed.bozo}[/yellow]"
        if parsed.notes:
            summary += f", notes {parsed.notes}"
        console.print(summary)
        table = Table()
        for column in ("title", "published (UTC)", "raw date", "lang", "link"):
            table.add_column(column, overflow="fold")
        for entry in parsed.entries:
            when = entry.published.at.strftime("%Y-%m-%d %H:%M") + (" *" if entry.published.inferred else "")
            detected = detector.choose(language, entry.summary or entry.title)
            table.add_row(entry.title or "–", when, entry.published.raw or "–", detected, entry.link)
        console.print(table)
        console.print("* inferred: no zone or no date in the feed")
        if parsed.entries:
            first = parsed.entries[0]
            try:
                page = await http.get(first.link, accept=PAGE_ACCEPT)
                extracted = await asyncio.to_thread(extract_page, page.body, page.url)
            except FeedFetchError as exc:
                console.print(f"[yellow]first item's page failed ({exc.kind})[/yellow]")
                return 0
            if extracted is None:
                console.print("[yellow]first item's page yielded no text[/yellow]")
            else:
                console.rule(f"{extracted.title or first.title} — {', '.join(extracted.authors) or 'no author'}")
                console.print(extracted.text[:2000] + (" …" if len(extracted.text) > 2000 else ""))
                console.print(
                    f"[dim]language: {detector.choose(language, extracted.text)}, "
                    f"{len(extracted.text)} characters[/dim]"
                )
    return 0


@feeds_app.command("status")
def status(
    state_dir: Annotated[Path | None, typer.Option(help="Fetcher state dir (default from settings).")] = None,
) -> None:
    """Per-feed health from the fetcher's persisted state."""
    settings = FetcherSettings() if state_dir is None else FetcherSettings(state_dir=state_dir)
    if not settings.state_file.exists():
        console.print(f"[yellow]no fetcher state at {settings.state_file}: has the fetcher run?[/yellow]")
        raise typer.Exit(1)
    store = StateStore(settings.state_file)
    try:
        states = store.feeds()
        seen = store.seen_count()
    finally:
        store.close()
    now = time.time()
    table = Table(title=f"{len(states)} feeds, {seen} articles remembered ({settings.state_file})")
    for column in (
        "feed",
        "health",
        "last success",
        "last error",
        "fails",
        "items",
        "304 share",
        "interval",
        "next poll",
        "url",
    ):
        table.add_column(column, overflow="fold")
    colours = {
        "ok": "green",
        "stale": "yellow",
        "bozo": "yellow",
        "failing": "red",
        "unhealthy": "bold red",
        "not_a_feed": "red",
        "unparseable": "red",
    }
    for state in states:
        colour = colours.get(state.health, "white")
        share = f"{state.polls_304 / state.polls:.0%}" if state.polls else "–"
        error = f"{state.last_error} ({_ago(state.last_error_at, now)})" if state.last_error else "–"
        url = state.url if not state.current_url else f"{state.url} → [yellow]{state.current_url}[/yellow]"
        table.add_row(
            state.name,
            f"[{colour}]{state.health}[/{colour}]",
            _ago(state.last_success, now),
            error,
            str(state.failures),
            str(state.items_seen),
            share,
            f"{(state.interval_s or 0) / 60:.0f} min",
            _ago(state.next_poll, now),
            url,
        )
    console.print(table)
