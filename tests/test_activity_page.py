"""
The activity page: the newsroom's log in the admin, newest first, filtered
by person, language, action and date; read-only for everyone; seen by the
press secretary and superusers; the same number of queries however long the
log and however many articles.
"""

import html
import importlib
import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.utils import timezone

from articles import services
from articles.models import Article
from editorial.models import Activity
from editorial.services import activity_record
from tests.factories import make_article, make_many_articles, make_press_secretary
from tests.test_translators import make_translator

pytestmark = pytest.mark.django_db

URL = "/admin/editorial/activity/"
YEREVAN = ZoneInfo("Asia/Yerevan")


def logged_in(user) -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(user)
    return client


@pytest.fixture
def press_user():
    user = make_press_secretary()
    get_user_model().objects.filter(pk=user.pk).update(first_name="Ani", last_name="Hakobyan")
    user.refresh_from_db()
    return user


@pytest.fixture
def press(press_user):
    return logged_in(press_user)


def rows(response) -> list[str]:
    """The words of each row of the list, tags dropped."""
    body = response.content.decode()
    table = body.split('<table id="result_list">')[1].split("</table>")[0]
    return [html.unescape(re.sub(r"<[^>]+>", " ", row)).split() for row in table.split("<tr")[2:]]


def test_the_press_secretary_sees_who_did_what_newest_first(press, press_user):
    article = make_article(languages=("hy", "en"), published=(), title_en="Budget passes")
    services.article_publish(article=article, language="hy", by=press_user)
    at = datetime(2030, 12, 2, 12, 30, tzinfo=YEREVAN)
    services.article_publish(article=article, language="en", at=at, by=press_user)

    response = press.get(URL)
    assert response.status_code == 200
    first, second = rows(response)
    # Newest first: the schedule, with the time it is for shown as a time.
    text = " ".join(first)
    assert "Ani Hakobyan" in text and "scheduled" in text and "English" in text and "12:30, 02.12.2030" in text
    assert "published" in " ".join(second) and "Armenian" in " ".join(second)
    body = response.content.decode()
    assert f'href="/admin/articles/article/{article.pk}/change/"' in body
    # The time of the row, as the newsroom reads it, in Asia/Yerevan.
    row = Activity.objects.get(action="schedule")
    assert timezone.localtime(row.at).strftime("%H:%M, %d.%m.%Y") in text


def test_a_deleted_article_is_shown_by_its_stored_title_without_a_link(press, press_user):
    article = make_article(languages=("en",), published=(), title_en="Gone tomorrow")
    services.article_publish(article=article, language="en", by=press_user)
    pk = article.pk
    article.delete()
    body = press.get(URL).content.decode()
    assert "Gone tomorrow" in body
    assert f"/admin/articles/article/{pk}/change/" not in body


