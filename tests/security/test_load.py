"""Cheap queries are answered while heavy ones run (issue #14: two ORDER BY cross joins held both
workers for 30 s and took 6 GB). A real server on 127.0.0.1 with two workers, a 1 GiB memory cap
and a 6 s timeout; a bounded number of requests, all to loopback."""

from __future__ import annotations

import json
import statistics
import threading
import time
from urllib.parse import urlencode

import pytest

from tests.serve.conftest import start_server, stop_server

HEAVY = "SELECT ?a ?c WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?f ?a LIMIT 3"
CHEAP = "ASK { <https://w3id.org/unkg/doc/E/RES/2022/15> ?p ?o }"


@pytest.fixture(scope="module")
def capped_server(corpus_store, tmp_path_factory):
    log = tmp_path_factory.mktemp("load-log") / "serve.log"
    srv = start_server(corpus_store, "--workers", "2", "--timeout", "6", "--max-memory", "1024", log=log)
    yield srv
    stop_server(srv.process)


def test_cheap_queries_answer_while_two_heavy_ones_run(capped_server):
    heavy: list[tuple[int, bytes, float]] = []

    def ask_heavy() -> None:
        started = time.monotonic()
        status, _, body = capped_server.get("/sparql?" + urlencode({"query": HEAVY}))
        heavy.append((status, body, time.monotonic() - started))

    threads = [threading.Thread(target=ask_heavy) for _ in range(2)]
    for t in threads:
        t.start()
    time.sleep(0.5)  # both regular workers are busy
    latencies = []
    for _ in range(8):
        started = time.monotonic()
        status, _, body = capped_server.get("/sparql?" + urlencode({"query": CHEAP}))
        latencies.append(time.monotonic() - started)
        assert status == 200 and json.loads(body)["boolean"] is True
        time.sleep(0.2)
    for t in threads:
        t.join(60)
    print(f"cheap query while two heavy ones run: median {statistics.median(latencies) * 1000:.0f} ms, max {max(latencies) * 1000:.0f} ms; "
          f"heavy: {[(s, round(d, 1)) for s, _, d in heavy]}")
    assert statistics.median(latencies) < 1.0, latencies
    assert [s for s, _, _ in heavy] == [503, 503]
    assert all(b"Query too big" in b or b"timeout" in b.lower() for _, b, _ in heavy), heavy
