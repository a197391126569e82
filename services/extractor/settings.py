"""Extractor settings (``ARMSWATCH_EXTRACTOR_*``)."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class ExtractorSettings(BaseSettings):
    """How the extractor stream runs."""

    model_config = SettingsConfigDict(env_prefix="ARMSWATCH_EXTRACTOR_", extra="ignore")

    app_id: str | None = Field(
        default=None, description="Faust app id and consumer group; default '<topic prefix>-extractor'."
    )
    min_confidence: float = Field(default=0.0, ge=0.0, le=1.0)
    publish_empty: bool = Field(
        default=False, description="Also publish mention.tagged for articles without any mention."
    )
    max_text_chars: int = Field(default=200_000, ge=1000, description="Longer texts are cut (hostile input).")
    metrics_port: int | None = None
