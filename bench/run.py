"""
Load benchmark of the newsroom's reader pages, and a check that views are counted exactly.

What it measures, under gunicorn (2 sync workers, DEBUG off, wrk on the same
machine, 2 threads, for each concurrency in 16 and 64), in rounds that run
every target once, one after the other, so a slow moment of a shared machine
falls on all of them; each target's figures are those of its median round:

- article: the Armenian page of one demo article, every request from a new
  reader (a new browser-like User-Agent, no cookie), so every request counts
  a view: the write path of the site;
- returning: the same page read again and again by returning readers (each
  wrk thread one browser with its cookies), so only the first request of
  each counts: most of a real site's article traffic;
- list: the Armenian front page, `/hy/`;
- bare: `/` of a one-file Django project (bench/bare.py): no apps, no
  middleware, no templates, no database; the framework's floor;
- startproject: the same view, the one view of a project as
  `django-admin startproject mysite` of Django 5.2.19 generates it
  (bench/startproject/): its settings, apps and seven middleware, changed
  only where the bench needs it (DEBUG off, SECRET_KEY and ALLOWED_HOSTS from
  the environment, the view at `/`); the bare view Django users know. Its
  SQLite database is never opened (the view reads neither session nor user),
  so it needs no migrations;
- bare-stack: the same view behind the site's own settings, middleware and
  language-prefixed URLs (bench/stack.py): what every request of the site
  costs before any page work.

It reports requests/s, p50 and p99 latency and errors (any non-2xx response
is one; summed over the rounds), the lowest and highest requests/s of the
rounds, the ratios of article, returning and list to each of the three bare
views (bare, startproject, bare-stack), and whether the article's stored
views went up by exactly the views requested: the 2xx new-reader responses
plus the new-reader requests wrk left in flight when it stopped (the server
still answers and counts those; each run drains the server before the
next), plus one view per returning reader. With
REDIS_URL, `manage.py flush_counters` moves the counts pending in Redis into
the database before each reading. Exit status 0 when there were no errors
and the count is exact, 1 otherwise.

Run it from the project root:

    make bench                                   # a fresh SQLite database, the database cache
    .venv/bin/python bench/run.py --duration 3 --rounds 1   # shorter (default: 3 rounds of 5 s)
    .venv/bin/python bench/run.py --without count,visitor   # the site with parts switched off
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench REDIS_URL=redis://127.0.0.1:6379/1 make bench

--without serves the site with parts of the article page switched off
(bench/ablated.py: count, visitor), to show what each costs; the
counts are then not checked and only errors decide the exit status.

With DATABASE_URL it uses that database as it is (migrated, the demo loaded
once); a PostgreSQL database that does not exist yet is created first
(or: `createdb -h 127.0.0.1 -U postgres bench`). It needs `wrk` (Debian's
package; installed with apt-get when run as root). It only talks to
127.0.0.1, stops every gunicorn it started and deletes its temporary files.
"""

import argparse
import http.client
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import ablated  # noqa: E402 - after the project root is on the path

VENV_BIN = ROOT / ".venv" / "bin"
LUA_SCRIPT = ROOT / "bench" / "readers.lua"
# Served from its own directory, as Django's gunicorn how-to does: `gunicorn mysite.wsgi`.
STARTPROJECT_DIR = ROOT / "bench" / "startproject"

WORKERS = 2
CONCURRENCIES = (16, 64)
TARGETS = ("article", "returning", "list", "bare", "startproject", "bare-stack")
# The bare views the pages are divided by, from the least stack to the site's.
FLOORS = ("bare", "startproject", "bare-stack")
# Who reads each target (see readers.lua); the others send one fixed request.
READERS = {"article": "new", "returning": "returning"}
WRK_THREADS = 2
WRK_TIMEOUT = "5s"
HEALTH_TIMEOUT = 30
COMMAND_TIMEOUT = 600
STOP_TIMEOUT = 10

DJANGO_ENV = {
    "DJANGO_DEBUG": "0",
    "DJANGO_SITE_URL": "http://127.0.0.1",
    "DJANGO_SECRET_KEY": "bench-not-secret",
    "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
    "DJANGO_SECURE_COOKIES": "0",
}
LIST_PATH = "/hy/"
ARTICLE_LINK = re.compile(r'href="(/hy/articles/(\d+)/[^"]*/)"')
RESULT_LINE = re.compile(r"^BENCH_RESULT (\{.*\})$", re.MULTILINE)
POSTGRES_SCHEMES = {"postgres": "postgresql", "postgresql": "postgresql", "pgsql": "postgresql"}
ERROR_KINDS = ("connect", "read", "write", "timeout", "non2xx")
RATIO_TARGETS = ("article", "returning", "list")
TABLE_ROW = "{:12} {:>5} {:>10} {:>9} {:>9} {:>7}  {}"
VIEWS_CODE = (
    "from django.db.models import Sum; from articles.models import Edition; "
    "print(Edition.objects.filter(article_id={pk}).aggregate(n=Sum('views'))['n'] or 0)"
)


