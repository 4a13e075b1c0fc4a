"""The main job end to end: files -> read -> link -> build -> store, serially or in worker processes."""

import pyoxigraph as ox
import pytest

from tests.conftest import AKN
from unkg.graph.stores import open_store
from unkg.ingest.errors import IngestError
from unkg.pipeline import default_workers, expand, ingest_paths

GENERATED = "http://www.w3.org/ns/prov#generatedAtTime"


def content(store) -> set[str]:
    return {str(q) for q in store.quads() if q.predicate.value != GENERATED}


@pytest.fixture(scope="module")
def files():
    return sorted((AKN / "ecosoc" / "2021" / "English").glob("*.xml"))[:12] + sorted((AKN / "ecosoc" / "2021" / "Chinese").glob("*.xml"))[:12]


def test_worker_processes_build_exactly_what_one_process_builds(tmp_path, files):
    assert default_workers(len(files)) >= 1
    serial, parallel = open_store(tmp_path / "serial"), open_store(tmp_path / "parallel")
    a = ingest_paths(files, serial, workers=1)
    b = ingest_paths(files, parallel, workers=2)
    assert (a.files, a.documents, a.paragraphs, a.triples) == (b.files, b.documents, b.paragraphs, b.triples)
    assert content(serial) == content(parallel)
    assert a.languages == {"en", "zh"}


def test_reingesting_replaces_the_documents_graphs_and_nothing_else(tmp_path, files):
    store = open_store(tmp_path / "st")
    ingest_paths(files, store, workers=1)
    before = content(store)
    graphs_before = set(store.graphs())
    ingest_paths(files[:3], store, workers=1)
    assert content(store) == before
    assert set(store.graphs()) == graphs_before


def test_a_failing_file_stops_the_run_and_stores_nothing_of_it(tmp_path, files):
    bad = tmp_path / "in" / "broken.xml"
    bad.parent.mkdir()
    bad.write_text("<akomaNtoso xmlns='http://docs.oasis-open.org/legaldocml/ns/akn/3.0'><statement>", "utf-8")
    store = open_store(tmp_path / "st")
    with pytest.raises(IngestError, match="broken.xml"):
        ingest_paths([*files[:2], bad], store, workers=1)
    assert not [g for g in store.graphs() if "broken" in g]
    summary = ingest_paths([*files[:2], bad], open_store(tmp_path / "st2"), keep_going=True, workers=2)
    assert summary.files == 2 and len(summary.failures) == 1 and "broken.xml" in summary.failures[0]


def test_globs_and_folders_expand_in_a_stable_order(files):
    folder = files[0].parent
    by_glob = expand([str(folder / "E_RES_2021_1*.xml")])
    assert by_glob == sorted(by_glob) and all(p.name.startswith("E_RES_2021_1") for p in by_glob)
    assert set(by_glob) <= set(expand([folder]))
    assert expand([files[0], files[0]]) == [files[0]]


def test_the_store_answers_after_a_parallel_ingest(tmp_path, files):
    store = open_store(tmp_path / "st")
    ingest_paths(files, store)
    rows = list(store.query("SELECT (COUNT(DISTINCT ?w) AS ?n) WHERE { ?w frbr:realization ?e }"))
    assert int(rows[0]["n"].value) == len({f.name.split("-")[0] for f in files})
    assert isinstance(store.ox, ox.Store)


def test_two_files_of_one_document_and_language_in_one_run_are_refused(tmp_path, files):
    """A copy of a file under another name (the corpus has files whose metadata names another
    resolution) must not silently overwrite the first one's graph."""
    copy = tmp_path / "copy.xml"
    copy.write_bytes(files[0].read_bytes())
    store = open_store(tmp_path / "st")
    summary = ingest_paths([files[0], copy], store, keep_going=True, workers=1)
    assert summary.files == 1 and len(summary.failures) == 1
    assert "copy.xml" in summary.failures[0] and files[0].name in summary.failures[0]
    with pytest.raises(IngestError, match="already gave in this run"):
        ingest_paths([files[0], copy], open_store(tmp_path / "st2"), workers=1)


def test_a_reader_process_killed_mid_run_loses_no_file(tmp_path, files):
    """A worker process that dies (here: killed once the first file is stored) breaks the pool;
    the groups not yet stored are read again, one process at a time, and the store ends as a
    serial run leaves it. Results are taken as they come (a window of groups ahead), so this also
    checks that none is skipped or stored twice across the restart."""
    import signal

    import psutil

    serial = open_store(tmp_path / "serial")
    ingest_paths(files, serial, workers=1)
    killed: list[int] = []

    def kill_a_reader(path, error):
        if not killed:
            children = psutil.Process().children(recursive=True)
            if children:
                children[-1].send_signal(signal.SIGKILL)
                killed.append(children[-1].pid)

    parallel = open_store(tmp_path / "parallel")
    summary = ingest_paths(files, parallel, workers=2, on_file=kill_a_reader)
    assert killed
    assert summary.files == len(files) and not summary.failures
    assert content(parallel) == content(serial)
