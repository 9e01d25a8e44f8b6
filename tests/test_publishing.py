"""
Working text and published text: saving never changes what readers see;
publishing (per language, or "Save and publish") copies the working text into
the edition's published text, after the checklist, on every path.
"""

import re
from datetime import timedelta
from io import StringIO
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.management import CommandError, call_command
from django.test import Client
from django.utils import timezone, translation

from articles import services
from articles.models import Article, Edition
from tests.conftest import BROWSER_UA
from tests.factories import edition, make_article, make_category
from tests.test_long_articles import change_form_data

pytestmark = pytest.mark.django_db


def read(path) -> str:
    return Client(HTTP_USER_AGENT=BROWSER_UA).get(path, follow=True).content.decode()


def save(press, article, *, follow=False, **changes):
    data = {**change_form_data(article), **changes}
    return press.post(f"/admin/articles/article/{article.pk}/change/", data, follow=follow)


def test_saving_a_live_article_changes_nothing_readers_see_until_it_is_published(press):
    # The rendered pages are cached per worker as in production (tests only re-read the article's state each time).
    article = make_article(languages=["hy", "en"])
    url = article.get_absolute_url("en")
    before = article.title_en
    assert before in read(url)
    assert (
        save(press, article, title_en="A corrected headline", **{"sections-0-body_en": "New body."}).status_code == 302
    )
    assert before in read(url) and "A corrected headline" not in read(url)
    assert before in read("/en/") and "New body." not in read(url)

    panel = press.get(f"/admin/articles/article/{article.pk}/change/").content.decode()
    assert "live, changed since published" in panel
    article.refresh_from_db()
    assert save(press, article, _publish="en").status_code == 302
    page = read(url)
    assert "A corrected headline" in page and "New body." in page
    assert "A corrected headline" in read("/en/")
    # The Armenian edition was not touched.
    assert article.title_hy in read(article.get_absolute_url("hy"))


def test_save_and_publish_publishes_the_changed_live_languages_only(press):
    article = make_article(languages=["hy", "en", "ru"], published=["hy", "en"])
    response = save(press, article, lead_en="Corrected.", lead_ru="Черновик.", _saveandpublish="1")
    assert response.status_code == 302
    assert edition(article, "en").lead == "Corrected."
    assert edition(article, "hy").lead == article.lead_hy
    assert not Edition.objects.filter(article=article, language="ru").exists()


def test_a_new_article_is_written_then_published_language_by_language(press):
    response = press.post(
        "/admin/articles/article/add/",
        {
            "source_language": "hy",
            "title_hy": "Նոր այգի Արաբկիրում",
            "lead_hy": "Համայնքը նոր այգի ունի։",
            "title_en": "A new park in Arabkir",
            "lead_en": "The district has a new park.",
            "sections-TOTAL_FORMS": 1,
            "sections-INITIAL_FORMS": 0,
            "sections-0-position": 1,
            "sections-0-level": 2,
            "sections-0-heading_hy": "Ինչ կա այգում",
            "sections-0-body_hy": "- նստարաններ\n- ծառեր",
            "sections-0-heading_en": "What the park has",
            "sections-0-body_en": "- benches\n- trees",
        },
    )
    assert response.status_code == 302
    article = Article.objects.get()
    assert not article.editions.exists()  # written, not published
    assert read(f"/en/articles/{article.pk}/x/").count("A new park in Arabkir") == 0
    assert save(press, article, _publish="en").status_code == 302
    assert "<li>benches</li>" in read(article.get_absolute_url("en"))
    assert Edition.objects.get(article=article, language="en").published_by.username == "press"
    assert not Edition.objects.filter(article=article, language="hy").exists()


def test_an_edition_is_scheduled_and_goes_live_at_its_time_with_no_job(press):
    article = make_article(languages=["en"], published=[])
    at = timezone.localtime() + timedelta(hours=2)
    response = save(press, article, _schedule="en", _publish_at_en=at.strftime("%Y-%m-%dT%H:%M"), follow=True)
    assert "Scheduled: English, for" in response.content.decode()
    assert article.title_en not in read("/en/")
    panel = press.get(f"/admin/articles/article/{article.pk}/change/").content.decode()
    assert f"goes live at {at:%H:%M, %d.%m.%Y}" in panel
    with mock.patch("django.utils.timezone.now", return_value=at + timedelta(minutes=1)):
        assert article.title_en in read("/en/")