class BenchError(Exception):
    """A step of the benchmark failed; the message says which and why."""


@dataclass(frozen=True)
class Backend:
    database_url: str
    redis_url: str

    @property
    def database(self) -> str:
        scheme = urlsplit(self.database_url).scheme
        return POSTGRES_SCHEMES.get(scheme, scheme)

    @property
    def cache(self) -> str:
        return "redis" if self.redis_url else "database"


@dataclass(frozen=True)
class Result:
    target: str
    concurrency: int
    requests: int
    sent: int
    seconds: float
    errors: dict
    p50_ms: float
    p99_ms: float
    # wrk threads that got an answer: in a returning run, each one reader.
    readers: int

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    @property
    def error_count(self) -> int:
        return sum(self.errors.values())

    @property
    def ok(self) -> int:
        """Responses with a 2xx status: every completed request that was not a non-2xx."""
        return self.requests - self.errors["non2xx"]

    @property
    def in_flight(self) -> int:
        """Requests sent but not answered when wrk stopped: the server still answers (and counts) them."""
        return max(self.sent - self.requests, 0)


@dataclass(frozen=True)
class Server:
    """A gunicorn we started: its name, port, the path that answers 200 when it is up, and its log."""

    name: str
    port: int
    probe: str
    log: Path
    process: subprocess.Popen

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def log_tail(self) -> str:
        return tail(self.log.read_text())


# --- the environment -------------------------------------------------------


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 2)[1])
    parser.add_argument("--duration", type=int, default=5, help="seconds of load per run")
    parser.add_argument("--rounds", type=int, default=3, help="runs of every target, interleaved; the median is kept")
    parser.add_argument(
        "--without",
        default="",
        metavar="PART[,PART...]",
        help=f"serve the site with these parts switched off, to measure them: {', '.join(ablated.PARTS)}",
    )
    args = parser.parse_args()
    try:
        args.without = ablated.parts_from(args.without)
    except ValueError as error:
        parser.error(f"--without: {error}")
    if args.duration < 1:
        parser.error("--duration must be at least 1 second")
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    return args


def run(command: list, *, env: dict | None = None, timeout: int = COMMAND_TIMEOUT) -> subprocess.CompletedProcess:
    """Run a command of ours (never a shell) and capture its output."""
    return subprocess.run(  # noqa: S603 - our own fixed commands
        [str(part) for part in command],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def require_wrk() -> str:
    """The path of wrk, installing Debian's package when root; exits with a message otherwise."""
    wrk = shutil.which("wrk")
    if wrk:
        return wrk
    apt = shutil.which("apt-get")
    if os.geteuid() != 0 or not apt:
        sys.exit("bench: wrk is not installed. Install it (Debian: sudo apt-get install wrk) and run again.")
    print("Installing wrk with apt-get ...", flush=True)
    apt_env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    if run([apt, "install", "-y", "-qq", "wrk"], env=apt_env).returncode != 0:
        run([apt, "update", "-qq"], env=apt_env)
        run([apt, "install", "-y", "-qq", "wrk"], env=apt_env)
    wrk = shutil.which("wrk")
    if not wrk:
        sys.exit("bench: installing wrk with apt-get failed; install it by hand (apt-get install wrk).")
    return wrk


def choose_backend(workdir: Path) -> Backend:
    """The caller's DATABASE_URL and REDIS_URL, else a fresh SQLite file in `workdir` and no Redis."""
    database_url = os.environ.get("DATABASE_URL") or f"sqlite:///{workdir / 'bench.sqlite3'}"
    return Backend(database_url=database_url, redis_url=os.environ.get("REDIS_URL", ""))


def ensure_postgres_database(url: str) -> None:
    """Create the PostgreSQL database of `url` when it does not exist yet."""
    import psycopg
    from psycopg import sql

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    maintenance = urlunsplit(parts._replace(path="/postgres"))
    try:
        with psycopg.connect(maintenance, autocommit=True, connect_timeout=5) as connection:
            if connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
                return
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            print(f"Created PostgreSQL database {name!r}.", flush=True)
    except psycopg.Error as error:
        raise BenchError(f"cannot check or create the PostgreSQL database {name!r}: {error}") from error


def bench_env(backend: Backend, workdir: Path) -> dict:
    """The environment of every process the benchmark starts."""
    env = {
        **os.environ,
        **DJANGO_ENV,
        "DATABASE_URL": backend.database_url,
        "DJANGO_MEDIA_ROOT": str(workdir / "media"),
    }
    if backend.redis_url:
        env["REDIS_URL"] = backend.redis_url
    return env


def manage(env: dict, *args: str) -> str:
    """Run `manage.py *args`; its stdout, or BenchError with its stderr."""
    result = run([VENV_BIN / "python", "manage.py", *args], env=env)
    if result.returncode != 0:
        raise BenchError(f"manage.py {' '.join(args)} failed:\n{tail(result.stderr or result.stdout)}")
    return result.stdout


def prepare_database(env: dict) -> None:
    print("Preparing the database: migrate, createcachetable, collectstatic, load_demo ...", flush=True)
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "createcachetable")
    manage(env, "collectstatic", "--noinput", "-v0")
    manage(env, "load_demo")


