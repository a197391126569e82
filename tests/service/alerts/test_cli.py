"""``armswatch subscriptions`` against a running alerts API."""

from __future__ import annotations

import asyncio

from typer.testing import CliRunner

from services.alerts.cli import subscriptions_app
from tests.service.alerts.conftest import TOKEN, Receiver, Starter


async def test_add_list_test_remove(start_alerts: Starter, receiver: Receiver) -> None:
    """The CLI adds a subscription (printing its secret), lists it, pings it and removes it."""
    service = await start_alerts()
    common = ["--api", service.api_url, "--token", TOKEN]

    def run(*args: str) -> tuple[int, str]:
        result = CliRunner().invoke(subscriptions_app, [*args, *common])
        return result.exit_code, result.output

    code, out = await asyncio.to_thread(run, "add", receiver.url, "--supplier", "DK", "--kind", "new_supplier")
    assert code == 0, out
    assert "whsec_" in out
    sub_id = out.split("id:", 1)[1].split()[0]
    code, out = await asyncio.to_thread(run, "list")
    assert code == 0
    assert sub_id[:8] in out
    code, out = await asyncio.to_thread(run, "test", sub_id)
    assert (code, len(receiver.requests)) == (0, 1)
    code, out = await asyncio.to_thread(run, "remove", sub_id)
    assert code == 0
    code, out = await asyncio.to_thread(run, "add", "https://10.0.0.1/x")
    assert code == 1
    assert "url" in out
