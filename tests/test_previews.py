"""
Shareable previews: a signed link to one language's working text for someone
without an account; expiring, revocable, listed on the article, never counted,
cached or indexed, and made from the admin or from `manage.py preview_link`.
"""

import re
from datetime import timedelta
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core import signing
from django.core.management import CommandError, call_command
from django.db import IntegrityError, transaction
from django.test import Client, RequestFactory
from django.utils import timezone

from articles import counters, pages
from articles.admin import previews as admin_previews
from editorial import selectors, services
from editorial.models import Activity, PreviewLink
from tests.conftest import BROWSER_UA
from tests.factories import edition, make_article, make_press_secretary, shown
from tests.test_translators import make_translator

pytestmark = pytest.mark.django_db


@pytest.fixture
def press_user():
    return make_press_secretary()


@pytest.fixture
def press(press_user):
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(press_user)
    return client


def visitor() -> Client:
    """Someone sent the link: a browser without an account, a cookie or a language preference of its own."""
    return Client(HTTP_USER_AGENT=BROWSER_UA)


def live_article():
    """An article live in Armenian and English, whose English working text has changed since it was published."""
    article = make_article(languages=["hy", "en"])
    article.title_en = "A draft headline"
    article.save()
    section = article.sections.first()
    section.body_en = "A draft paragraph nobody has read."
    section.save()
    return article


def make_link(article, language="en", **kwargs) -> PreviewLink:
    return services.preview_link_create(article=article, language=language, **kwargs)


def make_url(article) -> str:
    return f"/admin/articles/article/{article.pk}/preview-links/"


def revoke_url(link) -> str:
    return f"/admin/articles/article/{link.article_id}/preview-links/{link.pk}/revoke/"


# --- the reader's side --------------------------------------------------------


def test_a_link_shows_the_draft_as_readers_would_see_it_with_a_banner_naming_the_expiry():
    article = live_article()
    link = make_link(article)
    published = edition(article, "en").title

    page = visitor().get(link.get_absolute_url())

    assert page.status_code == 200
    html = page.content.decode()
    assert "A draft headline" in html and "A draft paragraph nobody has read." in html
    assert published not in html
    expires = timezone.localtime(link.expires_at).strftime("%H:%M, %d.%m.%Y")
    banner = re.search(r'<p class="preview-banner">(.*?)</p>', html, re.S)[1]
    assert "not published" in banner and expires in banner
    # Readers still see the published text.
    assert published in visitor().get(article.get_absolute_url("en"), follow=True).content.decode()


def test_a_link_shows_a_change_saved_after_it_was_made(press):
    article = live_article()
    link = make_link(article)
    assert "A draft headline" in visitor().get(link.get_absolute_url()).content.decode()

    from tests.test_long_articles import change_form_data

    data = {**change_form_data(article), "title_en": "A headline corrected later"}
    assert press.post(f"/admin/articles/article/{article.pk}/change/", data).status_code == 302

    html = visitor().get(link.get_absolute_url()).content.decode()
    assert "A headline corrected later" in html and "A draft headline" not in html


def test_a_link_to_a_language_never_published_shows_its_draft():
    article = make_article(languages=["hy", "tr"], published=["hy"], title_tr="Taslak başlık")
    page = visitor().get(make_link(article, "tr").get_absolute_url())
    assert page.status_code == 200 and "Taslak başlık" in page.content.decode()


def tampered(token: str) -> list[str]:
    pk_and_key, signature = token.rsplit(":", 1)
    pk, key = pk_and_key.split(".", 1)
    return [
        token[:-1] + ("A" if token[-1] != "A" else "B"),  # the signature altered
        f"{int(pk) + 1}.{key}:{signature}",  # another row, same signature
        f"{pk}.{key}x:{signature}",  # the key altered
        signing.Signer(salt="another.salt").sign(pk_and_key),  # signed, but not for previews
        signing.Signer(key="not-the-sites-key", salt="editorial.preview-link").sign(pk_and_key),
        pk_and_key,  # no signature
        "nonsense",
        "x" * 5000,
    ]


