"""The ``armswatch`` command: the user's front door. Thin: it reads settings once and calls the services."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from services.alerts.cli import subscriptions_app, webhook_app
from services.core.broker import EmbeddedBroker
from services.core.errors import ArmswatchError
from services.core.kafka import ensure_topics, standard_topics, wait_for_kafka
from services.core.logging import configure_logging
from services.core.settings import BrokerSettings, KafkaSettings, LogSettings
from services.core.tail import TAILABLE, resolve_topic, tail
from services.fetcher.cli import feeds_app

app = typer.Typer(
    name="armswatch",
    help="Armswatch: watches Nordic and German news for arms transfers and alerts subscribers.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
broker_app = typer.Typer(help="The embedded single-node Kafka broker (KRaft), provisioned from Maven Central.")
schemas_app = typer.Typer(help="Event JSON Schemas.")
topics_app = typer.Typer(help="Kafka topics.")
app.add_typer(broker_app, name="broker")
app.add_typer(schemas_app, name="schemas")
app.add_typer(topics_app, name="topics")
app.add_typer(feeds_app, name="feeds", help="The feed list and per-feed health (operators).")
app.add_typer(subscriptions_app, name="subscriptions")
app.add_typer(webhook_app, name="webhook")
bench_app = typer.Typer(help="Benchmarks that print measured figures.")
app.add_typer(bench_app, name="bench")
native_app = typer.Typer(help="The tagger compiled with mypyc: same output, faster (used when built).")
app.add_typer(native_app, name="native")

console = Console(stderr=True)
out = Console(highlight=False, soft_wrap=True)


def _setup_logging() -> None:
    logs = LogSettings()
    configure_logging(logs.level, logs.format)


def _fail(exc: BaseException) -> typer.Exit:
    console.print(f"[bold red]error:[/] {exc}")
    return typer.Exit(code=1)


def _broker_settings(port: int | None, data_dir: Path | None) -> BrokerSettings:
    overrides: dict[str, object] = {}
    if port is not None:
        overrides["port"] = port
    if data_dir is not None:
        overrides["data_dir"] = data_dir
    return BrokerSettings(**overrides)  # type: ignore[arg-type]


def _bootstrap(kafka: KafkaSettings) -> str:
    """The configured cluster, else the embedded broker's address (which must be running)."""
    if kafka.bootstrap_servers:
        return kafka.bootstrap_servers
    status = EmbeddedBroker(BrokerSettings()).status()
    if status.running and status.bootstrap_servers:
        return status.bootstrap_servers
    raise ArmswatchError(
        "no Kafka: set ARMSWATCH_KAFKA_BOOTSTRAP_SERVERS or start the embedded broker with `armswatch broker start`"
    )


def stop_on_signals(stop: asyncio.Event) -> None:
    """Set ``stop`` on SIGINT/SIGTERM (the second Ctrl-C falls back to the default, immediate exit)."""
    loop = asyncio.get_running_loop()

    def _handle(sig: signal.Signals) -> None:
        if stop.is_set():
            loop.remove_signal_handler(sig)
            return
        console.print(f"[yellow]{sig.name}: shutting down…[/]")
        stop.set()

    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, _handle, sig)


PortOpt = Annotated[int | None, typer.Option("--port", help="PLAINTEXT port on 127.0.0.1 (default 9092).")]
DataDirOpt = Annotated[Path | None, typer.Option("--data-dir", help="Broker data directory.")]


@broker_app.command("start")
def broker_start(port: PortOpt = None, data_dir: DataDirOpt = None) -> None:
    """Start the broker in the background and wait until it answers a metadata request."""
    _setup_logging()
    broker = EmbeddedBroker(_broker_settings(port, data_dir))
    try:
        bootstrap = broker.start()
    except ArmswatchError as exc:
        raise _fail(exc) from exc
    out.print(f"broker running at [bold]{bootstrap}[/] (log: {broker.log_file})")
    out.print(f"use it with: export ARMSWATCH_KAFKA_BOOTSTRAP_SERVERS={bootstrap}")


