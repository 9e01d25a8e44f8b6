"""
The settings the environment gives: TLS and proxies read and checked at start,
and `check --deploy` clean with the production environment docs/operations.md documents.
"""

import os
import re
import runpy
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parents[1]
SETTINGS = BASE_DIR / "cms" / "settings.py"


def load_settings(monkeypatch, **env) -> dict:
    """cms/settings.py as it reads this environment (every DJANGO_ variable but these unset)."""
    for name in list(os.environ):
        if name.startswith("DJANGO_") and name != "DJANGO_SETTINGS_MODULE":
            monkeypatch.delenv(name)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(SETTINGS))


def documented_production_environment() -> dict[str, str]:
    """The variables of docs/operations.md's "Running in production" block, with a real key for its placeholder."""
    guide = (BASE_DIR / "docs" / "operations.md").read_text()
    section = guide.split("\n## Running in production\n", 1)[1]
    section = re.split(r"^## ", section, maxsplit=1, flags=re.M)[0]
    block = re.search(r"^```ini\n(.*?)^```$", section, flags=re.M | re.S).group(1)
    env = dict(re.findall(r"^([A-Z][A-Z0-9_]*)=(.*)$", block, flags=re.M))
    assert env, "docs/operations.md documents no production environment"
    placeholders = [name for name, value in env.items() if value.startswith("<")]
    assert placeholders == ["DJANGO_SECRET_KEY"], placeholders
    env["DJANGO_SECRET_KEY"] = secrets.token_urlsafe(50)
    return env


def manage(*args, env: dict[str, str]) -> subprocess.CompletedProcess:
    """manage.py in a process of its own, with `env` and nothing else of this one's settings."""
    base = {name: os.environ[name] for name in ("PATH", "HOME", "LANG", "TMPDIR") if name in os.environ}
    return subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_tls_and_proxy_variables_become_djangos_settings(monkeypatch):
    loaded = load_settings(
        monkeypatch,
        DJANGO_HSTS_SECONDS="31536000",
        DJANGO_HSTS_INCLUDE_SUBDOMAINS="1",
        DJANGO_HSTS_PRELOAD="true",
        DJANGO_SECURE_SSL_REDIRECT="yes",
        DJANGO_SECURE_PROXY_SSL_HEADER="X-Forwarded-Proto",
        DJANGO_CSRF_TRUSTED_ORIGINS="https://news.example.am, https://*.example.am,http://127.0.0.1:8000",
        DJANGO_TRUSTED_PROXIES="127.0.0.1, 10.0.0.0/8,::1",
    )
    assert loaded["SECURE_HSTS_SECONDS"] == 31_536_000
    assert loaded["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
    assert loaded["SECURE_HSTS_PRELOAD"] is True
    assert loaded["SECURE_SSL_REDIRECT"] is True
    assert loaded["SECURE_PROXY_SSL_HEADER"] == ("HTTP_X_FORWARDED_PROTO", "https")
    assert loaded["CSRF_TRUSTED_ORIGINS"] == [
        "https://news.example.am",
        "https://*.example.am",
        "http://127.0.0.1:8000",
    ]
    assert loaded["TRUSTED_PROXIES"] == ("127.0.0.1/32", "10.0.0.0/8", "::1/128")


def test_without_the_variables_nothing_is_forced_and_no_proxy_is_believed(monkeypatch):
    loaded = load_settings(monkeypatch)
    assert loaded["SECURE_HSTS_SECONDS"] == 0
    assert loaded["SECURE_SSL_REDIRECT"] is False
    assert loaded["SECURE_PROXY_SSL_HEADER"] is None
    assert loaded["CSRF_TRUSTED_ORIGINS"] == []
    assert loaded["TRUSTED_PROXIES"] == ()


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("DJANGO_HSTS_SECONDS", "a year"),
        ("DJANGO_HSTS_SECONDS", "-1"),
        ("DJANGO_HSTS_SECONDS", "3.5e7"),
        ("DJANGO_HSTS_INCLUDE_SUBDOMAINS", "always"),
        ("DJANGO_HSTS_PRELOAD", "si"),
        ("DJANGO_SECURE_SSL_REDIRECT", "enabled"),
        ("DJANGO_SECURE_PROXY_SSL_HEADER", "X-Forwarded-Proto: https"),
        ("DJANGO_SECURE_PROXY_SSL_HEADER", "HTTP_X_FORWARDED_PROTO"),
        ("DJANGO_CSRF_TRUSTED_ORIGINS", "news.example.am"),
        ("DJANGO_CSRF_TRUSTED_ORIGINS", "https://news.example.am, www.example.am"),
        ("DJANGO_CSRF_TRUSTED_ORIGINS", "https://news.example.am/"),
        ("DJANGO_CSRF_TRUSTED_ORIGINS", "https://news.example.am:https"),
        ("DJANGO_CSRF_TRUSTED_ORIGINS", "ftp://news.example.am"),
        ("DJANGO_TRUSTED_PROXIES", "10.0.0.300"),
        ("DJANGO_TRUSTED_PROXIES", "127.0.0.1, proxy.internal"),
        ("DJANGO_PAGE_CACHE_MB", "lots"),
        ("DJANGO_PAGE_CACHE_MB", "-1"),
        ("DJANGO_PAGE_RECHECK_SECONDS", "soon"),
        ("DJANGO_LOGIN_FAILURE_LIMIT", "0"),
        ("DJANGO_LOGIN_FAILURE_LIMIT", "2.5"),
        ("DJANGO_LOGIN_COOLOFF_MINUTES", "nan"),
        ("DJANGO_STRIPS_DATED_AFTER_HOURS", "three"),
        ("DJANGO_STRIPS_HIDDEN_AFTER_HOURS", "0"),
        ("DJANGO_SITE_URL", "https://a.example.am,https://b.example.am"),
        ("DJANGO_SITE_URL", "news.example.am"),
    ],
)
def test_an_unreadable_value_stops_the_site_naming_its_variable(monkeypatch, name, value):
    with pytest.raises(ImproperlyConfigured, match=name):
        load_settings(monkeypatch, **{name: value})


