"""Errors of the alerts service, rooted at ``AlertsError``."""

from __future__ import annotations

from services.core.errors import ArmswatchError


class AlertsError(ArmswatchError):
    """Root of every error raised by the alerts service."""


class TargetRejectedError(AlertsError):
    """Raised when a webhook URL is not allowed: not https, or resolving to a private address."""


class SubscriptionNotFoundError(AlertsError):
    """Raised when a subscription id names no (live) subscription."""


class DeliveryNotFoundError(AlertsError):
    """Raised when a delivery id names no delivery in the log."""


class StoreLoadError(AlertsError):
    """Raised when a compacted state topic cannot be read to its end at start-up."""


class SignatureError(AlertsError):
    """Raised when a webhook signature does not verify; the message says why."""
