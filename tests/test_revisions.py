"""
Revisions: every save and publication of an article is kept, every
language's columns; the history lists them with the article's activity; two
revisions compare side by side; a revision is restored into the working text
only (readers see it once published); old ones are pruned.
"""

import re
from datetime import timedelta
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import Permission
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from reversion.models import Revision, Version

from articles import services
from articles.models import Article, Edition, Section
from cms.times import when
from editorial import selectors
from editorial import services as editorial_services
from editorial.models import Activity, RevisionInfo
from editorial.revisions import article_revision
from tests.conftest import BROWSER_UA
from tests.factories import edition, make_article, make_press_secretary
from tests.test_long_articles import change_form_data
from tests.test_translators import make_translator

pytestmark = pytest.mark.django_db

LANGUAGES = ["hy", "ru", "en", "tr"]


def save(client, article, **changes):
    data = {**change_form_data(article), **changes}
    return client.post(f"/admin/articles/article/{article.pk}/change/", data)


def infos(article) -> list[RevisionInfo]:
    """The article's revisions, oldest first."""
    return list(RevisionInfo.objects.filter(article=article).select_related("revision__user").order_by("revision_id"))


def read(path) -> str:
    return Client(HTTP_USER_AGENT=BROWSER_UA).get(path, follow=True).content.decode()


def test_a_revision_holds_every_languages_columns_and_no_counters():
    article = make_article(languages=LANGUAGES, sections=2, published=["hy"], cover_alt_tr="Kapak")
    Edition.objects.filter(article=article).update(views=7, shares=3)
    with article_revision(article=article, kind=RevisionInfo.Kind.SAVED):
        pass
    revision = Revision.objects.order_by("-pk").first()
    versions = {(v.content_type.model, v.object_id): v.field_dict for v in Version.objects.filter(revision=revision)}
    stored = versions[("article", str(article.pk))]
    for code in LANGUAGES:
        assert stored[f"title_{code}"] == getattr(article, f"title_{code}")
        assert stored[f"lead_{code}"] == getattr(article, f"lead_{code}")
        assert f"cover_alt_{code}" in stored
    assert stored["cover_alt_tr"] == "Kapak"
    sections = [fields for (model, _pk), fields in versions.items() if model == "section"]
    assert len(sections) == 2
    for fields in sections:
        for code in LANGUAGES:
            assert fields[f"heading_{code}"] == f"Heading {fields['position']} {code}"
            assert fields[f"body_{code}"].startswith(f"Body {fields['position']} {code}")
    editions = [fields for (model, _pk), fields in versions.items() if model == "edition"]
    assert len(editions) == 1 and editions[0]["title"] == article.title_hy
    assert "views" not in editions[0] and "shares" not in editions[0]
    assert '"views"' not in Version.objects.get(revision=revision, content_type__model="edition").serialized_data


def test_saves_and_publications_are_revisions_with_who_kind_and_languages(press):
    article = make_article(languages=["hy", "en"], published=[])
    user = make_press_secretary("editor")
    services.article_publish(article=article, language="hy", by=user)
    article.refresh_from_db()
    assert save(press, article, title_en="A new headline", **{"sections-1-body_hy": "Նոր տեքստ"}).status_code == 302
    article.refresh_from_db()
    assert save(press, article, lead_hy="Ուղղված", _saveandpublish="1").status_code == 302
    later = timezone.now() + timedelta(days=1)
    services.article_publish(article=article, language="en", at=later, by=user)

    rows = [(i.kind, i.languages, i.revision.user.username) for i in infos(article)]
    assert rows == [
        ("published", ["hy"], "editor"),
        ("saved", ["hy", "en"], "press"),
        ("published", ["hy"], "press"),
        ("published", ["en"], "editor"),
    ]
    # One revision a save, even with sections and a publication in it.
    assert Revision.objects.count() == 4


def test_a_refused_form_and_a_blocked_publication_make_no_revision(press):
    article = make_article(languages=["hy"], published=[])
    response = save(press, article, **{"sections-0-level": "9"})
    assert response.status_code == 200
    with pytest.raises(services.PublishBlocked):
        services.article_publish(article=article, language="en")
    assert not RevisionInfo.objects.exists()


