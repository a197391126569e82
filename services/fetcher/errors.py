"""Errors of the fetcher service, rooted at ``FetcherError``."""

from __future__ import annotations

from services.core.errors import ArmswatchError


class FetcherError(ArmswatchError):
    """Root of every error the fetcher raises."""


class FeedFileError(FetcherError):
    """Raised when the feed file cannot be read, is not TOML, or does not validate.

    ``problems`` holds one ``(line, key, message)`` per problem; ``line`` is 1-based or ``None``.
    """

    def __init__(self, path: str, problems: list[tuple[int | None, str | None, str]]) -> None:
        self.path = path
        self.problems = problems
        lines = [
            f"{path}:{line if line is not None else '?'}: {key + ': ' if key else ''}{message}"
            for line, key, message in problems
        ]
        super().__init__("\n".join(lines))


class FeedFetchError(FetcherError):
    """Raised when a URL could not be fetched; ``kind`` is the counted outcome (``timeout``, ``http_404`` ...)."""

    kind: str = "error"

    def __init__(self, url: str, detail: str = "", *, kind: str | None = None) -> None:
        self.url = url
        if kind is not None:
            self.kind = kind
        super().__init__(f"{url}: {detail or self.kind}")


class FetchTimeoutError(FeedFetchError):
    """Raised when connecting, reading or the whole request took longer than its timeout."""

    kind = "timeout"


class ConnectError(FeedFetchError):
    """Raised when the host could not be reached (DNS, refused, reset, TLS)."""

    kind = "connect"


class ResponseTooLargeError(FeedFetchError):
    """Raised when a body exceeds the size cap; the rest of it is not read."""

    kind = "too_large"


class TooManyRedirectsError(FeedFetchError):
    """Raised when a chain of redirects is longer than the hop limit."""

    kind = "too_many_redirects"


class RedirectLoopError(FeedFetchError):
    """Raised when a redirect leads back to a URL already visited in the same chain."""

    kind = "redirect_loop"


class HttpStatusError(FeedFetchError):
    """Raised when the server answered with a status that carries no content for us (4xx, 5xx)."""

    def __init__(self, url: str, status: int, retry_after_s: float | None = None) -> None:
        self.status = status
        self.retry_after_s = retry_after_s
        super().__init__(url, f"HTTP {status}", kind=f"http_{status}")


class NotAFeedError(FetcherError):
    """Raised when a 200 response is HTML or otherwise holds no feed."""


class PublishError(FetcherError):
    """Raised when the broker did not acknowledge an event before the publish timeout."""
