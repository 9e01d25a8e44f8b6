"""
What the site takes from the proxies in front of it, and what it lets them keep.

`client_address` is the one answer to "which address is this request from",
for counting views and for anything that limits by address. Without
TRUSTED_PROXIES (DJANGO_TRUSTED_PROXIES) it is REMOTE_ADDR and every
forwarding header is ignored, since any client can send one. With it, a
request that comes from one of those proxies is from the address its
X-Forwarded-For names: each proxy appends the address it was reached from,
so the header is read from the right, past the trusted proxies, and the
first address that is not one of them is the client. Whatever lies further
left was written by that client, and is ignored. python-ipware reads the
header (ports, IPv6 brackets, IPv4-mapped addresses, entries that are not
addresses); its own resolver is not used, as it places proxies by their
position in the header, never looks at REMOTE_ADDR, and folds the whole
WSGI environment on every call (some 30 µs here, against about 4).

`PrivateCookiesMiddleware` marks every response that sets a cookie
`Cache-Control: private`, so no shared cache keeps one reader's Set-Cookie
and hands it to the next.
"""

import ipaddress
from functools import lru_cache

from django.conf import settings
from django.utils.cache import patch_cache_control
from python_ipware.modern.parsers import parse_ip, split_proxy_chain, unwrap_ipv4_network


def client_address(request) -> str:
    """
    The address of the client of `request`: REMOTE_ADDR, unless that is a
    trusted proxy, then the rightmost address of X-Forwarded-For that is not
    a trusted proxy (the leftmost if all are). Never empty when REMOTE_ADDR
    is set.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    if not settings.TRUSTED_PROXIES:
        return remote
    trusted = _Proxies.of(tuple(settings.TRUSTED_PROXIES))
    if not trusted.address(remote):
        return remote
    hops = split_proxy_chain(request.META.get("HTTP_X_FORWARDED_FOR", ""))
    for hop in reversed(hops):
        if not trusted.hop(hop):
            return str(hop)
    # No header (the proxy's own request), or a chain of trusted proxies only.
    return str(hops[0]) if hops else remote


class _Proxies:
    """Trusted proxy networks, compiled once per setting's value."""

    def __init__(self, networks: tuple[str, ...]):
        self.networks = tuple(unwrap_ipv4_network(ipaddress.ip_network(n, strict=False)) for n in networks)

    @staticmethod
    @lru_cache(maxsize=8)
    def of(networks: tuple[str, ...]) -> "_Proxies":
        return _Proxies(networks)

    def hop(self, ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
        # An address is never in a network of the other version: `in` says False.
        return any(ip in network for network in self.networks)

    @lru_cache(maxsize=1024)  # noqa: B019 - one instance per setting's value, kept for the process
    def address(self, remote: str) -> bool:
        """Whether REMOTE_ADDR, as the server wrote it, is a trusted proxy; remembered, as it is mostly the same few."""
        ip = parse_ip(remote)
        return ip is not None and self.hop(ip)


class PrivateCookiesMiddleware:
    """
    `Cache-Control: private` on every response that sets a cookie: a shared
    cache (a CDN, nginx's proxy_cache) must never store one reader's
    Set-Cookie and serve it to another. One header, and nothing done for
    responses that set none.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.cookies:
            cache_control = response.get("Cache-Control")
            if cache_control is None:
                response["Cache-Control"] = "private"
            elif "private" not in cache_control:
                patch_cache_control(response, private=True)
        return response
