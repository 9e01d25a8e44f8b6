"""
The role matrix: every action allowed and refused for an author, a press
secretary and a translator (of Turkish), by crafted POSTs, and the buttons
each is shown on GET.
"""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone

from articles.models import Edition
from editorial import services as review_services
from editorial.models import ReviewRequest
from tests.factories import make_article, make_author, make_press_secretary, make_translator
from tests.test_translators import change_form_data

pytestmark = pytest.mark.django_db

ROLES = {
    "author": lambda: make_author(),
    "press": lambda: make_press_secretary(),
    "translator": lambda: make_translator("tr"),
}


def article_for_the_matrix():
    """Text in every language, Armenian live, Turkish waiting for review (submitted by another author)."""
    article = make_article(languages=["hy", "ru", "en", "tr"], published=["hy"], sections=2)
    review_services.review_submit(article=article, language="tr", by=make_author("writer"))
    return article


def post_form(client, article, **changes):
    data = {**change_form_data(client, article), **changes}
    return client.post(f"/admin/articles/article/{article.pk}/change/", data)


def edition_status(article, language):
    return Edition.objects.filter(article=article, language=language).values_list("status", flat=True).first()


def edit(language):
    def action(client, article):
        post_form(client, article, **{f"title_{language}": "Edited", f"sections-0-body_{language}": "Edited body."})
        article.refresh_from_db()
        return getattr(article, f"title_{language}") == "Edited"

    return action


def add_section(client, article):
    new = {
        "sections-TOTAL_FORMS": "3",
        "sections-2-article": str(article.pk),
        "sections-2-position": "3",
        "sections-2-level": "2",
        "sections-2-heading_tr": "Yeni bölüm",
        "sections-2-body_tr": "Metin.",
    }
    post_form(client, article, **new)
    return article.sections.count() == 3


def delete_section(client, article):
    post_form(client, article, **{"sections-0-DELETE": "on"})
    return article.sections.count() == 1


def publish(client, article):
    post_form(client, article, _publish="en")
    return edition_status(article, "en") == "published"


