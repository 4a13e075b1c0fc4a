"""One small store built from real corpus files, shared by the query, view and analysis tests.

The six language versions of the ECOSOC WSIS resolutions 2021/28, 2022/15, 2023/3 and 2024/13 and
of the GA ICT-for-development resolutions 78/132 and 79/194, plus the UN's data for the 79th GA
session (votes, sponsors, SDGs). Built once per test session; the open store is cached because
an Oxigraph directory can be opened only once per process.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import AKN, LANG_FOLDERS, akn_file

SERIES = [("ecosoc", "2021", "E_RES_2021_28"), ("ecosoc", "2022", "E_RES_2022_15"), ("ecosoc", "2023", "E_RES_2023_3"),
          ("ecosoc", "2024", "E_RES_2024_13"), ("ga", "78session", "A_RES_78_132"), ("ga", "79session", "A_RES_79_194")]
WORKS = ["E/RES/2021/28", "E/RES/2022/15", "E/RES/2023/3", "E/RES/2024/13", "A/RES/78/132", "A/RES/79/194"]

_cache: dict[str, object] = {}


def corpus_files() -> list[Path]:
    files = [akn_file(body, where, stem, lang) for body, where, stem in SERIES for lang in LANG_FOLDERS]
    files.append(AKN / "ga" / "data_extract" / "79.json")
    return files


def shared_store(tmp_path_factory):
    """The open store (built on first use)."""
    if "store" not in _cache:
        from unkg.graph.stores import open_store
        from unkg.pipeline import ingest_paths

        path = tmp_path_factory.mktemp("corpus-store")
        store = open_store(path)
        ingest_paths(corpus_files(), store)
        _cache["store"] = store
    return _cache["store"]
