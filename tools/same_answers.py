"""Do two revisions of unkg give the same answers? Build the same corpus with each and compare.

    python tools/same_answers.py OLD NEW [PATH ...] [--work DIR]

For each revision (anything ``git worktree add`` takes), checks it out into a worktree under
``--work``, ingests PATHs (default: the corpus's whole ``akn/`` tree and the seed) with that
revision's own ``unkg ingest`` into a fresh on-disk store, and dumps the store as sorted N-Quads
less the ``prov:generatedAtTime`` timestamps and the reference graph's digest. Then runs every query of NEW's library, with its
default parameters, on both stores and compares the rows. Prints one line per check and exits 1
when anything differs (with the first differing quads or rows).

A refactoring step (DESIGN.md: the house issue) must leave both the same.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pyoxigraph as ox

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # NEW's query library: this checkout's
CORPUS = REPO.parent / "shared" / "corpus"
TIMESTAMP = "<http://www.w3.org/ns/prov#generatedAtTime>"
# the reference graph's digest hashes its source files' names with their bytes: moving a YAML file
# changes it, while any change of content shows in the reference graph's other quads anyway
DIGEST = "<https://w3id.org/unkg/ontology#parserVersion>"


def built(rev: str, paths: list[Path], work: Path) -> Path:
    """The store ``rev`` builds from ``paths``, kept under ``work`` and reused: built from a
    worktree of ``rev`` (removed once the store is there) into a folder renamed when complete, so
    a run cut short is never taken for a whole store."""
    name = rev.replace("/", "_")
    store = work / f"store-{name}"
    if store.exists():
        return store
    tree, part = work / name, work / f"store-{name}.part"
    shutil.rmtree(part, ignore_errors=True)
    r = subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", "-q", str(tree), rev], capture_output=True, text=True)
    if r.returncode:
        sys.exit(f"same_answers: cannot check out {rev!r}: {' '.join(r.stderr.split())}")
    try:
        build(tree, paths, part)
    finally:
        subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(tree)], check=True)
    part.rename(store)
    return store


def build(tree: Path, paths: list[Path], store: Path) -> None:
    """``unkg ingest`` of that revision, run from its own source (PYTHONPATH wins over the install)."""
    env = {"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin", "HOME": str(store.parent), "XDG_CACHE_HOME": str(store.parent / "cache")}
    code = "import sys, unkg.cli; assert unkg.cli.__file__.startswith(sys.argv[1]); sys.argv = sys.argv[1:]; unkg.cli.main()"
    r = subprocess.run([sys.executable, "-c", code, str(tree), "ingest", "--keep-going", "--store", str(store), *map(str, paths)],
                       env=env, capture_output=True, text=True)
    if r.returncode not in (0, 2):  # 2: some files were skipped, as the corpus has a few unreadable ones
        sys.exit(f"same_answers: ingest at {tree.name} failed ({r.returncode}): {r.stderr.strip()[-500:]}")


def dump(store: Path) -> list[str]:
    s = ox.Store.read_only(str(store / "oxigraph"))  # the oxigraph folder of an unkg store
    lines = sorted(str(q) for q in s if str(q.predicate) != TIMESTAMP and not (str(q.predicate) == DIGEST and "/graph/reference" in str(q.graph_name)))
    del s
    return lines


def rows(store: Path) -> dict[str, list[str]]:
    """Every library query's rows (NEW's library, default parameters), as sorted strings; a value
    that is one of the store's ingest timestamps (provenance's ``?read_at``) is masked."""
    from unkg.graph.stores import open_store
    from unkg.queries import bind, list_queries

    st = open_store(store, read_only=True)
    stamps = {str(r["t"]) for r in st.query(f"SELECT DISTINCT ?t WHERE {{ ?g {TIMESTAMP} ?t }}")}

    def cell(term) -> str:
        return "" if term is None else "(timestamp)" if str(term) in stamps else str(term)

    out = {}
    for q in list_queries():
        result = st.query(bind(q))
        out[q.name] = sorted(" | ".join(cell(r[v]) for v in result.variables) for r in result)
    st.close()
    return out


def first_difference(a: list[str], b: list[str]) -> str:
    only_a, only_b = sorted(set(a) - set(b)), sorted(set(b) - set(a))
    return f"{len(only_a)} only in OLD, {len(only_b)} only in NEW; e.g. -{only_a[:1]} +{only_b[:1]}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--work", type=Path, help="where the stores go, kept for the next run (default: a temporary folder)")
    args = ap.parse_args()
    paths = args.paths or [CORPUS / "akn", CORPUS / "seed"]
    work = args.work or Path(tempfile.mkdtemp(prefix="unkg-same-"))
    work.mkdir(parents=True, exist_ok=True)
    stores = {rev: built(rev, paths, work) for rev in (args.old, args.new)}
    same = True
    a, b = dump(stores[args.old]), dump(stores[args.new])
    print(f"quads  {args.old}: {len(a):,}  {args.new}: {len(b):,}  " + ("same" if a == b else "DIFFER: " + first_difference(a, b)))
    same &= a == b
    ra, rb = rows(stores[args.old]), rows(stores[args.new])
    for name in sorted(ra):
        ok = ra[name] == rb[name]
        same &= ok
        print(f"query  {name}: {len(ra[name])} rows  " + ("same" if ok else "DIFFER: " + first_difference(ra[name], rb[name])))
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
