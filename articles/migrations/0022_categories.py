"""
Categories, named and addressed in each language, and an article's category.
The Press secretary group manages them (its last operation: given, and taken back when reversed).
"""

import django.db.models.deletion
from django.contrib.auth.management import create_permissions
from django.db import migrations, models

import cms.text

GROUP = "Press secretary"
CODENAMES = ["add_category", "change_category", "delete_category", "view_category"]


def _permissions(apps):
    # Permissions are normally created after all migrations; make sure these
    # exist now (see 0002 for why the app config is marked for the call).
    app_config = apps.get_app_config("articles")
    original = getattr(app_config, "models_module", None)
    app_config.models_module = original or True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = original
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(content_type__app_label="articles", codename__in=CODENAMES)


def grant(apps, schema_editor):
    # The group comes from 0002; one deleted by hand is not made again here.
    for group in apps.get_model("auth", "Group").objects.filter(name=GROUP):
        group.permissions.add(*_permissions(apps))


def revoke(apps, schema_editor):
    for group in apps.get_model("auth", "Group").objects.filter(name=GROUP):
        group.permissions.remove(*_permissions(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0021_edition_live_by_time"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.CreateModel(
            name="Category",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("name", cms.text.CleanCharField(blank=True, max_length=100, verbose_name="name")),
                ("name_hy", cms.text.CleanCharField(blank=True, max_length=100, null=True, verbose_name="name")),
                ("name_ru", cms.text.CleanCharField(blank=True, max_length=100, null=True, verbose_name="name")),
                ("name_en", cms.text.CleanCharField(blank=True, max_length=100, null=True, verbose_name="name")),
                ("name_tr", cms.text.CleanCharField(blank=True, max_length=100, null=True, verbose_name="name")),
                (
                    "slug",
                    models.SlugField(
                        blank=True,
                        help_text="Part of the category's address, in Latin letters; filled from the name when left empty.",
                        max_length=100,
                        verbose_name="slug",
                    ),
                ),
                (
                    "slug_hy",
                    models.SlugField(
                        blank=True,
                        help_text="Part of the category's address, in Latin letters; filled from the name when left empty.",
                        max_length=100,
                        null=True,
                        verbose_name="slug",
                    ),
                ),
                (
                    "slug_ru",
                    models.SlugField(
                        blank=True,
                        help_text="Part of the category's address, in Latin letters; filled from the name when left empty.",
                        max_length=100,
                        null=True,
                        verbose_name="slug",
                    ),
                ),
                (
                    "slug_en",
                    models.SlugField(
                        blank=True,
                        help_text="Part of the category's address, in Latin letters; filled from the name when left empty.",
                        max_length=100,
                        null=True,
                        verbose_name="slug",
                    ),
                ),
                (
                    "slug_tr",
                    models.SlugField(
                        blank=True,
                        help_text="Part of the category's address, in Latin letters; filled from the name when left empty.",
                        max_length=100,
                        null=True,
                        verbose_name="slug",
                    ),
                ),
                (
                    "position",
                    models.PositiveSmallIntegerField(
                        default=0,
                        help_text="Categories are listed in this order, lowest first.",
                        verbose_name="position",
                    ),
                ),
                ("updated_at", models.DateTimeField(auto_now=True, verbose_name="updated")),
            ],
            options={
                "verbose_name": "category",
                "verbose_name_plural": "categories",
                "ordering": ["position", "pk"],
                "constraints": [
                    models.UniqueConstraint(
                        condition=models.Q(("slug_hy__gt", "")), fields=("slug_hy",), name="category_slug_hy_unique"
                    ),
                    models.UniqueConstraint(
                        condition=models.Q(("slug_ru__gt", "")), fields=("slug_ru",), name="category_slug_ru_unique"
                    ),
                    models.UniqueConstraint(
                        condition=models.Q(("slug_en__gt", "")), fields=("slug_en",), name="category_slug_en_unique"
                    ),
                    models.UniqueConstraint(
                        condition=models.Q(("slug_tr__gt", "")), fields=("slug_tr",), name="category_slug_tr_unique"
                    ),
                ],
            },
        ),
        migrations.AddField(
            model_name="article",
            name="category",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="articles",
                to="articles.category",
                verbose_name="category",
            ),
        ),
        migrations.RunPython(grant, revoke),
    ]
