"""Zip archives read as folders (unkg.ingest.archive): members named ``archive.zip!member``, and
hostile archives (zip bombs, nested archives, names outside the archive, encrypted or corrupt data)
each skipped in one line with its reason while the rest of the run is stored.

The archives are made in a temporary folder from real UN files of the corpus, laid out as the
General Assembly ships its 74th session (``GA resolutions_74session_English.zip`` holding
``English/74_1.xml``); the real 74th-session English archive is unpacked from the scale tarball (it
is the tarball's third member: under a second)."""

import struct
import tarfile
import zipfile

import pytest

from tests.conftest import CORPUS, akn_file
from unkg.graph.stores import open_store
from unkg.ingest import archive, read
from unkg.ingest.errors import IngestError
from unkg.pipeline import expand, ingest_paths

EN = akn_file("ecosoc", "2022", "E_RES_2022_15", "en")
ZH = akn_file("ecosoc", "2022", "E_RES_2022_15", "zh")
FILE_NAME = "https://w3id.org/unkg/ontology#fileName"


def make_zip(path, members: dict[str, bytes]):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


def file_names(store) -> set[str]:
    return {r["f"].value for r in store.query(f"SELECT ?f WHERE {{ GRAPH ?g {{ ?s <{FILE_NAME}> ?f }} }}")}


def test_a_zip_is_read_as_a_folder_and_its_members_named_in_provenance(tmp_path):
    z = make_zip(tmp_path / "GA resolutions_test_English.zip", {f"English/{EN.name}": EN.read_bytes(), f"Chinese/{ZH.name}": ZH.read_bytes(),
                                                                 "English/readme.docx": b"not read"})
    found = expand([tmp_path])
    assert [str(f) for f in found] == [f"{z}!Chinese/{ZH.name}", f"{z}!English/{EN.name}"]  # the .docx is no UN document
    store = open_store(tmp_path / "st")
    summary = ingest_paths(found, store, workers=1)
    assert (summary.files, summary.documents, summary.failures) == (2, 2, [])
    assert summary.languages == {"en", "zh"}
    assert file_names(store) == {f"{z.name}!English/{EN.name}", f"{z.name}!Chinese/{ZH.name}"}
    # the member's record is the file's record: the same paragraphs as the file read from its folder
    assert [p.id for p in read(found[1])[0].paragraphs] == [p.id for p in read(EN)[0].paragraphs]


def _encrypted(path, name: str, data: bytes):
    """A zip whose member is marked encrypted (the flag bit of its local and central headers)."""
    make_zip(path, {name: data})
    raw = bytearray(path.read_bytes())
    local = raw.find(b"PK\x03\x04")
    central = raw.find(b"PK\x01\x02")
    struct.pack_into("<H", raw, local + 6, struct.unpack_from("<H", raw, local + 6)[0] | 1)
    struct.pack_into("<H", raw, central + 8, struct.unpack_from("<H", raw, central + 8)[0] | 1)
    path.write_bytes(bytes(raw))
    return path


def _corrupt_member(path, name: str, data: bytes):
    """A zip whose member's compressed data is damaged (its CRC or its deflate stream fails)."""
    make_zip(path, {name: data})
    raw = bytearray(path.read_bytes())
    start = raw.find(b"PK\x03\x04") + 30 + len(name)
    for i in range(start + 100, start + 400):
        raw[i] ^= 0x5A
    path.write_bytes(bytes(raw))
    return path


