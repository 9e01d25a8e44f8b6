"""
Roles for review: an "Author" group, who writes and edits articles and their
sections in every language and submits a language edition for review, but
may not publish (no articles.publish_edition); and what the "Press secretary"
group (articles 0002) needs to manage the newsroom's authors and translators
without a superuser: adding and changing users, and their translator
languages. Which users and groups a press secretary may touch is decided in
articles/admin/users.py.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

AUTHOR = "Author"
AUTHOR_PERMISSIONS = [
    ("articles", ["add_article", "change_article", "view_article"]),
    ("articles", ["add_section", "change_section", "delete_section", "view_section"]),
    ("articles", ["view_edition"]),
]
PRESS_SECRETARY = "Press secretary"
PRESS_SECRETARY_PERMISSIONS = [
    ("auth", ["add_user", "change_user", "view_user"]),
    ("articles", ["add_translatorlanguage", "change_translatorlanguage", "delete_translatorlanguage"]),
    ("articles", ["view_translatorlanguage"]),
]


def _permissions(apps, wanted):
    # Permissions are normally created after all migrations; make sure they
    # exist now. create_permissions() skips app configs without a models
    # module, which is how the migration state's configs come; mark them for the call only.
    for label in {app_label for app_label, _codenames in wanted}:
        app_config = apps.get_app_config(label)
        original = getattr(app_config, "models_module", None)
        app_config.models_module = original or True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = original
    Permission = apps.get_model("auth", "Permission")
    found = []
    for app_label, codenames in wanted:
        found += Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
    return found


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    author, _created = Group.objects.get_or_create(name=AUTHOR)
    author.permissions.add(*_permissions(apps, AUTHOR_PERMISSIONS))
    # The group comes from articles 0002; one deleted by hand is not made again here.
    for group in Group.objects.filter(name=PRESS_SECRETARY):
        group.permissions.add(*_permissions(apps, PRESS_SECRETARY_PERMISSIONS))


def delete_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name=AUTHOR).delete()
    for group in Group.objects.filter(name=PRESS_SECRETARY):
        group.permissions.remove(*_permissions(apps, PRESS_SECRETARY_PERMISSIONS))


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0004_review_request"),
        ("articles", "0012_press_secretary_unlocks_logins"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_roles, delete_roles)]
