import re
from datetime import datetime
from io import StringIO
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.core.management import CommandError, call_command
from django.db.models import CharField, TextField
from django.http import HttpRequest

from articles.models import Article, Edition, Section
from tests.factories import make_article
from widgets.models import ExchangeRate, WeatherReport

pytestmark = pytest.mark.django_db

LANGUAGES = ["hy", "ru", "en", "tr"]

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_237a61cab26ce5da.txt"

SAMPLE = """New Bus Lines for the Northern Districts

The city adds three bus lines next month. Residents asked for them for years.

What Changes

Routes and Times:

Morning Service

Buses run every ten minutes from six in the morning.
The schedule is printed at every stop.

Evening Service:

The last bus leaves the centre at midnight. The new stops are:
• Komitas Avenue
- Baghramyan Street
* Davtashen Bridge

Tickets

A ride costs 100 drams, as before.
"""


def run(*args):
    out, err = StringIO(), StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def import_text(tmp_path, text, *options, name="article.txt"):
    path = tmp_path / name
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    return run("import_article", str(path), *options)


def test_import_splits_title_headings_levels_and_lists(tmp_path):
    out, _err = import_text(tmp_path, SAMPLE, "--lang", "en")
    article_id, url = out.split()
    article = Article.objects.get(pk=article_id)
    assert url == f"/en/articles/{article.pk}/new-bus-lines-for-the-northern-districts/"
    assert article.title_en == "New Bus Lines for the Northern Districts"
    assert article.lead_en == "The city adds three bus lines next month. Residents asked for them for years."
    sections = [(s.level, s.heading_en) for s in article.sections.order_by("position")]
    assert sections == [
        (2, "What Changes"),
        (2, "Routes and Times"),
        (3, "Morning Service"),
        (3, "Evening Service"),
        (3, "Tickets"),
    ]
    evening = article.sections.get(heading_en="Evening Service")
    # "The new stops are:" introduces the list and stays a paragraph.
    assert evening.body_en == (
        "The last bus leaves the centre at midnight. The new stops are:\n\n"
        "- Komitas Avenue\n- Baghramyan Street\n- Davtashen Bridge"
    )
    assert not Edition.objects.filter(article=article).exists()


def test_import_with_publish_goes_live(tmp_path, client):
    out, _err = import_text(tmp_path, SAMPLE, "--lang", "ru", "--publish")
    _id, url = out.split()
    assert client.get(url, HTTP_USER_AGENT="Mozilla/5.0 Firefox/125").status_code == 200


def test_imported_plain_text_stays_plain(tmp_path, client):
    text = "Prices <b>rise</b>\n\nBread costs 5 * 3 = 15 [old] drams. <script>x()</script>\n"
    out, _err = import_text(tmp_path, text, "--lang", "hy", "--publish")
    body = client.get(out.split()[1], HTTP_USER_AGENT="Mozilla/5.0 Firefox/125").content.decode()
    assert "Bread costs 5 * 3 = 15 [old] drams. &lt;script&gt;x()&lt;/script&gt;" in body
    assert "Prices &lt;b&gt;rise&lt;/b&gt;" in body


def test_levels_stay_editable_after_import(tmp_path):
    out, _err = import_text(tmp_path, SAMPLE, "--lang", "en")
    section = Section.objects.get(article_id=out.split()[0], heading_en="Tickets")
    section.level = 2
    section.save()
    assert Section.objects.get(pk=section.pk).level == 2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"  \n\n \t\n", "empty"),
        (b"Only a title\n", "no body"),
        (b"Title\n\nHeading One\n\nHeading Two\n", "no paragraphs"),
        ("Заголовок\n\nТекст.\n".encode("cp1251"), "not UTF-8"),
    ],
)
def test_bad_files_are_refused_with_nothing_written(tmp_path, content, message):
    with pytest.raises(CommandError, match=message):
        import_text(tmp_path, content, "--lang", "ru")
    assert Article.objects.count() == 0 and Section.objects.count() == 0


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="Cannot read"):
        run("import_article", str(tmp_path / "nope.txt"), "--lang", "en")


