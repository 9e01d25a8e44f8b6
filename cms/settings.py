"""
Settings for the newsroom CMS: one module, driven by the environment.

Development defaults are safe to run locally (`make run`); with
DJANGO_DEBUG=0 the site refuses to start without a real secret key and an
explicit host list.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


DEBUG = env_bool("DJANGO_DEBUG", True)

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
    "articles",
    "widgets",
    "catalogs",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Before LocaleMiddleware activates a language: reloads edited translations.
    "catalogs.runtime.CatalogMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "cms.middleware.RememberLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
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
SQLITE_CHECKPOINT_SECONDS = float(os.environ.get("DJANGO_SQLITE_CHECKPOINT_SECONDS", "0.5"))

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
LANGUAGE_LABELS = {"hy": "Հայ", "ru": "Рус", "en": "Eng", "tr": "Tür"}
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Asia/Yerevan"
USE_TZ = True
LANGUAGE_COOKIE_AGE = 60 * 60 * 24 * 365
LANGUAGE_COOKIE_SAMESITE = "Lax"

MODELTRANSLATION_DEFAULT_LANGUAGE = "hy"
MODELTRANSLATION_LANGUAGES = ("hy", "ru", "en", "tr")
# An edition in one language never shows another language's text.
MODELTRANSLATION_ENABLE_FALLBACKS = False
# The admin's language tabs need jQuery UI; served from here, never from a CDN.
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"

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
SERVE_MEDIA = env_bool("DJANGO_SERVE_MEDIA", True)

# Uploads: a cover larger than this, or with more pixels, is refused by the form.
COVER_MAX_BYTES = 5 * 1024 * 1024
COVER_MAX_PIXELS = 40_000_000
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440

# Counting (see README: one client counts once per article, language and window).
COUNT_WINDOW_SECONDS = 30 * 60
VISITOR_COOKIE_NAME = "visitor"
VISITOR_COOKIE_AGE = 60 * 60 * 24 * 365

ARTICLES_PER_PAGE = 10
# How often each worker asks whether an interface translation was edited.
CATALOG_CHECK_SECONDS = float(os.environ.get("DJANGO_CATALOG_CHECK_SECONDS", "1"))
# How stale a cached list page may be after an edit: each worker asks the
# database for the newest change at most this often.
PAGE_RECHECK_SECONDS = float(os.environ.get("DJANGO_PAGE_RECHECK_SECONDS", "1"))

LOGIN_URL = "admin:login"
# The admin's messages live in its session: the default cookie storage builds a
# signer on every request, reader pages included, that never have a message.
MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"

# Login throttling (django-axes; README, "Logging in"). Wrong passwords for one
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
AXES_FAILURE_LIMIT = int(os.environ.get("DJANGO_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=float(os.environ.get("DJANGO_LOGIN_COOLOFF_MINUTES", "15")))
AXES_RESET_ON_SUCCESS = True
# The client's address, from one function (cms/clients.py): REMOTE_ADDR, never
# a header that a client can send; a trusted proxy's address plugs in there.
AXES_CLIENT_IP_CALLABLE = "cms.clients.client_address"
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
    SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", True)
    CSRF_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", True)

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