def tail(text: str, lines: int = 20) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


# --- the servers -----------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(name: str, app: str, probe: str, env: dict, workdir: Path, chdir: Path = ROOT) -> Server:
    """
    Start gunicorn serving `app` on a free port, in a session of its own, logging to workdir.

    gunicorn changes to `chdir` and imports `app` from there.
    """
    port = free_port()
    log = workdir / f"{name}.log"
    command = [VENV_BIN / "gunicorn", app, "--bind", f"127.0.0.1:{port}", "--workers", WORKERS, "--chdir", chdir]
    with log.open("w") as output:
        process = subprocess.Popen(  # noqa: S603 - our own fixed command
            [str(part) for part in command],
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    return Server(name=name, port=port, probe=probe, log=log, process=process)


def stop(server: Server) -> None:
    """SIGTERM the gunicorn master, wait, then SIGKILL its process group if it is still there."""
    process = server.process
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=STOP_TIMEOUT)


def http_get(port: int, path: str) -> tuple[int, str, str]:
    """GET `path` without following redirects and without a User-Agent (a bot: never counted)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.getheader("Location", ""), response.read().decode("utf-8", "replace")
    finally:
        connection.close()


def wait_until_up(server: Server) -> None:
    """
    Wait until the server's probe answers 200, at most HEALTH_TIMEOUT seconds.

    After a run this also drains the server: the probe queues behind the
    requests wrk left in flight, so it answers once they are done.
    """
    deadline = time.monotonic() + HEALTH_TIMEOUT
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise BenchError(
                f"gunicorn ({server.name}) exited with status {server.process.returncode}:\n{server.log_tail()}"
            )
        try:
            if http_get(server.port, server.probe)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise BenchError(
        f"gunicorn ({server.name}): no 200 on {server.probe} within {HEALTH_TIMEOUT} s:\n{server.log_tail()}"
    )


def find_article(port: int) -> tuple[str, int]:
    """The canonical path and id of the first article linked from /hy/."""
    status, _location, body = http_get(port, LIST_PATH)
    if status != 200:
        raise BenchError(f"GET {LIST_PATH} answered {status}")
    match = ARTICLE_LINK.search(body)
    if not match:
        raise BenchError(f"no /hy/articles/ link on {LIST_PATH}: is the demo loaded?")
    path, article_id = match.group(1), int(match.group(2))
    status, location, _body = http_get(port, path)
    if status in (301, 302, 307, 308):
        path = urlsplit(location).path
        status = http_get(port, path)[0]
    if status != 200:
        raise BenchError(f"the article page {path} answered {status}")
    return path, article_id


# --- load and counts -------------------------------------------------------


def run_wrk(wrk: str, target: str, url: str, concurrency: int, duration: int, readers: str = "") -> Result:
    """Load `url` with wrk; `readers` ("new:<run>", "returning:<run>") says who reads (see readers.lua)."""
    print(f"  {target:12} c={concurrency:<3} {url}", flush=True)
    env = {**os.environ, "BENCH_READERS": readers}
    command = [wrk, "-t", WRK_THREADS, "-c", concurrency, "-d", f"{duration}s", "--timeout", WRK_TIMEOUT]
    command += ["--latency", "-s", LUA_SCRIPT, url]
    result = run(command, env=env, timeout=duration + 60)
    match = RESULT_LINE.search(result.stdout)
    if result.returncode != 0 or not match:
        raise BenchError(f"wrk failed on {url}:\n{tail(result.stderr + result.stdout)}")
    data = json.loads(match.group(1))
    return Result(
        target=target,
        concurrency=concurrency,
        requests=data["requests"],
        sent=data["sent"],
        seconds=data["duration_us"] / 1e6,
        errors={kind: data[kind] for kind in ERROR_KINDS},
        p50_ms=data["p50_ms"],
        p99_ms=data["p99_ms"],
        readers=data["readers"],
    )


def stored_views(env: dict, backend: Backend, article_id: int) -> tuple[int, str]:
    """
    The article's views in the database, all languages together, and a note on flushing.

    With Redis, pending counts are flushed into the database first: before the
    runs, so that counts left pending by anyone else are not taken for ours.
    """
    note = flush_counters(env) if backend.redis_url else ""
    output = manage(env, "shell", "--no-imports", "-v0", "-c", VIEWS_CODE.format(pk=int(article_id)))
    return int(output.strip().splitlines()[-1]), note


def flush_counters(env: dict) -> str:
    """Move pending counts from Redis into the database; a note on what happened."""
    result = run([VENV_BIN / "python", "manage.py", "flush_counters"], env=env)
    if result.returncode == 0:
        return "flush_counters: done"
    if "Unknown command" in result.stderr:
        return "flush_counters: NOT AVAILABLE (manage.py has no such command yet); counts read as stored"
    return f"flush_counters: FAILED (status {result.returncode}): {tail(result.stderr, 3)}"


# --- the report ------------------------------------------------------------


def machine() -> str:
    cores = len(os.sched_getaffinity(0))
    model = "unknown CPU"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    return f"{cores} cores, {model}"


def median_runs(results: list[Result]) -> dict[tuple[str, int], Result]:
    """Each target and concurrency's run of median requests/s (the lower middle one of an even count)."""
    runs: dict[tuple[str, int], list[Result]] = {}
    for result in results:
        runs.setdefault((result.target, result.concurrency), []).append(result)
    return {key: sorted(group, key=lambda r: r.rps)[(len(group) - 1) // 2] for key, group in runs.items()}


def print_report(
    backend: Backend, duration: int, rounds: int, results: list[Result], exactness: list[str], without: set[str]
) -> None:
    print()
    print("== Newsroom load benchmark")
    print(f"machine:   {machine()} (wrk runs on the same machine)")
    if without:
        print(f"site:      WITHOUT {', '.join(sorted(without))} (bench/ablated.py): not the site as it serves readers")
    print(f"database:  {backend.database}")
    print(f"cache:     {backend.cache}")
    print(f"gunicorn:  {WORKERS} workers (sync); wrk -t {WRK_THREADS}, timeout {WRK_TIMEOUT}")
    print(f"runs:      {rounds} round(s) of {duration} s per target and concurrency; the median round shown")
    print()
    print(TABLE_ROW.format("target", "conc", "req/s", "p50 ms", "p99 ms", "errors", "rounds req/s, errors"))
    medians = median_runs(results)
    for concurrency in CONCURRENCIES:
        for target in TARGETS:
            r = medians[(target, concurrency)]
            runs = [x for x in results if (x.target, x.concurrency) == (target, concurrency)]
            errors = sum((Counter(x.errors) for x in runs), Counter())
            spread = f"{min(x.rps for x in runs):.0f}-{max(x.rps for x in runs):.0f}"
            detail = ", ".join([spread, *(f"{kind} {n}" for kind, n in errors.items() if n)])
            row = (target, concurrency, f"{r.rps:.1f}", f"{r.p50_ms:.2f}", f"{r.p99_ms:.2f}", sum(errors.values()))
            print(TABLE_ROW.format(*row, detail))
    print()
    rps = {key: r.rps for key, r in medians.items()}
    for concurrency in CONCURRENCIES:
        for floor in FLOORS:
            base = rps[(floor, concurrency)] or float("nan")
            ratios = (f"{target}/{floor:<12} {rps[(target, concurrency)] / base:6.3f}" for target in RATIO_TARGETS)
            print(f"c={concurrency:<3} " + "   ".join(ratios))
    print()
    for line in exactness:
        print(line)


# --- the run -----------------------------------------------------------------


def measure(
    wrk: str, site: Server, floors: dict[str, Server], article_path: str, duration: int, rounds: int
) -> list[Result]:
    """
    Every target at every concurrency, `rounds` times; each article run with readers of its own.

    `floors` holds the server of each bare view by its target's name; each is loaded on its probe.
    """
    targets = {
        "article": (site, article_path),
        "returning": (site, article_path),
        "list": (site, LIST_PATH),
        **{name: (server, server.probe) for name, server in floors.items()},
    }
    run_tag = secrets.token_hex(4)
    results = []
    for round_ in range(1, rounds + 1):
        print(f" round {round_} of {rounds}", flush=True)
        for concurrency in CONCURRENCIES:
            for target in TARGETS:
                server, path = targets[target]
                readers = f"{READERS[target]}:{run_tag}r{round_}c{concurrency}" if target in READERS else ""
                results.append(run_wrk(wrk, target, server.url(path), concurrency, duration, readers))
                wait_until_up(server)
    return results


def check_counts(env: dict, backend: Backend, article_id: int, before: int, results: list[Result]) -> tuple[bool, list]:
    """
    Whether the article's stored views went up by exactly the views requested, and the lines saying so.

    Requested: the 2xx new-reader responses, plus the new-reader requests
    still in flight when wrk stopped, which the server answered and counted
    after wrk had stopped listening (the runs drain the server before going
    on), plus one per returning reader: each counts its first request only.
    """
    after, note = stored_views(env, backend, article_id)
    lines = [note] if note else []
    articles = [r for r in results if r.target == "article"]
    answered = sum(r.ok for r in articles)
    in_flight = sum(r.in_flight for r in articles)
    # Each wrk thread of a returning run that got an answer is one reader, counted once.
    returning = sum(r.readers for r in results if r.target == "returning")
    requested, stored = answered + in_flight + returning, after - before
    exact = stored == requested
    lines.append(
        f"views requested: {requested} ({answered} answered 2xx + {in_flight} in flight when wrk stopped"
        f" + {returning} returning readers)\n"
        f"views stored:    {stored} ({before} -> {after})\n"
        f"{'exact' if exact else 'MISMATCH'}"
    )
    return exact, lines


def benchmark(wrk: str, duration: int, rounds: int, workdir: Path, without: set[str]) -> int:
    backend = choose_backend(workdir)
    if backend.database == "postgresql":
        ensure_postgres_database(backend.database_url)
    env = bench_env(backend, workdir)
    prepare_database(env)

    servers = []
    try:
        if without:
            site_env = {**env, "BENCH_WITHOUT": ",".join(sorted(without))}
            servers.append(start_server("site", "bench.ablated:application()", "/healthz", site_env, workdir))
        else:
            servers.append(start_server("site", "cms.wsgi", "/healthz", env, workdir))
        servers.append(start_server("bare", "bench.bare:application", "/", env, workdir))
        # Its own settings module, whatever DJANGO_SETTINGS_MODULE the caller's environment has.
        startproject_env = {key: value for key, value in env.items() if key != "DJANGO_SETTINGS_MODULE"}
        servers.append(
            start_server("startproject", "mysite.wsgi", "/", startproject_env, workdir, chdir=STARTPROJECT_DIR)
        )
        servers.append(start_server("bare-stack", "bench.stack:application", "/hy/bare/", env, workdir))
        site, *floors = servers
        for server in servers:
            wait_until_up(server)
        article_path, article_id = find_article(site.port)
        views_before, _note = stored_views(env, backend, article_id)
        print(f"Load, {rounds} round(s) of {duration} s per run:", flush=True)
        results = measure(wrk, site, {server.name: server for server in floors}, article_path, duration, rounds)
    finally:
        for server in servers:
            stop(server)

    if "count" in without:
        exact, count_lines = True, ["views: not checked, counting was switched off (--without count)"]
    else:
        exact, count_lines = check_counts(env, backend, article_id, views_before, results)
    print_report(backend, duration, rounds, results, count_lines, without)
    errors = sum(r.error_count for r in results)
    if errors or not exact:
        print(f"\nThe site's gunicorn log, last lines:\n{site.log_tail()}")
    return 0 if exact and errors == 0 else 1


def main() -> int:
    args = parse_args()
    # A SIGTERM (e.g. from a CI timeout) unwinds through the finally blocks.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    wrk = require_wrk()
    workdir = Path(tempfile.mkdtemp(prefix="newsroom-bench-"))
    try:
        return benchmark(wrk, args.duration, args.rounds, workdir, args.without)
    except (BenchError, subprocess.TimeoutExpired) as error:
        print(f"bench: {error}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
