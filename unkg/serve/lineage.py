"""The lineage pages of the server: two works side by side, and a series by year.

- ``/diff/{symbol}``: the work beside the one before it in its series (the comparison the lineage
  graph holds), or beside ``?with={symbol}``; ``?lang=`` chooses the language. OLD's deleted words
  are marked ``<del>``, NEW's inserted words ``<ins>``; every text cell carries its ``lang`` and
  ``dir`` (``rtl`` for Arabic), so right-to-left text reads right and the marks stay on its words.
- ``/series/{symbol}``: the series of the work, its works by year with what each kept, changed,
  added and dropped (``unkg.lineage.history``), each linked to its page and its comparison.

Each page is a job for the server's store workers (``unkg.serve.engine``): a module-level
function taking the open store first and returning ``(status, html)``, so a work the store lacks
or a symbol that is none is a page saying so with its status, never a traceback.
"""

from __future__ import annotations

from urllib.parse import quote

import pyoxigraph as ox

from unkg.lineage.errors import LineageError, NotInStore
from unkg.ontology.namespace import PREFIXES
from unkg.serve.pages import LANGUAGES, RTL, local_path, render_template
from unkg.symbols import SymbolError, normalise_symbol

_SAFE = "/()%-._~!$&*+,;=:@"


def _path(symbol: str) -> str:
    return quote(symbol, safe=_SAFE)


def _message(heading: str, message: str, status: int) -> tuple[int, str]:
    return status, render_template("message.html", heading=heading, message=message, lang="en", dir="ltr")


def _symbol(text: str) -> str:
    try:
        return normalise_symbol(text)
    except SymbolError as e:
        raise LineageError(str(e)) from None


def _work_href(store, iri: str, lang: str) -> str | None:
    path = local_path(iri, store.base)
    return f"{quote(path, safe=_SAFE)}?lang={lang}" if path else None


def comparison_page(store, *, new: str, old: str | None = None, lang: str = "en") -> tuple[int, str]:
    """``(status, html)`` of NEW beside OLD (default: the work the lineage graph compared it with)."""
    from unkg.lineage.compare import compare
    from unkg.lineage.history import series_of
    from unkg.lineage.render import side_by_side

    m = store.minter
    try:
        new_symbol = _symbol(new)
        if old is None:
            previous = _compared_with(store, m.work(new_symbol))
            if previous is None:
                known = any(True for _ in store.match(_node(m.work(new_symbol)), None, None))
                if not known:
                    return _message("Not found", f"The store holds no work {new_symbol}.", 404)
                return _message("Nothing to compare with",
                                f"The store holds no earlier work of the series of {new_symbol} to compare it with: "
                                f"give one as /diff/{new_symbol}?with=SYMBOL.", 404)
            old = m.symbol_of(previous) or previous
        c = compare(store, old, new_symbol, lang)
    except LineageError as e:
        return _message("Cannot compare", str(e), _status(e))
    summary, rows = side_by_side(c)
    languages = [code for code in LANGUAGES if code in c.old.texts and code in c.new.texts]
    series = series_of(store, c.new.iri)
    html = render_template(
        "comparison.html",
        # the page's own words are English, left to right; the texts compared carry their language
        lang="en", dir="ltr", text_lang=lang, languages=LANGUAGES, compared_in=languages,
        text_dir="rtl" if lang in RTL else "ltr",
        old=c.old, new=c.new, summary=summary, rows=rows, stored=c.stored,
        old_href=_work_href(store, c.old.iri, lang), new_href=_work_href(store, c.new.iri, lang),
        other=None if c.stored else c.old.symbol,
        series_href=f"/series/{_path(c.new.symbol)}?lang={lang}" if series else None,
        diff_path=f"/diff/{_path(c.new.symbol)}",
    )
    return 200, html


def _status(e: LineageError) -> int:
    """404 for a work (or a language of it) the store lacks, 400 for what no store could answer."""
    return 404 if isinstance(e, NotInStore) else 400


def _node(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _compared_with(store, work: str) -> str | None:
    """The work the lineage graph compared ``work`` with (its nearest earlier member in the store)."""
    comparison = ox.NamedNode(store.minter.comparison(store.minter.symbol_of(work) or ""))
    for t in store.match(comparison, ox.NamedNode(PREFIXES["unkg"] + "comparedWith"), None):
        return t.object.value
    return None


def series_page(store, *, symbol: str, lang: str = "en") -> tuple[int, str]:
    """``(status, html)`` of the series of the work ``symbol``: its works by year, what each kept,
    changed, added and dropped."""
    from unkg.lineage.history import history, series_of

    m = store.minter
    try:
        work = m.work(_symbol(symbol))
    except LineageError as e:
        return _message("Not a symbol", str(e), 400)
    series = series_of(store, work)
    if series is None:
        known = any(True for _ in store.match(_node(work), None, None))
        if not known:
            return _message("Not found", f"The store holds no work {m.symbol_of(work)}.", 404)
        return _message("No series", f"{m.symbol_of(work)} belongs to no series the store knows of: no other work "
                        "of its kind carries its title or recalls it.", 404)
    h = history(store, series, lang)
    steps = []
    for s in h.steps:
        steps.append({
            "step": s,
            "href": _work_href(store, s.iri, lang) if s.in_store else None,
            "diff": f"/diff/{_path(s.symbol)}?lang={lang}" if s.compared else None,
            "previous": m.symbol_of(s.previous) if s.previous else None,
            "current": s.iri == work,
        })
    years = [s.year for s in h.in_store if s.year]
    html = render_template(
        "series.html", lang="en", dir="ltr", text_lang=lang, languages=LANGUAGES,
        history=h, steps=steps, focus=m.symbol_of(work), span=f"{years[0]}–{years[-1]}" if len(years) > 1 else "".join(years),
        series_path=f"/series/{_path(m.symbol_of(work) or '')}",
    )
    return 200, html
