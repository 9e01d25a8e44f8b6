# Who wrote an article: contributors, their bylines, and the byline in the published text.

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

import cms.text


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0014_article_version"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="edition",
            name="byline",
            field=models.JSONField(blank=True, default=list, verbose_name="published byline"),
        ),
        migrations.CreateModel(
            name="Contributor",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "name",
                    cms.text.CleanCharField(
                        blank=True,
                        help_text="As readers of each language write it: Armenian letters in Armenian, Cyrillic in Russian.",
                        max_length=200,
                        verbose_name="name",
                    ),
                ),
                (
                    "name_hy",
                    cms.text.CleanCharField(
                        blank=True,
                        help_text="As readers of each language write it: Armenian letters in Armenian, Cyrillic in Russian.",
                        max_length=200,
                        null=True,
                        verbose_name="name",
                    ),
                ),
                (
                    "name_ru",
                    cms.text.CleanCharField(
                        blank=True,
                        help_text="As readers of each language write it: Armenian letters in Armenian, Cyrillic in Russian.",
                        max_length=200,
                        null=True,
                        verbose_name="name",
                    ),
                ),
                (
                    "name_en",
                    cms.text.CleanCharField(
                        blank=True,
                        help_text="As readers of each language write it: Armenian letters in Armenian, Cyrillic in Russian.",
                        max_length=200,
                        null=True,
                        verbose_name="name",
                    ),
                ),
                (
                    "name_tr",
                    cms.text.CleanCharField(
                        blank=True,
                        help_text="As readers of each language write it: Armenian letters in Armenian, Cyrillic in Russian.",
                        max_length=200,
                        null=True,
                        verbose_name="name",
                    ),
                ),
                ("created_at", models.DateTimeField(auto_now_add=True, verbose_name="created")),
                (
                    "user",
                    models.OneToOneField(
                        blank=True,
                        help_text="Their account, for a member of the newsroom; empty for a guest writer.",
                        limit_choices_to={"is_staff": True},
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="contributor",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="staff user",
                    ),
                ),
            ],
            options={
                "verbose_name": "contributor",
                "verbose_name_plural": "contributors",
                "ordering": ["name", "pk"],
            },
        ),
        migrations.CreateModel(
            name="Byline",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("position", models.PositiveSmallIntegerField(default=0, verbose_name="position")),
                (
                    "article",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="bylines",
                        to="articles.article",
                        verbose_name="article",
                    ),
                ),
                (
                    "contributor",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="bylines",
                        to="articles.contributor",
                        verbose_name="contributor",
                    ),
                ),
            ],
            options={
                "verbose_name": "byline",
                "verbose_name_plural": "bylines",
                "ordering": ["position", "pk"],
                "constraints": [
                    models.UniqueConstraint(fields=("article", "contributor"), name="byline_contributor_once")
                ],
            },
        ),
    ]
