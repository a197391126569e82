"""Hostile feed bodies through the whole poll path: nothing escapes the poll loop."""

from __future__ import annotations

from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.fetcher.service import build_fetcher
from tests.service.fetcher import samples
from tests.service.fetcher.conftest import RecordingProducer, SettingsFactory

FEED = "https://fuzz.example/feed"
VALID = samples.rss([samples.Item("/a", "da"), samples.Item("/b", "nb")], "https://fuzz.example").encode()


def _mutations() -> st.SearchStrategy[bytes]:
    spliced = st.tuples(st.integers(0, len(VALID)), st.binary(max_size=200)).map(
        lambda cut: VALID[: cut[0]] + cut[1] + VALID[cut[0] + len(cut[1]) :]
    )
    return st.one_of(st.binary(max_size=4000), spliced)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    body=_mutations(),
    content_type=st.sampled_from(
        ["application/rss+xml", "text/xml", "text/html", "application/xml; charset=iso-8859-1", ""]
    ),
)
async def test_random_bodies_never_escape_the_poll_loop(
    make_settings: SettingsFactory, kafka_local: Any, body: bytes, content_type: str
) -> None:
    """Random and mutilated feed bodies (and pages) end in a counted outcome; poll_once never raises."""

    def respond(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"content-type": content_type})

    settings_ = make_settings([{"name": "Fuzz", "url": FEED}])
    client = httpx.AsyncClient(transport=httpx.MockTransport(respond))
    producer = RecordingProducer()
    async with client, build_fetcher(settings_, kafka_local, "unused:9092", http=client, producer=producer) as f:
        report = await f.poll_once(force=True)
    assert sum(report.outcomes.values()) == 1
    assert "internal" not in report.outcomes
