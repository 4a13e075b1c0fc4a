"""The query page in a real browser (Debian's chromium through Playwright), with YASGUI installed
and without it, every request that is not to 127.0.0.1 blocked. Screenshots go to
``artifacts/clients/`` (gitignored) for a person to look at."""

from __future__ import annotations

import pytest

from tests.clients.conftest import EVERYTHING, MAX_ROWS
from tests.conftest import REPO
from tests.serve.test_browser import browser, guarded_page  # noqa: F401 - the shared chromium fixture

ARTIFACTS = REPO / "artifacts" / "clients"


def open_page(browser, url: str, *, javascript: bool = True):  # noqa: F811
    context, page = guarded_page(browser, java_script_enabled=javascript)
    page.goto(url)
    return context, page


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))


def test_yasgui_runs_a_query_and_says_when_its_answer_was_cut(browser, endpoint):  # noqa: F811
    if not (REPO / "node_modules" / "@zazuko" / "yasgui" / "build" / "yasgui.min.js").exists():
        pytest.fail("YASGUI is not installed: run .venv/bin/pip install -e . with npm on PATH (or scripts/test)")
    context, page = open_page(browser, endpoint.url + "/")
    try:
        page.wait_for_selector(".yasqe .CodeMirror", timeout=30000)
        page.evaluate(f"window.unkgYasgui.getTab().getYasqe().setValue({EVERYTHING!r})")
        page.evaluate("window.unkgYasgui.getTab().getYasqe().query()")
        page.wait_for_selector(".yasr .unkg-truncated", timeout=30000)
        assert f"cut at {MAX_ROWS:,}" in page.locator(".yasr .unkg-truncated").inner_text()
        page.wait_for_selector(".yasr table tbody tr td", timeout=30000)
        shot(page, "yasgui-truncated")
        # a query under the cap shows no note
        page.evaluate("window.unkgYasgui.getTab().getYasqe().setValue('SELECT * WHERE { ?s a unkg:Resolution } LIMIT 3')")
        page.evaluate("window.unkgYasgui.getTab().getYasqe().query()")
        page.wait_for_function("document.querySelectorAll('.yasr .unkg-truncated').length === 0", timeout=30000)
        assert page.blocked == [] and page.errors == []
    finally:
        context.close()


@pytest.mark.parametrize("javascript", [False, True])
def test_without_yasgui_the_plain_form_runs_queries(browser, plain_server, javascript):  # noqa: F811
    context, page = open_page(browser, plain_server.url + "/", javascript=javascript)
    try:
        assert page.locator("#full-editor").is_visible() and "pip install -e ." in page.locator("#full-editor").inner_text()
        assert page.locator("script").count() == 0
        shot(page, f"plain-form{'' if javascript else '-no-js'}")
        # an example runs at once
        page.click('#examples a[data-name="works"]')
        page.wait_for_selector("#results tbody tr")
        assert "E/RES/2022/15" in page.locator("#results").inner_text()
        # a query typed in the form, cut at the cap, says so
        page.fill("#query", EVERYTHING)
        page.click("#query-form button[type=submit]")
        page.wait_for_selector("#truncated")
        assert page.locator("#results tbody tr").count() == MAX_ROWS
        shot(page, f"plain-results{'' if javascript else '-no-js'}")
        # a mistake comes back as one line above the query, which stays in the form
        page.fill("#query", "SELECT ?x WHERE { ?x")
        page.click("#query-form button[type=submit]")
        page.wait_for_selector("#error")
        assert "SELECT ?x WHERE { ?x" == page.locator("#query").input_value()
        assert page.blocked == [] and page.errors == []
    finally:
        context.close()