def test_hostile_archives_are_skipped_one_line_each_and_the_rest_is_stored(tmp_path, monkeypatch):
    monkeypatch.setattr(archive, "MAX_MEMBER", 2_000_000)  # a bomb of this test's size: 40 MB of zeros
    root = tmp_path / "in"
    root.mkdir()
    good = make_zip(root / "good.zip", {f"English/{EN.name}": EN.read_bytes()})
    make_zip(root / "bomb.zip", {"English/bomb.xml": b"\0" * 40_000_000, f"Chinese/{ZH.name}": ZH.read_bytes()})
    make_zip(root / "nested.zip", {"inner.zip": good.read_bytes()})
    make_zip(root / "traversal.zip", {"../../etc/evil.xml": EN.read_bytes(), "/abs/evil.xml": EN.read_bytes()})
    _encrypted(root / "encrypted.zip", "English/secret.xml", EN.read_bytes())
    _corrupt_member(root / "damaged.zip", "English/damaged.xml", EN.read_bytes())
    (root / "notazip.zip").write_bytes(b"PK\x03\x04 this is no archive")
    (root / "truncated.zip").write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2])
    store = open_store(tmp_path / "st")
    summary = ingest_paths([root], store, keep_going=True, workers=1)
    assert summary.files == 2 and summary.languages == {"en", "zh"}  # the good member and the bomb's neighbour
    problems = "\n".join(summary.failures)
    expected = {
        "bomb.zip!English/bomb.xml": "unpacks to 40,000,000 bytes",
        "nested.zip!inner.zip": "nested archives are not opened",
        "traversal.zip!../../etc/evil.xml": "named outside the archive",
        "traversal.zip!/abs/evil.xml": "named outside the archive",
        "encrypted.zip!English/secret.xml": "encrypted",
        "damaged.zip!English/damaged.xml": "cannot unpack the member",
        "notazip.zip": "not a readable zip archive",
        "truncated.zip": "not a readable zip archive",
    }
    assert len(summary.failures) == len(expected), problems
    for name, reason in expected.items():
        line = next((f for f in summary.failures if f.split(": ", 1)[0].endswith(name)), None)
        assert line is not None and reason in line and "\n" not in line, (name, problems)
    assert "Traceback" not in problems
    assert not (tmp_path / "etc").exists() and not (root.parent / "etc").exists()
    assert file_names(store) == {f"good.zip!English/{EN.name}", f"bomb.zip!Chinese/{ZH.name}"}


def test_an_archive_too_large_in_all_is_refused_whole(tmp_path, monkeypatch):
    monkeypatch.setattr(archive, "MAX_ARCHIVE", 1_000_000)
    z = make_zip(tmp_path / "big.zip", {f"English/{i}-{EN.name}": EN.read_bytes() for i in range(12)})
    [only] = expand([z])
    with pytest.raises(IngestError, match=r"big\.zip: unpacks to [\d,]+ bytes: unkg reads archives of up to 1,000,000"):
        read(only)


def test_the_general_assemblys_74th_session_is_read_from_its_zip_files(tmp_path):
    """The GA repository as cloned: session 74 ships one zip per language. Only the English zip is
    unpacked from the scale tarball (its third member: a short read of the stream)."""
    want = "74session/GA resolutions_74session_English.zip"
    with tarfile.open(CORPUS / "scale" / "ga-74-80.tar.xz", "r:xz") as tar:
        for member in tar:
            if member.name == want:
                tar.extract(member, tmp_path, filter="data")
                break
    z = tmp_path / want
    members = expand([z.parent])
    assert len(members) == 313 and all(str(m).startswith(f"{z}!English/74_") for m in members)
    chosen = [m for m in members if m.member in ("English/74_1.xml", "English/74_10.xml", "English/74_100.xml")]
    store = open_store(tmp_path / "st")
    summary = ingest_paths(chosen, store, workers=1)
    assert summary.files == 3 and summary.failures == [] and summary.languages == {"en"}
    assert file_names(store) == {f"{z.name}!English/74_1.xml", f"{z.name}!English/74_10.xml", f"{z.name}!English/74_100.xml"}
    symbols = {r["s"].value for r in store.query("SELECT ?s WHERE { ?w dcterms:identifier ?s ; frbr:realization ?e }")}
    assert {"A/RES/74/1", "A/RES/74/10", "A/RES/74/100"} <= symbols
