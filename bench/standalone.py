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


def add_live_articles(numbers: range, *, every_minutes: int, lead=lambda n, code: f"Lead {n} {code}") -> None:
    """Articles numbered `numbers`, live in every language, one every `every_minutes` back from now, newest first."""
    from datetime import timedelta

    from django.utils import timezone

    from articles.models import Article, Edition

    languages = ("hy", "ru", "en", "tr")
    now = timezone.now()
    articles = Article.objects.bulk_create(
        Article(source_language="hy", **{f"title_{code}": f"Article {n} {code}" for code in languages}) for n in numbers
    )
    Edition.objects.bulk_create(
        (
            Edition(
                article=article,
                language=code,
                status=Edition.Status.PUBLISHED,
                published_at=now - timedelta(minutes=every_minutes * n + 1),
                title=f"Article {n} {code}",
                slug=f"article-{n}-{code}",
                lead=lead(n, code),
                text_published_at=now,
            )
            for n, article in zip(numbers, articles, strict=True)
            for code in languages
        ),
        batch_size=2000,
    )
