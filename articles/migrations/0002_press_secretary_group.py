from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Press secretary"
PERMISSIONS = [
    ("articles", "article", ["add", "change", "delete", "view"]),
    ("articles", "section", ["add", "change", "delete", "view"]),
    ("articles", "edition", ["add", "change", "delete", "view", "publish"]),
    ("articles", "sitesettings", ["change", "view"]),
    ("widgets", "exchangerate", ["add", "change", "delete", "view"]),
    ("widgets", "weatherreport", ["add", "change", "delete", "view"]),
]


def _codename(action, model):
    return f"{action}_{model}"


def create_group(apps, schema_editor):
    # Permissions are normally created after all migrations; make sure they exist now.
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
    for app_label, model, actions in PERMISSIONS:
        codenames = [_codename(action, model) if action != "publish" else "publish_edition" for action in actions]
        group.permissions.add(*Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames))


def delete_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0001_initial"),
        ("widgets", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, delete_group)]
