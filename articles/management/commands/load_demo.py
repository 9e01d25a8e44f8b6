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
)
from articles.models import Article, Byline, Category, Contributor, Section, SiteSettings
from widgets.services import widgets_update

PRESS_USERNAME = "press"


class Command(BaseCommand):
    help = (
        "Load the demo categories and articles, exchange rates, weather and a press-secretary user. "
        "Safe to run again: existing demo articles are left as they are, "
        "and get their category and the renditions of their photos if they miss any."
    )

    def handle(self, *args, **options):
        zone = ZoneInfo(settings.TIME_ZONE)
        created = 0
        with transaction.atomic():
            contributors = self._load_contributors()
            categories = self._load_categories()
            for data in ARTICLES:
                if self._load_article(data, zone, contributors):
                    created += 1
                self._categorise(data, categories)
            self._load_site_settings()
            self._load_widgets()
        made = sum(self._render_photos(data) for data in ARTICLES)
        password = self._load_press_user()
        self.stdout.write(f"Demo articles: {created} created, {len(ARTICLES) - created} already there.")
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

    def _load_article(self, data, zone, contributors) -> bool:
        if self._find(data) is not None:
            return False
        article = Article(source_language=data["source"])
        for language in data["published"]:
            setattr(article, f"title_{language}", data["title"][language])
            setattr(article, f"lead_{language}", data["lead"][language])
        cover = data["cover"]
        article.cover.save(f"demo-{data['key']}.jpg", ContentFile(demo_photos.jpeg(cover["scene"])), save=False)
        article.cover_focal_x, article.cover_focal_y = cover["focal"]
        for name in ("alt", "caption", "credit"):
            for language, text in cover[name].items():
                setattr(article, f"cover_{name}_{language}", text)
        article.save()
        sections = []
        for position, section in enumerate(data["sections"], start=1):
            row = Section(
                article=article,
                position=position,
                level=section["level"],
                **{f"heading_{lang}": text for lang, text in section["heading"].items()},
                **{f"body_{lang}": text for lang, text in section["body"].items()},
            )
            if "photo" in section:
                photo = section["photo"]
                picture = ContentFile(demo_photos.jpeg(photo["scene"]))
                row.photo.save(f"demo-{data['key']}-{position}.jpg", picture, save=False)
                for name in ("alt", "caption"):
                    for language, text in photo[name].items():
                        setattr(row, f"photo_{name}_{language}", text)
            sections.append(row)
        Section.objects.bulk_create(sections)
        Byline.objects.bulk_create(
            Byline(article=article, contributor=contributors[key], position=position)
            for position, key in enumerate(BYLINES.get(data["key"], ()), start=1)
        )
        for language, local_time in data["published"].items():
            at = datetime.fromisoformat(local_time).replace(tzinfo=zone)
            services.article_text_changed(article=article, languages=[language], at=at)
            services.article_publish(article=article, language=language, at=at, by="load_demo")
            if data["key"] == PINNED:
                services.edition_pin(article=article, language=language, until=timezone.now() + timedelta(days=1))
        return True

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
