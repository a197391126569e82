"""A real local HTTP server for the fetcher tests (aiohttp, in the test event loop): routes are set per
test, every request is recorded."""

from __future__ import annotations

import asyncio
import gzip
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from aiohttp import web

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass
class Recorded:
    path: str
    headers: dict[str, str]
    at: float = field(default_factory=time.monotonic)


@dataclass
class FeedServer:
    """Serves whatever the test registered; 404 for anything else."""

    routes: dict[str, Handler] = field(default_factory=dict)
    requests: list[Recorded] = field(default_factory=list)
    base: str = ""
    _runner: web.AppRunner | None = None
    hang: asyncio.Event = field(default_factory=asyncio.Event)

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("GET", "/{tail:.*}", self._dispatch)
        self._runner = web.AppRunner(app, access_log=None, handler_cancellation=True)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.base = f"http://127.0.0.1:{port}"

    async def stop(self) -> None:
        self.hang.set()
        if self._runner is not None:
            await self._runner.cleanup()

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, path: str) -> int:
        return sum(1 for r in self.requests if r.path == path)

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        path = request.path_qs if request.path_qs in self.routes else request.path
        self.requests.append(Recorded(path, dict(request.headers)))
        handler = self.routes.get(path)
        if handler is None:
            return web.Response(status=404, text="not found")
        return await handler(request)

    # ----- route builders -----

    def static(
        self,
        path: str,
        body: bytes | str,
        *,
        content_type: str = "application/rss+xml; charset=utf-8",
        status: int = 200,
        headers: dict[str, str] | None = None,
        etag: str | None = None,
        gzipped: bool = False,
    ) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body

        async def handler(request: web.Request) -> web.StreamResponse:
            if etag is not None and request.headers.get("If-None-Match") == etag:
                return web.Response(status=304, headers={"ETag": etag})
            extra = dict(headers or {})
            if etag is not None:
                extra["ETag"] = etag
            payload = data
            if gzipped:
                payload = gzip.compress(data)
                extra["Content-Encoding"] = "gzip"
            extra["Content-Type"] = content_type
            return web.Response(status=status, body=payload, headers=extra)

        self.routes[path] = handler

    def redirect(self, path: str, target: str, status: int = 301) -> None:
        async def handler(request: web.Request) -> web.StreamResponse:
            return web.Response(status=status, headers={"Location": target})

        self.routes[path] = handler

    def hanging(self, path: str) -> None:
        async def handler(request: web.Request) -> web.StreamResponse:
            await self.hang.wait()
            return web.Response(status=204)

        self.routes[path] = handler

    def huge(self, path: str, total: int, chunk: int = 64 * 1024) -> list[int]:
        """Stream ``total`` bytes without Content-Length; the returned list holds the bytes written."""
        written = [0]

        async def handler(request: web.Request) -> web.StreamResponse:
            response = web.StreamResponse(headers={"Content-Type": "application/rss+xml"})
            await response.prepare(request)
            block = b"<!-- " + b"x" * (chunk - 9) + b" -->\n"
            try:
                while written[0] < total:
                    await response.write(block)
                    written[0] += len(block)
            except (ConnectionResetError, ConnectionError, RuntimeError):
                return response
            await response.write_eof()
            return response

        self.routes[path] = handler
        return written
