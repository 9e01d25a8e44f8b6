"""
Settings for the newsroom CMS: one module, driven by the environment.

Development defaults are safe to run locally (`make run`); with
DJANGO_DEBUG=0 the site refuses to start without a real secret key and an
explicit host list.
"""

import ipaddress
import os
import re
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.http.request import validate_host
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


# Each value is checked as it is read: a typo stops the site at start instead of
# leaving a protection quietly off.


def env_flag(name: str, default: bool) -> bool:
    """A yes/no variable; anything but 1/0, true/false, yes/no or on/off is refused."""
    value = os.environ.get(name, "").strip().lower()
    if not value:
        return default
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be 1 or 0, not {value!r}.")


def env_number(name: str, default: float, *, minimum: float, whole: bool = False) -> float:
    """A number of at least `minimum` (a whole one if `whole`), or `default` when unset."""
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        number = int(value) if whole else float(value)
    except ValueError:
        number = None
    if number is None or not number >= minimum:
        kind = "a whole number" if whole else "a number"
        raise ImproperlyConfigured(f"{name} must be {kind} of at least {minimum:g}, not {value!r}.")
    return number


def env_seconds(name: str) -> int:
    value = os.environ.get(name, "").strip() or "0"
    if not value.isascii() or not value.isdigit():
        raise ImproperlyConfigured(f"{name} must be a whole number of seconds (0 for none), not {value!r}.")
    return int(value)


def env_proxy_ssl_header(name: str) -> tuple[str, str] | None:
    """The header the proxy sets to `https` on a secure request, as Django reads it from the WSGI environment."""
    value = os.environ.get(name, "").strip()
    if not value:
        return None
    if not re.fullmatch(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*", value):
        raise ImproperlyConfigured(f"{name} must be a header name such as X-Forwarded-Proto, not {value!r}.")
    return "HTTP_" + value.upper().replace("-", "_"), "https"


def env_origins(name: str) -> list[str]:
    """Comma-separated origins: a scheme and a host (and port), nothing after them, as Django compares them."""
    origins = []
    for origin in (item.strip() for item in os.environ.get(name, "").split(",")):
        if not origin:
            continue
        parts = urlsplit(origin)
        try:
            parts.port  # noqa: B018 - raises on a port that is not a number
        except ValueError:
            parts = None
        if (
            parts is None
            or parts.scheme not in {"http", "https"}
            or not parts.hostname
            or parts.username is not None
            or parts.path
            or parts.query
            or parts.fragment
            or "#" in origin
        ):
            raise ImproperlyConfigured(
                f"{name}: {origin!r} is not an origin; write a scheme and a host, such as https://news.example.am."
            )
        origins.append(origin)
    return origins


def env_networks(name: str) -> tuple[str, ...]:
    """Comma-separated addresses or networks, each checked and written as a network."""
    networks = []
    for item in (item.strip() for item in os.environ.get(name, "").split(",")):
        if not item:
            continue
        try:
            networks.append(str(ipaddress.ip_network(item, strict=False)))
        except ValueError:
            raise ImproperlyConfigured(
                f"{name}: {item!r} is not an address or a network such as 127.0.0.1 or 10.0.0.0/8."
            ) from None
    return tuple(networks)


DEBUG = env_flag("DJANGO_DEBUG", True)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off.")
    SECRET_KEY = "django-insecure-development-only-key-do-not-use-in-production"  # noqa: S105

_hosts = os.environ.get("DJANGO_ALLOWED_HOSTS", "")
if _hosts:
    ALLOWED_HOSTS = [h.strip() for h in _hosts.split(",") if h.strip()]
elif DEBUG:
    ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]", "testserver"]
else:
    raise ImproperlyConfigured("DJANGO_ALLOWED_HOSTS must be set when DJANGO_DEBUG is off.")

# The scheme and host of the site's own absolute links (canonical, feed,
# sitemap, the address a reader shares), and so of its cached pages: never
# the Host header, which any client can vary. `make run` serves it here.
_site_url = env_origins("DJANGO_SITE_URL")
if len(_site_url) > 1:
    raise ImproperlyConfigured("DJANGO_SITE_URL is one origin, such as https://news.example.am, not a list.")
