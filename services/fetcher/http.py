"""HTTP for feeds and article pages: one shared ``httpx.AsyncClient``, redirects followed by hand, capped
streamed bodies, conditional GET, and politeness (global limit, per-host limit, per-host delay).
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import httpx

from services.fetcher.errors import (
    ConnectError,
    FeedFetchError,
    FetchTimeoutError,
    HttpStatusError,
    RedirectLoopError,
    ResponseTooLargeError,
    TooManyRedirectsError,
)
from services.fetcher.settings import FetcherSettings

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, "
    "text/xml;q=0.8, */*;q=0.5"
)
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
_PERMANENT = frozenset({301, 308})
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True, slots=True)
class Fetched:
    """A final response: 2xx with its body, or 304 without one."""

    url: str
    status: int
    headers: httpx.Headers
    body: bytes
    permanent_url: str | None
    elapsed_s: float

    @property
    def max_age_s(self) -> float | None:
        """``Cache-Control: max-age`` in seconds, if any."""
        match = re.search(r"max-age\s*=\s*(\d+)", self.headers.get("cache-control", ""), re.IGNORECASE)
        return float(match.group(1)) if match else None


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """``Retry-After`` as seconds from now (delta-seconds or HTTP date), or ``None`` when unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def build_client(settings: FetcherSettings) -> httpx.AsyncClient:
    """The one client the fetcher shares: our timeouts, our User-Agent, no automatic redirects."""
    timeout = httpx.Timeout(settings.total_timeout_s, connect=settings.connect_timeout_s, read=settings.read_timeout_s)
    # No more connections than requests in flight: httpcore scans its whole pool on every request.
    limits = httpx.Limits(max_connections=settings.concurrency, max_keepalive_connections=settings.concurrency)
    return httpx.AsyncClient(
        timeout=timeout,
        limits=limits,
        follow_redirects=False,
        headers={"User-Agent": settings.user_agent},
    )


class PoliteHttp:
    """GET with the fetcher's rules; every outcome other than 2xx/304 is raised as a ``FeedFetchError``."""

    def __init__(self, client: httpx.AsyncClient, settings: FetcherSettings) -> None:
        self.client = client
        self.settings = settings
        self._global = asyncio.Semaphore(settings.concurrency)
        self._hosts: dict[str, asyncio.Semaphore] = {}
        self._next_start: dict[str, float] = {}

    async def get(
        self,
        url: str,
        *,
        accept: str = FEED_ACCEPT,
        etag: str | None = None,
        last_modified: str | None = None,
        max_bytes: int | None = None,
    ) -> Fetched:
        """Fetch ``url`` following redirects up to the hop limit.

        Raises ``RedirectLoopError``, ``TooManyRedirectsError``, ``ResponseTooLargeError``,
        ``FetchTimeoutError``, ``ConnectError``, ``HttpStatusError`` (4xx/5xx, with ``Retry-After``) or
        ``FeedFetchError`` for an unusable URL or redirect.
        """
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        started = time.monotonic()
        visited = {url}
        current = url
        permanent: str | None = None
        only_permanent = True
        for _hop in range(self.settings.max_redirects + 1):
            status, response_headers, body = await self._one(current, headers, max_bytes or self.settings.max_bytes)
            if status in _REDIRECTS:
                location = response_headers.get("location")
                if not location:
                    raise FeedFetchError(current, f"HTTP {status} without Location", kind="bad_redirect")
                target = urljoin(current, location.strip())
                if target in visited:
                    raise RedirectLoopError(url, f"redirect loop at {target}")
                visited.add(target)
                only_permanent = only_permanent and status in _PERMANENT
                if only_permanent:
                    permanent = target
                current = target
                continue
            elapsed = time.monotonic() - started
            if status == 304 or 200 <= status < 300:
                return Fetched(current, status, response_headers, body, permanent, elapsed)
            raise HttpStatusError(current, status, retry_after_seconds(response_headers.get("retry-after")))
        raise TooManyRedirectsError(url, f"more than {self.settings.max_redirects} redirects")

    async def _one(self, url: str, headers: dict[str, str], max_bytes: int) -> tuple[int, httpx.Headers, bytes]:
        try:
            host = (urlsplit(url).hostname or "").lower()
            port = urlsplit(url).port
        except ValueError as exc:
            raise FeedFetchError(url, f"invalid URL: {exc}", kind="invalid_url") from exc
        if not host or not url.lower().startswith(("http://", "https://")):
            raise FeedFetchError(url, "not an http(s) URL", kind="invalid_url")
        key = f"{host}:{port}" if port else host
        async with self._global, self._host(key):
            await self._polite(key)
            try:
                async with asyncio.timeout(self.settings.total_timeout_s):
                    return await self._stream(url, headers, max_bytes)
            except (TimeoutError, httpx.TimeoutException) as exc:
                raise FetchTimeoutError(url, f"timed out ({type(exc).__name__})") from exc
            except httpx.InvalidURL as exc:
                raise FeedFetchError(url, f"invalid URL: {exc}", kind="invalid_url") from exc
            except (httpx.TransportError, httpx.DecodingError) as exc:
                raise ConnectError(url, f"{type(exc).__name__}: {exc}") from exc

    async def _stream(self, url: str, headers: dict[str, str], max_bytes: int) -> tuple[int, httpx.Headers, bytes]:
        async with self.client.stream("GET", url, headers=headers) as response:
            if not 200 <= response.status_code < 300:
                return response.status_code, response.headers, b""
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise ResponseTooLargeError(url, f"Content-Length {declared} > {max_bytes} bytes")
            chunks: list[bytes] = []
            size = 0
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise ResponseTooLargeError(url, f"body larger than {max_bytes} bytes")
                chunks.append(chunk)
            return response.status_code, response.headers, b"".join(chunks)

    @contextlib.asynccontextmanager
    async def _host(self, key: str) -> AsyncIterator[None]:
        semaphore = self._hosts.get(key)
        if semaphore is None:
            semaphore = self._hosts[key] = asyncio.Semaphore(self.settings.per_host_concurrency)
        async with semaphore:
            yield

    async def _polite(self, key: str) -> None:
        delay = self.settings.politeness_delay_s
        if delay <= 0:
            return
        now = time.monotonic()
        start = max(now, self._next_start.get(key, 0.0))
        self._next_start[key] = start + delay
        if start > now:
            await asyncio.sleep(start - now)
