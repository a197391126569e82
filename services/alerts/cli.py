"""Command-line sub-apps: ``armswatch subscriptions ...`` (talks to the alerts API) and
``armswatch webhook verify`` (a receiver's debugging aid). Mount them in ``services/cli.py``::

    app.add_typer(subscriptions_app, name="subscriptions")
    app.add_typer(webhook_app, name="webhook")
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import httpx
import typer
from rich.console import Console
from rich.table import Table

from services.alerts.errors import SignatureError
from services.alerts.settings import AlertsSettings
from services.alerts.signing import verify

subscriptions_app = typer.Typer(help="Manage webhook subscriptions through the alerts API.", no_args_is_help=True)
webhook_app = typer.Typer(help="Tools for webhook receivers.", no_args_is_help=True)


@webhook_app.callback()
def _webhook() -> None:
    """Tools for webhook receivers (a callback keeps ``verify`` a sub-command)."""


_out = Console()
_err = Console(stderr=True)

ApiOption = Annotated[str, typer.Option("--api", help="Base URL of the alerts API.")]
TokenOption = Annotated[
    str | None,
    typer.Option(
        "--token",
        envvar="ARMSWATCH_ALERTS_API_TOKEN",
        show_envvar=True,
        help="API token (default: the generated one in the alerts state dir).",
    ),
]
DEFAULT_API = "http://127.0.0.1:8080"


def _token(token: str | None) -> str:
    if token:
        return token
    path = AlertsSettings().state_dir / "api-token"
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    _err.print("[red]No API token:[/] pass --token or set ARMSWATCH_ALERTS_API_TOKEN.")
    raise typer.Exit(2)


def _call(method: str, api: str, path: str, token: str | None, body: Any = None) -> Any:
    try:
        response = httpx.request(
            method,
            api.rstrip("/") + path,
            json=body,
            timeout=30.0,
            headers={"Authorization": f"Bearer {_token(token)}"},
        )
    except httpx.HTTPError as exc:
        _err.print(f"[red]Cannot reach the alerts API at {api}:[/] {exc}")
        raise typer.Exit(2) from exc
    if response.status_code >= 400:
        try:
            detail = response.json().get("detail")
        except ValueError:
            detail = response.text
        if isinstance(detail, list):
            detail = "; ".join(f"{d.get('field')}: {d.get('msg')}" for d in detail)
        _err.print(f"[red]{response.status_code}[/] {detail}")
        raise typer.Exit(1)
    return response.json() if response.content else None


@subscriptions_app.command("add")
def add(
    url: Annotated[str, typer.Argument(help="https URL that receives the webhooks.")],
    supplier: Annotated[list[str] | None, typer.Option("--supplier", help="Supplier code (repeatable).")] = None,
    recipient: Annotated[list[str] | None, typer.Option("--recipient", help="Recipient (repeatable).")] = None,
    weapon: Annotated[list[str] | None, typer.Option("--weapon", help="Weapon category (repeatable).")] = None,
    kind: Annotated[list[str] | None, typer.Option("--kind", help="Alert kind (repeatable).")] = None,
    language: Annotated[list[str] | None, typer.Option("--language", help="Source language (repeatable).")] = None,
    min_confidence: Annotated[float, typer.Option("--min-confidence", min=0.0, max=1.0)] = 0.0,
    description: Annotated[str, typer.Option("--description")] = "",
    api: ApiOption = DEFAULT_API,
    token: TokenOption = None,
) -> None:
    """Subscribe URL to alerts; prints the id and the signing secret (shown only now)."""
    filters = {
        "suppliers": supplier or [],
        "recipients": recipient or [],
        "weapons": weapon or [],
        "kinds": kind or [],
        "languages": language or [],
        "min_confidence": min_confidence,
    }
    sub = _call("POST", api, "/subscriptions", token, {"url": url, "filters": filters, "description": description})
    _out.print(f"id:     {sub['id']}")
    _out.print(f"secret: {sub['secret']}  (store it now: it is not shown again)")


@subscriptions_app.command("list")
def list_(api: ApiOption = DEFAULT_API, token: TokenOption = None) -> None:
    """List subscriptions."""
    subs = _call("GET", api, "/subscriptions", token)["subscriptions"]
    table = Table("id", "url", "active", "filters", "description")
    for sub in subs:
        filters = {k: v for k, v in sub["filters"].items() if v}
        table.add_row(
            sub["id"],
            sub["url"],
            "yes" if sub["active"] else f"no ({sub.get('disabled_reason')})",
            json.dumps(filters),
            sub.get("description") or "",
        )
    _out.print(table)


@subscriptions_app.command("remove")
def remove(
    subscription_id: Annotated[str, typer.Argument(metavar="ID")],
    api: ApiOption = DEFAULT_API,
    token: TokenOption = None,
) -> None:
    """Delete a subscription."""
    _call("DELETE", api, f"/subscriptions/{subscription_id}", token)
    _out.print(f"removed {subscription_id}")


@subscriptions_app.command("test")
def ping(
    subscription_id: Annotated[str, typer.Argument(metavar="ID")],
    api: ApiOption = DEFAULT_API,
    token: TokenOption = None,
) -> None:
    """Send a signed ping to the subscription's URL and show the answer."""
    result = _call("POST", api, f"/subscriptions/{subscription_id}/test", token)
    if result["ok"]:
        _out.print(f"[green]ok[/] HTTP {result['status_code']} in {result['duration_ms']} ms")
        return
    _out.print(f"[red]failed[/] {result.get('error') or 'HTTP ' + str(result['status_code'])}")
    raise typer.Exit(1)