if _site_url:
    SITE_URL = _site_url[0]
elif DEBUG:
    SITE_URL = "http://127.0.0.1:8000"
else:
    # A production site linking to localhost would not say so anywhere else.
    raise ImproperlyConfigured("DJANGO_SITE_URL must be set when DJANGO_DEBUG is off, e.g. https://news.example.am.")
if not validate_host(urlsplit(SITE_URL).hostname, ALLOWED_HOSTS):
    raise ImproperlyConfigured(f"DJANGO_SITE_URL's host is not in DJANGO_ALLOWED_HOSTS: {SITE_URL}.")

INSTALLED_APPS = [
    # modeltranslation must come before the admin so its tabbed admin wins.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
    # Revisions of the working text; registered in editorial.apps, after modeltranslation.
    "reversion",
    "articles",
    "editorial",
    "widgets",
    "catalogs",
    "photos",
    "search",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before WhiteNoise, so that static files carry the policy too.
    "cms.middleware.SitePolicyCSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Outside every middleware that sets a cookie: marks such responses private.
    "cms.proxies.PrivateCookiesMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Before the language is activated: reloads edited translations.
    "catalogs.runtime.CatalogMiddleware",
    # Django's LocaleMiddleware, but the admin never takes the reader's language cookie.
    "cms.middleware.NewsroomLocaleMiddleware",
    # After the language is known, so its 400 page is in it; nothing before reads the query.
    "cms.middleware.RefuseNulMiddleware",
    "cms.middleware.RememberLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Once the user is known: the admin in the staff user's own language. Before
    # the views, so CSRF refusals and the admin's messages are in it too.
    "cms.middleware.AdminLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "articles.context_processors.site",
                "widgets.context_processors.strips",
            ],
        },
    },
]

# Database: SQLite file by default, anything dj-database-url understands otherwise.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=600,
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        # WAL lets readers go on while one writer writes; IMMEDIATE takes the
        # write lock at BEGIN so two writers queue on the busy timeout instead
        # of failing with "database is locked" on lock upgrade.
        "init_command": ("PRAGMA journal_mode=WAL;PRAGMA synchronous=NORMAL;PRAGMA foreign_keys=ON;"),
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
    # A file, not memory, so that several processes in a test can share it.
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / "test-db.sqlite3")}
# Each process checkpoints SQLite's log this often, in a thread of its own (cms/sqlite.py); 0: SQLite's default.
SQLITE_CHECKPOINT_SECONDS = env_number("DJANGO_SQLITE_CHECKPOINT_SECONDS", 0.5, minimum=0)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: shared by every worker process, so per-client deduplication holds
# behind several gunicorn workers. Redis when configured, the database otherwise.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "cms",
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "cms_cache",
        }
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation
LANGUAGE_CODE = "hy"
LANGUAGES = [
    ("hy", _("Armenian")),
    ("ru", _("Russian")),
    ("en", _("English")),
    ("tr", _("Turkish")),
]
# The switcher's labels, each in its own language; not translated on purpose.
# Only the switcher uses them: everywhere else a language is named in full, in
# the page's language (articles.models.LANGUAGE_NAMES). "Tür" alone is the
# Turkish word for "type", so Turkish is named in full here too.
LANGUAGE_LABELS = {"hy": "Հայ", "ru": "Рус", "en": "Eng", "tr": "Türkçe"}
# locale/ first: our own catalogs, which `make messages` refreshes from the code
# and translators edit in the admin. Then Django's strings that its Armenian
# catalogs lack (docs/translators-catalogs.md): Django loads both above its own
# catalogs, and the first above the second where both have a msgid.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "django"]
USE_I18N = True
TIME_ZONE = "Asia/Yerevan"
USE_TZ = True
# Numbers in each language's own way (a decimal comma in hy, ru and tr): Django
# ships the formats of ru, en and tr; cms/formats adds Armenian's. Thousands are
# grouped only where a figure asks for it (number_format's force_grouping), never
# in counters written into attributes.
FORMAT_MODULE_PATH = ["cms.formats"]
USE_THOUSAND_SEPARATOR = False
LANGUAGE_COOKIE_AGE = 60 * 60 * 24 * 365
LANGUAGE_COOKIE_SAMESITE = "Lax"

