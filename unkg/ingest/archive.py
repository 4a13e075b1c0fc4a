"""Zip archives read as folders: each member a file of the tree, named ``archive.zip!member/path``.

The UN ships some sessions of its repositories as zip files (the General Assembly's 74th session:
``GA resolutions_74session_English.zip`` holding ``English/74_1.xml`` ...). :func:`members` lists
what an archive holds that the readers take; :func:`extracted` gives one member to a reader as a
file of its own name (``74_1.xml``, in a temporary folder), so every reader reads it as it reads a
file in a folder, and what it records names the member as ``archive.zip!English/74_1.xml``.

An archive is input like any other, so nothing in one may harm the machine or stop the run
(DESIGN.md §9): a member is refused, with one line saying why, when it is larger than
:data:`MAX_MEMBER` bytes unpacked (a zip bomb: zip's own reader never inflates a member beyond
the size its directory declares, so the declared size bounds what is read), encrypted, a link, an
archive itself (nested archives are not opened), or named outside the archive (``../``, an
absolute path; nothing is ever written under a member's name); an archive that is not a readable
zip, or that declares more than :data:`MAX_ARCHIVE` bytes or :data:`MAX_MEMBERS` members in all,
is refused whole, in one line. A member whose data is corrupt (a CRC error, bad compressed data)
fails alone.
"""

from __future__ import annotations

import stat
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from unkg.ingest.errors import IngestError

MAX_MEMBER = 256 * 1024**2  # bytes unpacked: a UN resolution's PDF is a few MB, its XML well under one
MAX_ARCHIVE = 4 * 1024**3  # bytes unpacked in all: the GA's 74th session is 14 MB a language
MAX_MEMBERS = 100_000
ARCHIVES = (".zip",)


@dataclass(frozen=True)
class ArchiveMember:
    """One member of a zip archive, as the ingest names it: ``str()`` is the archive's path and the
    member's (``corpus/74session/GA resolutions_74session_English.zip!English/74_1.xml``), ``name``
    the archive's file name and the member's (what provenance records as the source file).
    ``problem`` says why the member (or, with ``member`` empty, the whole archive) is refused."""

    archive: Path
    member: str
    problem: str | None = None

    def __str__(self) -> str:
        return f"{self.archive}!{self.member}" if self.member else str(self.archive)

    @property
    def name(self) -> str:
        return f"{self.archive.name}!{self.member}" if self.member else self.archive.name

    @property
    def suffix(self) -> str:
        return PurePosixPath(self.member).suffix

    def resolve(self) -> tuple[Path, str]:
        return self.archive.resolve(), self.member


def is_archive(path: Path) -> bool:
    return path.suffix.lower() in ARCHIVES


def members(archive: Path, wanted: Callable[[str], bool]) -> list[ArchiveMember]:
    """The members of ``archive`` that ``wanted`` (by member name) takes, in name order, and those
    refused (see the module docstring) with their ``problem``; one entry with the problem when the
    archive is refused whole."""
    try:
        with zipfile.ZipFile(archive) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as err:
        return [ArchiveMember(archive, "", f"not a readable zip archive: {err}")]
    if len(infos) > MAX_MEMBERS:
        return [ArchiveMember(archive, "", f"holds {len(infos):,} members: unkg reads archives of up to {MAX_MEMBERS:,}")]
    total = sum(i.file_size for i in infos)
    if total > MAX_ARCHIVE:
        return [ArchiveMember(archive, "", f"unpacks to {total:,} bytes: unkg reads archives of up to {MAX_ARCHIVE:,}")]
    out = []
    for info in sorted(infos, key=lambda i: i.filename):
        base = PurePosixPath(info.filename.replace("\\", "/")).name
        if info.is_dir() or not base or base.startswith(".") or info.filename.startswith("__MACOSX/"):
            continue
        problem = _refused(info)
        if problem or wanted(info.filename):
            out.append(ArchiveMember(archive, info.filename, problem))
    return out


def _refused(info: zipfile.ZipInfo) -> str | None:
    name = info.filename.replace("\\", "/")
    parts = PurePosixPath(name).parts
    if name.startswith("/") or ".." in parts or (len(name) > 1 and name[1] == ":"):
        return "a member named outside the archive (an absolute path or '..'): not read"
    if info.flag_bits & 0x1:
        return "an encrypted member: unkg reads no encrypted archives"
    if stat.S_ISLNK(info.external_attr >> 16):
        return "a symbolic link in the archive: not followed"
    if is_archive(PurePosixPath(name)):  # type: ignore[arg-type]
        return "an archive inside an archive: nested archives are not opened"
    if info.file_size > MAX_MEMBER:
        return f"unpacks to {info.file_size:,} bytes: unkg reads members of up to {MAX_MEMBER:,}"
    return None


@contextmanager
def extracted(member: ArchiveMember) -> Iterator[Path]:
    """The member as a file of its own name in a temporary folder, removed afterwards.

    Raises:
        IngestError: naming the member (``archive.zip!member``): refused, or its data unreadable.
    """
    if member.problem:
        raise IngestError(member, member.problem)
    try:
        with zipfile.ZipFile(member.archive) as z, z.open(member.member) as src:
            data = src.read(MAX_MEMBER + 1)  # never more than declared (zipfile stops there), checked again
    except Exception as err:  # noqa: BLE001 - bad CRC, a broken deflate stream (zlib.error), a password asked for ...
        raise IngestError(member, f"cannot unpack the member: {type(err).__name__}: {err}") from None
    if len(data) > MAX_MEMBER:
        raise IngestError(member, f"unpacks to more than {MAX_MEMBER:,} bytes: unkg reads members of up to {MAX_MEMBER:,}")
    with tempfile.TemporaryDirectory(prefix="unkg-member-") as folder:
        path = Path(folder) / PurePosixPath(member.member.replace("\\", "/")).name
        path.write_bytes(data)
        yield path


def relabel(err: IngestError, local: Path, member: ArchiveMember) -> IngestError:
    """A reader's error about the temporary copy, as the same error about the member."""
    problem = err.problem.replace(str(local), str(member))
    return type(err)(member, problem)
