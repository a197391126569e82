"""``armswatch webhook verify``: a receiver's debugging aid."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from services.alerts.cli import parse_headers, webhook_app
from services.alerts.signing import generate_secret, sign_headers

BODY = b'{"event_id":"e1","type":"alert.raised","data":{}}'


def _files(tmp_path: Path, headers: dict[str, str], body: bytes = BODY) -> tuple[Path, Path]:
    header_file = tmp_path / "headers.txt"
    header_file.write_text("HTTP/1.1 200 OK\n" + "".join(f"{k}: {v}\n" for k, v in headers.items()))
    body_file = tmp_path / "body.json"
    body_file.write_bytes(body)
    return header_file, body_file


def test_valid_delivery_exits_zero(tmp_path: Path) -> None:
    """A correctly signed delivery is reported valid with its webhook-id, exit 0."""
    secret = generate_secret()
    header_file, body_file = _files(tmp_path, sign_headers(secret, "msg_ok", BODY))
    result = CliRunner().invoke(
        webhook_app, ["verify", "--secret", secret, "--headers", str(header_file), str(body_file)]
    )
    assert result.exit_code == 0, result.output
    assert "valid" in result.output
    assert "msg_ok" in result.output


def test_tampered_body_from_stdin_exits_one_with_the_reason(tmp_path: Path) -> None:
    """A changed body read from stdin, with headers given one by one, is invalid with the reason, exit 1."""
    secret = generate_secret()
    args = ["verify", "--secret", secret]
    for name, value in sign_headers(secret, "msg_x", BODY).items():
        args += ["--header", f"{name}: {value}"]
    result = CliRunner().invoke(webhook_app, [*args, "-"], input=BODY.replace(b"e1", b"e2"))
    assert result.exit_code == 1
    assert "no matching v1 signature" in result.output


def test_json_header_file_and_missing_header(tmp_path: Path) -> None:
    """Headers may be a JSON object; a missing header is named."""
    secret = generate_secret()
    headers = sign_headers(secret, "msg_j", BODY)
    del headers["webhook-timestamp"]
    header_file = tmp_path / "h.json"
    header_file.write_text(json.dumps(headers))
    body_file = tmp_path / "b"
    body_file.write_bytes(BODY)
    result = CliRunner().invoke(
        webhook_app, ["verify", "--secret", secret, "--headers", str(header_file), str(body_file)]
    )
    assert result.exit_code == 1
    assert "webhook-timestamp" in result.output


def test_parse_headers_skips_noise() -> None:
    """Status lines and blank lines are skipped; names are lower-cased."""
    assert parse_headers(["HTTP/1.1 200 OK", "", "Webhook-Id: a:b", "X: 1"]) == {"webhook-id": "a:b", "x": "1"}
