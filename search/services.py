"""Writes of search: what is published is found, what is unpublished is not."""

from django.db import connection, transaction

from articles.models import Edition

from .backends import backend_for
from .text import document

REBUILD_BATCH = 500


def _document(edition):
    return document(
        edition_id=edition.pk,
        language=edition.language,
        title=edition.title,
        lead=edition.lead,
        sections=edition.sections,
    )


def search_document_update(*, edition: Edition) -> None:
    """
    Make the published text of `edition` what search finds of it, in place
    of any earlier one. Called when it is published; it is found once live.
    """
    with connection.cursor() as cursor:
        backend_for(connection).store(cursor, [_document(edition)])


def search_document_delete(*, article, language: str) -> None:
    """Take the `language` edition of `article` out of search (it was unpublished)."""
    ids = list(Edition.objects.filter(article=article, language=language).values_list("pk", flat=True))
    if ids:
        with connection.cursor() as cursor:
            backend_for(connection).remove(cursor, ids)


@transaction.atomic
def search_index_rebuild() -> int:
    """
    Index again the published text of every published edition (live or
    scheduled), and nothing else; returns how many. One transaction: searches
    meanwhile see the old index until it is done.
    """
    backend = backend_for(connection)
    editions = Edition.objects.filter(status=Edition.Status.PUBLISHED).only(
        "id", "language", "title", "lead", "sections"
    )
    count = 0
    with connection.cursor() as cursor:
        backend.clear(cursor)
        batch = []
        for edition in editions.order_by("pk").iterator(chunk_size=REBUILD_BATCH):
            batch.append(_document(edition))
            if len(batch) == REBUILD_BATCH:
                backend.store(cursor, batch)
                count += len(batch)
                batch = []
        backend.store(cursor, batch)
        count += len(batch)
    return count