def test_an_altered_token_is_refused_before_any_query(django_assert_num_queries):
    link = make_link(live_article())
    for token in tampered(link.token):
        with django_assert_num_queries(0):
            assert selectors.preview_link_open(token=token, language="en") is None, token


def test_an_altered_token_is_the_sites_404_page():
    link = make_link(live_article())
    client = visitor()
    for token in [*tampered(link.token), "1.%00:abc", "%D5%80%FF"]:
        response = client.get(f"/en/preview/{token}/")
        assert response.status_code == 404, token
        assert "A draft headline" not in response.content.decode()


def test_a_link_works_until_it_expires_and_is_404_after(monkeypatch):
    link = make_link(live_article(), hours=24)
    url = link.get_absolute_url()
    start = timezone.now()
    monkeypatch.setattr(timezone, "now", lambda: start + timedelta(hours=23, minutes=59))
    assert visitor().get(url).status_code == 200
    monkeypatch.setattr(timezone, "now", lambda: start + timedelta(hours=24, minutes=1))
    assert visitor().get(url).status_code == 404


def test_a_link_made_long_ago_has_expired():
    link = make_link(live_article(), hours=72, at=timezone.now() - timedelta(hours=73))
    assert visitor().get(link.get_absolute_url()).status_code == 404


def test_a_revoked_link_is_404(press_user):
    link = make_link(live_article())
    url = link.get_absolute_url()
    assert visitor().get(url).status_code == 200
    assert services.preview_link_revoke(link=link, by=press_user) is True
    assert visitor().get(url).status_code == 404


def test_a_link_opens_only_in_its_own_language():
    link = make_link(live_article(), "en")
    for language in ["hy", "ru", "tr"]:
        assert visitor().get(f"/{language}/preview/{link.token}/").status_code == 404


def test_a_link_to_a_deleted_article_or_a_removed_text_is_404():
    article = live_article()
    link = make_link(article)
    article.title_en = ""
    article.save()
    assert visitor().get(link.get_absolute_url()).status_code == 404
    url = make_link(article, "hy").get_absolute_url()
    article.delete()
    assert visitor().get(url).status_code == 404
    assert not PreviewLink.objects.exists()


def test_a_link_of_a_database_restored_with_other_rows_opens_nothing():
    # The same id, another key: a token of the row that was there before.
    link = make_link(live_article())
    token = link.token
    PreviewLink.objects.filter(pk=link.pk).update(key="another-key")
    assert visitor().get(f"/en/preview/{token}/").status_code == 404


@pytest.mark.parametrize("store", ["database", "redis"])
def test_a_preview_is_never_counted_and_sets_no_cookie(store, request, monkeypatch):
    if store == "redis":
        redis = request.getfixturevalue("redis_counter")
        monkeypatch.setattr(counters, "counter", lambda: redis)
    article = live_article()
    target = edition(article, "en")
    before = shown(article, "en")
    url = make_link(article).get_absolute_url()
    for n in range(3):
        response = Client(HTTP_USER_AGENT=f"{BROWSER_UA} reader-{n}").get(url)
        assert response.status_code == 200
        assert not response.cookies, response.cookies
        assert "Set-Cookie" not in response.headers
    target.refresh_from_db()
    assert (target.views, target.shares) == before == (0, 0)
    assert shown(article, "en") == (0, 0)
    if store == "redis":
        assert redis.pending(target.pk) == (0, 0)
    # The same client reading the live page is counted: the store works.
    assert Client(HTTP_USER_AGENT=BROWSER_UA).get(article.get_absolute_url("en"), follow=True).status_code == 200
    assert shown(article, "en") == (1, 0)


def test_a_preview_is_not_indexed_not_stored_and_leaks_no_referrer():
    url = make_link(live_article()).get_absolute_url()
    response = visitor().get(url)
    assert response["X-Robots-Tag"] == "noindex"
    assert '<meta name="robots" content="noindex">' in response.content.decode()
    assert "canonical" not in response.content.decode()
    assert response["Cache-Control"] == "no-store"
    assert response["Referrer-Policy"] == "no-referrer"
    # The site's policy still applies: nothing but its own files.
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"


