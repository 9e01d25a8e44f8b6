"""
What telling bots from readers costs, per request, in one process.

articles.visitors.is_bot keeps a verdict per user agent in each worker, so a
request whose agent the worker has seen costs a lookup; an agent it has not
seen is searched for in CrawlerDetect's list. This script prints, in
microseconds of CPU time per call (so that other work on the machine does not
count; the median of ROUNDS rounds):

- cached: is_bot on agents already judged;
- uncached: is_bot on agents never seen (each made unique), for browsers and
  for bots: the search and the storing of the verdict;
- hostile: a word of 500 random letters, each agent new (a long word is the
  slowest agent found for either matcher, and fits in MAX_USER_AGENT);
- the same two searches with CrawlerDetect's own matcher, for comparison;

and, each in a fresh interpreter, the time to import the crawlerdetect
package, the time the first is_bot takes to compile the list, and the memory
the list and its compiled form take, and the verdicts when MAX_VERDICTS are
kept.

    .venv/bin/python bench/bots.py
    .venv/bin/python bench/bots.py --calls 5000
"""

import argparse
import os
import random
import statistics
import string
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 5
BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/18.2 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Linux; arm_64; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/130.0.6723.116 YaBrowser/24.12.3.116.00 SA/3 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Mobile/15E148 Instagram 358.0.0.20.78 (iPhone14,5; iOS 18_1; en_US; en; scale=3.00; 1170x2532; "
    "664181380; IABMV/1)",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Version/4.0 Chrome/131.0.6778.39 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/490.0.0.50.81;]",
]
BOTS = [
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)",
    "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    "axios/1.7.9",
    "python-httpx/0.28.1",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.6778.33 Safari/537.36",
]
IMPORT = "import time; t = time.process_time(); import crawlerdetect; print(time.process_time() - t)"
COMPILE = (
    "import time, django; django.setup(); from articles import visitors; "
    "t = time.process_time(); visitors.is_bot('x'); print(time.process_time() - t)"
)

MEMORY = (
    "import tracemalloc; tracemalloc.start(60); import django; django.setup(); from articles import visitors; "
    "visitors.is_bot('x'); snapshot = tracemalloc.take_snapshot(); "
    "listed = sum(t.size for t in snapshot.filter_traces("
    "[tracemalloc.Filter(True, '*articles/visitors.py', all_frames=True)]).traces); "
    "before = tracemalloc.get_traced_memory()[0]; agent = " + repr(BROWSERS[0]) + "; "
    "[visitors.is_bot(f'{agent} {n}') for n in range(visitors.MAX_VERDICTS)]; "
    "print(listed, tracemalloc.get_traced_memory()[0] - before, len(agent))"
)


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 2)[1])
    parser.add_argument("--calls", type=int, default=2000, help="calls per round (hostile agents: a tenth)")
    args = parser.parse_args()
    if args.calls < 10:
        parser.error("--calls must be at least 10")
    return args


def per_call_us(judge, agents: list[str]) -> float:
    """The median over ROUNDS of CPU microseconds per judge(agent), "{round}" in each agent replaced by the round."""
    times = []
    for round_ in range(ROUNDS):
        batch = [agent.replace("{round}", str(round_)) for agent in agents]
        start = time.process_time()
        for agent in batch:
            judge(agent)
        times.append((time.process_time() - start) / len(batch) * 1e6)
    return statistics.median(times)


def run_fresh(code: str) -> str:
    """What `code` prints, run in a new interpreter."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings"}
    return subprocess.run(  # noqa: S603 - our own fixed code
        [sys.executable, "-c", code], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout


def fresh_interpreter_ms(code: str) -> float:
    """The median over ROUNDS of what `code` prints (seconds), run each time in a new interpreter, in ms."""
    return statistics.median(float(run_fresh(code)) for _ in range(ROUNDS)) * 1000


def main() -> None:
    args = parse_args()
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings")
    import django

    django.setup()
    from crawlerdetect import CrawlerDetect

    from articles import visitors

    library = CrawlerDetect()
    rng = random.Random(1)  # noqa: S311 - junk to search, not a secret

    def unique(agents: list[str], calls: int) -> list[str]:
        # "{round}" is filled in per round, so no round meets an agent an earlier one judged.
        return [f"{agents[n % len(agents)]} u{n}-{{round}}" for n in range(calls)]

    hostile = [
        "".join(rng.choice(string.ascii_letters) for _ in range(500)) + f"h{n}r{{round}}"
        for n in range(max(1, args.calls // 10))
    ]
    for agent in BROWSERS + BOTS:
        visitors.is_bot(agent)

    rows = [
        ("is_bot, cached (an agent this worker has judged)", per_call_us(visitors.is_bot, (BROWSERS + BOTS) * 200)),
        ("is_bot, uncached, browsers", per_call_us(visitors.is_bot, unique(BROWSERS, args.calls))),
        ("is_bot, uncached, bots", per_call_us(visitors.is_bot, unique(BOTS, args.calls))),
        ("is_bot, uncached, a word of 500 random letters", per_call_us(visitors.is_bot, hostile)),
        (
            "CrawlerDetect's own matcher, uncached, browsers",
            per_call_us(library.is_crawler, unique(BROWSERS, args.calls // 10)),
        ),
        (
            "CrawlerDetect's own matcher, the same words",
            per_call_us(library.is_crawler, hostile[: max(1, len(hostile) // 10)]),
        ),
    ]
    width = max(len(label) for label, _ in rows)
    print(f"{'per call':<{width}}  µs")
    for label, us in rows:
        print(f"{label:<{width}}  {us:8.1f}")
    print(f"import crawlerdetect (fresh interpreter): {fresh_interpreter_ms(IMPORT):.1f} ms")
    print(f"first is_bot, compiling the list (fresh interpreter): {fresh_interpreter_ms(COMPILE):.1f} ms")
    listed, verdicts, length = (int(word) for word in run_fresh(MEMORY).split())
    print(f"memory: the list and its compiled form {listed / 1e6:.1f} MB; {visitors.MAX_VERDICTS} verdicts", end=" ")
    print(f"on agents of about {length} characters {verdicts / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
