"""Build hook: the browser assets ``unkg serve`` ships, built from the npm lockfile at install time.

The project's metadata is in pyproject.toml; this file only adds one step to setuptools'
``build_py``, as Python packages with browser assets conventionally do (Jupyter's, Datasette's
plugins): when Node.js's ``npm`` is on PATH, ``npm ci`` installs exactly what package-lock.json
pins (the YASGUI query editor) into node_modules/, and the built files are copied into
``unkg/serve/static/yasgui/`` (gitignored: never committed), in the source tree for an editable
install and in the wheel otherwise. It runs for ``pip install -e .`` and ``pip install .`` alike.

Without npm, or when ``npm ci`` fails (no network), the install goes on without the editor and
``unkg serve`` offers its plain query form, which needs no JavaScript library. ``npm ci`` is
skipped when node_modules already holds what the lockfile pins. ``UNKG_SKIP_NPM=1`` skips it always.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
# (npm package, its folder of built files, the files the server uses, where they go in unkg)
ASSETS = [("@zazuko/yasgui", "build", ("yasgui.min.js", "yasgui.min.css"), "unkg/serve/static/yasgui")]


def _say(message: str) -> None:
    print(f"unkg build: {message}", file=sys.stderr)


def _installed_as_locked() -> bool:
    """Whether node_modules/ holds every package package-lock.json pins, at its version (npm
    keeps what it installed in node_modules/.package-lock.json)."""
    try:
        locked = json.loads((ROOT / "package-lock.json").read_text("utf-8"))["packages"]
        installed = json.loads((ROOT / "node_modules" / ".package-lock.json").read_text("utf-8"))["packages"]
    except (OSError, ValueError, KeyError):
        return False
    return all(installed.get(name, {}).get("version") == entry.get("version") for name, entry in locked.items() if name)


def npm_ci() -> bool:
    """Install node_modules/ from the lockfile; False (and one line why) when it cannot be done."""
    if not (ROOT / "package-lock.json").is_file():
        return False
    if _installed_as_locked():
        return True  # node_modules already holds what the lockfile pins
    if os.environ.get("UNKG_SKIP_NPM"):
        _say("UNKG_SKIP_NPM is set: not running npm ci")
        return False
    npm = shutil.which("npm")
    if npm is None:
        _say("npm is not installed: the query editor (YASGUI) is left out; unkg serve offers its plain form")
        return False
    _say("npm ci (the query editor, YASGUI, pinned by package-lock.json)")
    try:
        subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=ROOT, check=True, timeout=900)
    except (OSError, subprocess.SubprocessError) as e:
        _say(f"npm ci failed ({e}): the query editor is left out; unkg serve offers its plain form")
        return False
    return True


def copy_assets(targets: list[Path]) -> None:
    for package, built, required, dest in ASSETS:
        source = ROOT / "node_modules" / package / built
        if not all((source / name).is_file() for name in required):
            continue
        for target in targets:
            folder = target / dest
            if folder.resolve() == source.resolve():
                continue
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(parents=True)
            for name in required:
                shutil.copy2(source / name, folder / name)
            _say(f"{package} copied to {folder}")


class BuildWithBrowserAssets(build_py):
    """``build_py``, then the browser assets beside the package's own files."""

    def run(self) -> None:
        super().run()
        if npm_ci():
            targets = [ROOT] if getattr(self, "editable_mode", False) else [Path(self.build_lib)]
            copy_assets(targets)


setup(cmdclass={"build_py": BuildWithBrowserAssets})
