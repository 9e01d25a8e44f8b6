"""
SQLite: an FTS5 table of each edition's Snowball stems (search_fts, rowid =
the edition's id), columns title, lead and body weighted 10, 4 and 1 in
bm25(); ties newest first. A trigger deletes an edition's stems with its
search_document row.
"""

from django.utils import timezone

from articles.models import Edition

from ..query import Query, word_forms
from ..text import WORD, Document, stems, words
from . import Row, SearchBackend, live_filter, page_of

EDITIONS = Edition._meta.db_table
WEIGHTS = (10.0, 4.0, 1.0)


def _string(stem: str) -> str:
    # A stem is letters and digits only (text.WORD): as an FTS5 string it is one token, never syntax.
    assert WORD.fullmatch(stem), stem
    return f'"{stem}"'


class SQLiteBackend(SearchBackend):
    def __init__(self, connection):
        self.connection = connection

    def create(self, cursor) -> None:
        # Diacritics are letters of their own in Turkish (ş, ç, ö, ü): kept.
        cursor.execute(
            "CREATE VIRTUAL TABLE search_fts USING fts5(title, lead, body, tokenize = 'unicode61 remove_diacritics 0')"
        )
        cursor.execute(
            "CREATE TRIGGER search_document_deleted AFTER DELETE ON search_document "
            "BEGIN DELETE FROM search_fts WHERE rowid = old.edition_id; END"
        )

    def drop(self, cursor) -> None:
        cursor.execute("DROP TRIGGER IF EXISTS search_document_deleted")
        cursor.execute("DROP TABLE IF EXISTS search_fts")

    def store(self, cursor, documents: list[Document]) -> None:
        if not documents:
            return
        now = self.connection.ops.adapt_datetimefield_value(timezone.now())
        self.remove(cursor, [doc.edition_id for doc in documents])
        cursor.executemany(
            "INSERT INTO search_document (edition_id, title, lead, body, indexed_at) VALUES (%s, %s, %s, %s, %s)",
            [[doc.edition_id, doc.title, doc.lead, doc.body, now] for doc in documents],
        )
        cursor.executemany(
            "INSERT INTO search_fts (rowid, title, lead, body) VALUES (%s, %s, %s, %s)",
            [
                [doc.edition_id]
                + [" ".join(stems(words(part, doc.language), doc.language)) for part in (doc.title, doc.lead, doc.body)]
                for doc in documents
            ],
        )

    def expression(self, query: Query) -> str:
        """The query as an FTS5 expression of quoted stems: what the reader typed never reaches MATCH as syntax."""

        def term_expression(term) -> str:
            if term.is_phrase:
                return "(" + " + ".join(_string(stem) for stem in stems(list(term.words), query.language)) + ")"
            forms = word_forms(term.words[0], query.language)
            alternatives = [_string(stem) + "*" for stem in forms.prefixes] + [_string(stem) for stem in forms.exact]
            return alternatives[0] if len(alternatives) == 1 else "(" + " OR ".join(alternatives) + ")"

        def clause_expression(clause) -> str:
            return "(" + " OR ".join(term_expression(term) for term in clause.terms) + ")"

        expression = "(" + " AND ".join(clause_expression(clause) for clause in query.positive) + ")"
        for clause in query.negative:
            expression += " NOT " + clause_expression(clause)
        return expression

    def _matching(self, query: Query, at) -> tuple[str, list]:
        # The FTS row's id is the edition's: no need of search_document to filter.
        live, live_params = live_filter(self.connection, query.language, at)
        sql = f"FROM search_fts JOIN {EDITIONS} e ON e.id = search_fts.rowid WHERE search_fts MATCH %s AND {live}"
        return sql, [self.expression(query), *live_params]

    def count(self, cursor, query: Query, *, at) -> int:
        sql, params = self._matching(query, at)
        cursor.execute(f"SELECT COUNT(*) {sql}", params)
        return cursor.fetchone()[0]

    def page(self, cursor, query: Query, *, at, offset: int, limit: int) -> tuple[list[Row], int | None]:
        sql, params = self._matching(query, at)
        weights = ", ".join(str(weight) for weight in WEIGHTS)
        # Ranked and cut to the page on ids alone, counted in the same pass;
        # the texts are read for that page only. bm25() is computed a level
        # down: FTS5 refuses it in the window function's query.
        cursor.execute(
            "SELECT e.id, e.article_id, e.title, e.slug, e.published_at, d.lead, d.body, best.total FROM ("  # noqa: S608 - fragments of ours
            "SELECT id, score, at, article, COUNT(*) OVER () AS total FROM ("
            f"SELECT e.id AS id, bm25(search_fts, {weights}) AS score, e.published_at AS at, e.article_id AS article "
            f"{sql}"
            ") ORDER BY score, at DESC, article DESC LIMIT %s OFFSET %s"
            f") AS best JOIN {EDITIONS} e ON e.id = best.id JOIN search_document d ON d.edition_id = best.id "
            "ORDER BY best.score, best.at DESC, best.article DESC",
            [*params, limit, offset],
        )
        return page_of(cursor.fetchall())
