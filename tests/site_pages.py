"""
The pages the accessibility and markup checks look at: a small site made
with the factories (a category, a photographed article in every language
with its byline, a few more articles, the header strips and the press
contact), its reader pages in each language and the admin's main pages.
"""

from dataclasses import dataclass

from articles import services
from articles.models import Article, Category, SiteSettings
from tests.factories import make_article, make_category, make_contributor, make_strips, store_photo

LANGUAGES = ("hy", "ru", "en", "tr")
PASSWORD = "pw-for-tests-only"  # the factories' users'
# A word no article of the site holds, in any language.
NOTHING_FOUND = "zqxjvw"
# A word of the photographed article's title in each language: its search finds it.
FOUND = {"hy": "ավտոբուս", "ru": "автобус", "en": "bus", "tr": "gece"}
TITLES = {
    "hy": "Երևանում գիշերային ավտոբուս է գործարկվում",
    "ru": "В Ереване запускают ночной автобус",
    "en": "Yerevan opens a night bus line",
    "tr": "Erivan'da gece otobüsü hattı açılıyor",
}


@dataclass
class Site:
    article: Article
    category: Category


def make_site() -> Site:
    """The checks' site: every part of a reader's page has something to show, in every language."""
    category = make_category(name_hy="Քաղաք", name_ru="Город", name_en="City", name_tr="Şehir")
    reporter = make_contributor(
        name_hy="Անի Սարգսյան", name_ru="Ани Саргсян", name_en="Ani Sargsyan", name_tr="Ani Sargsyan"
    )
    fields = {f"title_{code}": title for code, title in TITLES.items()}
    for code in LANGUAGES:
        fields[f"cover_alt_{code}"] = f"{TITLES[code]} ({code})"
        fields[f"cover_caption_{code}"] = TITLES[code]
        fields[f"cover_credit_{code}"] = reporter.name_en
    cover = store_photo("covers/2026/12/bus.jpg", size=(1200, 750))
    article = make_article(
        languages=LANGUAGES, published=[], category=category, cover=cover, byline=[reporter], sections=3, **fields
    )
    section = article.sections.get(position=2)
    section.photo = store_photo("photos/2026/12/stop.jpg", size=(800, 600), colour=(200, 80, 40))
    for code in LANGUAGES:
        setattr(section, f"photo_alt_{code}", f"{TITLES[code]}: 2 ({code})")
    section.save()
    services.article_photos_render(article=article)
    for code in LANGUAGES:
        services.article_publish(article=article, language=code)
    for _ in range(3):
        make_article(languages=LANGUAGES, category=category)
    make_strips()
    SiteSettings.objects.update_or_create(
        pk=1, defaults={f"press_contact_{code}": "press@example.am" for code in LANGUAGES}
    )
    return Site(article=article, category=category)


def reader_urls(site: Site, language: str) -> list[str]:
    """Front page, the article, its category, search with results and without, and a missing page."""
    return [
        f"/{language}/",
        site.article.get_absolute_url(language),
        site.category.get_absolute_url(language),
        f"/{language}/search/?q={FOUND[language]}",
        f"/{language}/search/?q={NOTHING_FOUND}",
        f"/{language}/no-such-page/",
    ]


def admin_urls(site: Site) -> list[str]:
    """The admin pages a press secretary works in every day, the login page aside."""
    return [
        "/admin/",
        "/admin/articles/article/",
        f"/admin/articles/article/{site.article.pk}/change/",
        "/admin/articles/article/add/",
        "/admin/editorial/activity/",
        "/admin/auth/user/",
    ]


# The interface's translations are the translators' page, not the press secretary's.
TRANSLATOR_URLS = ["/admin/catalogs/localeentry/"]


def log_in(page, base_url: str, user) -> None:
    """Log `page`'s browser in to the admin as `user` (made by tests.factories, with its password)."""
    page.goto(base_url + "/admin/login/?next=/admin/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", PASSWORD)
    page.locator("input[type=submit]").click()
    page.wait_for_url("**/admin/")
