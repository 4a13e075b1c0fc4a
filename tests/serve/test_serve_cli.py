"""``unkg serve`` as a command: its help, its one-line errors, and a read-only server running
beside ``unkg ingest`` on the same store."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from urllib.parse import urlencode

from tests.conftest import REPO, akn_file
from tests.serve.conftest import build_store, start_server, stop_server


def unkg(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "unkg.cli", *args], capture_output=True, text=True, cwd=REPO, timeout=timeout)


def test_serve_help_names_its_options():
    r = unkg("serve", "--help")
    assert r.returncode == 0
    for option in ("--host", "--port", "--writable", "--timeout", "--max-rows"):
        assert option in r.stdout


def test_serving_a_missing_store_is_one_line_and_non_zero(tmp_path):
    r = unkg("serve", "--store", str(tmp_path / "nowhere"), "--port", "1")
    assert r.returncode != 0
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("unkg: error: ") and "nowhere" in lines[0]
    assert not (tmp_path / "nowhere").exists()  # serving never creates a store


def test_bad_limits_are_refused(tmp_path):
    r = unkg("serve", "--store", str(tmp_path), "--timeout", "0")
    assert r.returncode != 0 and r.stderr.strip().startswith("unkg: error: --timeout")


def test_ingest_runs_beside_a_read_only_server_which_then_sees_the_new_work(tmp_path, corpus):
    store = build_store(tmp_path / "store", [akn_file("ecosoc", "2022", "E_RES_2022_15", "en")])
    server = start_server(store, log=tmp_path / "serve.log")
    try:
        ask = "ASK { <https://w3id.org/unkg/doc/E/RES/2022/10> frbr:realization ?e }"
        status, _, body = server.get("/sparql?" + urlencode({"query": ask}))
        assert status == 200 and json.loads(body)["boolean"] is False
        r = unkg("ingest", "--store", str(store), str(akn_file("ecosoc", "2022", "E_RES_2022_10", "en")))
        assert r.returncode == 0, r.stderr  # the server holds no lock that stops a writer
        deadline = time.monotonic() + 30
        seen = False
        while time.monotonic() < deadline and not seen:
            status, _, body = server.get("/sparql?" + urlencode({"query": ask}))
            seen = status == 200 and json.loads(body)["boolean"]
            time.sleep(0.3)
        assert seen, "the server never saw the newly ingested work"
    finally:
        stop_server(server.process)