@broker_app.command("stop")
def broker_stop(port: PortOpt = None, data_dir: DataDirOpt = None) -> None:
    """Stop the broker (SIGTERM, then wait; SIGKILL only after 30 s)."""
    _setup_logging()
    stopped = EmbeddedBroker(_broker_settings(port, data_dir)).stop()
    out.print("broker stopped" if stopped else "no broker was running")


@broker_app.command("status")
def broker_status(port: PortOpt = None, data_dir: DataDirOpt = None) -> None:
    """Say whether the broker runs and answers; exit 1 when it does not."""
    _setup_logging()
    status = EmbeddedBroker(_broker_settings(port, data_dir)).status()
    if status.running:
        health = "answering" if status.answering else "NOT answering"
        out.print(f"broker running: pid {status.pid}, {status.bootstrap_servers}, {health}")
        out.print(f"data: {status.data_dir}  log: {status.log_file}")
    else:
        out.print(f"no broker running for {status.data_dir}")
    if not (status.running and status.answering):
        raise typer.Exit(code=1)


@topics_app.command("create")
def topics_create() -> None:
    """Create the Armswatch topics that do not exist yet (services also do this at start-up)."""
    _setup_logging()
    kafka = KafkaSettings()
    try:
        bootstrap = _bootstrap(kafka)
        created = asyncio.run(ensure_topics(bootstrap, standard_topics(kafka), kafka.replication_factor))
    except ArmswatchError as exc:
        raise _fail(exc) from exc
    out.print(f"created: {', '.join(created)}" if created else "all topics exist")


@schemas_app.command("export")
def schemas_export(
    check: Annotated[bool, typer.Option("--check", help="Only say whether the files are current.")] = False,
) -> None:
    """Write the JSON Schema of every event to schemas/json/ (or check them)."""
    from schemas.export import JSON_DIR, drifted, write

    if check:
        stale = drifted()
        if stale:
            console.print(f"[red]out of date:[/] {', '.join(stale)}; run `armswatch schemas export`")
            raise typer.Exit(code=1)
        out.print("schemas are current")
        return
    for path in write(JSON_DIR):
        out.print(str(path))


@app.command("run")
def run_command(
    log_dir: Annotated[Path | None, typer.Option("--log-dir", help="Where the services' logs go.")] = None,
) -> None:
    """Run the whole pipeline: embedded broker (unless ARMSWATCH_KAFKA_BOOTSTRAP_SERVERS is set), fetcher,
    extractor, alerts and its API, with a live status line per service. Ctrl-C stops it all, broker last."""
    from rich.live import Live

    from services.core.broker import kafka_for_run
    from services.core.settings import default_home
    from services.pipeline.run import run_pipeline
    from services.pipeline.status import ServiceStatus

    _setup_logging()
    kafka = KafkaSettings()
    logs = log_dir or default_home() / "logs"
    interactive = out.is_terminal

    async def _run(bootstrap: str) -> None:
        stop = asyncio.Event()
        stop_on_signals(stop)
        out.print(f"Kafka at [bold]{bootstrap}[/]; service logs in {logs}; Ctrl-C stops everything.")
        live = Live(console=out, refresh_per_second=2, transient=False) if interactive else None
        ticks = 0

        def show(statuses: list[ServiceStatus]) -> None:
            nonlocal ticks
            ticks += 1
            text = "\n".join(s.line() for s in statuses)
            if live is not None:
                live.update(text)
            elif ticks % 10 == 1:
                out.print(text)

        with live if live is not None else contextlib.nullcontext():
            await run_pipeline(stop, bootstrap, kafka, show, log_dir=logs)

    try:
        with kafka_for_run(kafka.bootstrap_servers, BrokerSettings()) as bootstrap:
            asyncio.run(_run(bootstrap))
    except ArmswatchError as exc:
        raise _fail(exc) from exc
    out.print("stopped")


