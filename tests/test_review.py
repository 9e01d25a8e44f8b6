"""
Review: an author or translator submits a language edition, a press secretary
approves it (which publishes it through the checklist) or sends it back with
a comment; the waiting list; the roles' data migration.
"""

import importlib
import re
from datetime import timedelta

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.db import IntegrityError, transaction
from django.test import Client
from django.utils import timezone
from django.utils.translation import override

from articles import services
from articles.models import Article, Edition
from editorial import services as review_services
from editorial.models import Activity, ReviewRequest
from tests.factories import edition, make_article, make_author, make_category, make_many_articles, make_press_secretary
from tests.test_translators import change_form_data

pytestmark = pytest.mark.django_db


def logged_in(user) -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(user)
    return client


@pytest.fixture
def author():
    return make_author()


@pytest.fixture
def press():
    return make_press_secretary()


def change(client, article, **buttons):
    """Post the change form as this user is shown it, with a button pressed, and follow to the page."""
    data = {**change_form_data(client, article), **buttons}
    return client.post(f"/admin/articles/article/{article.pk}/change/", data, follow=True)


def panel_row(page: str, language: str) -> str:
    return re.search(rf'<tr class="publication__row[^"]*" id="publication-{language}">(.*?)</tr>', page, re.S)[1]


def waiting(article, language) -> ReviewRequest:
    return ReviewRequest.objects.get(article=article, language=language, state="waiting")


def test_an_author_submits_and_the_press_secretary_approves_which_publishes_it(author, press):
    article = make_article(languages=["hy", "en"], published=["hy"])
    as_author, as_press = logged_in(author), logged_in(press)

    page = as_author.get(f"/admin/articles/article/{article.pk}/change/").content.decode()
    assert 'name="_submit_review" value="en"' in panel_row(page, "en")
    response = change(as_author, article, title_en="A reviewed headline", _submit_review="en")
    assert "Submitted for review: English." in response.content.decode()
    review = waiting(article, "en")
    assert review.submitted_by == author
    assert not Edition.objects.filter(article=article, language="en").exists()

    row = panel_row(as_press.get(f"/admin/articles/article/{article.pk}/change/").content.decode(), "en")
    assert "in review" in row and "submitted by author at" in row
    assert 'name="_approve" value="en"' in row and 'name="_send_back" value="en"' in row
    assert 'name="_publish"' not in row  # approving is publishing here
    response = change(as_press, article, _approve="en")
    assert "Approved and published: English." in response.content.decode()

    assert edition(article, "en").is_live() and edition(article, "en").title == "A reviewed headline"
    review.refresh_from_db()
    assert (review.state, review.decided_by) == ("approved", press)
    actions = list(Activity.objects.filter(article=article, language="en").order_by("id").values_list("action", "user"))
    assert actions == [("submit", author.pk), ("publish", press.pk), ("approve", press.pk)]


def test_sending_back_needs_a_comment_which_the_author_then_reads(author, press):
    article = make_article(languages=["en"], published=[])
    review_services.review_submit(article=article, language="en", by=author)
    as_press, as_author = logged_in(press), logged_in(author)

    response = change(as_press, article, _send_back="en", _review_comment_en="  ")
    assert "a comment is required to send it back" in response.content.decode()
    assert waiting(article, "en")

    change(as_press, article, _send_back="en", _review_comment_en="The second paragraph needs a source.")
    review = ReviewRequest.objects.get(article=article)
    comment = "The second paragraph needs a source."
    assert (review.state, review.comment, review.decided_by) == ("sent_back", comment, press)
    assert Activity.objects.get(action="send_back").detail == "The second paragraph needs a source."
    assert not Edition.objects.filter(article=article).exists()

    row = panel_row(as_author.get(f"/admin/articles/article/{article.pk}/change/").content.decode(), "en")
    assert "Sent back by press at" in row and "The second paragraph needs a source." in row
    assert 'name="_submit_review" value="en"' in row  # to submit again, once mended
    mine = as_author.get("/admin/editorial/reviewrequest/?by=me&state=sent_back").content.decode()
    assert "The second paragraph needs a source." in mine and str(article) in mine


def test_a_sent_back_comment_is_no_longer_shown_once_the_language_is_published(author, press):
    article = make_article(languages=["en"], published=[])
    review = review_services.review_submit(article=article, language="en", by=author)
    review_services.review_send_back(review=review, by=press, comment="Shorter title, please.")
    services.article_publish(article=article, language="en", by=press)
    page = logged_in(author).get(f"/admin/articles/article/{article.pk}/change/").content.decode()
    assert "Shorter title, please." not in page


