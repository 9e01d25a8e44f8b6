"""
Where a reader request's time goes, in one process: the whole request
through Django's WSGI handler, and what each middleware adds to it.

For each page (the list, the article for a new reader, the article for a
returning reader) it times the request with the site's whole middleware
stack, and a probe between every two middleware records the time spent
inside it: what a middleware costs is the time inside it less the time
inside the next one, and the innermost probe's time is the page's own (the
URL's resolving and the view). The probes' own cost is measured with a
stack of probes alone and taken off. Median of 5 rounds; a fresh SQLite copy
of the demo.

    .venv/bin/python bench/request_cost.py
    .venv/bin/python bench/request_cost.py --requests 4000
"""

import argparse
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import unquote_to_bytes

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import standalone  # noqa: E402 - after the project root is on the path

BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
ROUNDS = 5


def setup_django(workdir: Path) -> None:
    standalone.setup_django(workdir)
    from django.core.management import call_command

    call_command("createcachetable", verbosity=0)
    call_command("load_demo", stdout=io.StringIO())


def environ(path: str, agent: str, cookie: str = "") -> dict:
    env = {
        "REQUEST_METHOD": "GET",
        # As a WSGI server hands it over: the path's bytes, read as Latin-1.
        "PATH_INFO": unquote_to_bytes(path).decode("latin-1"),
        "QUERY_STRING": "",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "8000",
        "HTTP_HOST": "127.0.0.1",
        "REMOTE_ADDR": "127.0.0.1",
        "HTTP_USER_AGENT": agent,
        "HTTP_ACCEPT_LANGUAGE": "hy",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": sys.stderr,
    }
    if cookie:
        env["HTTP_COOKIE"] = cookie
    return env


SPENT: dict[int, float] = {}


def _probe(index: int):
    class Probe:
        """Adds up the time spent inside it: every middleware after it, and the view."""

        def __init__(self, get_response):
            self.get_response = get_response

        def __call__(self, request):
            started = time.perf_counter()
            response = self.get_response(request)
            SPENT[index] = SPENT.get(index, 0.0) + time.perf_counter() - started
            return response

    Probe.__name__ = f"Probe{index}"
    return Probe


PROBES = 64
for _index in range(PROBES):
    globals()[f"Probe{_index}"] = _probe(_index)


def probed(stack: list[str]) -> list[str]:
    """`stack` with a probe before each middleware and one before the view."""
    out = []
    for index, name in enumerate(stack):
        out += [f"bench.request_cost.Probe{index}", name]
    return [*out, f"bench.request_cost.Probe{len(stack)}"]


def per_request(handler, make_environ, requests: int) -> float:
    """Median µs of one request over ROUNDS rounds of `requests` (wall time: the process does nothing else)."""

    def start_response(status, headers):
        assert status.startswith("200"), status

    rounds = []
    for round_number in range(ROUNDS):
        environs = [make_environ(round_number, n) for n in range(requests)]
        started = time.perf_counter()
        for env in environs:
            for _chunk in handler(env, start_response):
                pass
        rounds.append((time.perf_counter() - started) / requests * 1e6)
    return statistics.median(rounds)


def handler_with(middleware: list[str]):
    from django.core.handlers.wsgi import WSGIHandler
    from django.test.utils import override_settings

    with override_settings(MIDDLEWARE=middleware):
        return WSGIHandler()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 2)[1])
    parser.add_argument("--requests", type=int, default=2000, help="requests per round and page")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-request-cost-") as tmp:
        setup_django(Path(tmp))
        from django.conf import settings

        from articles.models import Edition

        article = Edition.objects.live("hy").first().get_absolute_url()
        pages = {
            "list": lambda r, n: environ("/hy/", BROWSER),
            "article, new reader": lambda r, n: environ(article, f"{BROWSER} r{r}n{n}"),
            "article, returning": lambda r, n: environ(article, BROWSER, "visitor=returning-reader-0000001"),
        }
        stack = list(settings.MIDDLEWARE)
        plain, whole = handler_with(stack), handler_with(probed(stack))
        # Django imports the probes from bench.request_cost, not from this __main__: their times are there.
        from bench.request_cost import SPENT

        for make in pages.values():  # fill the page caches and the visitor's window
            per_request(whole, make, 50)
        columns = {}
        for name, make in pages.items():
            total = per_request(plain, make, args.requests)
            SPENT.clear()
            # What the probes themselves add, shared out among them.
            overhead = (per_request(whole, make, args.requests) - total) / (len(stack) + 1)
            inside = [SPENT[index] / (ROUNDS * args.requests) * 1e6 for index in range(len(stack) + 1)]
            own = [inside[i] - inside[i + 1] - overhead for i in range(len(stack))]
            columns[name] = (total, own, inside[-1])
        print(f"\nµs per request (wall time of one process), median of {ROUNDS} rounds of {args.requests}\n")
        print(f"{'':34}" + "".join(f"{name:>22}" for name in pages))
        print(f"{'the whole request':34}" + "".join(f"{columns[name][0]:>22.0f}" for name in pages))
        for index, middleware in enumerate(stack):
            label = middleware.rsplit(".", 1)[-1]
            print(f"{label:34}" + "".join(f"{columns[name][1][index]:>22.1f}" for name in pages))
        print(f"{'the page itself (URL and view)':34}" + "".join(f"{columns[name][2]:>22.0f}" for name in pages))
    return 0


if __name__ == "__main__":
    sys.exit(main())
