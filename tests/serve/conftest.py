"""Fixtures for the server tests: a store built from real corpus files and ``unkg serve`` run as a
real subprocess on a free port of 127.0.0.1 (started, waited for, stopped by its own pid)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import REPO, akn_file, free_port

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


def start_server(store: Path, *args: str, log: Path) -> Server:
    """Start ``unkg serve`` on a free port and wait until /sparql answers (60 s at most)."""
    port = free_port()
    out = open(log, "wb")
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "unkg.cli", "serve", "--store", str(store), "--port", str(port), "--workers", "1", *args],
        stdout=out, stderr=subprocess.STDOUT, cwd=REPO, env=env,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"unkg serve exited with {proc.returncode}: {log.read_text(errors='replace')}")
        try:
            with urllib.request.urlopen(url + "/sparql", timeout=2) as r:
                if r.status == 200:
                    return Server(url, store, proc)
        except OSError:
            time.sleep(0.2)
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


@pytest.fixture(scope="session")
def writable_server(tmp_path_factory, corpus):
    """A writable server with tight limits over its own store (updates must not touch the shared one)."""
    store = build_store(tmp_path_factory.mktemp("serve-rw") / "store", [akn_file("ecosoc", "2022", "E_RES_2022_15", "en")])
    srv = start_server(store, "--writable", "--max-rows", "5", "--timeout", "2", log=tmp_path_factory.mktemp("serve-rw-log") / "serve.log")
    yield srv
    stop_server(srv.process)
