"""What needs ``unkg serve`` as a real process: the command starting (its help, its start-up
line, its one-line failures), a query stopped at its deadline, a full worker pool, and a worker
that dies and is replaced. Everything else about the routes is asked in-process (the other
modules here, through Starlette's TestClient)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

import pytest

from tests.conftest import REPO, akn_file
from tests.serve.conftest import build_store, start_server, stop_server

WORK = "https://w3id.org/unkg/doc/E/RES/2022/15"
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
ASK = f"ASK {{ <{WORK}> ?p ?o }}"


def unkg(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "unkg.cli", *args], capture_output=True, text=True, cwd=REPO, timeout=timeout)


@pytest.fixture(scope="module")
def tight_server(tmp_path_factory, corpus):
    """A writable server with one worker, 5 rows and 2 s, over its own store."""
    store = build_store(tmp_path_factory.mktemp("serve-tight") / "store", [akn_file("ecosoc", "2022", "E_RES_2022_15", "en")])
    log = tmp_path_factory.mktemp("serve-tight-log") / "serve.log"
    srv = start_server(store, "--writable", "--max-rows", "5", "--timeout", "2", log=log)
    srv.log = log
    yield srv
    stop_server(srv.process)


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


def test_the_server_binds_its_port_and_says_where_in_one_line(tight_server):
    port = tight_server.url.rsplit(":", 1)[1]
    line = tight_server.log.read_text().splitlines()[0]
    assert line.startswith(f"unkg serve: {tight_server.store} at {tight_server.url}/ ") and "writable" in line
    assert f"IRIs https://w3id.org/unkg/... at http://127.0.0.1:{port}/unkg/..." in line
    status, _, body = tight_server.get("/sparql?" + urlencode({"query": ASK}))
    assert status == 200 and json.loads(body)["boolean"] is True


def test_a_port_already_taken_is_one_line_and_non_zero(tight_server):
    port = tight_server.url.rsplit(":", 1)[1]
    r = unkg("serve", "--store", str(tight_server.store), "--port", port, "--workers", "1")
    assert r.returncode != 0 and r.stdout == ""  # it never says it serves
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"unkg: error: cannot listen on 127.0.0.1:{port}: "), r.stderr


def test_a_query_past_the_timeout_is_stopped_and_the_server_goes_on(tight_server):
    started = time.monotonic()
    status, _, body = tight_server.get("/sparql?" + urlencode({"query": ENDLESS}))
    took = time.monotonic() - started
    assert status == 503 and b"timeout" in body.lower()
    assert 2 <= took < 20
    status, _, body = tight_server.get("/sparql?" + urlencode({"query": ASK}))
    assert status == 200 and json.loads(body)["boolean"] is True


def test_a_cheap_query_is_answered_while_the_only_worker_runs_an_endless_one(tight_server):
    """One regular worker (the fixture's --workers 1), held by an endless query: the spare worker
    answers a cheap query at once, and a second endless query that lands on the spare is stopped
    after the 2 s a query may take there, with a 503 saying the server is busy."""
    first: list[int] = []
    t = threading.Thread(target=lambda: first.append(tight_server.get("/sparql?" + urlencode({"query": ENDLESS}))[0]))
    t.start()
    time.sleep(0.5)
    asked = time.monotonic()
    status, _, body = tight_server.get("/sparql?" + urlencode({"query": ASK}))
    waited = time.monotonic() - asked
    assert status == 200 and json.loads(body)["boolean"] is True
    assert waited < 1.5, waited
    status, _, body = tight_server.get("/sparql?" + urlencode({"query": ENDLESS}))
    assert status == 503 and b"busy" in body.lower()
    t.join(30)
    assert first == [503]
    time.sleep(1.5)  # the stopped workers are replaced
    status, _, body = tight_server.get("/sparql?" + urlencode({"query": ASK}))
    assert status == 200 and json.loads(body)["boolean"] is True


def worker_pids(server_pid: int) -> list[int]:
    """The server's store workers: its children started by multiprocessing's spawn (not its
    resource tracker), whichever of its threads started them (a replacement comes from a pool thread)."""
    children = [c for task in Path(f"/proc/{server_pid}/task").iterdir() for c in (task / "children").read_text().split()]
    return [int(c) for c in children if b"spawn_main" in Path(f"/proc/{c}/cmdline").read_bytes()]


@pytest.mark.parametrize("sig", [signal.SIGSEGV, signal.SIGKILL], ids=["segfault", "kill"])
def test_a_worker_that_dies_mid_query_fails_that_query_in_one_line_and_is_replaced(tight_server, sig):
    time.sleep(1.5)  # workers stopped by an earlier test are replaced
    workers = worker_pids(tight_server.process.pid)  # the regular worker and the spare
    answer: list[tuple[int, bytes]] = []
    t = threading.Thread(target=lambda: answer.append(tight_server.get("/sparql?" + urlencode({"query": ENDLESS}))[::2]))
    t.start()
    time.sleep(0.5)  # the endless query is running in the regular worker
    for worker in workers:
        os.kill(worker, sig)
    t.join(30)
    (status, body), = answer
    assert status == 500
    assert body.decode().strip() == "WorkerDied: the store worker stopped unexpectedly"
    status, _, body = tight_server.get("/sparql?" + urlencode({"query": ASK}))
    assert status == 200 and json.loads(body)["boolean"] is True
    assert not set(worker_pids(tight_server.process.pid)) & set(workers)  # new workers took their places
