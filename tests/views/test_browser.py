"""The views in a real browser: Debian's chromium, headless, driven by Playwright (never a
downloaded browser), every request that is not the page's own blocked and recorded, so the tests
prove the views draw offline, read at their first fit, find nodes by search and open a node's
page on a click: the IRI itself from a file or a notebook, its path on ``unkg serve``.

Screenshots go to a temporary folder, or to ``$UNKG_VIEW_SHOTS`` when set, for a person to look at.
"""

from __future__ import annotations

import functools
import os
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.serve.test_browser import browser  # noqa: F401  (the fixture: Debian's chromium, headless)
from unkg.api import Store
from unkg.views import render_view

WORK = "https://w3id.org/unkg/doc/E/RES/2022/15"
CSTD = "https://w3id.org/unkg/body/cstd"
VIEWS = {  # file name: (kind, focus)
    "citations": ("citations", None),
    "citations-work": ("citations", "E/RES/2022/15"),
    "bodies": ("bodies", None),
    "bodies-cstd": ("bodies", "CSTD"),
    "series": ("series", "E/RES/2024/13"),
    "timeline": ("timeline", None),
    "timeline-itu": ("timeline", "ITU"),
    "ego": ("ego", "E/RES/2022/15"),
}


@pytest.fixture(scope="module")
def files(store, tmp_path_factory) -> Path:
    """Every view as a file, in views/ (as ``unkg serve`` would serve them under /views/)."""
    root = tmp_path_factory.mktemp("views-browser")
    (root / "views").mkdir()
    for name, (kind, focus) in VIEWS.items():
        (root / "views" / f"{name}.html").write_text(render_view(store, kind, iri=focus), "utf-8")
    (root / "notebook.html").write_text(f"<!doctype html><html><body><h1>A notebook</h1>{Store(store).view('bodies', 'CSTD')._repr_html_()}</body></html>", "utf-8")
    return root


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    where = Path(os.environ["UNKG_VIEW_SHOTS"]) if os.environ.get("UNKG_VIEW_SHOTS") else tmp_path_factory.mktemp("view-shots")
    where.mkdir(parents=True, exist_ok=True)
    return where


@pytest.fixture
def context(browser):
    """A browser context whose requests may only go to the page's own files and 127.0.0.1; the
    rest are answered with an empty page (a popup may open) and listed in ``context.blocked``."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    blocked: list[str] = []

    def guard(route):
        url = route.request.url
        if url.startswith(("file:", "data:", "blob:", "about:")) or urlsplit(url).hostname == "127.0.0.1":
            route.continue_()
        else:
            blocked.append(url)
            route.fulfill(status=200, content_type="text/plain", body="blocked by the test")

    ctx.route("**/*", guard)
    ctx.blocked = blocked
    yield ctx
    ctx.close()


def open_view(context, url: str):
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(url)
    page.wait_for_function("typeof network !== 'undefined' && network.body.data.nodes.length > 0", timeout=30000)
    page.errors = errors
    return page


def point(page, iri: str) -> tuple[float, float]:
    """Where a node is drawn, in page coordinates."""
    p = page.evaluate(f"() => network.canvasToDOM(network.getPositions([{iri!r}])[{iri!r}])")
    box = page.locator("#mynetwork canvas").bounding_box()
    return box["x"] + p["x"], box["y"] + p["y"]


@pytest.mark.parametrize("name", VIEWS)
def test_each_view_draws_offline_and_reads_at_first_fit(context, files, shots, name):
    page = open_view(context, (files / "views" / f"{name}.html").as_uri())
    count = page.evaluate("network.body.data.nodes.length")
    assert count > 1
    # every node on the screen at once, at a zoom where a 14 px label is at least 8 px tall
    scale = page.evaluate("network.getScale()")
    assert scale >= 0.58, f"{name}: first fit at zoom {scale:.2f}, labels too small to read"
    inside = page.evaluate("""() => { const c = document.querySelector('#mynetwork canvas').getBoundingClientRect();
        return Object.values(network.getPositions()).every(p => { const d = network.canvasToDOM(p);
          return d.x >= 0 && d.y >= 0 && d.x <= c.width && d.y <= c.height; }); }""")
    assert inside, f"{name}: some nodes start off the screen"
    assert page.locator("#unkg-legend li[data-kind]").count() >= 1
    page.screenshot(path=str(shots / f"{name}.png"))
    assert page.errors == []
    assert context.blocked == [], f"the view asked the network for {context.blocked}"


def test_search_finds_and_selects_a_node(context, files):
    page = open_view(context, (files / "views" / "bodies.html").as_uri())
    page.fill("#unkg-search", "cstd")
    assert page.evaluate("network.getSelectedNodes()") == [CSTD]
    assert page.locator("#unkg-found").inner_text() == "1 match"
    page.fill("#unkg-search", "commission")  # names too, not only labels
    selected = page.evaluate("network.getSelectedNodes()")
    assert CSTD in selected and len(selected) > 1
    page.press("#unkg-search", "Enter")
    assert "2 of" in page.locator("#unkg-found").inner_text()
    page.fill("#unkg-search", "no such body")
    assert page.evaluate("network.getSelectedNodes()") == [] and page.locator("#unkg-found").inner_text() == "no match"


def test_a_click_opens_the_nodes_iri_from_a_file(context, files):
    page = open_view(context, (files / "views" / "citations-work.html").as_uri())
    x, y = point(page, WORK)
    with context.expect_page() as opened:
        page.mouse.click(x, y)
    assert opened.value.url == WORK


def test_only_an_http_iri_is_a_page(context, files):
    """A node whose IRI is javascript:, data: or anything but http(s) (a store written through a
    writable server or a remote endpoint may hold one) opens nothing when clicked."""
    page = open_view(context, (files / "views" / "citations-work.html").as_uri())
    assert page.evaluate("unkgPageOf('javascript:alert(1)')") is None
    assert page.evaluate("unkgPageOf('data:text/html,<b>x</b>')") is None
    assert page.evaluate(f"unkgPageOf('{WORK}')") == WORK


def test_a_click_opens_the_nodes_page_on_the_server(context, files):
    """Served over http under /views/ (as ``unkg serve`` serves views), a click opens the IRI's
    own path on the same server, which dereferences it."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(files)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        origin = f"http://127.0.0.1:{server.server_address[1]}"
        page = open_view(context, f"{origin}/views/bodies-cstd.html")
        x, y = point(page, CSTD)
        with context.expect_page() as opened:
            page.mouse.click(x, y)
        assert opened.value.url == f"{origin}/unkg/body/cstd"
    finally:
        server.shutdown()
        server.server_close()


def test_a_view_draws_inline_in_a_notebook(context, files, shots):
    """``View._repr_html_`` is an iframe holding the page: it draws there as in its own tab."""
    page = context.new_page()
    page.goto((files / "notebook.html").as_uri())
    frame = page.frame_locator("iframe")
    frame.locator("#mynetwork canvas").wait_for(timeout=30000)
    inner = page.frames[1]
    inner.wait_for_function("typeof network !== 'undefined' && network.body.data.nodes.length > 1", timeout=30000)
    assert inner.evaluate("network.getScale()") > 0.3
    assert "Commission on Science and Technology" in frame.locator("h1").inner_text()
    page.screenshot(path=str(shots / "notebook.png"))
    assert context.blocked == []


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass
