import io
import secrets
from datetime import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand
from django.db import transaction
from PIL import Image, ImageDraw

from articles import services
from articles.demo_content import ARTICLES, BYLINES, CONTRIBUTORS, PRESS_CONTACT
from articles.models import Article, Byline, Contributor, Section, SiteSettings
from widgets.services import widgets_update

PRESS_USERNAME = "press"


def _cover(colour: str) -> ContentFile:
    """A plain 1200×630 cover: a gradient from `colour` to a darker shade."""
    base = tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
    image = Image.new("RGB", (1200, 630), base)
    draw = ImageDraw.Draw(image)
    for y in range(630):
        shade = 1 - 0.45 * y / 630
        draw.line([(0, y), (1200, y)], fill=tuple(int(c * shade) for c in base))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=82)
    return ContentFile(buffer.getvalue())


class Command(BaseCommand):
    help = (
        "Load the demo articles, exchange rates, weather and a press-secretary user. "
        "Safe to run again: existing demo articles are left as they are."
    )

    def handle(self, *args, **options):
        zone = ZoneInfo(settings.TIME_ZONE)
        created = 0
        with transaction.atomic():
            contributors = self._load_contributors()
            for data in ARTICLES:
                if self._load_article(data, zone, contributors):
                    created += 1
            self._load_site_settings()
            self._load_widgets()
        password = self._load_press_user()
        self.stdout.write(f"Demo articles: {created} created, {len(ARTICLES) - created} already there.")
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

    def _load_article(self, data, zone, contributors) -> bool:
        source = data["source"]
        if Article.objects.filter(**{f"title_{source}": data["title"][source]}).exists():
            return False
        article = Article(source_language=source)
        for language in data["published"]:
            setattr(article, f"title_{language}", data["title"][language])
            setattr(article, f"lead_{language}", data["lead"][language])
        article.cover.save(f"demo-{data['key']}.jpg", _cover(data["cover"]), save=False)
        article.save()
        Section.objects.bulk_create(
            [
                Section(
                    article=article,
                    position=position,
                    level=section["level"],
                    **{f"heading_{lang}": text for lang, text in section["heading"].items()},
                    **{f"body_{lang}": text for lang, text in section["body"].items()},
                )
                for position, section in enumerate(data["sections"], start=1)
            ]
        )
        Byline.objects.bulk_create(
            Byline(article=article, contributor=contributors[key], position=position)
            for position, key in enumerate(BYLINES.get(data["key"], ()), start=1)
        )
        for language, local_time in data["published"].items():
            at = datetime.fromisoformat(local_time).replace(tzinfo=zone)
            services.article_text_changed(article=article, languages=[language], at=at)
            services.article_publish(article=article, language=language, at=at, by="load_demo")
        return True

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
