"""
SeenClient, written on every counted view, made cheaper to write: its
expires_at index is dropped, and on SQLite the table becomes WITHOUT ROWID,
so an insert writes one b-tree instead of a table and its key's index.

Django knows nothing of WITHOUT ROWID: a later migration that has SQLite
remake this table would quietly drop it. tests/test_sqlite.py says so.
"""

from django.db import migrations, models

TABLE = "articles_seenclient"


def _rebuild(schema_editor, option: str) -> None:
    if schema_editor.connection.vendor != "sqlite":
        return
    new = f"new__{TABLE}"
    schema_editor.execute(
        f'CREATE TABLE "{new}" ("digest" varchar(64) NOT NULL PRIMARY KEY, "expires_at" datetime NOT NULL){option}'
    )
    schema_editor.execute(f'INSERT INTO "{new}" ("digest", "expires_at") SELECT "digest", "expires_at" FROM "{TABLE}"')  # noqa: S608 - fixed names
    schema_editor.execute(f'DROP TABLE "{TABLE}"')
    schema_editor.execute(f'ALTER TABLE "{new}" RENAME TO "{TABLE}"')


def without_rowid(apps, schema_editor):
    _rebuild(schema_editor, " WITHOUT ROWID")


def with_rowid(apps, schema_editor):
    _rebuild(schema_editor, "")


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0008_cover_checked_on_upload"),
    ]

    operations = [
        migrations.AlterField(
            model_name="seenclient",
            name="expires_at",
            field=models.DateTimeField(verbose_name="expires"),
        ),
        migrations.RunPython(without_rowid, with_rowid, elidable=False),
    ]
