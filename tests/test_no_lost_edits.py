"""
No lost edits: two editors saving the same article. The second save is
refused, naming who saved, when and what they changed; the first editor's
text stays; the second editor's input is shown again, and saving it once
more, having read the warning, saves it.
"""

import html
import re
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from articles import services
from articles.conflicts import OPENED
from articles.models import Article, Section
from tests.factories import make_article, make_press_secretary
from tests.test_translators import form_data, make_translator

pytestmark = pytest.mark.django_db


def editor(username, first_name="", last_name=""):
    user = make_press_secretary(username)
    get_user_model().objects.filter(pk=user.pk).update(first_name=first_name, last_name=last_name)
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(user)
    return client


def url(article) -> str:
    return f"/admin/articles/article/{article.pk}/change/"


def opened(client, article) -> dict:
    """The change form as this editor's browser has it, opened now."""
    return form_data(client, url(article))


def page(response) -> str:
    return html.unescape(response.content.decode())


@pytest.fixture
def article():
    return make_article(languages=["hy", "ru", "en"], sections=2)


def test_the_second_of_two_editors_is_refused_with_who_and_what_changed(article):
    anna, boris = editor("anna", "Anna", "Petrosyan"), editor("boris", "Boris", "Sarkisov")
    annas, boriss = opened(anna, article), opened(boris, article)

    annas.update({"title_ru": "Новый заголовок", "sections-0-body_en": "Anna's English body."})
    assert anna.post(url(article), annas).status_code == 302

    boriss["lead_hy"] = "Բորիսի նոր ամփոփում"
    response = boris.post(url(article), boriss)

    assert response.status_code == 200
    text = page(response)
    assert "Anna Petrosyan saved this article at" in text
    assert "title (Russian)" in text
    assert "section 1 “Heading 1 hy” (English)" in text
    assert "lead" not in text.split("and changed:")[1].split("Nothing was saved")[0]
    # Boris's input is in the form again, and nothing of his was saved.
    assert "Բորիսի նոր ամփոփում" in text
    saved = Article.objects.get(pk=article.pk)
    assert saved.title_ru == "Новый заголовок"
    assert saved.lead_hy == article.lead_hy
    assert saved.sections.get(position=1).body_en == "Anna's English body."
    assert saved.changed_by.username == "anna"


def shown_again(response) -> dict:
    """What the browser would post from the form as the refusal shows it again."""
    fields = form_data(SimpleNamespace(get=lambda url: response), "")
    return {name: html.unescape(value) if isinstance(value, str) else value for name, value in fields.items()}


def test_saving_again_after_the_warning_keeps_both_editors_changes(article):
    anna, boris = editor("anna"), editor("boris")
    annas, boriss = opened(anna, article), opened(boris, article)
    annas.update({"title_en": "Anna's title", "sections-1-body_ru": "Текст Анны.", "sections-0-level": "3"})
    anna.post(url(article), annas)
    boriss.update({"lead_en": "Boris's lead", "sections-0-heading_hy": "Բորիսի խորագիր"})
    refused = boris.post(url(article), boriss)
    assert "anna saved this article" in page(refused)

    # Shown again: Boris's changes, and Anna's wherever Boris changed nothing;
    # the form counts from Anna's save, so saving it once more goes through.
    again = shown_again(refused)
    assert (again["lead_en"], again["sections-0-heading_hy"]) == ("Boris's lead", "Բորիսի խորագիր")
    assert (again["title_en"], again["sections-1-body_ru"], again["sections-0-level"]) == (
        "Anna's title",
        "Текст Анны.",
        "3",
    )
    assert boris.post(url(article), again).status_code == 302
    saved = Article.objects.get(pk=article.pk)
    first, second = saved.sections.order_by("position")
    assert (saved.title_en, saved.lead_en) == ("Anna's title", "Boris's lead")
    assert (first.heading_hy, first.level, second.body_ru) == ("Բորիսի խորագիր", 3, "Текст Анны.")


