"""Deployment files stay in step with the code: compose parses and names only real settings."""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic_settings import BaseSettings

from services.alerts.settings import AlertsSettings
from services.core.settings import BrokerSettings, KafkaSettings, LogSettings
from services.extractor.settings import ExtractorSettings
from services.fetcher.settings import FetcherSettings

ROOT = Path(__file__).resolve().parents[2]
SETTINGS: list[type[BaseSettings]] = [
    KafkaSettings,
    BrokerSettings,
    LogSettings,
    FetcherSettings,
    ExtractorSettings,
    AlertsSettings,
]


def _known_variables() -> set[str]:
    names = set()
    for cls in SETTINGS:
        prefix = str(cls.model_config.get("env_prefix", ""))
        names |= {f"{prefix}{field}".upper() for field in cls.model_fields}
    return names


def test_compose_services_use_only_real_settings() -> None:
    """Every ARMSWATCH_ variable in docker-compose.yml is a field of some settings class."""
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    used = set()
    for service in compose["services"].values():
        env = service.get("environment") or {}
        used |= {k for k in env if k.startswith("ARMSWATCH_")}
    assert used, "compose passes no Armswatch settings"
    assert used - _known_variables() == set()


def test_compose_runs_each_service_from_one_image() -> None:
    """The three services share the image built from deploy/Dockerfile, next to a KRaft Kafka."""
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    services = compose["services"]
    assert services["kafka"]["image"].startswith("apache/kafka:3.9")
    for name in ("fetcher", "extractor", "alerts"):
        assert services[name]["build"]["dockerfile"] == "deploy/Dockerfile"
        assert services[name]["command"] == ["armswatch", name]
    assert (ROOT / "deploy" / "Dockerfile").exists()