MODELTRANSLATION_DEFAULT_LANGUAGE = "hy"
MODELTRANSLATION_LANGUAGES = ("hy", "ru", "en", "tr")
# An edition in one language never shows another language's text.
MODELTRANSLATION_ENABLE_FALLBACKS = False
# The admin's language tabs need jQuery UI; served from here, never from a CDN.
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"

# The header strips (widgets/selectors.py): figures not confirmed by a provider
# for this many hours are shown with their date ("as of 01.12"), and a strip
# whose figures are older than the second bound is not shown at all.
STRIPS_DATED_AFTER_HOURS = env_number("DJANGO_STRIPS_DATED_AFTER_HOURS", 3, minimum=0)
STRIPS_HIDDEN_AFTER_HOURS = env_number("DJANGO_STRIPS_HIDDEN_AFTER_HOURS", 48, minimum=1)

# Static and media files
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "media"))
# A single-host install serves uploads itself; put a web server in front for more.
SERVE_MEDIA = env_flag("DJANGO_SERVE_MEDIA", True)

# Uploads (articles/uploads.py): a cover larger than this, with more frames,
# or more pixels in all its frames together (each frame is decoded whole and
# held to be encoded again), is refused.
COVER_MAX_BYTES = 5 * 1024 * 1024
COVER_MAX_PIXELS = 40_000_000
COVER_MAX_FRAMES = 100
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
# A form past these is answered 400 with the reason (cms.views.bad_request).
# The article form sends 13 fields a section (four languages' heading and
# body among them): 10,000 fields is room for some 750 sections, and 10 MB for
# 150 sections of 4 KB in each of four languages, percent-encoded three times
# over. Django's defaults (1,000 fields, 2.5 MB) refused 80 sections.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
# Plain text pasted or given to import_article: at most this many bytes of UTF-8.
ARTICLE_IMPORT_MAX_BYTES = 1024 * 1024

# Counting (docs/counting.md: one client counts once per article, language and window).
COUNT_WINDOW_SECONDS = 30 * 60
VISITOR_COOKIE_NAME = "visitor"
VISITOR_COOKIE_AGE = 60 * 60 * 24 * 365

ARTICLES_PER_PAGE = 10
# How often each worker asks whether an interface translation was edited.
CATALOG_CHECK_SECONDS = env_number("DJANGO_CATALOG_CHECK_SECONDS", 1, minimum=0)
# What each worker may keep of rendered reader pages, in bytes (docs/performance.md).
PAGE_CACHE_BYTES = int(env_number("DJANGO_PAGE_CACHE_MB", 64, minimum=0) * 1024 * 1024)
# How stale a cached list page may be after an edit: each worker asks the
# database for the newest change at most this often.
PAGE_RECHECK_SECONDS = env_number("DJANGO_PAGE_RECHECK_SECONDS", 1, minimum=0)

LOGIN_URL = "admin:login"
# The admin's messages live in its session: the default cookie storage builds a
# signer on every request, reader pages included, that never have a message.
MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"

# Content-Security-Policy on every response (django-csp): nothing but this
# site's own files, no inline script or style anywhere (reader pages have no
# script at all; the admin's are files), never framed. A share form's POST is
# answered with a redirect to the network, which form-action must allow
# (articles/sharing.py; a test checks the two agree). Uploaded media get a
# stricter policy of their own (cms/views.py).
SHARE_FORM_TARGETS = [
    "https://www.facebook.com",
    "https://x.com",
    "https://t.me",
    "https://vk.com",
    "https://wa.me",
    "mailto:",
]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "frame-ancestors": [NONE],
        "form-action": [SELF, *SHARE_FORM_TARGETS],
    },
}