def test_a_section_deleted_by_the_other_editor_can_be_let_go(article):
    anna, boris = editor("anna"), editor("boris")
    annas, boriss = opened(anna, article), opened(boris, article)
    annas["sections-1-DELETE"] = "on"
    anna.post(url(article), annas)
    boriss["title_en"] = "Boris's title"
    again = shown_again(boris.post(url(article), boriss))
    again["sections-1-DELETE"] = "on"
    assert boris.post(url(article), again).status_code == 302
    saved = Article.objects.get(pk=article.pk)
    assert (saved.title_en, saved.sections.count()) == ("Boris's title", 1)


def test_a_field_both_changed_keeps_the_second_editors_input_in_the_form(article):
    anna, boris = editor("anna"), editor("boris")
    annas, boriss = opened(anna, article), opened(boris, article)
    annas["title_en"] = "Anna's title"
    anna.post(url(article), annas)
    boriss["title_en"] = "Boris's title"
    text = page(boris.post(url(article), boriss))
    assert "title (English)" in text
    assert 'value="Boris\'s title"' in text and 'value="Anna\'s title"' not in text
    assert Article.objects.get(pk=article.pk).title_en == "Anna's title"


def _hidden(response) -> dict:
    found = {}
    for name in ("opened_version", OPENED):
        tag = re.search(rf'<input[^>]*name="{name}"[^>]*>', response.content.decode())[0]
        found[name] = html.unescape(re.search(r'value="([^"]*)"', tag)[1])
    return found


def test_the_same_editor_saving_twice_in_a_row_is_not_refused(article):
    anna = editor("anna")
    for title in ["First", "Second", "Third"]:
        data = opened(anna, article)
        data["title_en"] = title
        assert anna.post(url(article), data).status_code == 302
    saved = Article.objects.get(pk=article.pk)
    assert saved.title_en == "Third"


def test_save_and_continue_editing_carries_the_new_version(article):
    anna = editor("anna")
    data = {**opened(anna, article), "title_en": "First", "_continue": "1"}
    assert anna.post(url(article), data).status_code == 302
    data = {**opened(anna, article), "title_en": "Second"}
    assert anna.post(url(article), data).status_code == 302
    assert Article.objects.get(pk=article.pk).title_en == "Second"


def test_sections_added_and_deleted_by_the_other_editor_are_named(article):
    anna, boris = editor("anna"), editor("boris")
    annas, boriss = opened(anna, article), opened(boris, article)
    # Anna deletes the second section and adds a third.
    annas["sections-1-DELETE"] = "on"
    annas.update(
        {
            "sections-TOTAL_FORMS": "3",
            "sections-2-position": "3",
            "sections-2-level": "2",
            "sections-2-heading_hy": "Նոր բաժին",
            "sections-2-body_hy": "Նոր տեքստ։",
        }
    )
    assert anna.post(url(article), annas).status_code == 302
    assert Section.objects.filter(article=article).count() == 2

    boriss["title_hy"] = "Boris"
    text = page(boris.post(url(article), boriss))
    assert "section 2 “Նոր բաժին”: added" in text
    assert "1 section deleted" in text
    assert Article.objects.get(pk=article.pk).title_hy == article.title_hy


def test_a_translator_saving_their_language_still_works_and_is_refused_after_another_save(article):
    russian = Client(HTTP_ACCEPT_LANGUAGE="en")
    russian.force_login(make_translator("ru"))
    data = opened(russian, article)
    data["title_ru"] = "Перевод"
    assert russian.post(url(article), data).status_code == 302
    assert Article.objects.get(pk=article.pk).title_ru == "Перевод"

    stale = opened(russian, article)
    anna = editor("anna")
    annas = opened(anna, article)
    annas["lead_ru"] = "Лид от редактора"
    assert anna.post(url(article), annas).status_code == 302
    stale["title_ru"] = "Другой перевод"
    response = russian.post(url(article), stale)
    assert response.status_code == 200
    assert "lead (Russian)" in page(response)
    assert Article.objects.get(pk=article.pk).title_ru == "Перевод"


