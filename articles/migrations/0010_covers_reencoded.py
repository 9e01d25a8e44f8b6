"""
Covers stored before uploads were re-encoded get what a new upload gets:
encoded anew from their pixels, without metadata (EXIF with GPS positions,
text chunks), under a name the site chooses, whatever name it had (a PNG
named x.html becomes a harmless .png). A file that is not an allowed image
is taken off its article, and named in the output. A file absent on this host is left to
the host that has it (run `migrate` there, or re-upload it).
"""

from django.core.exceptions import ValidationError
from django.db import migrations
from django.utils import translation


def reencode_covers(apps, schema_editor):
    from articles.uploads import clean_image

    Article = apps.get_model("articles", "Article")
    for article in Article.objects.exclude(cover="").only("id", "cover").iterator():
        old = article.cover
        storage = old.storage
        if not storage.exists(old.name):
            continue
        with storage.open(old.name, "rb") as stored:
            stored.name = old.name
            try:
                cleaned = clean_image(stored, check_name=False)
            except ValidationError as error:
                with translation.override("en"):
                    reason = " ".join(error.messages)
                print(f"\n  article {article.pk}: cover {old.name} removed: {reason}")
                cleaned = None
        if cleaned is not None:
            folder = old.name.rsplit("/", 1)[0] if "/" in old.name else ""
            article.cover = storage.save(f"{folder}/{cleaned.name}" if folder else cleaned.name, cleaned)
        else:
            article.cover = ""
        Article.objects.filter(pk=article.pk).update(cover=article.cover)
        storage.delete(old.name)


class Migration(migrations.Migration):
    dependencies = [("articles", "0009_seenclient_lean")]

    # Forward only in effect: the re-encoded files serve the older code as well.
    operations = [migrations.RunPython(reencode_covers, migrations.RunPython.noop, elidable=True)]
