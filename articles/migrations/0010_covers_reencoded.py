"""
Covers stored before uploads were re-encoded get what a new upload gets:
encoded anew from their pixels, without metadata (EXIF with GPS positions,
text chunks), under a name the site chooses, whatever name they had (a PNG
named x.html becomes a harmless .png). A file that is not an allowed image
is taken off its article and kept beside it as NAME.refused, never served.
The work is services.covers_reencode, which `manage.py reencode_covers` runs
again on a host whose media this host does not have.
"""

from django.db import migrations
from django.utils import translation


def reencode_covers(apps, schema_editor):
    from articles.services import covers_reencode

    with translation.override("en"):  # the reasons, for the operator
        covers_reencode(articles=apps.get_model("articles", "Article"), report=lambda line: print(f"\n  {line}"))


class Migration(migrations.Migration):
    dependencies = [("articles", "0009_seenclient_lean")]

    # Forward only in effect: the re-encoded files serve the older code as well.
    operations = [migrations.RunPython(reencode_covers, migrations.RunPython.noop, elidable=True)]
