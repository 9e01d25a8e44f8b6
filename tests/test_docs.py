"""
The README and the guides in docs/ say what works: every command they show
names a real `make` target, management command, option and file, the ones
that need nothing but the checkout run as written, and every link between
them lands on a file and a heading that exist.
"""

import json
import os
import re
import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.core.management import get_commands, load_command_class
from django.core.management.base import CommandError

ROOT = Path(__file__).resolve().parents[1]
SHELL_BLOCKS = {"sh", "bash", "shell", "console"}

# Programs a guide may name that this test cannot run or check here, each for its reason.
NOT_RUN_HERE = {
    "curl": "asks a deployed site over the network",
    "pg_dump": "needs the production PostgreSQL server",
    "pg_restore": "needs the production PostgreSQL server",
    "systemctl": "needs root and the site's service",
    "crontab": "edits the system's crontab",
    "git": "git pull needs the network",
    "sqlite3": "the sqlite3 program is not installed everywhere",
    ".venv/bin/gunicorn": "serves until stopped",
    ".venv/bin/django-admin": "writes a project into a temporary directory (performance.md)",
    ".venv/bin/ruff": "formats files in a temporary directory (performance.md)",
}
# File tools: not run, but any path of the checkout they name must exist.
FILE_TOOLS = {"cd", "cp", "rm", "tar", "diff", "mktemp", "head"}
# Management commands that need nothing but the checkout and a database: run as written.
RUNS_OFFLINE = {
    "check",
    "migrate",
    "createcachetable",
    "load_demo",
    "flush_counters",
    "rebuild_search_index",
    "make_renditions",
    "reencode_covers",
    "prune_revisions",
}
# A guide linked before it is written is accepted while absent; once present, its headings are checked.
LINKED_AHEAD: set[str] = set()
# Top-level entries of a checkout that a fresh clone does not have until a command makes them.
MADE_BY_COMMANDS = {".venv", "node_modules", "media", "staticfiles", "screenshots"}
PLACEHOLDER = re.compile(r"^[A-Z][A-Z0-9_]*(\.[a-z]+)?$")  # PATH, LANG, ID, N, FILE.po
CRON_FIELD = re.compile(r"^[0-9*/,-]+$")
ENV_ASSIGNMENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*=")


@dataclass
class Command:
    where: str  # file:line
    text: str


