from django.db import migrations


def create_row(apps, schema_editor):
    apps.get_model("articles", "SiteSettings").objects.get_or_create(pk=1)


class Migration(migrations.Migration):
    dependencies = [("articles", "0002_press_secretary_group")]

    operations = [migrations.RunPython(create_row, migrations.RunPython.noop)]
