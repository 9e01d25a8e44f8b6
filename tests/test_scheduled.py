"""What goes live when: the editions scheduled across the site, by time then language, with who scheduled each."""

import html
import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

from articles import services
from articles.models import Edition
from tests.factories import make_article, make_many_articles, make_press_secretary

pytestmark = pytest.mark.django_db

URL = "/admin/articles/article/scheduled/"
YEREVAN = ZoneInfo("Asia/Yerevan")


@pytest.fixture
def press_user():
    user = make_press_secretary()
    get_user_model().objects.filter(pk=user.pk).update(first_name="Ani", last_name="Hakobyan")
    user.refresh_from_db()
    return user


@pytest.fixture
def press(press_user):
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(press_user)
    return client


def rows(response) -> list[str]:
    body = response.content.decode()
    table = body.split('<table class="scheduled">')[1].split("</table>")[0]
    cells = re.findall(r"<tr data-language[^>]*>(.*?)</tr>", table, re.S)
    return [" ".join(html.unescape(re.sub(r"<[^>]+>", " ", row)).split()) for row in cells]


def test_scheduled_editions_are_listed_by_time_then_language_with_who_scheduled_them(press, press_user):
    desk = make_press_secretary("desk")
    soon = datetime(2031, 3, 1, 9, 0, tzinfo=YEREVAN)
    later = soon + timedelta(hours=3)
    first = make_article(languages=("hy", "ru", "en"), published=(), title_en="First story", title_hy="Առաջին")
    second = make_article(languages=("en",), published=(), title_en="Second story")
    services.article_publish(article=first, language="en", at=soon, by=press_user)
    services.article_publish(article=first, language="hy", at=soon, by=desk)
    services.article_publish(article=second, language="en", at=later, by=press_user)
    # Live, draft and unpublished editions are not scheduled.
    services.article_publish(article=first, language="ru", by=press_user)
    make_article(languages=("tr",), published=())

    response = press.get(URL)
    assert response.status_code == 200
    assert rows(response) == [
        "09:00, 01.03.2031 Armenian Առաջին desk",
        "09:00, 01.03.2031 English Առաջին Ani Hakobyan",
        "12:00, 01.03.2031 English Second story Ani Hakobyan",
    ]
    assert f'href="/admin/articles/article/{second.pk}/change/"' in response.content.decode()

    assert rows(press.get(URL + "?language=hy")) == ["09:00, 01.03.2031 Armenian Առաջին desk"]
    # An unknown language shows them all, never an error.
    assert len(rows(press.get(URL + "?language=xx"))) == 3


def test_an_edition_leaves_the_list_when_its_time_comes_or_it_is_unpublished(press):
    article = make_article(languages=("hy", "en"), published=())
    services.article_publish(article=article, language="hy", at=timezone.now() + timedelta(hours=1))
    services.article_publish(article=article, language="en", at=timezone.now() + timedelta(hours=1))
    services.article_unpublish(article=article, language="hy")
    Edition.objects.filter(article=article, language="en").update(published_at=timezone.now() - timedelta(seconds=1))
    assert rows(press.get(URL)) == []
    assert "Nothing is scheduled." in press.get(URL).content.decode()


def test_the_list_is_linked_from_the_article_list_and_needs_the_article_view_permission(press):
    assert URL in press.get("/admin/articles/article/").content.decode()
    nobody = get_user_model().objects.create_user("clerk", password="pw-for-tests-only", is_staff=True)
    client = Client()
    client.force_login(nobody)
    assert client.get(URL).status_code == 403


@pytest.mark.parametrize("scale", ["small", "large"])
def test_the_list_takes_the_same_queries_with_10000_articles(press, django_assert_num_queries, scale):
    if scale == "large":
        make_many_articles(10_000)
        articles = make_many_scheduled(150)
    else:
        articles = make_many_scheduled(3)
    assert articles
    # 1 session, 2 user, 3 the user's admin language, 4 the user's own
    # permissions, 5 its groups' permissions, 6 the count for the pages, 7 the
    # page of editions with their articles and schedulers (one join): never
    # one query per row.
    with django_assert_num_queries(7):
        response = press.get(URL)
    assert len(rows(response)) == (100 if scale == "large" else 3)


def make_many_scheduled(count: int):
    make_many_articles(count, languages=("en",))
    by = get_user_model().objects.get(username="press")
    future = timezone.now() + timedelta(days=1)
    editions = Edition.objects.filter(title__startswith="Bulk").order_by("-pk")[:count]
    Edition.objects.filter(pk__in=[e.pk for e in editions]).update(published_at=future, published_by=by)
    return list(editions)
