"""The server in a real browser: Debian's chromium, headless, driven by Playwright (never a
downloaded browser), with every request that is not to 127.0.0.1 blocked and recorded, so the
tests prove the UI, the views and the IRI pages work with no network.

Screenshots go to ``artifacts/serve/`` (gitignored) for a person to look at.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.conftest import REPO

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = REPO / "artifacts" / "serve"
WORK = "https://w3id.org/unkg/doc/E/RES/2022/15"
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists() and not shutil.which("chromium"):
        pytest.fail("Debian's chromium is missing: run scripts/test, which installs the packages in scripts/debian-packages.txt")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("the playwright package is missing: run scripts/test (it installs unkg with its test extra)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM if CHROMIUM.exists() else shutil.which("chromium")), headless=True, args=LAUNCH_ARGS)
        yield b
        b.close()


def guarded_page(browser, **options):
    """``(context, page)``: a fresh page whose requests may only go to 127.0.0.1; the others are
    aborted and listed in ``page.blocked``, its script errors in ``page.errors`` (each test
    asserts both stayed empty). ``options`` go to the browser context (``java_script_enabled``)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB", **options)
    blocked: list[str] = []

    def guard(route):
        if urlsplit(route.request.url).hostname == "127.0.0.1" or route.request.url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.blocked = blocked
    pg.errors = errors
    return context, pg


@pytest.fixture
def page(browser, server):
    """A guarded page (``guarded_page``) for the test server."""
    context, pg = guarded_page(browser)
    yield pg
    context.close()


def shot(page, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=False)
    return path


def test_query_ui_loads_offline_and_a_library_query_shows_rows(page, server):
    from unkg.queries import load

    if not (REPO / "node_modules" / "@zazuko" / "yasgui" / "build" / "yasgui.min.js").exists():
        pytest.fail("YASGUI is not installed (node_modules): run scripts/test, which runs npm ci")
    page.goto(server.url + "/")
    page.wait_for_selector(".yasqe .CodeMirror", timeout=30000)
    works = load("works")
    page.click(f'#examples button[data-name="{works.name}"]')
    page.wait_for_selector(".yasr table tbody tr td", timeout=30000)
    rows = page.locator(".yasr table tbody tr")
    assert rows.count() >= 4  # the store holds four works
    table = page.locator(".yasr table").inner_text()
    assert "E/RES/2022/15" in table and "Assessment of the progress made" in table
    assert page.locator(".tabsList .tab.active").inner_text().strip().startswith(works.title[:10])
    shot(page, "query-ui")
    assert page.blocked == [], f"the UI asked the network for {page.blocked}"
    assert page.errors == []


def test_a_view_draws_nodes_and_hovering_one_shows_its_tooltip(page, server):
    page.goto(f"{server.url}/views/ego?iri={WORK}&hops=1")
    page.wait_for_selector("canvas", timeout=30000)
    page.wait_for_function("typeof network !== 'undefined' && network.body.data.nodes.length > 0", timeout=30000)
    count = page.evaluate("network.body.data.nodes.length")
    assert count > 1
    # as a person would: wait for the loading bar over the canvas to go, hold the layout still,
    # then point at the work's own node
    if page.locator("#loadingBar").count():
        page.wait_for_selector("#loadingBar", state="hidden", timeout=60000)
    page.evaluate("network.setOptions({physics: false})")
    node = page.evaluate(f"""() => {{
        const id = network.body.data.nodes.getIds().find(i => i === {WORK!r}) || network.body.data.nodes.getIds()[0];
        const p = network.canvasToDOM(network.getPositions([id])[id]);
        return {{id: id, x: p.x, y: p.y, title: network.body.data.nodes.get(id).title}};
    }}""")
    box = page.locator("canvas").first.bounding_box()
    page.mouse.move(box["x"] + 5, box["y"] + 5)
    page.mouse.move(box["x"] + node["x"], box["y"] + node["y"], steps=8)  # vis-network shows titles on hover
    tooltip = page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=10000)
    assert "E/RES/2022/15" in tooltip.inner_text()
    shot(page, "view-ego")
    assert page.blocked == [], f"the view asked the network for {page.blocked}"


def test_an_iri_page_lists_its_paragraphs_in_the_chosen_language(page, server):
    from unkg.graph.stores import LocalStore

    store = LocalStore(server.store, create=False, read_only=True)
    expected = {}
    for lang in ("zh", "fr"):
        expected[lang] = [r["t"].value for r in store.query(
            f"SELECT ?p (MIN(?pos) AS ?o) (SAMPLE(?text) AS ?t) WHERE {{ ?p dcterms:isPartOf <{WORK}> ; unkg:position ?pos ; unkg:text ?text . "
            f"FILTER(LANG(?text) = '{lang}') FILTER NOT EXISTS {{ ?p a unkg:Footnote }} }} GROUP BY ?p ORDER BY ?o ?p")]
    assert len(expected["zh"]) > 20
    page.goto(f"{server.url}/unkg/doc/E/RES/2022/15?lang=zh")
    texts = page.locator("#paragraphs li.para .text, ol.paragraphs:not(#footnotes) li.para .text").all_inner_texts()
    texts = list(dict.fromkeys(texts))
    assert texts == expected["zh"]
    assert page.locator("html").get_attribute("lang") == "zh"
    shot(page, "iri-page-zh")
    page.click('nav.langs a[hreflang="fr"]')
    page.wait_for_url("**lang=fr")
    texts = list(dict.fromkeys(page.locator("ol.paragraphs:not(#footnotes) li.para .text").all_inner_texts()))
    assert texts == expected["fr"]
    # a citation is a link to the cited work's own page on this server
    cite = page.locator("a.cite").first
    href = cite.get_attribute("href")
    assert href.startswith("/unkg/doc/")
    cite.click()
    page.wait_for_selector("h1#title")
    assert page.url.startswith(server.url + "/unkg/doc/")
    shot(page, "iri-page-cited")
    assert page.blocked == []