def test_a_preview_is_kept_in_no_page_cache():
    article = live_article()
    visitor().get(article.get_absolute_url("en"), follow=True)
    cached = len(pages._pages._cache)
    url = make_link(article).get_absolute_url()
    for _ in range(2):
        visitor().get(url)
    assert len(pages._pages._cache) == cached


def test_a_preview_answers_only_get_and_head():
    url = make_link(live_article()).get_absolute_url()
    assert visitor().head(url).status_code == 200
    assert visitor().post(url).status_code == 405


def test_a_logged_in_editor_opening_a_link_gets_no_cookie_either(press):
    url = make_link(live_article()).get_absolute_url()
    response = press.get(url)
    assert response.status_code == 200 and not response.cookies


# --- the service and the model -------------------------------------------------


def test_a_link_works_72_hours_unless_told_otherwise():
    article = live_article()
    link = make_link(article)
    assert link.expires_at - link.created_at == timedelta(hours=72)
    assert make_link(article, hours=1).expires_at - timezone.now() <= timedelta(hours=1)


@pytest.mark.parametrize("hours", [0, -1, 721, 1.5, True, "24"])
def test_a_lifetime_out_of_bounds_is_refused(hours):
    with pytest.raises(services.PreviewLinkRefused):
        make_link(live_article(), hours=hours)
    assert not PreviewLink.objects.exists()


def test_a_language_without_text_is_refused():
    with pytest.raises(services.PreviewLinkRefused):
        make_link(make_article(languages=["hy"]), "ru")


def test_the_database_refuses_a_link_expiring_before_it_was_made_or_in_an_unknown_language():
    article = make_article()
    now = timezone.now()
    with pytest.raises(IntegrityError), transaction.atomic():
        PreviewLink.objects.create(article=article, language="hy", created_at=now, expires_at=now)
    with pytest.raises(IntegrityError), transaction.atomic():
        PreviewLink.objects.create(article=article, language="de", created_at=now, expires_at=now + timedelta(1))


def test_making_and_revoking_are_in_the_activity(press_user):
    article = live_article()
    link = make_link(article, by=press_user, hours=24)
    expires = timezone.localtime(link.expires_at).strftime("%H:%M, %d.%m.%Y")
    made = Activity.objects.get(action=Activity.Action.PREVIEW_MADE)
    assert (made.article, made.language, made.user, made.detail) == (article, "en", press_user, expires)
    assert services.preview_link_revoke(link=link, by=press_user) is True
    assert services.preview_link_revoke(link=link, by=press_user) is False  # once is enough
    revoked = Activity.objects.get(action=Activity.Action.PREVIEW_REVOKED)
    assert (revoked.article, revoked.language, revoked.user, revoked.detail) == (article, "en", press_user, expires)
    link.refresh_from_db()
    assert link.revoked_by == press_user and link.state() == "revoked"


# --- the admin -------------------------------------------------------------------


def test_the_change_form_lists_the_links_with_their_address_and_state(press, press_user):
    article = live_article()
    working = make_link(article, by=press_user)
    old = make_link(article, "hy", by=press_user, hours=1, at=timezone.now() - timedelta(hours=2))
    gone = make_link(article, by=press_user)
    services.preview_link_revoke(link=gone, by=press_user)

    html = press.get(f"/admin/articles/article/{article.pk}/change/").content.decode()

    section = html[html.index('id="preview-links"') :]
    assert f'value="http://127.0.0.1:8000/en/preview/{working.token}/"' in section
    assert working.token in section and old.token not in section and gone.token not in section
    for link, state in [(working, "active"), (old, "expired"), (gone, "revoked")]:
        assert f'class="preview-link preview-link--{state}" id="preview-link-{link.pk}"' in section
    assert section.count(">Revoke</button>") == 1
    # The section's forms are outside the article's own form.
    assert html.index('id="preview-links"') > html.index("</form>", html.index('id="article_form"'))