@app.command("demo")
def demo_command() -> None:
    """An offline demo: a bundled story in five languages unfolds in local feeds; watch the alerts arrive."""
    from services.core.broker import kafka_for_run
    from services.pipeline.demo.run import run_demo

    _setup_logging()
    kafka = KafkaSettings()

    async def _run(bootstrap: str) -> None:
        stop = asyncio.Event()
        stop_on_signals(stop)
        await run_demo(bootstrap, lambda line: out.print(line, markup=False), stop)

    try:
        with kafka_for_run(kafka.bootstrap_servers, BrokerSettings()) as bootstrap:
            asyncio.run(_run(bootstrap))
    except ArmswatchError as exc:
        raise _fail(exc) from exc


def _run_service(name: str) -> None:
    import importlib
    import os

    try:
        os.environ["ARMSWATCH_KAFKA_BOOTSTRAP_SERVERS"] = _bootstrap(KafkaSettings())
    except ArmswatchError as exc:
        raise _fail(exc) from exc
    importlib.import_module(f"services.{name}.__main__").main()


@app.command("fetcher")
def fetcher_command() -> None:
    """Run the fetcher alone (against ARMSWATCH_KAFKA_BOOTSTRAP_SERVERS or the running embedded broker)."""
    _run_service("fetcher")


@app.command("extractor")
def extractor_command() -> None:
    """Run the extractor stream alone (scale out by running more: partitions are shared)."""
    _run_service("extractor")


@app.command("alerts")
def alerts_command() -> None:
    """Run the alerts service and its subscription API alone."""
    _run_service("alerts")


@app.command("extract")
def extract_command(
    files: Annotated[list[Path] | None, typer.Argument(help="JSON Lines files (default: standard input).")] = None,
    text: Annotated[str | None, typer.Option("--text", help="Tag this one text instead.")] = None,
    lang: Annotated[str | None, typer.Option("--lang", help="Language of --text (detected when omitted).")] = None,
) -> None:
    """Tag arms-transfer mentions: one JSON line out per JSON line in ({"id", "text", "lang"?, "title"?})."""
    import json

    from services.extractor.batch import extract_lines, extract_one

    if text is not None:
        print(json.dumps(extract_one({"id": "text", "text": text, "lang": lang}), ensure_ascii=False))
        return
    sources = [p.open(encoding="utf-8", errors="replace") for p in files] if files else [sys.stdin]
    try:
        for source in sources:
            for row in extract_lines(source):
                print(json.dumps(row, ensure_ascii=False), flush=False)
    finally:
        for source in sources:
            if source is not sys.stdin:
                source.close()
    sys.stdout.flush()


@native_app.command("build")
def native_build(
    force: Annotated[bool, typer.Option("--force", help="Rebuild even when a build of these sources exists.")] = False,
    prune: Annotated[bool, typer.Option("--prune", help="Remove the builds of older sources.")] = False,
) -> None:
    """Compile the tagger for its current sources (about a minute on two cores); later runs import it."""
    from services.extractor.compiling import build
    from services.extractor.compiling import prune as prune_builds

    _setup_logging()
    try:
        target = build(force=force)
    except ArmswatchError as exc:
        raise _fail(exc) from exc
    out.print(f"compiled tagger: {target}")
    if prune:
        for removed in prune_builds(target):
            out.print(f"removed {removed}")


@native_app.command("status")
def native_status() -> None:
    """Say whether this process tags with a compiled build, and where builds are looked for."""
    from services.extractor import tagging
    from services.extractor.tagging import native

    target = native.build_dir()
    built = native.complete(target)
    out.print(f"mode ARMSWATCH_NATIVE={native.mode()}; cache {native.cache_dir()}")
    out.print(f"build for these sources: {target if built else 'none (armswatch native build)'}")
    out.print(f"tagger in use: {'compiled' if native.active() else 'pure Python'} (tagger {tagging.TAGGER_VERSION})")


