"""Benchmark: 10,000 mentions a minute, 100 subscriptions (some slow, some failing), local receivers.

A warm-up first makes ``--warmup`` facts known; in the measured phase a ``--novel`` fraction of mentions
is news (a known supplier, a new recipient) and the rest repeat known facts. Reports p50/p99 from a
mention's production to the first webhook POST of each resulting event (an upper bound of "consumed →
first POST"), separately for healthy, slow and failing receivers; deliveries per second and the peak
RSS of the alerts process. Receivers and the producer run in a child process so that they do not share
the alerts service's event loop.

    python -m services.alerts.bench BOOTSTRAP [--rate 10000] [--duration 60] [--slow 10] [--failing 10]
    python -m services.alerts.bench --embedded          # starts a throwaway broker on a free port
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import multiprocessing as mp
import random
import resource
import secrets
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from pydantic import SecretStr

from schemas import ArticleRef, Mention, MentionTagged, MentionTaggedData, Quantity, Span, Status, Weapon
from services.alerts.service import build_alerts
from services.alerts.settings import AlertsSettings
from services.alerts.subscriptions import Filters, SubscriptionRequest
from services.core.broker import EmbeddedBroker, free_port
from services.core.logging import configure_logging
from services.core.settings import BrokerSettings, KafkaSettings
from services.core.topics import MENTIONS, topic_name

SUPPLIERS = (
    "US",
    "DE",
    "FR",
    "GB",
    "DK",
    "NO",
    "SE",
    "FI",
    "PL",
    "NL",
    "IT",
    "ES",
    "CZ",
    "KR",
    "TR",
    "IL",
    "CA",
    "AU",
    "JP",
    "CH",
)
RECIPIENTS = (
    "UA",
    "IL",
    "TW",
    "SA",
    "AE",
    "EG",
    "IN",
    "PK",
    "QA",
    "MA",
    "LT",
    "LV",
    "EE",
    "RO",
    "GR",
    "BR",
    "CL",
    "ID",
    "VN",
    "PH",
)
STATUSES = (Status.DELIVERED, Status.AGREED, Status.PLANNED)
EPOCH = datetime(2024, 1, 1, tzinfo=UTC)


def _mention(
    supplier: str, recipient: str, weapon: Weapon, quantity: int | None, status: Status, confidence: float
) -> Mention:
    evidence = f"{supplier} sends {quantity or 'some'} {weapon.value} to {recipient}."
    return Mention(
        supplier=supplier,
        recipient=recipient,
        weapon=weapon,
        status=status,
        evidence=evidence,
        evidence_span=Span(start=0, end=len(evidence)),
        confidence=confidence,
        quantity=Quantity(value=quantity, unit="units", text=str(quantity)) if quantity else None,
    )


def _event(n: int, mention: Mention, published_at: datetime, language: str) -> MentionTagged:
    article = ArticleRef(
        article_id=f"b{n}",
        version="v1",
        url=f"https://outlet{n % 50}.example/{n}",
        outlet=f"outlet{n % 50}",
        language=language,
        published_at=published_at,
    )
    event: MentionTagged = MentionTagged.new(
        MentionTaggedData(article=article, mentions=(mention,), tagger_version="bench"), event_id=f"bench-{n}"
    )
    return event


def known_facts(count: int) -> list[Mention]:
    """The facts the warm-up makes known (one per triple), repeated later as not-news."""
    rng = random.Random(1)  # noqa: S311 - a reproducible workload, not cryptography
    facts = []
    for i in range(count):
        supplier = SUPPLIERS[i % len(SUPPLIERS)]
        recipient = rng.choice([r for r in RECIPIENTS if r != supplier])
        facts.append(
            _mention(
                supplier, recipient, rng.choice(list(Weapon)), rng.choice((None, 10, 100)), rng.choice(STATUSES), 0.9
            )
        )
    return facts


def workload(n: int, rng: random.Random, facts: Sequence[Mention], novel: float) -> MentionTagged:
    """Mention ``n`` of the measured phase: news with probability ``novel``, else a known fact again.

    News is a transfer from a known supplier to a never-seen recipient (``new_supplier``); a known fact is
    repeated long after its story window closed, so it is judged "known" and raises nothing.
    """
    language = rng.choice(("da", "nb", "sv", "de", "fi"))
    if rng.random() < novel:
        mention = _mention(
            rng.choice(SUPPLIERS),
            f"r{n}",
            rng.choice(list(Weapon)),
            rng.choice((None, 10, 50)),
            rng.choice(STATUSES),
            rng.uniform(0.6, 1.0),
        )
        return _event(n, mention, EPOCH + timedelta(days=30), language)
    fact = rng.choice(facts)
    return _event(n, fact, EPOCH + timedelta(days=10, hours=rng.uniform(0, 24 * 10)), language)


# ---------------------------------------------------------------- the child process: receivers + producer


def _child(
    conn: Connection, bootstrap: str, topic: str, load: dict[str, Any], slow: set[int], failing: set[int]
) -> None:
    asyncio.run(_child_main(conn, bootstrap, topic, load, slow, failing))


async def _child_main(
    conn: Connection, bootstrap: str, topic: str, load: dict[str, Any], slow: set[int], failing: set[int]
) -> None:
    rate, duration, slow_s = load["rate"], load["duration"], load["slow_s"]
    warmup, novel = load["warmup"], load["novel"]
    from aiohttp import web
    from aiokafka import AIOKafkaProducer

    produced: dict[str, float] = {}
    first_post: dict[tuple[str, int], float] = {}
    posts = 0

    async def handle(request: web.Request) -> web.Response:
        nonlocal posts
        now = time.time()
        index = int(request.match_info["i"])
        body = await request.read()
        posts += 1
        key = (request.headers["webhook-id"], index)
        if key not in first_post:
            first_post[key] = now
            data = json.loads(body)["data"]
            first_post[(f"article:{data['sources'][-1]['article_id']}", index)] = now
        if index in failing:
            return web.Response(status=500)
        if index in slow:
            await asyncio.sleep(slow_s)
        return web.Response(status=204)

    app = web.Application()
    app.router.add_post("/hook/{i}", handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port, backlog=1024).start()
    conn.send(("ready", port))

    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=2)
    await producer.start()
    rng = random.Random(42)  # noqa: S311 - a reproducible workload, not cryptography
    facts = known_facts(warmup)
    for i, fact in enumerate(facts):
        await producer.send(topic, key=f"w{i}".encode(), value=_event(-1 - i, fact, EPOCH, "da").to_bytes())
    await producer.flush()
    conn.send(("warmed", len(facts)))
    await asyncio.get_running_loop().run_in_executor(None, conn.recv)  # "go"
    per_s = rate / 60.0
    started = time.monotonic()
    n = 0
    while (elapsed := time.monotonic() - started) < duration:
        due = int(elapsed * per_s)
        while n < due:
            event = workload(n, rng, facts, novel)
            produced[event.data.article.article_id] = time.time()
            await producer.send(topic, key=event.data.article.article_id.encode(), value=event.to_bytes())
            n += 1
        await asyncio.sleep(0.005)
    await producer.flush()
    await producer.stop()
    conn.send(("produced", n))
    await asyncio.get_running_loop().run_in_executor(None, conn.recv)  # "report"
    latencies: dict[str, list[float]] = {"healthy": [], "slow": [], "failing": []}
    for (label, index), at in first_post.items():
        if not label.startswith("article:"):
            continue
        sent = produced.get(label.removeprefix("article:"))
        if sent is None:
            continue
        group = "failing" if index in failing else "slow" if index in slow else "healthy"
        latencies[group].append(at - sent)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    conn.send(
        (
            "report",
            {"latencies": latencies, "posts": posts, "first_posts": len(first_post) // 2, "receiver_rss_mb": rss_mb},
        )
    )
    await runner.cleanup()


# ---------------------------------------------------------------- the alerts process (this one)


def _pct(values: Sequence[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000, 1)


async def _run(args: argparse.Namespace, bootstrap: str) -> dict[str, Any]:
    kafka = KafkaSettings(topic_prefix=f"bench{uuid.uuid4().hex[:8]}", partitions=args.partitions)
    state = Path(tempfile.mkdtemp(prefix="armswatch-bench-"))
    settings = AlertsSettings(
        api_port=0,
        api_token=SecretStr(secrets.token_urlsafe(16)),
        state_dir=state,
        allow_hosts=("127.0.0.1",),
        allow_http=True,
        retry_schedule=(1, 2, 4, 8),
        delivery_timeout_s=10,
    )
    service = build_alerts(settings, kafka, bootstrap)
    stop = asyncio.Event()
    task = asyncio.create_task(service.run(stop))
    await _until(lambda: service.ready.is_set() and service.stream_assigned(), 90)

    subs = args.subscriptions
    slow = set(range(args.slow))
    failing = set(range(args.slow, args.slow + args.failing))
    parent, child = mp.get_context("spawn").Pipe()
    proc = mp.get_context("spawn").Process(
        target=_child,
        args=(
            child,
            bootstrap,
            topic_name(MENTIONS, kafka.topic_prefix),
            {
                "rate": args.rate,
                "duration": args.duration,
                "slow_s": args.slow_s,
                "warmup": args.warmup,
                "novel": args.novel,
            },
            slow,
            failing,
        ),
        daemon=True,
    )
    proc.start()
    _, port = await asyncio.to_thread(parent.recv)
    _, warmed = await asyncio.to_thread(parent.recv)
    # The warm-up's alerts go to nobody: subscriptions are created once it has been judged.
    await _until(lambda: service.counters.alerts_raised + service.counters.alerts_updated >= warmed, 120)
    await asyncio.sleep(2.0)
    before = service.counters.alerts_raised + service.counters.alerts_updated
    for i in range(subs):
        supplier = SUPPLIERS[i % len(SUPPLIERS)]
        await service.subscriptions.create(
            SubscriptionRequest.model_validate(
                {"url": f"http://127.0.0.1:{port}/hook/{i}", "filters": Filters(suppliers=(supplier,))}
            )
        )
    await asyncio.sleep(1.0)  # let the subscription follower settle before load starts

    started = time.monotonic()
    parent.send("go")
    _, produced = await asyncio.to_thread(parent.recv)
    # Drain: wait until the healthy deliveries stop growing.
    last, quiet_since = -1, time.monotonic()
    while time.monotonic() - quiet_since < 3.0 and time.monotonic() - started < args.duration + 120:
        done = service.counters.deliveries_ok
        if done != last:
            last, quiet_since = done, time.monotonic()
        await asyncio.sleep(0.25)
    elapsed = time.monotonic() - started
    parent.send("report")
    _, report = await asyncio.to_thread(parent.recv)
    proc.join(10)
    counters = service.counters
    stop.set()
    with contextlib.suppress(asyncio.CancelledError):
        await asyncio.wait_for(task, 60)
    lat = report["latencies"]
    return {
        "mentions_produced": produced,
        "mentions_per_minute": round(produced / args.duration * 60),
        "novel_fraction": args.novel,
        "events_in_measured_phase": counters.alerts_raised + counters.alerts_updated - before,
        "deliveries_ok": counters.deliveries_ok,
        "delivery_attempts_failed": counters.delivery_attempts_failed,
        "posts_received": report["posts"],
        "posts_per_s": round(report["posts"] / elapsed, 1),
        "deliveries_ok_per_s": round(counters.deliveries_ok / elapsed, 1),
        **{
            f"{group}_first_post_ms": {
                "n": len(v),
                "p50": _pct(v, 0.5),
                "p99": _pct(v, 0.99),
                "mean": round(statistics.fmean(v) * 1000, 1) if v else None,
            }
            for group, v in lat.items()
        },
        "stage_means_ms": {
            "consumed_to_judged": _mean_ms(service.metrics.judge_lag_seconds),
            "alert_to_first_post": _mean_ms(service.metrics.delivery_lag_seconds),
            "post_duration": _mean_ms(service.metrics.delivery_seconds),
        },
        "alerts_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "receivers_peak_rss_mb": round(report["receiver_rss_mb"], 1),
    }


def _mean_ms(histogram: Any) -> float | None:
    samples = {s.name: s.value for metric in histogram.collect() for s in metric.samples}
    count = next((v for k, v in samples.items() if k.endswith("_count")), 0.0)
    total = next((v for k, v in samples.items() if k.endswith("_sum")), 0.0)
    return round(total / count * 1000, 1) if count else None


async def _until(check: Any, within: float) -> None:
    deadline = time.monotonic() + within
    while not check():
        if time.monotonic() > deadline:
            raise TimeoutError("the alerts service did not become ready")
        await asyncio.sleep(0.1)


def main(argv: Sequence[str] | None = None) -> None:
    """Run the benchmark and print its figures as JSON."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("bootstrap", nargs="?", help="host:port of a Kafka broker")
    parser.add_argument("--embedded", action="store_true", help="start a throwaway embedded broker")
    parser.add_argument("--rate", type=int, default=10_000, help="mentions per minute")
    parser.add_argument("--duration", type=float, default=60.0, help="seconds of load")
    parser.add_argument("--subscriptions", type=int, default=100)
    parser.add_argument("--slow", type=int, default=10, help="receivers answering after --slow-s")
    parser.add_argument("--slow-s", type=float, default=2.0)
    parser.add_argument("--failing", type=int, default=10, help="receivers answering 500")
    parser.add_argument("--partitions", type=int, default=6)
    parser.add_argument("--warmup", type=int, default=2000, help="known facts loaded before measuring")
    parser.add_argument("--novel", type=float, default=0.1, help="fraction of mentions that are news")
    parser.add_argument("--profile", type=Path, help="write a cProfile of the alerts process here")
    args = parser.parse_args(argv)
    configure_logging("WARNING", "console")
    broker: EmbeddedBroker | None = None
    bootstrap = args.bootstrap
    if args.embedded:
        broker = EmbeddedBroker(BrokerSettings(port=free_port(), data_dir=Path(tempfile.mkdtemp(prefix="kafka-"))))
        bootstrap = broker.start()
    if not bootstrap:
        parser.error("give a bootstrap (host:port) or --embedded")
    try:
        if args.profile:
            import cProfile

            with cProfile.Profile() as profile:
                result = asyncio.run(_run(args, bootstrap))
            profile.dump_stats(args.profile)
        else:
            result = asyncio.run(_run(args, bootstrap))
    finally:
        if broker is not None:
            broker.stop()
    json.dump(result, sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