def test_deleting_an_article_in_the_admin_is_written_down_with_who_and_where_it_was_live(press, press_user):
    article = make_article(languages=("hy", "en", "tr"), published=("hy", "en"), title_en="Gone tomorrow")
    response = press.post(f"/admin/articles/article/{article.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    first = rows(press.get(URL))[0]
    text = " ".join(first)
    assert "Ani Hakobyan" in text and "deleted" in text and "was live in Armenian, English" in text
    assert Activity.objects.get(action="delete").article_title == str(article)


def test_filters_by_person_language_action_and_date(press, press_user):
    other = make_press_secretary("desk")
    article = make_article(languages=("hy", "ru"), published=())
    activity_record(action=Activity.Action.PUBLISH, article=article, language="hy", by=press_user)
    activity_record(action=Activity.Action.UNPUBLISH, article=article, language="ru", by=other)
    old = activity_record(action=Activity.Action.PUBLISH, article=article, language="ru", by=other)
    Activity.objects.filter(pk=old.pk).update(at=timezone.now() - timedelta(days=40))

    def count(query) -> int:
        return len(rows(press.get(URL + query)))

    assert count("") == 3
    assert count(f"?person={press_user.pk}") == 1
    assert count(f"?person={other.pk}") == 2
    assert count("?language__exact=ru") == 2
    assert count("?action__exact=unpublish") == 1
    # The date filter's own link, as the page offers it.
    past_week = re.search(r'href="(\?at__gte=[^"]+)"[^>]*>Past 7 days<', press.get(URL).content.decode())[1]
    assert count(html.unescape(past_week)) == 2
    # The person filter offers the people in the log, by name; not everyone with an account.
    make_translator("tr", username="never-acted")
    body = html.unescape(press.get(URL).content.decode())
    assert "Ani Hakobyan" in body and "never-acted" not in body


def test_the_log_cannot_be_added_to_changed_or_deleted_even_by_a_superuser(press_user):
    article = make_article(languages=("hy",), published=())
    row = activity_record(action=Activity.Action.PUBLISH, article=article, language="hy", by=press_user)
    admin = get_user_model().objects.create_superuser("root", password="pw-for-tests-only")
    for client in (logged_in(press_user), logged_in(admin)):
        assert client.get(URL).status_code == 200
        assert client.get(URL + "add/").status_code == 403
        assert client.post(URL + "add/", {"action": "publish", "language": "en"}).status_code == 403
        page = client.get(URL + f"{row.pk}/change/")
        assert page.status_code == 200 and 'name="_save"' not in page.content.decode()
        crafted = {"action": "unpublish", "language": "ru", "user_name": "someone", "detail": "x", "_save": "1"}
        assert client.post(URL + f"{row.pk}/change/", crafted).status_code == 403
        assert client.post(URL + f"{row.pk}/delete/", {"post": "yes"}).status_code == 403
        client.post(URL, {"action": "delete_selected", "_selected_action": [row.pk], "post": "yes"})
        assert Activity.objects.filter(pk=row.pk, action="publish", language="hy", detail="").exists()
    assert Activity.objects.count() == 1


def test_only_the_press_secretary_and_superusers_see_the_page():
    translator = make_translator("tr")
    author = get_user_model().objects.create_user("author", password="pw-for-tests-only", is_staff=True)
    author.user_permissions.add(*Permission.objects.filter(codename__in=["view_article", "change_article"]))
    for user in (translator, author):
        assert logged_in(user).get(URL).status_code == 403
    assert "/admin/editorial/activity/" not in logged_in(author).get("/admin/").content.decode()
    assert URL in logged_in(make_press_secretary()).get("/admin/").content.decode()


def test_the_permission_migration_is_reversible():
    migration = importlib.import_module("editorial.migrations.0006_press_secretary_sees_activity").Migration
    group = Group.objects.get(name="Press secretary")

    def granted():
        return set(group.permissions.filter(content_type__app_label="editorial").values_list("codename", flat=True))

    assert granted() == {"view_activity"}
    migration.operations[0].reverse_code(apps, None)
    assert granted() == set()
    migration.operations[0].code(apps, None)
    assert granted() == {"view_activity"}


def many_activity_rows(count: int, people) -> None:
    now = timezone.now()
    make_article(languages=("hy",), published=())
    article_ids = list(Article.objects.values_list("pk", flat=True)[:50])
    Activity.objects.bulk_create(
        Activity(
            at=now - timedelta(minutes=n),
            user=people[n % len(people)],
            user_name=people[n % len(people)].username,
            article_id=article_ids[n % len(article_ids)],
            article_title="Bulk",
            language=("hy", "ru", "en", "tr")[n % 4],
            action=(Activity.Action.PUBLISH, Activity.Action.SCHEDULE, Activity.Action.UNPUBLISH)[n % 3],
            detail=(now + timedelta(hours=1)).isoformat() if n % 3 == 1 else "",
        )
        for n in range(count)
    )


@pytest.mark.parametrize("scale", ["small", "large"])
def test_the_page_takes_the_same_queries_however_long_the_log(press, press_user, django_assert_num_queries, scale):
    people = [press_user, *(make_press_secretary(f"desk{n}") for n in range(3))]
    if scale == "large":
        make_many_articles(10_000)
        many_activity_rows(5_000, people)
    else:
        many_activity_rows(5, people)
    # 1 session, 2 user, 3 the user's admin language, 4 the user's own
    # permissions, 5 its groups' permissions, 6 the person filter's people
    # (those in the log), 7 the filtered count, 8 the full count, 9 the page
    # of rows with their articles (one join): never one query per row.
    with django_assert_num_queries(9) as captured:
        response = press.get(URL + "?language__exact=en")
    assert response.status_code == 200
    assert len(rows(response)) == (100 if scale == "large" else 1)
    assert sum("editorial_activity" in q["sql"] for q in captured.captured_queries) == 4
