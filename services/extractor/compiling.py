"""``armswatch native build``: compile the tagger with mypyc into the cache that :mod:`.tagging.native` reads.

The build runs in a scratch copy of the ``schemas`` and ``services`` packages (mypy reads the whole import graph),
one C extension per module (``separate``) so that the C compiler runs on both cores, and only the tagger's
extensions are kept. A finished build is renamed into place in one step and marked complete last, so an
interrupted build is never imported. Needs mypy (which ships mypyc), setuptools and a C compiler: a dev
install has the first two; the deployment image builds in a stage that has all three.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import structlog

from services.extractor.errors import NativeBuildError
from services.extractor.tagging import native

log = structlog.get_logger(__name__)

_PACKAGE = ("services", "extractor", "tagging")

# mypy's view for the build: the stub-less libraries the tagger imports are Any, as in pyproject's [tool.mypy].
_MYPY_INI = """[mypy]
python_version = 3.11
ignore_missing_imports = True
"""

_SETUP = """
import sys
from setuptools import setup
from mypyc.build import mypycify

setup(
    name="armswatch-native-tagger",
    ext_modules=mypycify(sys.argv[2:], opt_level="3", debug_level="0", separate=True),
    script_args=["build_ext", "--inplace", "--parallel", sys.argv[1]],
)
"""


def build(*, force: bool = False) -> Path:
    """Compile the tagger for its current sources unless that build exists; return the build's directory.

    Raises :class:`NativeBuildError` when compiling fails (the pure-Python tagger goes on working).
    """
    fp = native.fingerprint()
    target = native.build_dir(fp)
    if native.complete(target) and not force:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="build-", dir=target.parent) as scratch:
        work = Path(scratch) / "src"
        root = Path(native.__file__).resolve().parents[3]  # holds the schemas and services packages
        for package in ("schemas", "services"):
            shutil.copytree(root / package, work / package, ignore=_not_source)
        (work / "mypy.ini").write_text(_MYPY_INI, encoding="utf-8")
        sources = [str(Path(*_PACKAGE, p.name)) for p in native.compiled_sources()]
        jobs = str(max(1, len(os.sched_getaffinity(0))))
        done = subprocess.run(  # noqa: S603 - our own interpreter on our own files
            [sys.executable, "-c", _SETUP, jobs, *sources], cwd=work, capture_output=True, text=True, check=False
        )
        if done.returncode != 0:
            tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-15:])
            raise NativeBuildError(f"mypyc build failed (exit {done.returncode}):\n{tail}")
        staged = Path(scratch) / "out"
        staged.mkdir()
        for ext in work.joinpath(*_PACKAGE).iterdir():
            if ext.suffix in (".so", ".pyd"):
                ext.rename(staged / ext.name)
        (staged / native.COMPLETE).write_text(fp + "\n", encoding="utf-8")
        if target.exists():
            if native.complete(target) and not force:
                return target  # another process finished the same build first
            shutil.rmtree(target, ignore_errors=True)
        try:
            staged.rename(target)
        except OSError:
            if not native.complete(target):
                raise  # not a race with another build of the same sources
    log.info("native_tagger_built", path=str(target), seconds=round(time.perf_counter() - started, 1))
    return target


def _not_source(directory: str, names: list[str]) -> set[str]:
    """Copy only Python sources and their packages: no caches, data files or earlier builds."""
    base = Path(directory)
    return {n for n in names if not (n.endswith(".py") or ((base / n).is_dir() and n != "__pycache__"))}


def prune(keep: Path) -> list[Path]:
    """Remove the builds of older sources from the cache; return what was removed."""
    removed = []
    for entry in keep.parent.iterdir():
        if entry != keep and entry.is_dir() and not entry.name.startswith("build-"):
            shutil.rmtree(entry, ignore_errors=True)
            removed.append(entry)
    return removed