# Login throttling (django-axes; docs/press-secretary.md, "Logging in"). Wrong passwords for one
# user name from one address lock that pair, not the account everywhere: an
# attacker cannot lock a colleague out of the newsroom, and gets a handful of
# guesses per account and address. Attempts are rows in the database, so the
# count holds across gunicorn workers and hosts, on SQLite and PostgreSQL.
# django-axes, named in the admin in the user's language (cms/apps.py).
INSTALLED_APPS += ["cms.apps.LoginThrottleConfig"]
AUTHENTICATION_BACKENDS = [
    # First, so that a locked pair is refused before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Last, as axes asks: it swaps a refused login's response for the lockout page
# before the other middleware add their headers and cookies. On any other
# request it reads a setting and an attribute: about 1 µs, measured in process
# beside a reader page's 300 µs or more, so reader paths keep it.
MIDDLEWARE += ["axes.middleware.AxesMiddleware"]
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# Five: room for a caps lock or a keyboard left on the Armenian or Russian
# layout. Fifteen minutes: a reporter on deadline can wait it out (or ask a
# press secretary); a guesser gets five tries per account and address, and
# trying again while locked starts the cool-off over.
AXES_FAILURE_LIMIT = env_number("DJANGO_LOGIN_FAILURE_LIMIT", 5, minimum=1, whole=True)
AXES_COOLOFF_TIME = timedelta(minutes=env_number("DJANGO_LOGIN_COOLOFF_MINUTES", 15, minimum=1))
AXES_RESET_ON_SUCCESS = True
# The client's address as counting takes it (cms/proxies.py): REMOTE_ADDR, or
# what a proxy named in DJANGO_TRUSTED_PROXIES forwards; never a header that
# any client can send (axes' own default believes X-Forwarded-For from anyone).
AXES_CLIENT_IP_CALLABLE = "cms.proxies.client_address"
# 429 Too Many Requests: the login is refused for its rate, not its rights.
AXES_HTTP_RESPONSE_CODE = 429
AXES_LOCKOUT_CALLABLE = "articles.admin.lockouts.lockout_response"
# Our own admin for the lockouts (articles/admin/lockouts.py), translated, with
# an Unlock action; no log of every successful login, which nothing here reads.
AXES_ENABLE_ADMIN = False
AXES_DISABLE_ACCESS_LOG = True

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
if not DEBUG:
    SESSION_COOKIE_SECURE = env_flag("DJANGO_SECURE_COOKIES", True)
    CSRF_COOKIE_SECURE = env_flag("DJANGO_SECURE_COOKIES", True)

# --- TLS and proxies ---------------------------------------------------------
# For a site behind a proxy that terminates TLS (docs/operations.md, "Running in
# production"). Each value is checked here: a typo stops the site at start
# instead of leaving a protection quietly off. Off by default, so that
# `make serve` and the tests keep working over plain http.


# Strict-Transport-Security: how long browsers must come back over https only.
SECURE_HSTS_SECONDS = env_seconds("DJANGO_HSTS_SECONDS")
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_flag("DJANGO_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_flag("DJANGO_HSTS_PRELOAD", False)
if SECURE_HSTS_PRELOAD and (SECURE_HSTS_SECONDS < 31_536_000 or not SECURE_HSTS_INCLUDE_SUBDOMAINS):
    # The browsers' preload list takes no site that asks for less.
    raise ImproperlyConfigured(
        "DJANGO_HSTS_PRELOAD=1 needs DJANGO_HSTS_SECONDS of at least 31536000 and DJANGO_HSTS_INCLUDE_SUBDOMAINS=1."
    )
# `check --deploy` reminds of preloading while it is not chosen; DJANGO_HSTS_PRELOAD=0,
# written out, is the operator's answer, and silences only that reminder.
SILENCED_SYSTEM_CHECKS = ["security.W021"] if os.environ.get("DJANGO_HSTS_PRELOAD", "").strip() else []
SECURE_SSL_REDIRECT = env_flag("DJANGO_SECURE_SSL_REDIRECT", False)
# A load balancer's health check may come over plain http from inside.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
# Set only when the proxy always writes this header itself: Django believes it from anyone.
SECURE_PROXY_SSL_HEADER = env_proxy_ssl_header("DJANGO_SECURE_PROXY_SSL_HEADER")
CSRF_TRUSTED_ORIGINS = env_origins("DJANGO_CSRF_TRUSTED_ORIGINS")
# The proxies whose X-Forwarded-For names the client (cms/proxies.py); none: REMOTE_ADDR alone.
TRUSTED_PROXIES = env_networks("DJANGO_TRUSTED_PROXIES")
# --- end of TLS and proxies ----------------------------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "articles": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "widgets": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}
