"""A read-only server over a store that ``unkg ingest`` writes to meanwhile: the ingest is not
locked out, and the server's workers see the new work without a restart."""

from __future__ import annotations

import json
import subprocess
import sys
import time

from tests.conftest import REPO, akn_file
from tests.serve.conftest import app_client, build_store


def test_ingest_runs_beside_a_read_only_server_which_then_sees_the_new_work(tmp_path, corpus):
    store = build_store(tmp_path / "store", [akn_file("ecosoc", "2022", "E_RES_2022_15", "en")])
    with app_client(store) as client:
        ask = "ASK { <https://w3id.org/unkg/doc/E/RES/2022/10> frbr:realization ?e }"
        r = client.get("/sparql", params={"query": ask})
        assert r.status_code == 200 and json.loads(r.content)["boolean"] is False
        ingest = subprocess.run([sys.executable, "-m", "unkg.cli", "ingest", "--store", str(store), str(akn_file("ecosoc", "2022", "E_RES_2022_10", "en"))],
                                capture_output=True, text=True, cwd=REPO, timeout=120)
        assert ingest.returncode == 0, ingest.stderr  # the server holds no lock that stops a writer
        deadline = time.monotonic() + 30
        seen = False
        while time.monotonic() < deadline and not seen:
            r = client.get("/sparql", params={"query": ask})
            seen = r.status_code == 200 and json.loads(r.content)["boolean"]
            time.sleep(0.3)
        assert seen, "the server never saw the newly ingested work"
