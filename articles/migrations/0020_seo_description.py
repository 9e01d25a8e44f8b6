# A per-language SEO description on the article (the lead when empty), copied into the published text.

from django.db import migrations

import cms.text


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0019_ascii_slugs"),
    ]

    operations = [
        migrations.AddField(
            model_name="article",
            name="seo_description",
            field=cms.text.CleanTextField(
                blank=True,
                help_text="What search engines and shared links show under the title, in one or two sentences of about 150 characters; the lead when left empty.",
                verbose_name="SEO description",
            ),
        ),
        migrations.AddField(
            model_name="article",
            name="seo_description_en",
            field=cms.text.CleanTextField(
                blank=True,
                help_text="What search engines and shared links show under the title, in one or two sentences of about 150 characters; the lead when left empty.",
                null=True,
                verbose_name="SEO description",
            ),
        ),
        migrations.AddField(
            model_name="article",
            name="seo_description_hy",
            field=cms.text.CleanTextField(
                blank=True,
                help_text="What search engines and shared links show under the title, in one or two sentences of about 150 characters; the lead when left empty.",
                null=True,
                verbose_name="SEO description",
            ),
        ),
        migrations.AddField(
            model_name="article",
            name="seo_description_ru",
            field=cms.text.CleanTextField(
                blank=True,
                help_text="What search engines and shared links show under the title, in one or two sentences of about 150 characters; the lead when left empty.",
                null=True,
                verbose_name="SEO description",
            ),
        ),
        migrations.AddField(
            model_name="article",
            name="seo_description_tr",
            field=cms.text.CleanTextField(
                blank=True,
                help_text="What search engines and shared links show under the title, in one or two sentences of about 150 characters; the lead when left empty.",
                null=True,
                verbose_name="SEO description",
            ),
        ),
        migrations.AddField(
            model_name="edition",
            name="seo_description",
            field=cms.text.CleanTextField(blank=True, verbose_name="published SEO description"),
        ),
    ]
