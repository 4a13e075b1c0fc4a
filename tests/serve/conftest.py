"""Fixtures for the server tests: a store built from real corpus files, the app in-process and
``unkg serve`` as a real process.

Route tests ask the app in-process through Starlette's TestClient (``client``,
``writable_client``): no port, no uvicorn, and a failure in a route is its traceback, not a 500
read over a socket. The store work still runs in the engine's worker processes, as it does when
serving. What needs a whole server process (the CLI starting it, the browser, an endpoint
behind it, a query timeout, a worker dying) uses ``unkg serve`` run on a free port of 127.0.0.1
(started, waited for, stopped by its own pid).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from tests.conftest import REPO, akn_file, free_port, wait_until_answers

# E/RES/2022/15 in three languages (with its footnotes and citations), and ECOSOC resolutions of the
# same session in English, so pages have works to link to and queries have rows to return
LANGS = ("en", "zh", "fr")
OTHERS = ("E_RES_2022_10", "E_RES_2022_11", "E_RES_2022_12")


def corpus_files() -> list[Path]:
    files = [akn_file("ecosoc", "2022", "E_RES_2022_15", lang) for lang in LANGS]
    files += [akn_file("ecosoc", "2022", stem, "en") for stem in OTHERS]
    return files


def build_store(path: Path, files: list[Path]) -> Path:
    from unkg.graph.stores import open_store
    from unkg.pipeline import ingest_paths

    store = open_store(path)
    ingest_paths(files, store)
    store.close()
    return path


@dataclass
class Server:
    url: str
    store: Path
    process: subprocess.Popen

    def get(self, path: str, headers: dict | None = None) -> tuple[int, dict, bytes]:
        return request(self.url + path, headers=headers)

    def post(self, path: str, body: bytes, content_type: str, headers: dict | None = None) -> tuple[int, dict, bytes]:
        return request(self.url + path, data=body, headers={"Content-Type": content_type, **(headers or {})})


def request(url: str, data: bytes | None = None, headers: dict | None = None, method: str | None = None) -> tuple[int, dict, bytes]:
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, {k.lower(): v for k, v in r.headers.items()}, r.read()
    except urllib.error.HTTPError as e:
        return e.code, {k.lower(): v for k, v in e.headers.items()}, e.read()


def start_server(store: Path, *args: str, log: Path, env: dict[str, str] | None = None) -> Server:
    """Start ``unkg serve`` on a free port and wait until /sparql answers (60 s at most);
    ``env`` adds to its environment."""
    port = free_port()
    out = open(log, "wb")
    env = {**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})}
    proc = subprocess.Popen(
        [sys.executable, "-m", "unkg.cli", "serve", "--store", str(store), "--port", str(port), "--workers", "1", *args],
        stdout=out, stderr=subprocess.STDOUT, cwd=REPO, env=env,
    )
    url = f"http://127.0.0.1:{port}"
    if wait_until_answers(url + "/sparql", proc, 60):
        return Server(url, store, proc)
    if proc.poll() is not None:
        pytest.fail(f"unkg serve exited with {proc.returncode}: {log.read_text(errors='replace')}")
    stop_server(proc)
    pytest.fail(f"unkg serve did not answer within 60 s: {log.read_text(errors='replace')}")


def stop_server(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory, corpus) -> Path:
    return build_store(tmp_path_factory.mktemp("serve") / "store", corpus_files())


@pytest.fixture(scope="session")
def server(corpus_store, tmp_path_factory):
    """A read-only server over the corpus store, with the default limits."""
    srv = start_server(corpus_store, log=tmp_path_factory.mktemp("serve-log") / "serve.log")
    yield srv
    stop_server(srv.process)


@contextmanager
def app_client(store: Path, *, writable: bool = False, max_rows: int = 10000, timeout: float = 30.0) -> Iterator[TestClient]:
    """The app over ``store`` in this process, with one store worker: a TestClient whose ``store``
    is the store's path. One client (so one event loop) serves every request of the engine."""
    from unkg.serve.app import Settings, create_app
    from unkg.serve.engine import Engine

    engine = Engine(store, workers=1, writable=writable, timeout=timeout)
    engine.start()
    try:
        settings = Settings(base=engine.base, writable=writable, max_rows=max_rows, timeout=timeout,
                            hosts=("localhost", "127.0.0.1", "testserver"))
        with TestClient(create_app(engine, settings)) as client:
            client.store = store
            yield client
    finally:
        engine.close()


@pytest.fixture(scope="session")
def client(corpus_store) -> Iterator[TestClient]:
    """The read-only app over the corpus store, with the default limits."""
    with app_client(corpus_store) as c:
        yield c


@pytest.fixture(scope="session")
def writable_client(tmp_path_factory, corpus) -> Iterator[TestClient]:
    """The writable app with tight limits (5 rows, 2 s) over its own store (updates must not touch the shared one)."""
    store = build_store(tmp_path_factory.mktemp("serve-rw") / "store", [akn_file("ecosoc", "2022", "E_RES_2022_15", "en")])
    with app_client(store, writable=True, max_rows=5, timeout=2.0) as c:
        yield c


async def _asgi_get(app, raw_path: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
    scope = {
        "type": "http", "http_version": "1.1", "method": "GET", "scheme": "http", "root_path": "",
        "path": raw_path.decode("latin-1"), "raw_path": raw_path, "query_string": b"",
        "headers": [(b"host", b"testserver"), *((k.lower().encode(), v.encode()) for k, v in headers.items())],
        "client": ("127.0.0.1", 1), "server": ("testserver", 80),
    }
    sent: list[dict] = []

    async def receive() -> dict:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict) -> None:
        sent.append(message)

    await app(scope, receive, send)
    status = next(m["status"] for m in sent if m["type"] == "http.response.start")
    return status, b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")


def raw_get(client: TestClient, raw_path: bytes, headers: dict[str, str] | None = None) -> tuple[int, bytes]:
    """GET a path exactly as given, not percent-encoded (as a raw HTTP client may send it; httpx
    would encode it): ``(status, body)``, through the client's own event loop."""
    return client.portal.call(_asgi_get, client.app, raw_path, headers or {})