def schedule(client, article):
    at = (timezone.localtime() + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M")
    post_form(client, article, _schedule="en", _publish_at_en=at)
    return edition_status(article, "en") == "published"


def unpublish(client, article):
    post_form(client, article, _unpublish="hy")
    return edition_status(article, "hy") == "draft"


def changelist_publish(client, article):
    client.post("/admin/articles/article/", {"action": "publish_en", "_selected_action": [article.pk], "post": "yes"})
    return edition_status(article, "en") == "published"


def changelist_unpublish(client, article):
    client.post("/admin/articles/article/", {"action": "unpublish_hy", "_selected_action": [article.pk]})
    return edition_status(article, "hy") == "draft"


def submit(language):
    def action(client, article):
        post_form(client, article, _submit_review=language)
        return ReviewRequest.objects.filter(article=article, language=language, state="waiting").exists()

    return action


def approve(client, article):
    post_form(client, article, _approve="tr")
    return edition_status(article, "tr") == "published"


def send_back(client, article):
    post_form(client, article, _send_back="tr", _review_comment_tr="Check the names.")
    return ReviewRequest.objects.filter(article=article, language="tr", state="sent_back").exists()


def manage_users(client, article):
    client.post(
        "/admin/auth/user/add/",
        {
            "username": "new-author",
            "usable_password": "true",
            "password1": "a-long-password-for-tests",
            "password2": "a-long-password-for-tests",
            "groups": [Group.objects.get(name="Author").pk],
            "translator_languages-TOTAL_FORMS": "0",
            "translator_languages-INITIAL_FORMS": "0",
        },
    )
    return get_user_model().objects.filter(username="new-author").exists()


# action: (what it does, the roles allowed to do it)
MATRIX = {
    "edit hy": (edit("hy"), {"author", "press"}),
    "edit ru": (edit("ru"), {"author", "press"}),
    "edit en": (edit("en"), {"author", "press"}),
    "edit tr": (edit("tr"), {"author", "press", "translator"}),
    "add a section": (add_section, {"author", "press"}),
    "delete a section": (delete_section, {"author", "press"}),
    "publish": (publish, {"press"}),
    "schedule": (schedule, {"press"}),
    "unpublish": (unpublish, {"press"}),
    "changelist publish": (changelist_publish, {"press"}),
    "changelist unpublish": (changelist_unpublish, {"press"}),
    "submit ru": (submit("ru"), {"author"}),
    "submit en (live hy, draft en)": (submit("en"), {"author"}),
    "approve": (approve, {"press"}),
    "send back": (send_back, {"press"}),
    "manage users": (manage_users, {"press"}),
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", MATRIX)
def test_role_matrix(role, name):
    action, allowed = MATRIX[name]
    article = article_for_the_matrix()
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(ROLES[role]())
    assert action(client, article) == (role in allowed), f"{role} {name}"


def test_a_translator_submits_their_own_language_and_no_other():
    article = make_article(languages=["hy", "ru", "tr"], published=["hy"])
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(make_translator("tr"))
    response = post_form(client, article, _submit_review="ru")
    assert response.status_code == 403
    assert "You may not submit this language for review." in response.content.decode()
    assert submit("tr")(client, article)
    assert not ReviewRequest.objects.filter(language="ru").exists()


@pytest.mark.parametrize(
    ("role", "key", "message"),
    [
        ("author", "_approve", "You may not approve or send back submissions."),
        ("translator", "_send_back", "You may not approve or send back submissions."),
        ("author", "_publish", "You may not publish, schedule or unpublish editions."),
        ("press", "_submit_review", "You may not submit this language for review."),
    ],
)
def test_a_refused_button_is_answered_403_and_nothing_is_saved(role, key, message):
    article = article_for_the_matrix()
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(ROLES[role]())
    response = post_form(client, article, title_tr="Kaydedilmemeli", **{key: "tr"})
    assert response.status_code == 403
    assert message in response.content.decode()
    article.refresh_from_db()
    assert article.title_tr != "Kaydedilmemeli"
    assert ReviewRequest.objects.get(article=article).state == "waiting"


# The buttons each role is shown: (present, absent), as 'name="KEY" value="LANGUAGE"'.
BUTTONS = {
    "author": (
        ['name="_submit_review" value="ru"', 'name="_submit_review" value="en"'],
        ['name="_publish"', 'name="_unpublish"', 'name="_schedule"', 'name="_approve"', 'name="_send_back"'],
    ),
    "press": (
        ['name="_publish" value="en"', 'name="_unpublish" value="hy"', 'name="_approve" value="tr"'],
        ['name="_submit_review"', 'name="_approve" value="en"'],
    ),
    "translator": (
        [],
        ['name="_submit_review"', 'name="_publish"', 'name="_approve"', 'name="_send_back"', 'name="_unpublish"'],
    ),
}


@pytest.mark.parametrize("role", ROLES)
def test_each_role_is_shown_its_buttons_only(role):
    article = article_for_the_matrix()
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(ROLES[role]())
    page = client.get(f"/admin/articles/article/{article.pk}/change/").content.decode()
    present, absent = BUTTONS[role]
    for button in present:
        assert button in page, button
    for button in absent:
        assert button not in page, button
    actions = client.get("/admin/articles/article/").content.decode()
    assert ('value="publish_en"' in actions) == (role == "press")
    assert ('value="unpublish_hy"' in actions) == (role == "press")
    assert (client.get("/admin/auth/user/").status_code == 200) == (role == "press")


def test_a_translator_is_shown_submit_for_their_language_once_it_is_not_waiting():
    article = make_article(languages=["hy", "ru", "tr"], published=["hy"])
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(make_translator("tr"))
    page = client.get(f"/admin/articles/article/{article.pk}/change/").content.decode()
    assert 'name="_submit_review" value="tr"' in page
    assert 'name="_submit_review" value="ru"' not in page and 'name="_submit_review" value="hy"' not in page


def test_an_author_who_also_translates_writes_every_language_and_adds_sections():
    user = make_translator("tr", username="both")
    user.groups.add(Group.objects.get(name="Author"))
    article = make_article(languages=["hy", "tr"], published=["hy"])
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(user)
    assert edit("hy")(client, article)
    assert add_section(client, article)
    assert submit("ru")(client, article) is False  # no Russian text yet
    assert submit("hy")(client, article)