def documents() -> list[Path]:
    return [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def looks_like_command(line: str) -> bool:
    line = re.sub(r"^(\$ )?([A-Z_][A-Z0-9_]*=\S* )*", "", line)  # a prompt, variables set for the command
    return bool(re.match(r"(\.venv/bin/\S+|(python3? )?manage\.py|make)( |$)", line))


def commands_in(path: Path) -> list[Command]:
    """The commands of a guide: every line of its shell blocks, and command lines of its other code blocks."""
    name = path.relative_to(ROOT)
    commands, fence, language, pending = [], None, "", ""
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        opening = re.match(r"^\s*(```+|~~~+)\s*([\w+-]*)", line)
        if fence is None and opening:
            fence, language = opening.group(1), opening.group(2).lower()
            continue
        if fence is not None:
            if line.strip().startswith(fence):
                fence = None
                continue
            text = line.strip()
            if language == "console":
                if not text.startswith("$ "):
                    continue
                text = text[2:]
            elif language not in SHELL_BLOCKS and not looks_like_command(text):
                continue
        else:
            # An indented code block's command line, as the older guides write them.
            indented = re.match(r"^ {4,}(\S.*)$", line)
            if not (indented and looks_like_command(indented.group(1))):
                continue
            text = indented.group(1).strip()
        if not text or text.startswith("#"):
            continue
        text = pending + text
        if text.endswith("\\") or text.endswith("&&") or text.endswith("|"):
            pending = text.rstrip("\\") + " "
            continue
        pending = ""
        commands.append(Command(f"{name}:{number}", text))
    return commands


def simple_commands(text: str) -> list[list[str]]:
    """The words of each simple command in a line: split on && ; | and without redirections or comments."""
    if " [" in text:
        # A usage line, whose | separates choices (`[--source live|fixture]`), not commands.
        return [shlex.split(text, comments=True)]
    lexer = shlex.shlex(text, posix=True, punctuation_chars=True)
    lexer.commenters = "#"
    lexer.whitespace_split = True
    parts, words, skip_next = [], [], False
    for token in lexer:
        if skip_next:
            skip_next = False
        elif token in {"&&", "||", ";", "|", "&", "(", ")"}:
            parts.append(words)
            words = []
        elif token in {">", ">>", "<", "2>"}:
            skip_next = True
        else:
            words.append(token)
    parts.append(words)
    result = []
    for words in parts:
        if len(words) > 5 and all(CRON_FIELD.match(word) for word in words[:5]):
            words = words[5:]  # a crontab line's schedule
        while words and ENV_ASSIGNMENT.match(words[0]):
            words = words[1:]
        if words:
            result.append(words)
    return result


def make_targets() -> set[str]:
    makefile = (ROOT / "Makefile").read_text()
    # Named targets and file targets (node_modules/.package-lock.json) alike; not variable assignments (:=).
    return set(re.findall(r"^([A-Za-z$][\w$()./-]*):(?!=)", makefile, flags=re.M))


def path_problem(word: str) -> str | None:
    """A path of the checkout named in a command that is not there."""
    word = word.strip("\"'")
    if not word or word.startswith(("-", "/", "~")) or any(char in word for char in "$<=*"):
        return None
    first = word.split("/", 1)[0]
    if "/" in word:
        if first in MADE_BY_COMMANDS or not (ROOT / first).is_dir():
            return None  # not a path of the checkout: a URL's path, a directory of the server
    elif not word.endswith((".py", ".lua", ".toml")):
        return None  # a reader's own file (the text to import, a backup) or no file at all
    if not (ROOT / word).exists():
        return f"no such file in the checkout: {word}"
    return None


@dataclass
class Checked:
    problems: list[str]
    runnable: list[list[str]]  # manage.py arguments that can run here as written


def check_manage(name: str, args: list[str]) -> Checked:
    commands = get_commands()
    if name not in commands:
        return Checked([f"no management command {name!r}"], [])
    parser = load_command_class(commands[name], name).create_parser("manage.py", name)
    options = parser._option_string_actions
    is_synopsis = any(set("[]|") & set(arg) or arg == "..." or PLACEHOLDER.match(arg) for arg in args)
    problems = []
    if is_synopsis:
        # A usage line (`--lang LANG [--publish]`): its options must exist, its literal choices too.
        for index, arg in enumerate(args):
            option = arg.strip("[]").split("=", 1)[0]
            if option.startswith("--") and option not in options:
                problems.append(f"{name} has no option {option}")
            elif option.startswith("--") and options[option].choices and index + 1 < len(args):
                value = args[index + 1].strip("[]")
                if not PLACEHOLDER.match(value):
                    for choice in value.split("|"):
                        if choice not in options[option].choices:
                            problems.append(f"{name} {option} takes no {choice!r}")
        return Checked(problems, [])
    try:
        parsed = parser.parse_args(args)
    except (CommandError, SystemExit) as exc:
        return Checked([f"{name} refuses {shlex.join(args)}: {exc}"], [])
    offline = name in RUNS_OFFLINE or (name == "update_widgets" and parsed.source == "fixture")
    return Checked([], [[name, *args]] if offline else [])


def check_command(words: list[str]) -> Checked:
    program, args = words[0], words[1:]
    problems = [problem for word in words if (problem := path_problem(word))]
    if program.startswith("$ "):
        program = program[2:]
    if program == "make":
        targets = make_targets()
        problems += [f"no make target {arg!r}" for arg in args if not arg.startswith("-") and arg not in targets]
        return Checked(problems, [])
    if program in {".venv/bin/python", "python", "python3"}:
        if args[:1] == ["-c"]:
            return Checked(problems, [])
        if args and args[0] == "manage.py":
            program, args = "manage.py", args[1:]
        elif args and args[0].endswith(".py"):
            script = ROOT / args[0]
            if script.exists():
                source = script.read_text()
                for arg in args[1:]:
                    option = arg.split("=", 1)[0]
                    if option.startswith("--") and f'"{option}"' not in source:
                        problems.append(f"{args[0]} has no option {option}")
            return Checked(problems, [])
    if program == "manage.py":
        if not args:
            return Checked([*problems, "manage.py without a command"], [])
        checked = check_manage(args[0], args[1:])
        return Checked(problems + checked.problems, checked.runnable)
    if program == ".venv/bin/pytest":
        return Checked(problems, [])
    if program in NOT_RUN_HERE or program in FILE_TOOLS:
        return Checked(problems, [])
    return Checked([*problems, f"{program!r} is neither checked here nor listed in NOT_RUN_HERE"], [])


def check_documents(paths: list[Path]) -> Checked:
    problems, runnable = [], []
    for path in paths:
        for command in commands_in(path):
            try:
                parts = simple_commands(command.text)
            except ValueError as exc:
                problems.append(f"{command.where}: cannot be read as a shell line ({exc}): {command.text}")
                continue
            for words in parts:
                checked = check_command(words)
                problems += [f"{command.where}: {problem}" for problem in checked.problems]
                runnable += [args for args in checked.runnable if args not in runnable]
    return Checked(problems, runnable)


def slug(heading: str) -> str:
    """The anchor GitHub gives a heading."""
    text = re.sub(r"[`*_]", "", heading.strip()).lower()
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


def anchors(path: Path) -> set[str]:
    seen: dict[str, int] = {}
    result = set()
    in_fence = False
    for line in path.read_text().splitlines():
        if re.match(r"^\s*```", line):
            in_fence = not in_fence
        heading = re.match(r"^#{1,6} (.*)$", line)
        if heading and not in_fence:
            base = slug(heading.group(1))
            count = seen.get(base, 0)
            seen[base] = count + 1
            result.add(base if count == 0 else f"{base}-{count}")
    return result


def link_problems(path: Path) -> list[str]:
    problems = []
    text = re.sub(r"```.*?```", "", path.read_text(), flags=re.S)
    text = re.sub(r"`[^`\n]*`", "", text)
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if re.match(r"^[a-z]+:", target):
            continue
        file_part, _, anchor = target.partition("#")
        linked = (path.parent / file_part).resolve() if file_part else path
        name = linked.relative_to(ROOT).as_posix() if linked.is_relative_to(ROOT) else str(linked)
        if not linked.exists():
            if name not in LINKED_AHEAD:
                problems.append(f"{path.relative_to(ROOT)}: the link {target} leads to no file")
            continue
        if anchor and linked.suffix == ".md" and anchor not in anchors(linked):
            problems.append(f"{path.relative_to(ROOT)}: the link {target} leads to no heading of {name}")
    return problems


def test_the_readme_starts_with_the_two_commands():
    lines = (ROOT / "README.md").read_text().splitlines()
    commands = [line.split("#")[0].strip() for line in lines[:6] if line.startswith("make ")]
    assert commands == ["make run", "make test"]


def test_every_command_in_the_docs_names_a_real_target_command_option_and_file():
    checked = check_documents(documents())
    assert checked.problems == []
    # The guides do show commands: an extraction that found none would pass anything.
    assert len(checked.runnable) >= 5


def test_links_between_the_docs_lead_to_files_and_headings():
    problems = [problem for path in documents() for problem in link_problems(path)]
    assert problems == []


def test_the_commands_that_need_nothing_but_the_checkout_run_as_written(tmp_path):
    runnable = check_documents(documents()).runnable
    names = {args[0] for args in runnable}
    assert {"migrate", "load_demo", "update_widgets", "flush_counters"} <= names
    # A fresh database first, whatever order the guides show them in.
    first = [["migrate", "--noinput", "--verbosity", "0"], ["createcachetable"], ["load_demo"]]
    driver = """
import json, sys, django
from django.core.management import call_command, get_commands, ManagementUtility
django.setup()
failures = []
for args in json.loads(sys.argv[1]):
    try:
        call_command(*args, stdout=open("/dev/null", "w"))
    except BaseException as exc:
        failures.append([args, repr(exc)])
for name in sorted(json.loads(sys.argv[2])):
    try:
        ManagementUtility(["manage.py", name, "--help"]).execute()
    except SystemExit as exc:
        if exc.code:
            failures.append([[name, "--help"], repr(exc)])
print(json.dumps(failures))
"""
    named = {
        words[2] if words[0] != "manage.py" else words[1]
        for path in documents()
        for command in commands_in(path)
        for words in simple_commands(command.text)
        if "manage.py" in words[:2] and len(words) > words.index("manage.py") + 1
    }
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "REDIS", "DATABASE"))}
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        DJANGO_MEDIA_ROOT=str(tmp_path / "media"),
    )
    result = subprocess.run(  # noqa: S603 - our own manage.py's commands
        [sys.executable, "-c", driver, json.dumps(first + runnable), json.dumps(sorted(named & set(get_commands())))],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []


@pytest.mark.parametrize(
    ("markdown", "problem"),
    [
        ("```sh\nmake deploy\n```\n", "no make target 'deploy'"),
        ("```sh\n.venv/bin/python manage.py publish_all\n```\n", "no management command 'publish_all'"),
        ("```sh\n.venv/bin/python manage.py update_widgets --source ecb\n```\n", "update_widgets refuses"),
        ("    .venv/bin/python manage.py prune_revisions --older 5\n", "prune_revisions refuses"),
        ("```sh\n.venv/bin/python manage.py preview_link ID [--minutes N]\n```\n", "has no option --minutes"),
        ("```sh\n.venv/bin/python manage.py update_widgets [--source live|ecb]\n```\n", "takes no 'ecb'"),
        ("```sh\n.venv/bin/python bench/nothing.py\n```\n", "no such file in the checkout: bench/nothing.py"),
        ("```sh\n.venv/bin/python bench/run.py --faster\n```\n", "bench/run.py has no option --faster"),
        ("```sh\nansible-playbook site.yml\n```\n", "'ansible-playbook' is neither checked here"),
    ],
)
def test_the_check_finds_what_a_guide_names_that_does_not_exist(tmp_path, markdown, problem):
    guide = ROOT / "docs" / f".check-{os.getpid()}-{abs(hash(markdown))}.md"
    guide.write_text(markdown)
    try:
        problems = check_documents([guide]).problems
    finally:
        guide.unlink()
    assert len(problems) == 1
    assert problem in problems[0]


def test_the_check_finds_a_link_to_no_file_or_no_heading():
    guide = ROOT / "docs" / f".check-links-{os.getpid()}.md"
    guide.write_text("# Here\n\n[a](operations.md#settings) [b](nowhere.md) [c](counting.md#nowhere) [d](#here)\n")
    try:
        problems = link_problems(guide)
    finally:
        guide.unlink()
    assert len(problems) == 2
    assert "nowhere.md leads to no file" in problems[0]
    assert "counting.md#nowhere leads to no heading" in problems[1]