@pytest.mark.parametrize(
    "env",
    [
        {"DJANGO_HSTS_PRELOAD": "1", "DJANGO_HSTS_SECONDS": "300", "DJANGO_HSTS_INCLUDE_SUBDOMAINS": "1"},
        {"DJANGO_HSTS_PRELOAD": "1", "DJANGO_HSTS_SECONDS": "31536000"},
    ],
)
def test_preload_without_what_the_preload_list_requires_stops_the_site(monkeypatch, env):
    with pytest.raises(ImproperlyConfigured, match="DJANGO_HSTS_PRELOAD"):
        load_settings(monkeypatch, **env)


def test_in_production_the_sites_address_must_be_given_and_be_one_of_its_hosts(monkeypatch):
    production = {"DJANGO_DEBUG": "0", "DJANGO_SECRET_KEY": "k" * 50, "DJANGO_ALLOWED_HOSTS": "news.example.am"}
    with pytest.raises(ImproperlyConfigured, match="DJANGO_SITE_URL must be set"):
        load_settings(monkeypatch, **production)
    with pytest.raises(ImproperlyConfigured, match="DJANGO_SITE_URL's host is not in DJANGO_ALLOWED_HOSTS"):
        load_settings(monkeypatch, **production, DJANGO_SITE_URL="https://other.example.am")
    loaded = load_settings(monkeypatch, **production, DJANGO_SITE_URL="https://news.example.am")
    assert loaded["SITE_URL"] == "https://news.example.am"


def test_a_bad_value_stops_manage_py_before_it_does_anything():
    result = manage("check", env={"DJANGO_HSTS_SECONDS": "1y"})
    assert result.returncode != 0
    assert "DJANGO_HSTS_SECONDS must be a whole number of seconds" in result.stderr


def test_check_deploy_is_clean_with_the_documented_production_environment():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=documented_production_environment())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_check_deploy_warns_without_the_tls_settings():
    env = documented_production_environment()
    bare = {
        name: env[name] for name in ("DJANGO_DEBUG", "DJANGO_SECRET_KEY", "DJANGO_ALLOWED_HOSTS", "DJANGO_SITE_URL")
    }
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=bare)
    assert result.returncode != 0
    for check in ("security.W004", "security.W008"):  # no HSTS, no redirect to https
        assert check in result.stderr


def test_check_deploy_reminds_of_preload_until_it_is_decided():
    env = documented_production_environment()
    del env["DJANGO_HSTS_PRELOAD"]
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode != 0
    assert "security.W021" in result.stderr