def test_a_press_secretary_makes_a_link_from_the_form(press, press_user):
    article = live_article()
    response = press.post(make_url(article), {"language": "en", "hours": "24"}, follow=True)
    link = PreviewLink.objects.get()
    assert (link.article, link.language, link.created_by) == (article, "en", press_user)
    assert link.expires_at - link.created_at == timedelta(hours=24)
    assert response.redirect_chain[-1][0] == f"/admin/articles/article/{article.pk}/change/#preview-links"
    assert f"http://127.0.0.1:8000/en/preview/{link.token}/" in response.content.decode()
    assert Activity.objects.filter(action=Activity.Action.PREVIEW_MADE, user=press_user).count() == 1


@pytest.mark.parametrize(
    "data",
    [{"language": "en", "hours": "5000"}, {"language": "en"}, {"language": "de", "hours": "24"}, {}],
)
def test_a_crafted_lifetime_or_language_makes_no_link(press, data):
    article = live_article()
    response = press.post(make_url(article), data, follow=True)
    assert response.status_code == 200 and "No preview link made" in response.content.decode()
    assert not PreviewLink.objects.exists()


def test_a_language_without_text_makes_no_link_from_the_form(press):
    article = make_article(languages=["hy"])
    response = press.post(make_url(article), {"language": "ru", "hours": "24"}, follow=True)
    assert "no text to preview" in response.content.decode()
    assert not PreviewLink.objects.exists()


def test_the_section_posts_only(press):
    article = live_article()
    link = make_link(article)
    assert press.get(make_url(article)).status_code == 405
    assert press.get(revoke_url(link)).status_code == 405


def test_a_translator_makes_links_of_their_language_only(client):
    article = make_article(languages=["hy", "en", "tr"])
    translator = make_translator("tr")
    client.force_login(translator)
    html = client.get(f"/admin/articles/article/{article.pk}/change/").content.decode()
    choices = re.search(r'<select name="language"[^>]*>(.*?)</select>', html, re.S)[1]
    assert re.findall(r'value="(\w+)"', choices) == ["tr"]

    assert client.post(make_url(article), {"language": "tr", "hours": "24"}).status_code == 302
    assert client.post(make_url(article), {"language": "en", "hours": "24"}).status_code == 403
    assert list(PreviewLink.objects.values_list("language", "created_by")) == [("tr", translator.pk)]


def test_who_may_revoke_a_link(client, press, press_user):
    article = make_article(languages=["hy", "tr"])
    translator = make_translator("tr")
    other = make_translator("tr", username="another-translator")
    theirs = make_link(article, "tr", by=translator)
    press_link = make_link(article, "tr", by=press_user)

    client.force_login(other)
    assert client.post(revoke_url(theirs)).status_code == 403  # not theirs, may not publish
    client.force_login(translator)
    assert client.post(revoke_url(press_link)).status_code == 403
    assert not PreviewLink.objects.filter(revoked_at__isnull=False).exists()
    assert client.post(revoke_url(theirs)).status_code == 302  # the maker
    assert press.post(revoke_url(press_link)).status_code == 302
    second = make_link(article, "tr", by=translator)
    assert press.post(revoke_url(second)).status_code == 302  # anyone who may publish
    assert PreviewLink.objects.filter(revoked_at__isnull=False).count() == 3
    assert Activity.objects.filter(action=Activity.Action.PREVIEW_REVOKED).count() == 3


def test_a_link_is_revoked_only_through_its_own_article(press):
    article, other = live_article(), live_article()
    link = make_link(other)
    response = press.post(f"/admin/articles/article/{article.pk}/preview-links/{link.pk}/revoke/")
    assert response.status_code == 404
    link.refresh_from_db()
    assert link.revoked_at is None
    assert press.post(f"/admin/articles/article/{article.pk}/preview-links/999999/revoke/").status_code == 404
    assert press.post("/admin/articles/article/999999/preview-links/", {"language": "en"}).status_code == 404


