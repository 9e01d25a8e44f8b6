import secrets
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from articles import demo_photos, services
from articles.demo_content import (
    ARTICLE_CATEGORIES,
    ARTICLES,
    BYLINES,
    CATEGORIES,
    CONTRIBUTORS,
    PINNED,
    PRESS_CONTACT,
    RETIRED,
)
from articles.models import Article, Byline, Category, Contributor, Section, SiteSettings
from editorial.models import RevisionInfo
from widgets.services import widgets_update

PRESS_USERNAME = "press"


class Command(BaseCommand):
    help = (
        "Load the demo categories and articles, exchange rates, weather and a press-secretary user. "
        "Safe to run again: existing demo articles keep their text, and get their category, "
        "the renditions of their photos and, if nobody has edited them, the language editions they miss. "
        "Demo articles the demo no longer has are removed, unless someone has edited them."
    )

    def handle(self, *args, **options):
        zone = ZoneInfo(settings.TIME_ZONE)
        created = added = 0
        with transaction.atomic():
            removed, kept = self._retire()
            contributors = self._load_contributors()
            categories = self._load_categories()
            for data in ARTICLES:
                if self._load_article(data, zone, contributors):
                    created += 1
                else:
                    added += len(self._complete(data, zone))
                self._categorise(data, categories)
            self._load_site_settings()
            self._load_widgets()
        made = sum(self._render_photos(data) for data in ARTICLES)
        password = self._load_press_user()
        self.stdout.write(f"Demo articles: {created} created, {len(ARTICLES) - created} already there.")
        if added:
            self.stdout.write(f"Language editions added to demo articles already there: {added}.")
        if removed:
            self.stdout.write(f"Demo articles the demo no longer has, removed: {removed}.")
        for article in kept:
            self.stdout.write(f"Kept, because it has been edited: #{article.pk} “{article}” (no longer in the demo).")
        self.stdout.write(f"Demo photos given their renditions now: {made}.")
        self.stdout.write(f"Press secretary: log in at /admin/ as “{PRESS_USERNAME}” with password {password}")

    def _load_contributors(self) -> dict[str, Contributor]:
        """The demo's contributors by their key, made if missing; the press secretary's linked to their login."""
        User = get_user_model()
        found = {}
        for key, data in CONTRIBUTORS.items():
            if "user" in data:
                user, _created = User.objects.get_or_create(
                    username=data["user"], defaults={"first_name": "Press", "last_name": "Secretary"}
                )
                contributor, _created = Contributor.objects.get_or_create(user=user)
            else:
                contributor = Contributor.objects.filter(name_en=data["name"]["en"]).first() or Contributor()
            for language, name in data["name"].items():
                if not getattr(contributor, f"name_{language}"):
                    setattr(contributor, f"name_{language}", name)
            contributor.save()
            found[key] = contributor
        return found

    def _load_categories(self) -> dict[str, Category]:
        """The demo's categories by their key, made if missing (found by their English name)."""
        found = {}
        for position, data in enumerate(CATEGORIES, start=1):
            category = Category.objects.filter(name_en=data["name"]["en"]).first()
            if category is None:
                category = Category(position=position, **{f"name_{code}": name for code, name in data["name"].items()})
                category.save()
            found[data["key"]] = category
        return found

    def _categorise(self, data, categories) -> None:
        """A demo article without a category is put in its own (one loaded before categories were)."""
        article = self._find(data)
        if article is not None and article.category_id is None and data["key"] in ARTICLE_CATEGORIES:
            article.category = categories[ARTICLE_CATEGORIES[data["key"]]]
            article.save(update_fields=["category"])
            services.article_category_changed(article=article)

    def _find(self, data):
        source = data["source"]
        return Article.objects.filter(**{f"title_{source}": data["title"][source]}).first()

    def _edited(self, article) -> bool:
        """Whether anyone has saved, published or restored the article: load_demo's own revisions have no user."""
        return RevisionInfo.objects.filter(article=article, revision__user__isnull=False).exists()

    def _retire(self) -> tuple[int, list[Article]]:
        """Delete the demo articles the demo no longer has; those someone has edited are theirs, and kept."""
        removed, kept = 0, []
        for data in RETIRED:
            source = data["source"]
            for article in Article.objects.filter(**{f"title_{source}": data["title"]}):
                if self._edited(article):
                    kept.append(article)
                else:
                    services.article_delete(article=article, by=None)
                    removed += 1
        return removed, kept

    def _load_article(self, data, zone, contributors) -> bool:
        if self._find(data) is not None:
            return False
        article = Article(source_language=data["source"])
        for language in data["published"]:
            self._write_article_text(article, data, language)
        cover = data["cover"]
        article.cover.save(f"demo-{data['key']}.jpg", ContentFile(demo_photos.jpeg(cover["scene"])), save=False)
        article.cover_focal_x, article.cover_focal_y = cover["focal"]
        article.save()
        sections = []
        for position, section in enumerate(data["sections"], start=1):
            row = Section(article=article, position=position, level=section["level"])
            if "photo" in section:
                picture = ContentFile(demo_photos.jpeg(section["photo"]["scene"]))
                row.photo.save(f"demo-{data['key']}-{position}.jpg", picture, save=False)
            for language in data["published"]:
                self._write_section_text(row, section, language)
            sections.append(row)
        Section.objects.bulk_create(sections)
        Byline.objects.bulk_create(
            Byline(article=article, contributor=contributors[key], position=position)
            for position, key in enumerate(BYLINES.get(data["key"], ()), start=1)
        )
        self._publish(article, data, list(data["published"]), zone)
        return True

    def _complete(self, data, zone) -> list[str]:
        """
        Give a demo article already there the language editions of the demo it
        misses (an earlier demo had fewer), when nobody has edited it and its
        sections are still the demo's; returns the languages added.
        """
        article = self._find(data)
        if article is None or self._edited(article):
            return []
        missing = [language for language in data["published"] if not article.has_text(language)]
        rows = list(article.sections.order_by("position"))
        if not missing or len(rows) != len(data["sections"]):
            return []
        for language in missing:
            self._write_article_text(article, data, language)
            for row, section in zip(rows, data["sections"], strict=True):
                self._write_section_text(row, section, language)
        article.save()
        names = ("heading", "body", "photo_alt", "photo_caption")
        Section.objects.bulk_update(rows, [f"{name}_{language}" for language in missing for name in names])
        self._publish(article, data, missing, zone)
        return missing

    def _write_article_text(self, article, data, language) -> None:
        article_fields = {"title": data["title"], "lead": data["lead"], "slug": data.get("slug", {})}
        for name in ("alt", "caption", "credit"):
            article_fields[f"cover_{name}"] = data["cover"][name]
        for name, texts in article_fields.items():
            if language in texts:
                setattr(article, f"{name}_{language}", texts[language])

    def _write_section_text(self, row, section, language) -> None:
        setattr(row, f"heading_{language}", section["heading"][language])
        setattr(row, f"body_{language}", section["body"][language])
        for name in ("alt", "caption"):
            if "photo" in section:
                setattr(row, f"photo_{name}_{language}", section["photo"][name][language])

    def _publish(self, article, data, languages, zone) -> None:
        """Publish `languages` of the article at the demo's times for them (Yerevan time), pinned if it is PINNED."""
        for language in languages:
            at = datetime.fromisoformat(data["published"][language]).replace(tzinfo=zone)
            services.article_text_changed(article=article, languages=[language], at=at)
            services.article_publish(article=article, language=language, at=at, by="load_demo")
            if data["key"] == PINNED:
                services.edition_pin(article=article, language=language, until=timezone.now() + timedelta(days=1))

    def _render_photos(self, data) -> int:
        # After the articles are committed: the renditions' own writes, and files, follow them.
        article = self._find(data)
        if article is None:
            return 0
        return services.article_photos_render(article=article, report=lambda line: None)["made"]

    def _load_site_settings(self):
        site_settings, _created = SiteSettings.objects.get_or_create(pk=1)
        for language, text in PRESS_CONTACT.items():
            if not getattr(site_settings, f"press_contact_{language}"):
                setattr(site_settings, f"press_contact_{language}", text)
        site_settings.save()

    def _load_widgets(self):
        widgets_update(source="fixture")

    def _load_press_user(self) -> str:
        """Create the press secretary, or give them a new password; returns it."""
        User = get_user_model()
        password = secrets.token_urlsafe(12)
        user, _created = User.objects.get_or_create(
            username=PRESS_USERNAME, defaults={"first_name": "Press", "last_name": "Secretary"}
        )
        user.is_staff = True
        user.set_password(password)
        user.save()
        user.groups.add(Group.objects.get(name="Press secretary"))
        return password
