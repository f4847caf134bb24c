"""Query strings that have broken web applications before, as hypothesis strategies: the fuzz tests
of the listings (test_fuzz_query_strings) and of every public URL (test_public_urls) share them."""

from urllib.parse import quote, urlencode

from hypothesis import strategies as st

# Parameters the site or Wagtail's API understand, so that the values reach the code behind them.
KNOWN_KEYS = [
    "thema", "gemeente", "status", "tag", "jaar", "pagina", "q", "type",
    "fields", "limit", "offset", "order", "search", "search_operator", "child_of",
    "descendant_of", "ancestor_of", "translation_of", "locale", "site", "html_path", "id",
    "title", "slug", "start_date", "end_date", "date", "budget", "members", "domains", "tags",
    "listing_image", "show_in_menus", "p",
]  # fmt: skip
MARKER = "<x-fuzz>"

# Values that have broken web applications before: markup, NUL, huge numbers, odd dates.
NASTY_VALUES = [
    "wonen", "beerse", "lopend", "fiets", "2024", "*", "-title", "_,title",
    "cms_stadsregio.ProjectPage", "wagtailcore.Page", "1e3", "0x10", "NaN", "9" * 30,
    "\x00", "%00", "'; DROP TABLE x; --", '"', "x" * 3000, MARKER, f"a{MARKER}b",
    "title,-id", "domains(title)", "2024-02-30", "true", "root",
]  # fmt: skip
values = st.one_of(
    st.text(max_size=40),
    st.integers(min_value=-(10**20), max_value=10**20).map(str),
    st.sampled_from(NASTY_VALUES),
)
pairs = st.lists(
    st.tuples(st.one_of(st.sampled_from(KNOWN_KEYS), st.text(min_size=1, max_size=10)), values),
    max_size=6,
)
raw = st.text(max_size=80).map(lambda text: quote(text, safe="=&%+;/?"))
query_strings = st.one_of(pairs.map(urlencode), raw)
