"""
Every slug in Latin letters: the working slugs of every language, and the
published slugs of the editions, transliterated word by word (so a slug the
newsroom wrote itself keeps its words). The links shared with a published
Unicode slug are answered, as any other wrong slug, with a 301 to the new
address (the article's id is in every address).

Going back leaves the Latin slugs as they are: the code before this
migration serves them too.
"""

from django.conf import settings
from django.db import migrations
from django.utils import timezone

from articles.slugs import is_ascii_slug, slug_from_title

BATCH = 500


def _ascii(slug: str) -> str:
    return slug_from_title(slug.replace("-", " "))


def ascii_slugs(apps, schema_editor):
    Article = apps.get_model("articles", "Article")
    Edition = apps.get_model("articles", "Edition")
    fields = [f"slug_{code}" for code, _name in settings.LANGUAGES]
    changed = []
    for article in Article.objects.only("id", *fields).iterator(chunk_size=BATCH):
        before = [getattr(article, field) for field in fields]
        for field, slug in zip(fields, before, strict=True):
            if slug and not is_ascii_slug(slug):
                setattr(article, field, _ascii(slug))
        if [getattr(article, field) for field in fields] != before:
            changed.append(article)
    # update() of the fields alone: a save would count a version and move updated_at.
    Article.objects.bulk_update(changed, fields, batch_size=BATCH)

    now = timezone.now()
    editions = []
    for edition in Edition.objects.exclude(slug="").only("id", "slug").iterator(chunk_size=BATCH):
        if is_ascii_slug(edition.slug):
            continue
        edition.slug = _ascii(edition.slug)
        # The pages cached by each worker are rendered anew: their links name the old slugs.
        edition.updated_at = now
        editions.append(edition)
    Edition.objects.bulk_update(editions, ["slug", "updated_at"], batch_size=BATCH)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0018_ascii_slug_fields"),
    ]

    operations = [
        migrations.RunPython(ascii_slugs, migrations.RunPython.noop, elidable=False),
    ]