def test_a_save_with_no_change_to_the_text_since_opened_does_not_refuse_the_other(article):
    anna, boris = editor("anna"), editor("boris")
    annas, boriss = opened(anna, article), opened(boris, article)
    assert anna.post(url(article), annas).status_code == 302
    boriss["title_en"] = "Boris's title"
    assert boris.post(url(article), boriss).status_code == 302
    assert Article.objects.get(pk=article.pk).title_en == "Boris's title"


@pytest.mark.parametrize("opened_text", ["", "not-a-signed-snapshot"])
def test_a_form_without_a_sound_snapshot_is_still_refused_over_a_newer_save(article, opened_text):
    anna, boris = editor("anna"), editor("boris")
    annas, boriss = opened(anna, article), opened(boris, article)
    annas["title_en"] = "Anna's title"
    anna.post(url(article), annas)
    boriss.update({"title_en": "Boris's title", OPENED: opened_text})
    text = page(boris.post(url(article), boriss))
    assert "anna saved this article at" in text and "Compare them with the article as it is now" in text
    assert Article.objects.get(pk=article.pk).title_en == "Anna's title"


def test_a_post_without_what_the_form_was_opened_with_is_refused(article):
    anna = editor("anna")
    data = opened(anna, article)
    data.pop("opened_version")
    data.pop(OPENED)
    data["title_en"] = "Crafted"
    response = anna.post(url(article), data)
    assert response.status_code == 200 and "saved this article at" in page(response)
    assert Article.objects.get(pk=article.pk).title_en == article.title_en


def test_every_save_counts_a_version_whichever_path_saves(tmp_path):
    article = services.article_import_text(text="A title\n\nA body.\n", language="en", by=make_press_secretary())
    assert (article.version, article.changed_by.username) == (1, "press")
    article.title_en = "Another"
    article.save(update_fields=["title_en"])
    assert Article.objects.get(pk=article.pk).version == 2
    article.save()
    assert Article.objects.get(pk=article.pk).version == 3


def test_a_restore_made_while_the_form_was_open_is_not_saved_over(article):
    from editorial import services as editorial_services
    from editorial.models import RevisionInfo
    from editorial.revisions import article_revision

    first_title = article.title_en
    with article_revision(article=article, kind=RevisionInfo.Kind.SAVED):
        pass
    old = RevisionInfo.objects.filter(article=article).latest("revision_id")
    editor("anna", "Anna", "Petrosyan")
    boris = editor("boris", "Boris", "Sarkisov")
    article.title_en = "Retitled since"
    article.save()
    boriss = opened(boris, article)
    anna = get_user_model().objects.get(username="anna")
    editorial_services.revision_restore(article=Article.objects.get(pk=article.pk), info=old, by=anna)

    boriss["lead_hy"] = "Բորիսի նոր ամփոփում"
    response = boris.post(url(article), boriss)

    assert response.status_code == 200
    assert "Anna Petrosyan saved this article at" in page(response)
    assert "title (English)" in page(response)
    saved = Article.objects.get(pk=article.pk)
    assert (saved.title_en, saved.lead_hy, saved.changed_by) == (first_title, article.lead_hy, anna)


@pytest.mark.parametrize(
    ("language", "shown"),
    [("en", "Someone else saved this article at"), ("ru", "(кто-то другой)"), ("tr", "Başka biri, ")],
)
def test_a_save_by_an_account_since_removed_is_named_as_each_language_writes_it(article, language, shown):
    anna, boris = editor("anna"), editor("boris")
    boris.defaults["HTTP_ACCEPT_LANGUAGE"] = language
    annas, boriss = opened(anna, article), opened(boris, article)
    annas["title_en"] = "Anna's title"
    assert anna.post(url(article), annas).status_code == 302
    get_user_model().objects.filter(username="anna").delete()

    boriss["lead_hy"] = "Բորիսի նոր ամփոփում"
    text = page(boris.post(url(article), boriss))
    assert shown in text
