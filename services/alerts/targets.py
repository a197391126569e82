"""Which webhook URLs may be called (SSRF guard): https only, public addresses only, unless allowed.

A host on the allow-list (``ARMSWATCH_ALERTS_ALLOW_HOSTS``) skips the address check, and may use http
when ``allow_http`` is set. Every other host is resolved and *every* address it resolves to must be
public: private, loopback, link-local, multicast, reserved and unspecified addresses are rejected. The
same check runs at subscription time and, through ``GuardedResolver``, on every connection, so the
addresses checked are the addresses connected to (no DNS rebinding between check and use).
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import DefaultResolver

from services.alerts.errors import TargetRejectedError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


@dataclass(frozen=True, slots=True)
class TargetPolicy:
    """The allow-list and whether plain http is allowed for the hosts on it."""

    allow_hosts: tuple[str, ...] = ()
    allow_http: bool = False

    def allowed(self, host: str) -> bool:
        """Whether ``host`` is on the allow-list (exempt from the address check)."""
        return host.lower().strip("[]") in self.allow_hosts


def address_is_public(address: IPAddress) -> bool:
    """Whether a webhook may connect to ``address``."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address_is_public(address.ipv4_mapped)
    return not (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
        or not address.is_global
    )


def check_addresses(host: str, addresses: Iterable[str]) -> None:
    """Raise ``TargetRejectedError`` unless every address is public (and there is at least one)."""
    seen = list(addresses)
    if not seen:
        raise TargetRejectedError(f"{host} resolves to no address")
    for text in seen:
        address = ipaddress.ip_address(text.split("%", 1)[0])
        if not address_is_public(address):
            raise TargetRejectedError(f"{host} resolves to a non-public address ({address})")


def check_url_syntax(url: str, policy: TargetPolicy) -> str:
    """Return the URL's host once scheme and host are acceptable.

    Raises ``TargetRejectedError`` for a non-https URL (http only for allowed hosts with ``allow_http``),
    a URL without host, or one carrying credentials.
    """
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if not host:
        raise TargetRejectedError("the URL has no host")
    if parts.username or parts.password:
        raise TargetRejectedError("the URL must not carry credentials")
    if parts.scheme == "https":
        return host
    if parts.scheme == "http" and policy.allow_http and policy.allowed(host):
        return host
    raise TargetRejectedError("only https URLs are accepted")


def _literal(host: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


async def check_url(url: str, policy: TargetPolicy) -> None:
    """Check ``url`` fully, resolving its host.

    Raises ``TargetRejectedError`` when it is not acceptable (see the module docstring).
    """
    host = check_url_syntax(url, policy)
    if policy.allowed(host):
        return
    literal = _literal(host)
    if literal is not None:
        check_addresses(host, [str(literal)])
        return
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise TargetRejectedError(f"{host} does not resolve: {exc.strerror or exc}") from exc
    check_addresses(host, [str(info[4][0]) for info in infos])


class GuardedResolver(AbstractResolver):
    """An aiohttp resolver that refuses to hand out non-public addresses for hosts not allowed."""

    def __init__(self, policy: TargetPolicy, inner: AbstractResolver | None = None) -> None:
        self._policy = policy
        self._inner = inner or DefaultResolver()

    async def resolve(self, host: str, port: int = 0, family: Any = socket.AF_INET) -> list[ResolveResult]:
        """Resolve ``host``; raise ``OSError`` (as aiohttp expects) when an address is not public."""
        results = await self._inner.resolve(host, port, family)
        if not self._policy.allowed(host):
            try:
                check_addresses(host, [r["host"] for r in results])
            except TargetRejectedError as exc:
                raise OSError(str(exc)) from exc
        return results

    async def close(self) -> None:
        """Close the wrapped resolver."""
        await self._inner.close()


def check_literal_target(url: str, policy: TargetPolicy) -> None:
    """Delivery-time check for IP-literal hosts, which aiohttp connects to without resolving.

    Raises ``TargetRejectedError`` when the URL is not acceptable.
    """
    host = check_url_syntax(url, policy)
    if policy.allowed(host):
        return
    literal = _literal(host)
    if literal is not None:
        check_addresses(host, [str(literal)])
