# How long an edition stays pinned on top of its front page, and in the breaking-news band of its language.

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0022_categories"),
    ]

    operations = [
        migrations.AddField(
            model_name="edition",
            name="breaking_until",
            field=models.DateTimeField(blank=True, null=True, verbose_name="breaking news until"),
        ),
        migrations.AddField(
            model_name="edition",
            name="pinned_until",
            field=models.DateTimeField(blank=True, null=True, verbose_name="pinned until"),
        ),
        migrations.AddIndex(
            model_name="edition",
            index=models.Index(fields=["pinned_until"], name="edition_pinned_until"),
        ),
        migrations.AddIndex(
            model_name="edition",
            index=models.Index(fields=["breaking_until"], name="edition_breaking_until"),
        ),
    ]
