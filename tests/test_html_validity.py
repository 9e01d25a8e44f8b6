"""
The reader's pages in every language and the admin's main pages, as the
server sends them, checked by the Nu Html Checker (vnu-jar, run by Java):
no error. docs/accessibility.md says how to read a failure.
"""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests import site_pages as site
from tests.conftest import BROWSER_UA
from tests.factories import make_press_secretary, make_translator

VNU = Path(__file__).resolve().parents[1] / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def vnu_errors(pages: dict[str, bytes], folder: Path) -> list[str]:
    """The checker's errors in `pages` (address: HTML), checked in one run of the JVM: "address line: message"."""
    java = shutil.which("java")
    if java is None:
        pytest.fail("The Nu Html Checker needs Java 17 at `java` (Debian: apt-get install openjdk-17-jre-headless).")
    if not VNU.exists():
        pytest.fail(f"{VNU} is missing: `make test` installs it with npm ci (package-lock.json).")
    files = {}
    for number, (url, html) in enumerate(pages.items()):
        path = folder / f"page-{number}.html"
        path.write_bytes(html)
        files[path.name] = url
    checked = [str(path) for path in sorted(folder.glob("*.html"))]
    run = subprocess.run(  # noqa: S603 - the checker's own jar, on the files just written
        [java, "-jar", str(VNU), "--format", "json", "--errors-only", "--exit-zero-always", *checked],
        capture_output=True,
        text=True,
        timeout=300,
    )
    try:
        messages = json.loads(run.stderr)["messages"]
    except (ValueError, KeyError):
        pytest.fail(f"The Nu Html Checker gave no report: {run.stderr[-2000:]}")
    found = []
    for message in messages:
        url = files.get(message.get("url", "").rpartition("/")[2], message.get("url", "?"))
        line = message.get("lastLine", "?")
        found.append(f"{url} line {line}: {message['message']} [{message.get('extract', '')!r}]")
    return found


def fetch(client, url: str) -> bytes:
    response = client.get(url)
    assert response.status_code in (200, 404), url
    return response.content


@pytest.mark.django_db
@pytest.mark.usefixtures("media")
def test_reader_and_admin_pages_have_no_markup_errors(client, tmp_path):
    made = site.make_site()
    client.defaults["HTTP_USER_AGENT"] = BROWSER_UA
    pages = {url: fetch(client, url) for language in site.LANGUAGES for url in site.reader_urls(made, language)}
    for language in site.LANGUAGES:  # the search with results shows the article
        found_page = pages[f"/{language}/search/?q={site.FOUND[language]}"]
        assert made.article.get_absolute_url(language).encode() in found_page
    pages["/admin/login/"] = fetch(client, "/admin/login/")
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    client.force_login(make_press_secretary("checker"))
    pages |= {url: fetch(client, url) for url in site.admin_urls(made)}
    client.force_login(make_translator(*site.LANGUAGES))
    pages |= {url: fetch(client, url) for url in site.TRANSLATOR_URLS}
    folder = tmp_path / "pages"
    folder.mkdir()
    found = vnu_errors(pages, folder)
    assert not found, "\n".join(found)
