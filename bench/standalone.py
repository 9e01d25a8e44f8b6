"""Django set up in this process on a fresh SQLite file, for the benchmarks that measure in one process."""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup_django(workdir: Path, **environment: str) -> None:
    """Configure the site on `workdir/db.sqlite3` (DEBUG off, no Redis, `environment` on top) and migrate it."""
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "cms.settings",
            "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}",
            "DJANGO_MEDIA_ROOT": str(workdir / "media"),
            "DJANGO_DEBUG": "0",
            "DJANGO_SITE_URL": "http://127.0.0.1",
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
            "DJANGO_SECRET_KEY": "bench-not-secret",
            "DJANGO_SECURE_COOKIES": "0",
            **environment,
        }
    )
    os.environ.pop("REDIS_URL", None)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def plain_static() -> None:
    """Static files by their plain names: a temporary directory has no collectstatic manifest."""
    from django.conf import settings
    from django.test import override_settings

    plain = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
    storages = {**settings.STORAGES, "staticfiles": plain}
    override_settings(STORAGES=storages).enable()
