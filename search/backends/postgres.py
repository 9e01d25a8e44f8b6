"""
PostgreSQL: a tsvector per edition in the language's own text search
configuration, the title weighted A, the lead B and the body C, under a GIN
index (`vector`, what is matched); ranked with ts_rank, ties newest first.

ts_rank reads the whole vector of every match, and an article's vector is
kilobytes, stored compressed out of line (TOAST): on 100,000 editions a
common word's 6,000 matches took 350 ms to rank. So the ranking reads a
second, small vector of the title (A) and lead (B) alone (`head`, kept in
the row): a match in the title still ranks above one in the lead, above
one in the text alone; among those, the newest first.
"""

from django.utils import timezone

from articles.models import Edition

from ..query import SHORTENED, Query, word_forms
from ..text import SNOWBALL, WORD, Document, normal
from . import Row, SearchBackend, live_filter, page_of

EDITIONS = Edition._meta.db_table
_HEAD = "setweight(to_tsvector(%s::regconfig, %s), 'A') || setweight(to_tsvector(%s::regconfig, %s), 'B')"
_VECTOR = f"{_HEAD} || setweight(to_tsvector(%s::regconfig, %s), 'C')"


def _lexeme(word: str, *, prefix: bool = False) -> str:
    # A word is letters and digits only (text.WORD): nothing in it can end the quotes.
    assert WORD.fullmatch(word), word
    return f"'{word}':*" if prefix else f"'{word}'"


class PostgresBackend(SearchBackend):
    def __init__(self, connection):
        self.connection = connection

    def create(self, cursor) -> None:
        cursor.execute("ALTER TABLE search_document ADD COLUMN vector tsvector NOT NULL DEFAULT ''")
        cursor.execute("ALTER TABLE search_document ADD COLUMN head tsvector NOT NULL DEFAULT ''")
        cursor.execute("CREATE INDEX search_document_vector ON search_document USING gin (vector)")

    def drop(self, cursor) -> None:
        cursor.execute("DROP INDEX IF EXISTS search_document_vector")
        cursor.execute("ALTER TABLE search_document DROP COLUMN IF EXISTS vector")
        cursor.execute("ALTER TABLE search_document DROP COLUMN IF EXISTS head")

    def store(self, cursor, documents: list[Document]) -> None:
        if not documents:
            return
        now = timezone.now()
        rows = []
        for doc in documents:
            config = SNOWBALL[doc.language]
            title, lead, body = (normal(part, doc.language) for part in (doc.title, doc.lead, doc.body))
            head = [config, title, config, lead]
            rows.append([doc.edition_id, doc.title, doc.lead, doc.body, now, *head, *head, config, body])
        cursor.executemany(
            "INSERT INTO search_document (edition_id, title, lead, body, indexed_at, head, vector) "  # noqa: S608 - fragments of ours
            f"VALUES (%s, %s, %s, %s, %s, {_HEAD}, {_VECTOR}) "
            "ON CONFLICT (edition_id) DO UPDATE SET title = EXCLUDED.title, lead = EXCLUDED.lead, "
            "body = EXCLUDED.body, indexed_at = EXCLUDED.indexed_at, head = EXCLUDED.head, vector = EXCLUDED.vector",
            rows,
        )

    def tsquery(self, query: Query) -> tuple[str, list]:
        """
        The query as a tsquery expression and its parameters. Each word goes
        through to_tsquery in the language's configuration (stemmed, stop
        words dropped: `&&` and `||` skip an empty operand); the shorter stems
        of an Armenian or Turkish word are added as lexemes, already stemmed.
        """
        config = SNOWBALL[query.language]
        parts, params = [], []

        def term_sql(term) -> str:
            if term.is_phrase:
                params.extend([config, " <-> ".join(_lexeme(word) for word in term.words)])
                return "to_tsquery(%s::regconfig, %s)"
            (word,) = term.words
            forms = word_forms(word, query.language)
            if not forms.exact:  # a short word: the start of one
                params.extend([config, _lexeme(word, prefix=True)])
                return "to_tsquery(%s::regconfig, %s)"
            if query.language not in SHORTENED or not forms.prefixes:
                params.extend([config, _lexeme(word)])
                return "to_tsquery(%s::regconfig, %s)"
            others = " | ".join(
                [_lexeme(stem, prefix=True) for stem in forms.prefixes] + [_lexeme(stem) for stem in forms.exact]
            )
            # A stop word stays out, shorter stems and all.
            params.extend([config, _lexeme(word), config, _lexeme(word), others])
            return (
                "(CASE WHEN numnode(to_tsquery(%s::regconfig, %s)) = 0 THEN ''::tsquery "
                "ELSE to_tsquery(%s::regconfig, %s) || %s::tsquery END)"
            )

        for clause in query.clauses:
            sql = "(" + " || ".join(term_sql(term) for term in clause.terms) + ")"
            parts.append(f"!!{sql}" if clause.negated else sql)
        return " && ".join(parts), params

    def _matching(self, query: Query, at) -> tuple[str, list]:
        tsquery, query_params = self.tsquery(query)
        live, live_params = live_filter(self.connection, query.language, at)
        sql = (
            f"FROM search_document d JOIN {EDITIONS} e ON e.id = d.edition_id, (SELECT {tsquery} AS query) q "
            f"WHERE d.vector @@ q.query AND {live}"
        )
        return sql, query_params + live_params

    def count(self, cursor, query: Query, *, at) -> int:
        sql, params = self._matching(query, at)
        cursor.execute(f"SELECT COUNT(*) {sql}", params)
        return cursor.fetchone()[0]

    def page(self, cursor, query: Query, *, at, offset: int, limit: int) -> tuple[list[Row], int | None]:
        sql, params = self._matching(query, at)
        # Ranked and cut to the page on ids alone; the texts are read for that page only.
        cursor.execute(
            "SELECT e.id, e.article_id, e.title, e.slug, e.published_at, d.lead, d.body, best.total FROM ("  # noqa: S608 - fragments of ours
            f"SELECT e.id, ts_rank(d.head, q.query) AS score, e.published_at AS at, e.article_id AS article, "
            f"COUNT(*) OVER () AS total {sql} "
            "ORDER BY score DESC, at DESC, article DESC LIMIT %s OFFSET %s"
            f") AS best JOIN {EDITIONS} e ON e.id = best.id JOIN search_document d ON d.edition_id = best.id "
            "ORDER BY best.score DESC, best.at DESC, best.article DESC",
            [*params, limit, offset],
        )
        return page_of(cursor.fetchall())
