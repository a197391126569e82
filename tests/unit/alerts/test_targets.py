"""The SSRF guard: https only, public addresses only, unless allow-listed."""

from __future__ import annotations

import ipaddress

import pytest

from services.alerts.errors import TargetRejectedError
from services.alerts.targets import TargetPolicy, address_is_public, check_addresses, check_url, check_url_syntax

STRICT = TargetPolicy()
LOCAL = TargetPolicy(allow_hosts=("127.0.0.1", "localhost"), allow_http=True)


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("93.184.216.34", True),
        ("2606:4700:4700::1111", True),
        ("127.0.0.1", False),
        ("10.0.0.1", False),
        ("172.16.5.4", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),
        ("100.64.0.1", False),
        ("0.0.0.0", False),
        ("224.0.0.1", False),
        ("::1", False),
        ("fe80::1", False),
        ("fc00::1", False),
        ("::ffff:127.0.0.1", False),
        ("::ffff:93.184.216.34", True),
    ],
)
def test_address_classification(address: str, public: bool) -> None:
    """Private, loopback, link-local, shared, multicast and unspecified addresses are not public."""
    assert address_is_public(ipaddress.ip_address(address)) is public


def test_every_resolved_address_must_be_public() -> None:
    """One private address among public ones rejects the host (DNS answers can mix)."""
    check_addresses("ok.example", ["93.184.216.34"])
    with pytest.raises(TargetRejectedError, match="non-public"):
        check_addresses("mixed.example", ["93.184.216.34", "10.0.0.5"])
    with pytest.raises(TargetRejectedError, match="no address"):
        check_addresses("none.example", [])


@pytest.mark.parametrize(
    ("url", "policy", "ok"),
    [
        ("https://hooks.example/x", STRICT, True),
        ("http://hooks.example/x", STRICT, False),
        ("ftp://hooks.example/x", STRICT, False),
        ("https://user:pw@hooks.example/x", STRICT, False),
        ("http://127.0.0.1:9/x", LOCAL, True),
        ("http://hooks.example/x", LOCAL, False),
    ],
)
def test_url_syntax(url: str, policy: TargetPolicy, ok: bool) -> None:
    """Only https, no credentials; http only for allow-listed hosts with allow_http."""
    if ok:
        check_url_syntax(url, policy)
    else:
        with pytest.raises(TargetRejectedError):
            check_url_syntax(url, policy)


@pytest.mark.parametrize(
    "url", ["https://127.0.0.1/x", "https://localhost/x", "https://[::1]/x", "https://169.254.169.254/x"]
)
async def test_loopback_and_link_local_are_rejected_unless_allowed(url: str) -> None:
    """Loopback (also by name) and link-local targets are rejected; the allow-list lets local ones through."""
    with pytest.raises(TargetRejectedError):
        await check_url(url, STRICT)
    if "169.254" not in url and "::1" not in url:
        await check_url(url, LOCAL)
