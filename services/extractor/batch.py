"""``armswatch extract``: tag JSON Lines offline (the contract the evaluation scorer uses)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from services.extractor.tagging import detect_language, tag


def extract_one(row: dict[str, Any]) -> dict[str, Any]:
    """``{"id", "lang", "mentions"}`` for one input object with ``text`` (and optional ``lang``, ``title``).

    Raises ``ValueError`` when ``text`` is missing or not a string.
    """
    text = row.get("text")
    if not isinstance(text, str):
        raise ValueError("field 'text' is missing or not a string")
    title = row.get("title") if isinstance(row.get("title"), str) else None
    lang = row.get("lang") if isinstance(row.get("lang"), str) and row.get("lang") else None
    lang = lang or detect_language(f"{title}\n{text}" if title else text)
    mentions = tag(text, lang=lang, title=title)
    return {"id": row.get("id"), "lang": lang, "mentions": [m.model_dump(mode="json") for m in mentions]}


def extract_lines(lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    """One output object per non-blank input line, in order; a bad line yields ``{"id", "error"}``."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield {"id": None, "line": number, "error": f"not JSON: {exc.msg}"}
            continue
        if not isinstance(row, dict):
            yield {"id": None, "line": number, "error": "not a JSON object"}
            continue
        try:
            yield extract_one(row)
        except ValueError as exc:
            yield {"id": row.get("id"), "line": number, "error": str(exc)}
        except Exception as exc:  # noqa: BLE001 - a tagger bug on one line must not end the run
            yield {"id": row.get("id"), "line": number, "error": f"tagging failed: {type(exc).__name__}: {exc}"}