def test_the_add_form_and_the_import_make_a_revision(press):
    response = press.post(
        "/admin/articles/article/add/",
        {
            "source_language": "ru",
            "title_ru": "Заголовок",
            "sections-TOTAL_FORMS": 1,
            "sections-INITIAL_FORMS": 0,
            "sections-0-position": 1,
            "sections-0-level": 2,
            "sections-0-body_ru": "Текст.",
        },
    )
    assert response.status_code == 302
    added = Article.objects.get()
    assert [(i.kind, i.languages) for i in infos(added)] == [("saved", ["ru"])]
    imported = services.article_import_text(text="Title\n\nA body.\n", language="en", publish=True)
    (info,) = infos(imported)
    assert (info.kind, info.languages) == ("published", ["en"])
    assert selectors.revision_snapshot(info=info).text("en").sections[0].body == "A body."


def test_compare_marks_the_changed_words_between_two_revisions_with_sections_matched(press):
    article = make_article(languages=["hy", "en"], sections=3, published=[])
    save(press, article, **{"sections-1-body_en": "The minister resigned on Monday."})
    article.refresh_from_db()
    save(
        press,
        article,
        **{"sections-1-body_en": "The minister resigned on Tuesday.", "sections-0-body_hy": "Փոխված"},
    )
    first, second = infos(article)
    # Chosen in either order, the older one is on the left.
    url = f"/admin/articles/article/{article.pk}/revisions/compare/?old={second.revision_id}&new={first.revision_id}"
    page = press.get(url + "&language=en").content.decode()
    assert "on <del>Monday</del>." in page and "on <ins>Tuesday</ins>." in page
    assert "section 2, body" in page and "section 1, body" not in page
    armenian = press.get(url + "&language=hy").content.decode()
    assert "<ins>Փոխված</ins>" in armenian and "Tuesday" not in armenian


def test_compare_reads_the_revisions_not_the_live_rows(press):
    article = make_article(languages=["en"], sections=1, published=[])
    with article_revision(article=article, kind=RevisionInfo.Kind.SAVED):
        pass
    Section.objects.filter(article=article).update(body_en="Changed behind the history's back.")
    with article_revision(article=article, kind=RevisionInfo.Kind.SAVED):
        pass
    Section.objects.filter(article=article).update(body_en="Live only.")
    first, second = infos(article)
    url = f"/admin/articles/article/{article.pk}/revisions/compare/?old={first.revision_id}&new={second.revision_id}"
    page = press.get(url + "&language=en").content.decode()
    assert "behind" in page and "Live only" not in page


def test_compare_of_another_articles_revision_is_404(press):
    mine = make_article(languages=["en"], published=["en"])
    theirs = make_article(languages=["en"], published=["en"])
    (own,), (other,) = infos(mine), infos(theirs)
    url = f"/admin/articles/article/{mine.pk}/revisions/compare/?old={own.revision_id}&new={other.revision_id}"
    assert press.get(url).status_code == 404
    assert press.get(f"/admin/articles/article/{mine.pk}/revisions/compare/?old=x&new=1").status_code == 404
    assert press.get("/admin/articles/article/nope/history/").status_code == 404


