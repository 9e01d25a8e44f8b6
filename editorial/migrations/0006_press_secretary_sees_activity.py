"""The Press secretary group sees the newsroom's activity page (view, never change: the log is read-only)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Press secretary"
CODENAMES = ["view_activity"]


def _permissions(apps):
    # Permissions are normally created after all migrations; make sure the
    # editorial app's exist now. create_permissions() skips app configs
    # without a models module, which is how the migration state's configs
    # come; mark it for the call only.
    app_config = apps.get_app_config("editorial")
    original = getattr(app_config, "models_module", None)
    app_config.models_module = original or True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = original
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(content_type__app_label="editorial", codename__in=CODENAMES)


def grant(apps, schema_editor):
    # The group comes from articles 0002; one deleted by hand is not made again here.
    for group in apps.get_model("auth", "Group").objects.filter(name=GROUP):
        group.permissions.add(*_permissions(apps))


def revoke(apps, schema_editor):
    for group in apps.get_model("auth", "Group").objects.filter(name=GROUP):
        group.permissions.remove(*_permissions(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0005_author_group"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
