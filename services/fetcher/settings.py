"""``FetcherSettings``: every knob of the fetcher, from ``ARMSWATCH_FETCHER_*`` environment variables."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from services.core.settings import default_home

DEFAULT_FEEDS_FILE = Path(__file__).resolve().parent / "data" / "feeds.toml"
DEFAULT_USER_AGENT = "Armswatch/0.1 (+https://github.com/armswatch/armswatch)"


class FetcherSettings(BaseSettings):
    """How the fetcher polls, how hard it may push the outlets, and where it keeps its state."""

    model_config = SettingsConfigDict(env_prefix="ARMSWATCH_FETCHER_", extra="ignore")

    feeds_file: Path = DEFAULT_FEEDS_FILE
    state_dir: Path = Field(default_factory=lambda: default_home() / "fetcher")
    user_agent: str = DEFAULT_USER_AGENT

    connect_timeout_s: float = Field(default=10.0, gt=0)
    read_timeout_s: float = Field(default=20.0, gt=0)
    total_timeout_s: float = Field(default=60.0, gt=0)
    max_bytes: int = Field(default=5 * 1024 * 1024, ge=1024)
    max_redirects: int = Field(default=5, ge=0, le=20)

    concurrency: int = Field(default=32, ge=1, le=1024)
    per_host_concurrency: int = Field(default=2, ge=1, le=256)
    politeness_delay_s: float = Field(default=1.0, ge=0)

    interval_min_s: float = Field(default=120.0, gt=0)
    interval_max_s: float = Field(default=3600.0, gt=0)
    backoff_base_s: float = Field(default=60.0, gt=0)
    backoff_max_s: float = Field(default=6 * 3600.0, gt=0)
    forbidden_retry_s: float = Field(default=6 * 3600.0, gt=0, description="Next try after 401/403/451.")
    unhealthy_after: int = Field(default=8, ge=1, description="Consecutive failures before 'unhealthy'.")
    unhealthy_interval_s: float = Field(default=6 * 3600.0, gt=0)
    stale_days: float = Field(default=14.0, gt=0)

    fetch_pages: bool = True
    page_concurrency: int = Field(
        default=2, ge=1, le=256, description="Parser/trafilatura threads (CPU-bound: more only adds GIL contention)."
    )
    seen_ttl_days: float = Field(default=60.0, gt=0)
    publish_timeout_s: float = Field(default=30.0, gt=0)
    tick_s: float = Field(default=5.0, gt=0, description="How often the loop looks for due feeds.")
    drain_timeout_s: float = Field(default=20.0, gt=0)
    language_confidence: float = Field(default=0.9, gt=0, le=1)

    metrics_port: int | None = Field(default=None, ge=0, le=65535)
    client_id: str = "armswatch-fetcher"

    @property
    def state_file(self) -> Path:
        """The SQLite file holding validators, schedule and seen articles."""
        return self.state_dir / "state.sqlite3"
