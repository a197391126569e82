"""Export the JSON Schema of every event to ``schemas/json/`` (checked in; a test fails on drift)."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from schemas.alert import AlertRaised, AlertUpdated
from schemas.article import ArticleFetched
from schemas.deadletter import DeadLetter
from schemas.mention import MentionTagged

JSON_DIR = Path(__file__).resolve().parent / "json"

EVENTS: tuple[type[BaseModel], ...] = (ArticleFetched, MentionTagged, AlertRaised, AlertUpdated, DeadLetter)


def rendered() -> dict[str, str]:
    """File name → JSON Schema text for every event model."""
    out: dict[str, str] = {}
    for model in EVENTS:
        event_type = str(model.model_fields["type"].default)
        schema = model.model_json_schema(mode="serialization")
        schema["$id"] = f"https://armswatch.org/schemas/{event_type}.json"
        out[f"{event_type}.json"] = json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    return out


def write(directory: Path = JSON_DIR) -> list[Path]:
    """Write every schema file and return their paths."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in rendered().items():
        path = directory / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def drifted(directory: Path = JSON_DIR) -> list[str]:
    """Names of schema files that are missing or differ from the models."""
    return [
        name
        for name, text in rendered().items()
        if not (directory / name).exists() or (directory / name).read_text(encoding="utf-8") != text
    ]
