"""A request's client by network address, as login throttling takes it."""

from django.http import HttpRequest


def client_address(request: HttpRequest) -> str | None:
    """
    The address of the client of `request`: the peer that connected
    (REMOTE_ADDR), the same address the view counter uses; None when the
    server gave none (a Unix socket).

    Headers such as X-Forwarded-For are not read: any client can send them.
    A trusted proxy's forwarded address, once configured, is taken here.
    """
    return request.META.get("REMOTE_ADDR") or None
