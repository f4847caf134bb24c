"""Wagtail's database search backend on SQLite, with titles weighed as they are on PostgreSQL.

The settings choose it on SQLite only: this module needs the FTS5 index table, which Wagtail
creates on SQLite alone.

On PostgreSQL the backend ranks with `ts_rank` over weighted vectors, so a page whose title holds
the words searched for comes before a page that only mentions them in its text. On SQLite (the
embedded default) it ranks with FTS5's `bm25()` over the whole index row, title and text alike,
and multiplies that by a factor that is larger the shorter the title is, whether the title matched
or not: searching "stadsregio" listed "Contact" first (a short title; its text names the
Stadsregio), and "Wonen in de stadsregio" was not on the first page. FTS5's `bm25()` takes a
weight per column; this backend ranks by `bm25()` alone, with the title column TITLE_WEIGHT times
the weight of the text, and puts every page whose title matches before every page whose title does
not (the title column of Wagtail's index also holds the fields of a page's parts that are called
title, such as the titles of a meeting's agenda items). Everything else is Wagtail's backend,
unchanged.
"""

from django.db.models import F, FloatField, Func

from wagtail.search.backends.database import SearchBackend as database_search_backend

from modelsearch.backends.database.sqlite.query import normalize
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteFTSIndexEntry,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import Not, Phrase, PlainText

TITLE_WEIGHT = 10.0
# Added to the rank (lower is better) of a page whose title does not match: more than any bm25().
TITLE_MISMATCH = 1_000_000
# The columns of the FTS5 table, in the order the migration of Wagtail's index creates them.
FTS_COLUMNS = ("autocomplete", "body", "title")
COLUMN_WEIGHTS = {"autocomplete": 0.0, "body": 1.0, "title": TITLE_WEIGHT}


class WeightedBM25(Func):
    """bm25() with a weight per column; like bm25(), lower is better."""

    output_field = FloatField()

    def as_sql(self, compiler, connection, function=None, template=None):
        weights = ", ".join(str(COLUMN_WEIGHTS[column]) for column in FTS_COLUMNS)
        return f"bm25({SQLiteFTSIndexEntry._meta.db_table}, {weights})", []


class TitleMismatch(Func):
    """TITLE_MISMATCH when the title column of the index row does not match the query, else 0;
    the FTS5 table-valued form keeps the inner MATCH apart from the outer one."""

    output_field = FloatField()

    def __init__(self, query):
        super().__init__(F("index_entry"))
        self.query = query

    def as_sql(self, compiler, connection, function=None, template=None):
        rowid, params = compiler.compile(self.source_expressions[0])
        text, text_params = compiler.compile(self.query)
        match = f"{{title}} : ({text % tuple(text_params)})"
        table = SQLiteFTSIndexEntry._meta.db_table
        # Only the column, the table's name and a constant are in the SQL; the query is a parameter.
        inner = f"SELECT rowid FROM {table}(%s)"  # noqa: S608
        sql = f"(CASE WHEN {rowid} IN ({inner}) THEN 0 ELSE {TITLE_MISMATCH} END)"
        return sql, [*params, match]


class TitleFirstQueryCompiler(SQLiteSearchQueryCompiler):
    def _build_rank_expression(self, vectors, config):
        # One weighted bm25() for the row, instead of bm25() x a factor of the title's length plus
        # bm25(); and the title matches first.
        query = normalize(self.query)
        if isinstance(query, Not):
            query = query.subquery  # a negated search is not ranked (all scores equal)
        title_mismatch = TitleMismatch(self.build_search_query(query, config=config))
        return title_mismatch + self.build_tsrank(None, self.query, config=config)

    def build_tsrank(self, vector, query, config=None, boost=1.0):
        # The leaves of the query; And and Or combine them through this method (the parent's).
        if isinstance(query, (Phrase, PlainText, Not)):
            rank = WeightedBM25()
            return rank * boost if boost != 1.0 else rank
        return super().build_tsrank(vector, query, config=config, boost=boost)


class TitleFirstSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = TitleFirstQueryCompiler


def SearchBackend(params):
    """The backend Wagtail picks for SQLite; with FTS5 (always, in Python's SQLite), weighted."""
    backend = database_search_backend(params)
    if type(backend) is SQLiteSearchBackend:
        return TitleFirstSQLiteSearchBackend(params)
    return backend
