"""
What telling the client's address and marking cookie-setting responses
private cost per request, in CPU time of this process (so that other
processes on the machine count less): `.venv/bin/python bench/client_address.py`.
"""

import os
import sys
import time
import timeit
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings")

import django

django.setup()

from django.http import HttpResponse  # noqa: E402
from django.test import RequestFactory  # noqa: E402
from django.test.utils import override_settings  # noqa: E402

from cms.proxies import PrivateCookiesMiddleware, client_address  # noqa: E402


def per_call(function, number=200_000) -> float:
    """Microseconds per call: the best of seven runs."""
    return min(timeit.repeat(function, number=number, repeat=7, timer=time.process_time)) / number * 1e6


def main():
    factory = RequestFactory()
    direct = factory.get("/", REMOTE_ADDR="198.51.100.7", HTTP_X_FORWARDED_FOR="203.0.113.5")
    proxied = factory.get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.5")
    spoofed = factory.get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="192.0.2.1, 203.0.113.5")
    print(f"REMOTE_ADDR read alone                         {per_call(lambda: direct.META.get('REMOTE_ADDR')):5.2f} µs")
    print(f"client_address, no DJANGO_TRUSTED_PROXIES      {per_call(lambda: client_address(direct)):5.2f} µs")
    with override_settings(TRUSTED_PROXIES=("127.0.0.1/32",)):
        print(f"  proxies set, request from elsewhere          {per_call(lambda: client_address(direct)):5.2f} µs")
        print(f"  proxies set, through the proxy               {per_call(lambda: client_address(proxied)):5.2f} µs")
        print(f"  proxies set, through it, a spoofed entry     {per_call(lambda: client_address(spoofed)):5.2f} µs")
    plain, with_cookie = HttpResponse(b""), HttpResponse(b"")
    with_cookie.set_cookie("visitor", "token")
    for label, response in (("no cookie", plain), ("a cookie", with_cookie)):

        def view(request, response=response):
            return response

        wrapped = PrivateCookiesMiddleware(view)
        added = per_call(lambda wrapped=wrapped: wrapped(None)) - per_call(lambda view=view: view(None))
        print(f"PrivateCookiesMiddleware, a response with {label:9}  {added:5.2f} µs")


if __name__ == "__main__":
    main()
