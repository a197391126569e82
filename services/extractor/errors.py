"""Errors of the extractor service."""

from __future__ import annotations

from services.core.errors import ArmswatchError


class ExtractorError(ArmswatchError):
    """Root of the extractor's errors."""


class InvalidArticleError(ExtractorError):
    """Raised when a record on the articles topic is not a valid ``article.fetched`` event."""


class TaggingError(ExtractorError):
    """Raised when the tagger fails on an article (a bug to report; the article is dead-lettered)."""


class NativeBuildError(ExtractorError):
    """Raised when compiling the tagger with mypyc fails; the message ends with the tail of the compiler's output."""
