"""Importing the ingest stage reads no data: the YAML registries and profiles load on first use."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_no_yaml_is_read_at_import():
    code = textwrap.dedent('''
        import importlib, pkgutil, yaml
        calls = []
        for name in ("load", "safe_load", "full_load", "load_all", "safe_load_all"):
            real = getattr(yaml, name)
            setattr(yaml, name, lambda *a, _real=real, _name=name, **k: calls.append(_name) or _real(*a, **k))
        import unkg.ingest
        for m in pkgutil.walk_packages(unkg.ingest.__path__, "unkg.ingest."):
            importlib.import_module(m.name)
        print(len(calls))
    ''')
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0", out.stdout + out.stderr
