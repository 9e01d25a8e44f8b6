"""Content-Security-Policy: on every response the site makes, and what it allows."""

import re
from urllib.parse import urlsplit

import pytest
from django.conf import settings

from articles.sharing import NETWORKS, share_address
from tests.factories import make_article, make_press_secretary

pytestmark = pytest.mark.django_db


def directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


def test_every_kind_of_response_carries_the_policy(reader, client):
    article = make_article(languages=["hy", "ru"], published=["hy"])
    responses = {
        "list": reader.get("/hy/"),
        "article": reader.get(article.get_absolute_url("hy")),
        "wrong slug, 301": reader.get(f"/hy/articles/{article.pk}/wrong/"),
        "not live here, 404": reader.get(f"/ru/articles/{article.pk}/x/"),
        "unknown page, 404": reader.get("/hy/nothing-here/"),
        "root redirect": reader.get("/"),
        "share, 303": reader.post(f"/hy/articles/{article.pk}/share/vk/"),
        "feed": reader.get("/hy/feed/"),
        "sitemap": reader.get("/sitemap.xml"),
        "health": reader.get("/healthz"),
        "admin login": client.get("/admin/login/"),
    }
    client.force_login(make_press_secretary())
    responses["admin change form"] = client.get(f"/admin/articles/article/{article.pk}/change/")
    for name, response in responses.items():
        assert "Content-Security-Policy" in response, name
        policy = directives(response)
        assert policy["default-src"] == ["'self'"], name
        assert policy["script-src"] == ["'self'"], name
        assert "'unsafe-inline'" not in response["Content-Security-Policy"], name
        assert policy["frame-ancestors"] == ["'none'"], name


def test_reader_pages_have_no_inline_script_or_style(reader):
    article = make_article()
    for url in ["/hy/", article.get_absolute_url("hy")]:
        body = reader.get(url).content.decode()
        # The article's JSON-LD is a data block, which no browser runs and the policy does not govern.
        scripts = re.findall(r"<script[^>]*>", body)
        assert set(scripts) <= {'<script type="application/ld+json">'}, url
        assert "<style" not in body
        assert " style=" not in body
        assert not re.search(r"\son[a-z]+=", body)  # no onclick= and the like


def test_the_policy_lets_a_share_form_go_on_to_every_network():
    # The share form's POST is answered with a redirect there, which form-action governs.
    allowed = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["form-action"]
    for network in NETWORKS:
        address = urlsplit(share_address(network, url="https://example.am/", title="t"))
        origin = f"{address.scheme}:" if address.scheme == "mailto" else f"{address.scheme}://{address.netloc}"
        assert origin in allowed, network


def test_the_site_policy_is_django_csps_own_and_follows_the_settings(reader, settings):
    from csp.utils import build_policy

    assert reader.get("/hy/")["Content-Security-Policy"] == build_policy()
    settings.CONTENT_SECURITY_POLICY = {"DIRECTIVES": {"default-src": ["'self'"], "img-src": ["https://img.example"]}}
    assert directives(reader.get("/hy/")) == {"default-src": ["'self'"], "img-src": ["https://img.example"]}


def test_a_report_only_policy_is_sent_beside_the_enforced_one(reader, settings):
    settings.CONTENT_SECURITY_POLICY_REPORT_ONLY = {"DIRECTIVES": {"default-src": ["'none'"]}}
    response = reader.get("/hy/")
    assert directives(response)["default-src"] == ["'self'"]
    assert response["Content-Security-Policy-Report-Only"] == "default-src 'none'"
