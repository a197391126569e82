"""The root of every Armswatch error, and the ones shared by all services."""

from __future__ import annotations


class ArmswatchError(Exception):
    """Root of all errors raised by Armswatch code."""


class ConfigurationError(ArmswatchError):
    """Raised when settings are missing or contradict each other."""


class BrokerError(ArmswatchError):
    """Raised when the embedded Kafka broker cannot be provisioned, started, reached or stopped."""


class BrokerToolMissingError(BrokerError):
    """Raised when Java or Maven, needed to provision the embedded broker, is not installed."""


class PortInUseError(BrokerError):
    """Raised when the port the embedded broker should listen on is already taken."""


class KafkaUnavailableError(ArmswatchError):
    """Raised when no Kafka cluster answers a metadata request before the deadline."""
