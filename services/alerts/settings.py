"""Settings of the alerts service, from ``ARMSWATCH_ALERTS_*`` environment variables."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from services.core.settings import default_home

# 5s, 30s, 2m, 10m, 30m, 1h, 3h, 8h, 12h: nine retries after the first try, spread over about 24.7 hours.
DEFAULT_RETRY_SCHEDULE: tuple[float, ...] = (5, 30, 120, 600, 1800, 3600, 3 * 3600, 8 * 3600, 12 * 3600)


def _split(value: object) -> object:
    if isinstance(value, str):
        return tuple(part.strip() for part in value.split(",") if part.strip())
    return value


class AlertsSettings(BaseSettings):
    """How the alerts service decides novelty, serves its API and delivers webhooks.

    ``api_token`` unset means: a token is generated once into ``state_dir/api-token`` (mode 0600) and
    reused on later starts; only the file's path is logged, never the token.
    """

    model_config = SettingsConfigDict(env_prefix="ARMSWATCH_ALERTS_", extra="ignore")

    api_host: str = "127.0.0.1"
    api_port: int = Field(default=8080, ge=0, le=65535)
    api_token: SecretStr | None = None
    state_dir: Path = Field(default_factory=lambda: default_home() / "alerts")
    min_confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    quantity_tolerance: float = Field(default=0.2, ge=0.0, le=10.0)
    story_window_hours: float = Field(default=48.0, gt=0)
    retry_schedule: Annotated[tuple[float, ...], NoDecode] = DEFAULT_RETRY_SCHEDULE
    retry_jitter: float = Field(default=0.1, ge=0.0, le=1.0)
    delivery_timeout_s: float = Field(default=10.0, gt=0)
    per_subscription_concurrency: int = Field(default=4, ge=1, le=100)
    shutdown_drain_s: float = Field(default=5.0, ge=0)
    dispatch_concurrency: int = Field(default=16, ge=1, le=256)
    max_connections: int = Field(default=200, ge=1, le=10000)
    allow_hosts: Annotated[tuple[str, ...], NoDecode] = ()
    allow_http: bool = False
    metrics_port: int | None = None
    max_sources: int = Field(default=50, ge=1, le=1000)
    deliveries_kept_per_subscription: int = Field(default=200, ge=1)

    @field_validator("retry_schedule", mode="before")
    @classmethod
    def _parse_schedule(cls, value: object) -> object:
        parts = _split(value)
        if isinstance(parts, tuple):
            return tuple(float(p) for p in parts)
        return parts

    @field_validator("allow_hosts", mode="before")
    @classmethod
    def _parse_hosts(cls, value: object) -> object:
        parts = _split(value)
        if isinstance(parts, tuple):
            return tuple(str(p).lower() for p in parts)
        return parts

    @field_validator("retry_schedule")
    @classmethod
    def _non_negative(cls, value: tuple[float, ...]) -> tuple[float, ...]:
        if any(v < 0 for v in value):
            raise ValueError("retry delays must be >= 0")
        return value

    @property
    def story_window_s(self) -> float:
        """The story window in seconds."""
        return self.story_window_hours * 3600.0
