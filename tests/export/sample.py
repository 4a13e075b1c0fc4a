"""A small real sample for the export, validation and remote-store tests: one ECOSOC resolution
in its six languages and one General Assembly resolution, read in place from the shared corpus."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import LANG_FOLDERS, akn_file


def sample_files() -> list[Path]:
    files = [akn_file("ecosoc", "2022", "E_RES_2022_15", lang) for lang in LANG_FOLDERS]
    files.append(akn_file("ga", "79session", "A_RES_79_194", "en"))
    return files


def ingest_sample(store) -> None:
    from unkg.pipeline import ingest_paths

    ingest_paths(sample_files(), store)


def sample_store(tmp_path_factory, name: str):
    """A fresh on-disk store in a temporary folder of its own, holding the sample."""
    from unkg.graph.stores import open_store

    store = open_store(tmp_path_factory.mktemp(name) / "store")
    ingest_sample(store)
    return store
