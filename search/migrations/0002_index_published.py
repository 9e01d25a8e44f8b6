from django.db import migrations

from search.backends import backend_for
from search.text import document


def index_published(apps, schema_editor):
    # What was published before search existed is found from the start: every
    # published edition, live or scheduled (search filters live at query time).
    Edition = apps.get_model("articles", "Edition")
    editions = Edition.objects.using(schema_editor.connection.alias).filter(status="published")
    documents = [
        document(
            edition_id=edition.pk,
            language=edition.language,
            title=edition.title,
            lead=edition.lead,
            sections=edition.sections,
        )
        for edition in editions.only("id", "language", "title", "lead", "sections").iterator()
    ]
    with schema_editor.connection.cursor() as cursor:
        backend_for(schema_editor.connection).store(cursor, documents)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0020_seo_description"),
        ("search", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(index_published, migrations.RunPython.noop),
    ]
