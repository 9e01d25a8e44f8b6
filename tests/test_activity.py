"""Activity: what was done to an article, by whom, when and in which language, written by every path."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from articles import services
from editorial.models import Activity
from tests.factories import make_article, make_press_secretary

pytestmark = pytest.mark.django_db


def test_publishing_scheduling_and_unpublishing_are_written_down_with_who_and_which_language():
    press = make_press_secretary()
    article = make_article(languages=("hy", "en"), published=())
    services.article_publish(article=article, language="hy", by=press)
    later = timezone.now() + timedelta(hours=2)
    services.article_publish(article=article, language="en", at=later, by=press)
    services.article_unpublish(article=article, language="hy", by=press)

    rows = list(Activity.objects.order_by("id").values_list("action", "language", "user__username", "article_id"))
    assert rows == [
        ("publish", "hy", "press", article.pk),
        ("schedule", "en", "press", article.pk),
        ("unpublish", "hy", "press", article.pk),
    ]
    assert Activity.objects.get(action="schedule").detail == later.isoformat()


def test_unpublishing_an_edition_that_was_never_made_writes_nothing():
    article = make_article(languages=("hy",), published=())
    services.article_unpublish(article=article, language="en")
    assert not Activity.objects.exists()


def test_the_log_keeps_the_title_and_name_when_the_article_and_person_are_deleted():
    press = make_press_secretary()
    article = make_article(languages=("en",), published=(), title_en="Budget passes")
    services.article_publish(article=article, language="en", by=press)
    article.delete()
    press.delete()
    row = Activity.objects.get()
    assert (row.article, row.user, row.article_title, row.user_name) == (None, None, "Budget passes", "press")


def test_a_command_that_publishes_is_written_down_without_a_person(tmp_path):
    path = tmp_path / "text.txt"
    path.write_text("A title\n\nA paragraph of the body.\n", encoding="utf-8")
    call_command("import_article", str(path), "--lang", "en", "--publish", stdout=StringIO())
    row = Activity.objects.get()
    assert (row.action, row.language, row.user, row.user_name) == ("publish", "en", None, "")
