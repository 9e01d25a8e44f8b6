from django.contrib.auth.management import create_permissions
from django.db import migrations

# Translators edit the interface strings of their languages too.
CODENAMES = ["view_localeentry", "change_localeentry"]


def grant(apps, schema_editor):
    # create_permissions() skips app configs without a models module, which
    # is how the migration state's configs come; mark them for the call only.
    for app_config in apps.get_app_configs():
        original = getattr(app_config, "models_module", None)
        app_config.models_module = original or True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = original
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name="Translator")
    group.permissions.add(*Permission.objects.filter(content_type__app_label="catalogs", codename__in=CODENAMES))
    apps.get_model("catalogs", "CatalogVersion").objects.get_or_create(pk=1)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name="Translator"):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="catalogs", codename__in=CODENAMES))


class Migration(migrations.Migration):
    dependencies = [
        ("catalogs", "0001_initial"),
        ("articles", "0007_translator_group"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