def test_restore_brings_back_sections_in_all_languages_and_readers_see_nothing_until_published(press):
    article = make_article(languages=LANGUAGES, sections=3)
    Edition.objects.filter(article=article).update(views=11, shares=2)
    old = {code: edition(article, code).title for code in LANGUAGES}
    with article_revision(article=article, kind=RevisionInfo.Kind.SAVED):
        pass
    target = infos(article)[-1]
    sections = list(article.sections.all())
    # Since then: every language retitled, the first section rewritten, the
    # second removed, a new one added.
    data = change_form_data(article)
    for code in LANGUAGES:
        data[f"title_{code}"] = f"Retitled {code}"
        data[f"sections-0-body_{code}"] = f"Rewritten {code}"
    data["sections-1-DELETE"] = "on"
    data.update({"sections-TOTAL_FORMS": 4, "sections-3-position": 9, "sections-3-level": 2})
    data.update({"sections-3-article": article.pk, "sections-3-body_en": "An extra section."})
    assert press.post(f"/admin/articles/article/{article.pk}/change/", data).status_code == 302
    assert article.sections.count() == 3

    url = f"/admin/articles/article/{article.pk}/revisions/{target.revision_id}/restore/"
    assert "Restore" in press.get(url).content.decode()
    assert article.sections.count() == 3  # a GET only asks
    response = press.post(url)
    assert response.status_code == 302

    article.refresh_from_db()
    restored = list(article.sections.all())
    assert [s.pk for s in restored] == [s.pk for s in sections]
    for before, after in zip(sections, restored, strict=True):
        for code in LANGUAGES:
            assert getattr(after, f"heading_{code}") == getattr(before, f"heading_{code}")
            assert getattr(after, f"body_{code}") == getattr(before, f"body_{code}")
    for code in LANGUAGES:
        assert getattr(article, f"title_{code}") == old[code]
    # Editions untouched: their counters and their published text (the retitle was never published).
    assert set(Edition.objects.filter(article=article).values_list("views", "shares")) == {(11, 2)}
    info = infos(article)[-1]
    assert (info.kind, info.languages, info.revision.user.username) == ("restored", LANGUAGES, "press")
    activity = Activity.objects.get(action=Activity.Action.RESTORE)
    assert activity.article == article and activity.user.username == "press"
    assert activity.detail == when(target.revision.date_created)


def test_restored_text_reaches_readers_only_once_published(press):
    article = make_article(languages=["hy", "en"], sections=1, title_en="The first headline")
    with article_revision(article=article, kind=RevisionInfo.Kind.SAVED):
        pass
    target = infos(article)[-1]
    article.refresh_from_db()
    save(press, article, title_en="The second headline", _publish="en")
    url = article.get_absolute_url("en")
    assert "The second headline" in read(url)

    press.post(f"/admin/articles/article/{article.pk}/revisions/{target.revision_id}/restore/")
    assert "The second headline" in read(url) and "The first headline" not in read(url)
    panel = press.get(f"/admin/articles/article/{article.pk}/change/").content.decode()
    assert "live, changed since published" in panel
    article.refresh_from_db()
    services.article_publish(article=article, language="en")
    assert "The first headline" in read(url)


