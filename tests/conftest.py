"""Shared test fixtures: the UN corpus is read in place from ../shared/corpus (never copied)."""

from __future__ import annotations

import os
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("UNKG_CORPUS", REPO.parent / "shared" / "corpus")).resolve()
AKN = CORPUS / "akn"
SEED = CORPUS / "seed" / "E_RES_2022_15.zh.txt"
LANG_FOLDERS = {"ar": "Arabic", "zh": "Chinese", "en": "English", "fr": "French", "ru": "Russian", "es": "Spanish"}


def akn_file(body: str, where: str, stem: str, lang: str) -> Path:
    """The AKN file of one resolution in one language: ``akn_file("ecosoc", "2022", "E_RES_2022_15", "zh")``.

    ``where`` is the year folder for ECOSOC, the session folder (``79session``) for the GA; ``stem``
    is the file name up to the job number (``E_RES_2022_15``, ``A_RES_79_194``, ``75_202``).
    """
    folder = AKN / body / where / LANG_FOLDERS[lang]
    suffix = {"ar": "A", "zh": "C", "en": "E", "fr": "F", "ru": "R", "es": "S"}[lang]
    hits = sorted(folder.glob(f"{stem}-*{suffix}.xml")) or sorted(folder.glob(f"{stem}_{suffix}.xml"))
    if not hits:
        raise FileNotFoundError(f"no {lang} AKN file for {stem} in {folder}")
    return hits[0]


def free_port() -> int:
    """A TCP port of 127.0.0.1 that nothing listens on now, for a server a test starts."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_answers(url: str, proc: subprocess.Popen, within: float) -> bool:
    """Poll ``url`` until it answers 200 (True), or ``proc`` exits or ``within`` seconds pass
    (False: the caller tells which from ``proc.poll()`` and says why in its own words)."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return True
        except OSError:
            time.sleep(0.2)
    return False


@pytest.fixture(scope="session", autouse=True)
def user_cache(tmp_path_factory) -> Path:
    """The user's cache (where a remote store's lineage index lives) in a temporary folder: the
    tests write nothing into the home of whoever runs them."""
    path = tmp_path_factory.mktemp("cache")
    os.environ["XDG_CACHE_HOME"] = str(path)
    return path


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.fail(f"the shared corpus is missing: {CORPUS} (set UNKG_CORPUS)")
    return CORPUS