def test_someone_who_may_only_view_articles_may_neither_make_nor_revoke(client):
    article = live_article()
    link = make_link(article)
    reader = get_user_model().objects.create_user(username="viewer", password="pw-for-tests-only", is_staff=True)
    reader.user_permissions.add(Permission.objects.get(codename="view_article"))
    client.force_login(reader)
    assert client.get(f"/admin/articles/article/{article.pk}/change/").status_code == 200
    assert client.post(make_url(article), {"language": "en", "hours": "24"}).status_code == 403
    assert client.post(revoke_url(link)).status_code == 403
    assert PreviewLink.objects.count() == 1 and PreviewLink.objects.get().revoked_at is None


def test_a_post_without_the_csrf_token_is_refused(press_user):
    article = live_article()
    client = Client(enforce_csrf_checks=True)
    client.force_login(press_user)
    assert client.post(make_url(article), {"language": "en", "hours": "24"}).status_code == 403
    assert not PreviewLink.objects.exists()


@pytest.mark.parametrize("links", [3, 60])
def test_the_sections_query_count_is_constant(press_user, django_assert_num_queries, links):
    article = live_article()
    for n in range(links):
        link = make_link(article, "en" if n % 2 else "hy", by=press_user)
        if n % 3 == 0:
            services.preview_link_revoke(link=link, by=press_user)
    request = RequestFactory().get("/")
    request.user = get_user_model().objects.get(pk=press_user.pk)
    # 1 the newest links with their makers and revokers, 2 the user's own
    # permissions, 3 its groups' permissions (then cached on the user).
    with django_assert_num_queries(3):
        html = admin_previews.panel(request, article)
    assert html.count('class="preview-link ') == min(links, selectors.PANEL_LINKS)


# --- the command -------------------------------------------------------------------


def run(*args) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("preview_link", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_the_command_prints_a_working_url_and_its_expiry(settings):
    settings.SITE_URL = "https://news.example.am"
    article = live_article()
    out, err = run(str(article.pk), "--lang", "en", "--hours", "5")
    link = PreviewLink.objects.get()
    assert out.strip() == f"https://news.example.am/en/preview/{link.token}/"
    assert link.expires_at - link.created_at == timedelta(hours=5)
    assert timezone.localtime(link.expires_at).strftime("%H:%M, %d.%m.%Y") in err and "Asia/Yerevan" in err
    assert visitor().get(out.strip().removeprefix("https://news.example.am")).status_code == 200
    made = Activity.objects.get(action=Activity.Action.PREVIEW_MADE)
    assert made.user is None and made.language == "en"


def test_the_command_makes_a_72_hour_link_by_default():
    run(str(live_article().pk), "--lang", "hy")
    link = PreviewLink.objects.get()
    assert (link.language, link.expires_at - link.created_at) == ("hy", timedelta(hours=72))


def test_the_development_site_url_is_the_local_server():
    out, _err = run(str(live_article().pk), "--lang", "en")
    assert out.startswith("http://127.0.0.1:8000/en/preview/")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["999999", "--lang", "en"], "No article with the id '999999'"),
        (["abc", "--lang", "en"], "No article with the id 'abc'"),
        (["{pk}", "--lang", "ru"], "has no ru text"),
        (["{pk}", "--lang", "en", "--hours", "0"], "--hours must be a whole number from 1 to 720"),
        (["{pk}", "--lang", "en", "--hours", "721"], "--hours must be"),
        (["{pk}", "--lang", "en", "--hours", "-3"], "--hours must be"),
        (["{pk}", "--lang", "en", "--hours", "1.5"], "--hours must be"),
        (["{pk}", "--lang", "de"], "invalid choice"),
    ],
)
def test_the_command_refuses_what_it_cannot_make(args, message):
    article = live_article()
    with pytest.raises(CommandError, match=re.escape(message)):
        run(*[arg.format(pk=article.pk) for arg in args])
    assert not PreviewLink.objects.exists()


def test_the_banner_is_in_the_links_language():
    article = make_article(languages=["hy"], published=[])
    html = visitor().get(make_link(article, "hy").get_absolute_url()).content.decode()
    assert "Սևագրի նախադիտում" in html and 'lang="hy"' in html