def test_restore_keeps_the_cover_only_if_its_file_is_still_stored(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    article = make_article(languages=["en"], published=[])
    article.cover.save("old.png", ContentFile(b"stored"), save=True)
    old = article.cover.name
    with article_revision(article=article, kind=RevisionInfo.Kind.SAVED):
        pass
    target = infos(article)[-1]
    article.cover = ""
    article.save()
    editorial_services.revision_restore(article=article, info=target, by=None)
    article.refresh_from_db()
    assert article.cover.name == old
    article.cover.storage.delete(old)
    article.cover.save("new.png", ContentFile(b"new"), save=True)
    new = article.cover.name
    editorial_services.revision_restore(article=article, info=target, by=None)
    article.refresh_from_db()
    assert article.cover.name == new != old


def test_a_translator_may_not_restore_even_by_a_crafted_post(client):
    article = make_article(languages=["hy", "ru"], sections=1)
    target = infos(article)[0]
    Article.objects.filter(pk=article.pk).update(title_hy="Changed since")
    client.force_login(make_translator("ru"))
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    url = f"/admin/articles/article/{article.pk}/revisions/{target.revision_id}/restore/"
    assert client.post(url).status_code == 403
    assert client.get(url).status_code == 403
    article.refresh_from_db()
    assert article.title_hy == "Changed since"
    assert not Activity.objects.filter(action=Activity.Action.RESTORE).exists()
    # The history shows no restore link to them, and they still read it.
    page = client.get(f"/admin/articles/article/{article.pk}/history/").content.decode()
    assert "/restore/" not in page and "Revisions" in page


def test_restore_needs_the_change_permission_and_a_revision_of_this_article(press, django_user_model, client):
    article = make_article(languages=["en"], sections=1)
    other = make_article(languages=["en"], sections=1)
    target, foreign = infos(article)[0], infos(other)[0]
    url = f"/admin/articles/article/{article.pk}/revisions/{foreign.revision_id}/restore/"
    assert press.post(url).status_code == 404
    viewer = django_user_model.objects.create_user("viewer", is_staff=True)
    viewer.user_permissions.add(*Permission.objects.filter(codename="view_article"))
    client.force_login(viewer)
    assert (
        client.post(f"/admin/articles/article/{article.pk}/revisions/{target.revision_id}/restore/").status_code == 403
    )


def test_history_lists_revisions_newest_first_with_time_person_kind_and_languages(press):
    article = make_article(languages=["hy", "en"], published=[])
    user = make_press_secretary("editor")
    user.first_name, user.last_name = "Anna", "Petrosyan"
    user.save()
    services.article_publish(article=article, language="en", by=user)
    article.refresh_from_db()
    save(press, article, title_hy="Նոր վերնագիր")
    page = press.get(f"/admin/articles/article/{article.pk}/history/").content.decode()
    newest, oldest = infos(article)[1], infos(article)[0]
    assert page.index(f'data-revision="{newest.revision_id}"') < page.index(f'data-revision="{oldest.revision_id}"')
    local = timezone.localtime(oldest.revision.date_created, timezone=ZoneInfo("Asia/Yerevan"))
    assert local.strftime("%H:%M, %d.%m.%Y") in page
    assert "Anna Petrosyan" in page and "published" in page and "English" in page and "Armenian" in page
    # The article's activity is on the same page.
    assert re.search(r"<td>[^<]*</td><td>Anna Petrosyan</td><td>published</td><td>English</td>", page)


@pytest.mark.parametrize("revisions", [3, 300])
def test_history_query_count_is_constant(press, django_assert_num_queries, revisions):
    article = make_article(languages=["hy"], published=[])
    for n in range(revisions):
        with article_revision(article=article, kind=RevisionInfo.Kind.PUBLISHED, languages=["hy"]):
            pass
        editorial_services.activity_record(action=Activity.Action.PUBLISH, article=article, language="hy", detail=n)
    # 1 session, 2 user, 3 the user's admin language, 4 the article, 5 the
    # user's own permissions, 6 its groups' permissions, 7 the count of
    # revisions, 8 the count of the activity, 9 the page of revisions with
    # their people, 10 the page of activity.
    with django_assert_num_queries(10):
        response = press.get(f"/admin/articles/article/{article.pk}/history/")
    assert response.status_code == 200
    assert response.content.decode().count('class="revision ') == min(revisions, 50)


def test_prune_keeps_the_newest_per_article_and_never_the_last_one():
    busy = make_article(languages=["hy"], published=[])
    quiet = make_article(languages=["hy"], published=[])
    for _ in range(6):
        with article_revision(article=busy, kind=RevisionInfo.Kind.SAVED):
            pass
    with article_revision(article=quiet, kind=RevisionInfo.Kind.SAVED):
        pass
    Revision.objects.update(date_created=timezone.now() - timedelta(days=400))
    newest = infos(busy)[-3:]
    out = StringIO()
    call_command("prune_revisions", "--keep", "3", stdout=out)
    assert infos(busy) == newest and len(infos(quiet)) == 1
    assert "3" in out.getvalue()
    # By age: everything older than 30 days, but each article's newest stays.
    call_command("prune_revisions", "--days", "30", stdout=StringIO())
    assert infos(busy) == newest[-1:] and len(infos(quiet)) == 1
    assert not Version.objects.exclude(revision__in=Revision.objects.all()).exists()
    assert RevisionInfo.objects.count() == Revision.objects.count() == 2


def test_prune_by_age_keeps_recent_revisions():
    article = make_article(languages=["hy"], published=[])
    for _ in range(3):
        with article_revision(article=article, kind=RevisionInfo.Kind.SAVED):
            pass
    old = infos(article)[0]
    Revision.objects.filter(pk=old.revision_id).update(date_created=timezone.now() - timedelta(days=10))
    call_command("prune_revisions", "--days", "7", stdout=StringIO())
    assert old.revision_id not in [i.revision_id for i in infos(article)] and len(infos(article)) == 2
