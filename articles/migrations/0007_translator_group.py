from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Translator"
# Translate the text of the assigned languages; see articles/permissions.py.
CODENAMES = [
    "view_article",
    "change_article",
    "translate_article",
    "view_section",
    "change_section",
    "view_edition",
]


def create_group(apps, schema_editor):
    # create_permissions() skips app configs without a models module, which
    # is how the migration state's configs come; mark them for the call only.
    for app_config in apps.get_app_configs():
        original = getattr(app_config, "models_module", None)
        app_config.models_module = original or True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = original
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(*Permission.objects.filter(content_type__app_label="articles", codename__in=CODENAMES))


def delete_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [("articles", "0006_translators")]

    operations = [migrations.RunPython(create_group, delete_group)]