@app.command("tail")
def tail_command(
    topic: Annotated[str, typer.Argument(help=f"One of {', '.join(TAILABLE)}, or a full topic name.")],
    raw_json: Annotated[bool, typer.Option("--json", help="Print each event as JSON.")] = False,
    from_beginning: Annotated[bool, typer.Option("--from-beginning", help="Start at the oldest record.")] = False,
    limit: Annotated[int | None, typer.Option("--limit", help="Stop after N records.")] = None,
) -> None:
    """A live, readable view of a topic (no consumer group: it never moves a service's offsets)."""
    _setup_logging()
    kafka = KafkaSettings()

    async def _run() -> None:
        stop = asyncio.Event()
        stop_on_signals(stop)
        bootstrap = _bootstrap(kafka)
        await wait_for_kafka(bootstrap, kafka.ready_timeout_s)
        name = resolve_topic(topic, kafka.topic_prefix)
        emit = (lambda line: print(line, flush=True)) if raw_json else (lambda line: out.print(line, markup=False))
        await tail(bootstrap, name, emit, raw_json=raw_json, from_beginning=from_beginning, stop=stop, limit=limit)

    try:
        asyncio.run(_run())
    except KeyError as exc:
        raise _fail(ArmswatchError(f"unknown topic {topic!r}: use one of {', '.join(TAILABLE)}")) from exc
    except ArmswatchError as exc:
        raise _fail(exc) from exc


@app.command("train-filler")
def train_filler_command(
    check: Annotated[bool, typer.Option("--check", help="write nothing; fail if the shipped model is stale")] = False,
) -> None:
    """Train the extractor's learned filler on the tuned corpora (never the blind ones) and write its model."""
    from services.extractor.train_filler import corpora, report, shipped_matches, train, write

    model = train(corpora())
    out.print(report(model), highlight=False)
    if check:
        if not shipped_matches(model):
            out.print("the shipped model is not what training gives now: run make filler")
            raise typer.Exit(1)
        out.print("the shipped model is what training gives")
        return
    out.print(f"wrote {write(model)}")


@bench_app.command("extract")
def bench_extract(
    articles: Annotated[int, typer.Option(help="How many synthetic ~4 KB articles.")] = 5000,
) -> None:
    """Tagging speed on one core, and its ratio to trafilatura's extraction of the same articles as HTML."""
    from services.extractor.bench import bench, report

    out.print(report(bench(articles)))


@bench_app.command("e2e")
def bench_e2e(
    rate: Annotated[float, typer.Option(help="New articles per second during the steady phase.")] = 50.0,
    seconds: Annotated[float, typer.Option(help="Length of the steady phase.")] = 20.0,
    burst: Annotated[int, typer.Option(help="Articles published at once to find the throughput ceiling.")] = 1000,
) -> None:
    """Feed item to verified webhook through the three services: latency at a steady rate, then the ceiling."""
    from services.core.broker import kafka_for_run
    from services.pipeline.bench_e2e import bench, report

    _setup_logging()
    kafka = KafkaSettings()
    with kafka_for_run(kafka.bootstrap_servers, BrokerSettings()) as bootstrap:
        figures = asyncio.run(bench(bootstrap, rate=rate, seconds=seconds, burst=burst))
    out.print(report(figures), markup=False)


@bench_app.command("fetcher")
def bench_fetcher(
    feeds: Annotated[int, typer.Option(help="Feeds served by the local server.")] = 2000,
    items: Annotated[int, typer.Option(help="Items per feed.")] = 20,
) -> None:
    """One full poll cycle over a local server's feeds (new items, then all 304): time, CPU, peak RSS."""
    import json

    from services.fetcher.bench import bench

    configure_logging("WARNING")
    print(json.dumps(asyncio.run(bench(feeds, items)), indent=2))


@bench_app.command("alerts", context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def bench_alerts(ctx: typer.Context) -> None:
    """10,000 mentions/min to 100 local receivers (some slow, some failing): latency to first POST, rate, RSS.

    Extra options go to the benchmark (see `python -m services.alerts.bench --help`)."""
    from services.alerts.bench import main as alerts_bench

    bootstrap = KafkaSettings().bootstrap_servers
    alerts_bench([bootstrap, *ctx.args] if bootstrap else ["--embedded", *ctx.args])


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()
