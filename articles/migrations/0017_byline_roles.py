"""
Who may sign articles: the press secretary manages contributors and every
article's byline; an author signs the articles they write, and adds a guest
contributor when one wrote with them.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ROLES = {
    "Press secretary": [
        "add_contributor",
        "change_contributor",
        "delete_contributor",
        "view_contributor",
        "add_byline",
        "change_byline",
        "delete_byline",
        "view_byline",
    ],
    "Author": ["add_contributor", "view_contributor", "add_byline", "change_byline", "delete_byline", "view_byline"],
}


def _permissions(apps, codenames):
    # Permissions are normally created after all migrations; make sure they
    # exist now. create_permissions() skips app configs without a models
    # module, which is how the migration state's configs come; mark them for the call only.
    app_config = apps.get_app_config("articles")
    original = getattr(app_config, "models_module", None)
    app_config.models_module = original or True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = original
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(content_type__app_label="articles", codename__in=codenames)


def grant(apps, schema_editor):
    # The groups come from earlier migrations; one deleted by hand is not made again here.
    for group in apps.get_model("auth", "Group").objects.filter(name__in=ROLES):
        group.permissions.add(*_permissions(apps, ROLES[group.name]))


def revoke(apps, schema_editor):
    for group in apps.get_model("auth", "Group").objects.filter(name__in=ROLES):
        group.permissions.remove(*_permissions(apps, ROLES[group.name]))


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0016_bylines"),
        ("editorial", "0005_author_group"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
