"""rebuild_search_index, and the migration that indexed what was published before search."""

import importlib
from datetime import timedelta
from io import StringIO
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.utils import timezone

from articles.models import Edition
from search.models import SearchDocument
from tests.factories import make_article, make_story

pytestmark = pytest.mark.django_db


def found(language: str, q: str) -> int:
    html = Client().get(f"/{language}/search/", {"q": q}).content.decode()
    return html.count('<li class="article-card">')


def forget_index() -> None:
    # As a restored dump, or editions written by hand, would leave it.
    SearchDocument.objects.all().delete()


def test_rebuild_indexes_every_published_edition_and_says_how_many():
    make_article(languages=("hy", "ru", "en"), title_en="Budget day", title_ru="День бюджета")
    make_story("en", title="Budget scheduled", at=timezone.now() + timedelta(days=1))
    make_story("en", title="Budget draft", publish=False)
    forget_index()
    assert found("en", "budget") == 0
    out = StringIO()
    call_command("rebuild_search_index", stdout=out)
    # Three live editions and one scheduled; not the draft.
    assert out.getvalue() == "Editions indexed: 4.\n"
    assert found("en", "budget") == 1
    assert found("ru", "бюджет") == 1
    assert SearchDocument.objects.count() == 4


def test_rebuild_drops_what_is_no_longer_published():
    article = make_story("en", title="Harbour closed")
    # Unpublished behind the services' back: only a rebuild knows.
    Edition.objects.filter(article=article).update(status=Edition.Status.DRAFT)
    call_command("rebuild_search_index", stdout=StringIO())
    assert not SearchDocument.objects.exists()
    Edition.objects.filter(article=article).update(status=Edition.Status.PUBLISHED)
    assert found("en", "harbour") == 0


def test_rebuild_twice_finds_each_edition_once():
    make_story("en", title="Harbour reopens")
    call_command("rebuild_search_index", stdout=StringIO())
    call_command("rebuild_search_index", stdout=StringIO())
    assert found("en", "harbour") == 1


def test_rebuild_in_batches(monkeypatch):
    from search import services

    monkeypatch.setattr(services, "REBUILD_BATCH", 2)
    for n in range(5):
        make_story("tr", title=f"Kütüphane haberi {n}")
    forget_index()
    out = StringIO()
    call_command("rebuild_search_index", stdout=out)
    assert out.getvalue() == "Editions indexed: 5.\n"
    assert found("tr", "kütüphanesi") == 5


def test_the_migration_indexes_what_was_already_published():
    make_article(languages=("hy", "tr"), published=("hy",), title_hy="Քաղաքապետարանի նիստը", title_tr="Belediye")
    forget_index()
    migration = importlib.import_module("search.migrations.0002_index_published")
    migration.index_published(apps, SimpleNamespace(connection=connection))
    assert found("hy", "քաղաքապետարան") == 1
    # Not published in Turkish: not indexed.
    assert found("tr", "belediye") == 0
    assert SearchDocument.objects.count() == 1