def test_a_blocked_edition_cannot_be_approved_and_the_panel_says_why(author, press):
    article = make_article(languages=["en"], published=[])
    review = review_services.review_submit(article=article, language="en", by=author)
    article.sections.update(body_en="")
    as_press = logged_in(press)
    row = panel_row(as_press.get(f"/admin/articles/article/{article.pk}/change/").content.decode(), "en")
    assert 'name="_approve"' not in row and "It cannot be approved until the blockers are mended" in row
    assert "No section has a body in this language." in row

    response = change(as_press, article, _approve="en")
    assert "Not approved: English: No section has a body in this language." in response.content.decode()
    with pytest.raises(services.PublishBlocked):
        review_services.review_approve(review=review, by=press)
    review.refresh_from_db()
    assert review.waiting and not Edition.objects.filter(article=article).exists()
    assert not Activity.objects.filter(action="approve").exists()


def test_a_blocked_edition_cannot_be_submitted(author):
    article = make_article(languages=["en"], published=[], sections=0)
    response = change(logged_in(author), article, _submit_review="en")
    assert "No section has a body in this language." in response.content.decode()
    assert not ReviewRequest.objects.exists()


def test_a_live_edition_without_changes_has_nothing_to_submit(author):
    article = make_article(languages=["en"])
    with override("en"), pytest.raises(review_services.ReviewRefused, match="readers already see this text"):
        review_services.review_submit(article=article, language="en", by=author)
    row = panel_row(logged_in(author).get(f"/admin/articles/article/{article.pk}/change/").content.decode(), "en")
    assert "_submit_review" not in row


def test_an_authors_change_to_a_live_edition_waits_and_readers_keep_the_published_text(author, press):
    article = make_article(languages=["en"])
    before = edition(article, "en").title
    change(logged_in(author), article, title_en="A corrected headline", _submit_review="en")
    assert edition(article, "en").title == before
    review_services.review_approve(review=waiting(article, "en"), by=press)
    assert edition(article, "en").title == "A corrected headline"


@pytest.mark.parametrize("path", ["panel", "schedule", "changelist"])
def test_publishing_a_waiting_language_by_any_path_approves_it(author, press, path):
    article = make_article(languages=["hy", "en"], published=["hy"], category=make_category())
    review_services.review_submit(article=article, language="en", by=author)
    as_press = logged_in(press)
    if path == "panel":
        change(as_press, article, _publish="en")
    elif path == "schedule":
        at = timezone.localtime() + timedelta(hours=3)
        change(as_press, article, _schedule="en", _publish_at_en=at.strftime("%Y-%m-%dT%H:%M"))
    else:
        as_press.post("/admin/articles/article/", {"action": "publish_en", "_selected_action": [article.pk]})
    assert Edition.objects.get(article=article, language="en").status == "published"
    review = ReviewRequest.objects.get(article=article, language="en")
    assert (review.state, review.decided_by) == ("approved", press)
    assert Activity.objects.filter(action="approve", article=article, language="en", user=press).count() == 1


def test_a_language_waits_once_and_a_second_submission_is_refused(author):
    article = make_article(languages=["en"], published=[])
    review_services.review_submit(article=article, language="en", by=author)
    response = change(logged_in(author), article, _submit_review="en")
    assert "This language is already waiting for review." in response.content.decode()
    with pytest.raises(IntegrityError), transaction.atomic():
        ReviewRequest.objects.create(article=article, language="en", submitted_by=author)
    # Decided ones do not count: it may be submitted again after being sent back.
    ReviewRequest.objects.filter(article=article).update(state="sent_back", decided_at=timezone.now())
    review_services.review_submit(article=article, language="en", by=author)
    assert ReviewRequest.objects.filter(article=article, language="en").count() == 2


def test_the_author_withdraws_their_submission(author, press):
    article = make_article(languages=["en"], published=[])
    review_services.review_submit(article=article, language="en", by=author)
    other = make_author("other")
    with pytest.raises(review_services.PermissionDenied):
        review_services.review_withdraw(review=waiting(article, "en"), by=other)
    response = change(logged_in(author), article, _withdraw="en")
    assert "Withdrawn from review: English." in response.content.decode()
    assert ReviewRequest.objects.get().state == "withdrawn"
    assert Activity.objects.filter(action="withdraw", user=author).exists()