def test_a_time_in_the_past_does_not_schedule(press):
    article = make_article(languages=["en"], published=[])
    past = (timezone.localtime() - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M")
    response = save(press, article, _schedule="en", _publish_at_en=past, follow=True)
    assert "Not scheduled (English): give a time in the future" in response.content.decode()
    assert not Edition.objects.filter(article=article).exists()


def test_unpublishing_takes_the_edition_off_and_keeps_its_counts(press):
    article = make_article(languages=["en"])
    Edition.objects.filter(article=article).update(views=7)
    assert save(press, article, _unpublish="en").status_code == 302
    assert edition(article, "en").status == Edition.Status.DRAFT
    assert edition(article, "en").views == 7
    assert article.title_en not in read("/en/")


def test_what_changed_since_published_is_shown_with_the_changed_words_marked(press):
    article = make_article(languages=["en"], title_en="Tram line opens", sections=2)
    save(press, article, title_en="Trolleybus line opens", **{"sections-1-body_en": "A brand new body."})
    page = press.get(f"/admin/articles/article/{article.pk}/changes/en/").content.decode()
    assert "<del>Tram</del>" in page and "<ins>Trolleybus</ins>" in page
    assert re.search(r"<ins>[^<]*brand[^<]*</ins>", page)
    assert page.count("comparison__row--changed") == 2


@pytest.mark.parametrize(
    ("text", "blocker"),
    [
        ({"title_tr": "", "sections-0-body_tr": "Gövde."}, "There is no title in this language."),
        ({"title_tr": "Yalnızca başlık"}, "No section has a body in this language."),
    ],
)
def test_the_checklist_blocks_publishing_from_the_form(press, text, blocker):
    article = make_article(languages=["hy"])
    response = save(press, article, **text, _publish="tr", follow=True)
    assert f"Not published: Turkish: {blocker}" in response.content.decode()
    assert not Edition.objects.filter(article=article, language="tr").exists()


def test_the_checklist_blocks_publishing_from_the_changelist_and_shows_warnings_first(press):
    complete = make_article(languages=["hy", "ru"], published=["hy"])
    no_lead = make_article(languages=["hy", "ru"], published=["hy"], lead_ru="")
    title_only = make_article(languages=["hy"], published=["hy"], title_ru="Только заголовок")
    selected = [complete.pk, no_lead.pk, title_only.pk]
    page = press.post("/admin/articles/article/", {"action": "publish_ru", "_selected_action": selected})
    body = page.content.decode()
    assert page.status_code == 200 and "There is no lead." in body
    assert "No section has a body in this language. It will not be published." in body
    assert not Edition.objects.filter(language="ru").exists()  # nothing before the confirmation
    confirmed = press.post(
        "/admin/articles/article/", {"action": "publish_ru", "_selected_action": selected, "post": "yes"}, follow=True
    )
    assert "Editions published: 2." in confirmed.content.decode()
    assert set(Edition.objects.filter(language="ru", status="published").values_list("article", flat=True)) == {
        complete.pk,
        no_lead.pk,
    }


def test_an_action_with_nothing_to_warn_of_publishes_at_once(press):
    article = make_article(languages=["hy", "ru"], published=["hy"], category=make_category())
    response = press.post(
        "/admin/articles/article/", {"action": "publish_ru", "_selected_action": [article.pk]}, follow=True
    )
    assert "Editions published: 1." in response.content.decode()
    assert edition(article, "ru").is_live()


def test_the_checklist_blocks_import_with_publish(tmp_path):
    path = tmp_path / "title-only.txt"
    path.write_text("A title\n\nSubheading only\nAnother heading\n")
    with pytest.raises(CommandError):
        call_command("import_article", str(path), lang="en", publish=True, stdout=StringIO(), stderr=StringIO())
    assert not Edition.objects.exists()


def test_the_checklist_blocks_a_schedule_too():
    article = make_article(languages=["hy"], published=[])
    article.sections.update(body_hy="")
    with translation.override("en"), pytest.raises(services.PublishBlocked, match="No section has a body"):
        services.article_publish(article=article, language="hy", at=timezone.now() + timedelta(days=1))
    assert not Edition.objects.exists()


def test_the_panel_shows_each_languages_warnings_before_publishing(press):
    article = make_article(languages=["hy", "en"], published=["hy"], lead_en="", title_en="T" * 120)
    article.sections.update(body_en="", heading_en="Alone")
    article.sections.filter(position=1).update(body_en="Body.")
    panel = press.get(f"/admin/articles/article/{article.pk}/change/").content.decode()
    row = re.search(r'<tr class="publication__row[^"]*" id="publication-en">(.*?)</tr>', panel, re.S)[1]
    assert "There is no lead." in row
    assert "The title is 120 characters long" in row
    assert "A section has a heading and no body: “Alone”." in row
    assert 'name="_publish" value="en"' in row


def test_a_user_who_may_not_publish_sees_no_button_and_is_refused_a_crafted_one():
    writer = get_user_model().objects.create_user("writer", password="x", is_staff=True)
    writer.user_permissions.add(*Permission.objects.filter(codename__in=["view_article", "change_article"]))
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(writer)
    article = make_article(languages=["en"], published=[])
    page = client.get(f"/admin/articles/article/{article.pk}/change/").content.decode()
    assert 'name="_publish"' not in page and 'name="_saveandpublish"' not in page
    for button in ["_publish", "_saveandpublish", "_unpublish", "_schedule"]:
        response = save(client, article, **{button: "en"})
        assert response.status_code == 403, button
        assert "You may not publish" in response.content.decode()
    assert not Edition.objects.exists()


def test_the_editors_preview_shows_the_working_text_and_is_not_for_readers(press):
    article = make_article(languages=["hy"], published=["hy"])
    Article.objects.filter(pk=article.pk).update(title_hy="Աշխատանքային վերնագիր")
    response = press.get(f"/admin/articles/article/{article.pk}/preview/hy/")
    assert response.status_code == 200
    assert "Աշխատանքային վերնագիր" in response.content.decode()
    assert 'name="robots" content="noindex"' in response.content.decode()
    assert edition(article, "hy").views == 0
    assert Client().get(f"/admin/articles/article/{article.pk}/preview/hy/").status_code == 302


def test_editions_live_before_get_their_published_text_from_the_text_of_then():
    import importlib

    from django.apps import apps

    live = make_article(languages=["hy", "en"])
    # As an older release left them: published, with nothing of their own but a
    # placeholder title (the constraint added after the copy wants one).
    Edition.objects.filter(article=live).update(title="-", slug="", lead="", sections=[], text_published_at=None)
    migration = importlib.import_module("articles.migrations.0013_edition_published_text")
    migration.copy_published_text(apps, None)
    hy = edition(live, "hy")
    assert (hy.title, hy.lead, hy.slug) == (live.title_hy, live.lead_hy, live.slug_hy)
    assert [section["body"] for section in hy.sections] == [s.body_hy for s in live.sections.all()]
    assert hy.text_published_at is not None
    assert live.title_en in Client(HTTP_USER_AGENT=BROWSER_UA).get(live.get_absolute_url("en")).content.decode()