def parse_headers(lines: list[str]) -> dict[str, str]:
    """Headers from ``Name: value`` lines (blank lines and an HTTP status line are skipped)."""
    headers: dict[str, str] = {}
    for line in lines:
        name, sep, value = line.partition(":")
        if not sep or not name.strip() or line.upper().startswith("HTTP/") or " " in name.strip():
            continue
        headers[name.strip().lower()] = value.strip()
    return headers


def _read_headers(path: Path | None, header: list[str]) -> dict[str, str]:
    headers: dict[str, str] = {}
    if path is not None:
        text = path.read_text(encoding="utf-8")
        if text.lstrip().startswith("{"):
            headers.update({str(k).lower(): str(v) for k, v in json.loads(text).items()})
        else:
            headers.update(parse_headers(text.splitlines()))
    headers.update(parse_headers(header))
    return headers


@webhook_app.command("verify")
def verify_command(
    body_file: Annotated[str, typer.Argument(metavar="[BODY_FILE|-]", help="The raw body ('-': stdin).")] = "-",
    secret: Annotated[
        str, typer.Option("--secret", envvar="ARMSWATCH_WEBHOOK_SECRET", help="The subscription's whsec_ secret.")
    ] = ...,  # type: ignore[assignment]
    headers_file: Annotated[
        Path | None,
        typer.Option("--headers", exists=True, dir_okay=False, help="File of 'Name: value' lines or a JSON object."),
    ] = None,
    header: Annotated[list[str] | None, typer.Option("--header", "-H", help="'Name: value' (repeatable).")] = None,
    tolerance: Annotated[int, typer.Option("--tolerance", help="Allowed clock skew in seconds.")] = 300,
) -> None:
    """Check a delivery's signature: exit 0 when valid, 1 (with the reason) when not."""
    body = sys.stdin.buffer.read() if body_file == "-" else Path(body_file).read_bytes()
    headers = _read_headers(headers_file, header or [])
    try:
        msg_id = verify(secret, headers, body, tolerance_s=tolerance)
    except SignatureError as exc:
        _out.print(f"[red]invalid:[/] {exc}")
        raise typer.Exit(1) from exc
    _out.print(f"[green]valid[/] webhook-id={msg_id}")