def test_a_decided_submission_cannot_be_decided_again(author, press):
    article = make_article(languages=["en"], published=[])
    review = review_services.review_submit(article=article, language="en", by=author)
    review_services.review_send_back(review=review, by=press, comment="Not yet.")
    with override("en"), pytest.raises(review_services.ReviewRefused, match="already decided: sent back"):
        review_services.review_approve(review=review, by=press)
    assert not Edition.objects.filter(article=article).exists()


def test_the_waiting_list_shows_the_oldest_first_with_links_to_the_article_and_its_changes(author, press):
    old = make_article(languages=["en"], published=[], title_en="Older story")
    new = make_article(languages=["ru"], published=[], title_ru="Новая статья")
    first = review_services.review_submit(article=old, language="en", by=author)
    ReviewRequest.objects.filter(pk=first.pk).update(submitted_at=timezone.now() - timedelta(hours=5))
    review_services.review_submit(article=new, language="ru", by=make_author("writer"))
    decided = make_article(languages=["tr"], published=[], title_tr="Geri gönderilen")
    review_services.review_send_back(
        review=review_services.review_submit(article=decided, language="tr", by=author), by=press, comment="No."
    )

    page = logged_in(press).get("/admin/editorial/reviewrequest/waiting/").content.decode()
    assert page.index("Older story") < page.index("Новая статья")
    assert "Geri gönderilen" not in page
    assert f'href="/admin/articles/article/{old.pk}/changes/en/"' in page
    assert f'href="/admin/articles/article/{new.pk}/change/#publication-ru"' in page
    assert "writer" in page and "Russian" in page
    # Linked from the article list.
    article_list = logged_in(press).get("/admin/articles/article/").content.decode()
    assert "/admin/editorial/reviewrequest/waiting/" in article_list


def test_the_waiting_list_is_refused_to_a_user_without_articles():
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user("clerk", password="pw-for-tests-only", is_staff=True)
    assert logged_in(user).get("/admin/editorial/reviewrequest/waiting/").status_code == 403


@pytest.mark.parametrize("articles", [3, 10_000])
def test_the_waiting_list_query_count_is_constant(press, django_assert_num_queries, articles):
    author = make_author()
    if articles > 100:
        make_many_articles(articles)
        ReviewRequest.objects.bulk_create(
            ReviewRequest(article_id=pk, language=language, submitted_by=author)
            for pk in Article.objects.values_list("pk", flat=True)[:500]
            for language in ("hy", "en")
        )
    else:
        for _ in range(articles):
            review_services.review_submit(
                article=make_article(languages=["en"], published=[]), language="en", by=author
            )
    client = logged_in(press)
    # 1 session, 2 user, 3 the user's admin language, 4 the user's own
    # permissions, 5 its groups' permissions, 6 the count of waiting
    # submissions, 7 the page of them with their articles and submitters (one
    # join): never one per article or person.
    with django_assert_num_queries(7):
        response = client.get("/admin/editorial/reviewrequest/waiting/")
    assert response.status_code == 200
    assert response.content.decode().count("review-waiting__row") == min(ReviewRequest.objects.count(), 100)


def test_the_roles_migration_is_reversible():
    migration = importlib.import_module("editorial.migrations.0005_author_group").Migration
    press = Group.objects.get(name="Press secretary")

    def press_codenames():
        return set(press.permissions.values_list("codename", flat=True))

    author_codenames = set(Group.objects.get(name="Author").permissions.values_list("codename", flat=True))
    assert {"add_article", "change_article", "add_section", "delete_section"} <= author_codenames
    assert not {"publish_edition", "delete_article", "change_user", "translate_article"} & author_codenames
    assert {"add_user", "change_user", "add_translatorlanguage", "publish_edition"} <= press_codenames()

    migration.operations[0].reverse_code(apps, None)
    assert not Group.objects.filter(name="Author").exists()
    assert not {"add_user", "change_user", "add_translatorlanguage"} & press_codenames()
    assert "publish_edition" in press_codenames()
    migration.operations[0].code(apps, None)
    # The Author group, made again, is given what later migrations gave it too (signing articles: articles 0017).
    importlib.import_module("articles.migrations.0017_byline_roles").Migration.operations[0].code(apps, None)
    assert Group.objects.get(name="Author").permissions.count() == len(author_codenames)
    assert {"add_user", "change_user", "add_translatorlanguage"} <= press_codenames()
