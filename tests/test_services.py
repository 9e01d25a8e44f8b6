from datetime import timedelta

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone, translation

from articles import counters, services
from articles.models import Edition
from articles.visitors import Client
from tests.factories import edition, make_article

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def database_counting(monkeypatch):
    # These tests read the counters straight from the database.
    monkeypatch.setattr(counters, "counter", lambda: counters.DatabaseCounter())


def client(key="c1"):
    return Client(key=key, is_bot=False)


def test_publish_now_then_again_keeps_the_first_time():
    article = make_article(published=[])
    first = services.article_publish(article=article, language="hy")
    assert first.is_live()
    again = services.article_publish(article=article, language="hy")
    assert again.published_at == first.published_at


def test_publish_at_a_future_time_schedules():
    article = make_article(published=[])
    at = timezone.now() + timedelta(days=1)
    edition_ = services.article_publish(article=article, language="hy", at=at)
    assert edition_.state() == "scheduled"
    assert edition_.state(at=at) == "published"


def test_publish_without_text_in_that_language_is_refused():
    article = make_article(languages=["hy"], published=[])
    with translation.override("en"), pytest.raises(services.PublishBlocked, match="There is no title"):
        services.article_publish(article=article, language="tr")
    assert not Edition.objects.filter(article=article, language="tr").exists()


def test_unpublish_keeps_counts():
    article = make_article()
    services.edition_view_record(edition=edition(article, "hy"), client=client())
    services.article_unpublish(article=article, language="hy")
    kept = edition(article, "hy")
    assert kept.status == Edition.Status.DRAFT and kept.views == 1


def test_view_increment_does_not_replay_on_a_later_save():
    # The trap: an F() left on an instance is applied again by every save().
    article = make_article()
    target = edition(article, "hy")
    services.edition_view_record(edition=target, client=client("a"))
    services.edition_view_record(edition=target, client=client("b"))
    target.refresh_from_db()
    target.status = Edition.Status.PUBLISHED
    target.save()
    target.save()
    assert edition(article, "hy").views == 2


def test_saving_a_stale_edition_in_the_admin_does_not_undo_counts():
    article = make_article()
    stale = edition(article, "hy")
    services.edition_view_record(edition=stale, client=client())
    stale.published_at = stale.published_at - timedelta(minutes=1)
    stale.save(update_fields=["published_at"])
    assert edition(article, "hy").views == 1


def test_bot_is_not_counted():
    article = make_article()
    assert not services.edition_view_record(edition=edition(article, "hy"), client=Client(key="x", is_bot=True))[0]
    assert edition(article, "hy").views == 0


def test_share_on_unknown_network_is_refused():
    article = make_article()
    with pytest.raises(ValueError):
        services.edition_share_record(edition_id=edition(article, "hy").pk, network="myspace", client=client())


def test_database_refuses_two_editions_of_one_language():
    article = make_article()
    with pytest.raises(IntegrityError), transaction.atomic():
        Edition.objects.create(article=article, language="hy")


def test_database_refuses_a_published_edition_without_time():
    article = make_article(published=[])
    with pytest.raises(IntegrityError), transaction.atomic():
        Edition.objects.create(article=article, language="hy", status=Edition.Status.PUBLISHED)