def test_import_command_exits_with_status_1_on_error(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "empty.txt"
    path.write_text("")
    result = subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", "import_article", str(path), "--lang", "en"],
        cwd=Path(__file__).resolve().parents[1],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "empty" in result.stderr


@pytest.mark.skipif(not SEED.exists(), reason="the reference page sits beside the project only in development and CI")
def test_reference_page_imports_with_its_headings_in_order(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    text = text[text.index("Effective Treatments for Chronic Back Pain") :]
    out, _err = import_text(tmp_path, text, "--lang", "tr")
    article = Article.objects.get(pk=out.split()[0])
    assert article.title_tr == "Effective Treatments for Chronic Back Pain"
    headings = [(s.level, s.heading_tr) for s in article.sections.order_by("position") if s.heading_tr]
    expected = [
        (2, "Understanding Chronic Back Pain"),
        (2, "Diagnosis and Initial Assessment"),
        (2, "Conservative Treatment Options"),
        (3, "Physical Therapy"),
        (3, "Heat and Cold Therapy"),
        (2, "Advanced Treatment Options"),
        (3, "Interventional Procedures"),
        (3, "Spinal Cord Stimulation"),
        (3, "Alternative and Complementary Therapies"),
        (3, "Chiropractic Care"),
        (3, "Massage Therapy"),
        (2, "Lifestyle Modifications"),
        (3, "Exercise and Fitness"),
        (3, "Healthy Diet"),
        (3, "Ergonomics and Posture"),
        (2, "Psychological and Emotional Support"),
        (3, "Cognitive Behavioral Therapy (CBT)"),
        (3, "Mindfulness and Meditation"),
        (3, "Support Groups"),
    ]
    assert headings[: len(expected)] == expected
    surgery = article.sections.get(heading_tr="Spinal Cord Stimulation").body_tr
    assert "- Discectomy: Removal of a herniated disc that is pressing on a nerve." in surgery
    assert "depending on the underlying cause of the pain:" in surgery


def test_load_demo_is_idempotent():
    out, _err = run("load_demo")
    assert "7 created" in out
    counts = (Article.objects.count(), Section.objects.count(), Edition.objects.count())
    out, _err = run("load_demo")
    assert "0 created" in out
    assert (Article.objects.count(), Section.objects.count(), Edition.objects.count()) == counts
    assert ExchangeRate.objects.count() == 4 and WeatherReport.objects.count() == 1


def test_load_demo_covers_every_language_and_both_heading_levels():
    run("load_demo")
    assert Section.objects.filter(level=3).exists()
    assert Section.objects.filter(body_hy__contains="\n- ").exists()


def test_load_demo_gives_every_demo_article_all_four_editions_at_the_demos_times():
    from articles.demo_content import ARTICLES

    run("load_demo")
    zone = ZoneInfo("Asia/Yerevan")
    for article in Article.objects.all():
        assert live_languages(article) == set(LANGUAGES), article
    assert Article.objects.count() == len(ARTICLES)
    for data in ARTICLES:
        source = data["source"]
        article = Article.objects.get(**{f"title_{source}": data["title"][source]})
        for language, local in data["published"].items():
            edition = article.editions.get(language=language)
            assert edition.published_at == datetime.fromisoformat(local).replace(tzinfo=zone)
            assert edition.title == data["title"][language]


def live_languages(article) -> set[str]:
    return {code for code in LANGUAGES if Edition.objects.live(code).filter(article=article).exists()}


TRAM = re.compile(r"tram|трамва|տրամվա", re.IGNORECASE)  # tram, tramway, tramvay, трамвай, տրամվայ


def test_no_demo_text_speaks_of_trams_yerevan_has_run_none_since_2004():
    run("load_demo")
    texts = []
    for model in (Article, Section, Edition):
        names = [f.name for f in model._meta.get_fields() if isinstance(f, (CharField, TextField))]
        texts += [value for row in model.objects.values(*names) for value in row.values() if value]
    assert texts and not [text for text in texts if TRAM.search(text)]
    assert Edition.objects.filter(language="en", slug="yerevan-night-bus").exists()


def old_night_tram(*, edited_by=None) -> Article:
    """The night-tram story as an earlier demo loaded it (hy and ru live); edited in the admin by `edited_by`."""
    from articles.demo_content import RETIRED
    from editorial.models import RevisionInfo
    from editorial.revisions import article_revision

    article = make_article(
        languages=["hy", "ru"], title_hy=RETIRED[0]["title"], title_ru="Ночной трамвай свяжет Шенгавит с центром города"
    )
    if edited_by is not None:
        with article_revision(article=article, by=edited_by, kind=RevisionInfo.Kind.SAVED, languages=["hy"]):
            article.lead_hy = "Խմբագրված ամփոփում։"
            article.save()
    return article


def test_load_demo_on_an_earlier_demo_removes_the_night_tram_story_nobody_edited():
    from articles.demo_content import ARTICLES

    old = old_night_tram()
    out, _err = run("load_demo")
    assert not Article.objects.filter(pk=old.pk).exists()
    assert Article.objects.count() == len(ARTICLES)
    assert "removed: 1" in out
    assert not Edition.objects.filter(title__icontains="трамвай").exists()


def test_load_demo_keeps_a_retired_story_someone_has_edited_and_says_so(django_user_model):
    editor = django_user_model.objects.create_user("editor", password="x")
    old = old_night_tram(edited_by=editor)
    out, _err = run("load_demo")
    assert Article.objects.filter(pk=old.pk, lead_hy="Խմբագրված ամփոփում։").exists()
    assert f"Kept, because it has been edited: #{old.pk}" in out


def test_load_demo_gives_demo_articles_already_there_the_editions_an_earlier_demo_lacked(monkeypatch):
    from articles.demo_content import ARTICLES
    from articles.management.commands import load_demo

    # An earlier demo: only the source language of each article.
    earlier = [{**data, "published": {data["source"]: data["published"][data["source"]]}} for data in ARTICLES]
    monkeypatch.setattr(load_demo, "ARTICLES", earlier)
    run("load_demo")
    assert Edition.objects.count() == len(ARTICLES)
    ids = set(Article.objects.values_list("pk", flat=True))
    monkeypatch.setattr(load_demo, "ARTICLES", ARTICLES)
    out, _err = run("load_demo")
    assert "0 created" in out
    assert set(Article.objects.values_list("pk", flat=True)) == ids
    assert Edition.objects.count() == sum(len(data["published"]) for data in ARTICLES)
    for article in Article.objects.all():
        assert live_languages(article) == set(LANGUAGES), article
    # And a third run has nothing left to add.
    out, _err = run("load_demo")
    assert "added" not in out


def test_load_demo_prints_a_working_press_secretary_password(client):
    out, _err = run("load_demo")
    password = out.strip().rsplit(" ", 1)[-1]
    # Login throttling needs the request that authenticates; axes' docs: give the test client's login a blank one.
    assert client.login(request=HttpRequest(), username="press", password=password)
    assert client.get("/admin/articles/article/").status_code == 200
