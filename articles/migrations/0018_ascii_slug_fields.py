"""
Slugs in Latin letters from now on: the working slugs of every language and
the editions' published slugs (migration 0019 converts the existing ones).
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0017_byline_roles"),
    ]

    operations = [
        migrations.AlterField(
            model_name="article",
            name="slug",
            field=models.SlugField(
                blank=True,
                help_text="Part of the address, in Latin letters; filled from the title when left empty. Once the edition is published, its address keeps this slug until you change it here and publish.",
                max_length=200,
                verbose_name="slug",
            ),
        ),
        migrations.AlterField(
            model_name="article",
            name="slug_en",
            field=models.SlugField(
                blank=True,
                help_text="Part of the address, in Latin letters; filled from the title when left empty. Once the edition is published, its address keeps this slug until you change it here and publish.",
                max_length=200,
                null=True,
                verbose_name="slug",
            ),
        ),
        migrations.AlterField(
            model_name="article",
            name="slug_hy",
            field=models.SlugField(
                blank=True,
                help_text="Part of the address, in Latin letters; filled from the title when left empty. Once the edition is published, its address keeps this slug until you change it here and publish.",
                max_length=200,
                null=True,
                verbose_name="slug",
            ),
        ),
        migrations.AlterField(
            model_name="article",
            name="slug_ru",
            field=models.SlugField(
                blank=True,
                help_text="Part of the address, in Latin letters; filled from the title when left empty. Once the edition is published, its address keeps this slug until you change it here and publish.",
                max_length=200,
                null=True,
                verbose_name="slug",
            ),
        ),
        migrations.AlterField(
            model_name="article",
            name="slug_tr",
            field=models.SlugField(
                blank=True,
                help_text="Part of the address, in Latin letters; filled from the title when left empty. Once the edition is published, its address keeps this slug until you change it here and publish.",
                max_length=200,
                null=True,
                verbose_name="slug",
            ),
        ),
        migrations.AlterField(
            model_name="edition",
            name="slug",
            field=models.SlugField(blank=True, max_length=200, verbose_name="published slug"),
        ),
    ]
