"""Where the tagger's compiled (mypyc) modules are, when a build of exactly these sources exists.

The tagger is plain, fully typed Python. mypyc compiles the same modules to C extensions that tag about 1.5
times as fast with the same output (``tests/unit/extractor/test_native.py`` compares both on every corpus).
A compiled module placed beside its ``.py`` file would shadow it, and an edit to the source would then run
the old code unnoticed, so builds never go into the source tree. They go into a cache directory named by a
fingerprint of the sources (``armswatch native build``), and ``tagging/__init__`` puts a build first on the
package's ``__path__`` only when its fingerprint is that of the sources beside it. Any edit changes the
fingerprint, and the pure-Python modules run until the next build.

``ARMSWATCH_NATIVE``: ``auto`` (default: a matching build if there is one), ``off`` (always pure Python), ``on``
(a matching build or an error). ``ARMSWATCH_NATIVE_DIR``: the cache (default ``$ARMSWATCH_HOME/native``).

This module and ``__init__`` are never compiled: they choose what is imported. Standard library only.
"""

from __future__ import annotations

import hashlib
import os
import sys
import sysconfig
from pathlib import Path

_HERE = Path(__file__).resolve().parent
_SCHEMAS = _HERE.parents[2] / "schemas"  # the event models the compiled code constructs
_NOT_COMPILED = frozenset({"__init__.py", "native.py"})
COMPLETE = "COMPLETE"  # written last by the builder: a build without it was interrupted


class NativeTaggerMissingError(RuntimeError):
    """Raised when ``ARMSWATCH_NATIVE=on`` and no build matches the tagger's sources."""


def compiled_sources() -> list[Path]:
    """The tagger modules mypyc compiles, in a stable order."""
    return sorted(p for p in _HERE.glob("*.py") if p.name not in _NOT_COMPILED)


def fingerprint() -> str:
    """A digest of everything a build depends on: the compiled sources, the event models, the Python ABI."""
    digest = hashlib.sha256()
    digest.update(f"{sysconfig.get_config_var('EXT_SUFFIX')}\n".encode())
    for path in [*compiled_sources(), *sorted(_SCHEMAS.glob("*.py"))]:
        digest.update(f"{path.parent.name}/{path.name}\n".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:24]


def cache_dir() -> Path:
    """Where builds are kept: ``ARMSWATCH_NATIVE_DIR``, else ``native`` under ``ARMSWATCH_HOME`` (``~/.armswatch``)."""
    configured = os.environ.get("ARMSWATCH_NATIVE_DIR")
    if configured:
        return Path(configured)
    home = os.environ.get("ARMSWATCH_HOME")
    return (Path(home) if home else Path.home() / ".armswatch") / "native"


def build_dir(fp: str | None = None) -> Path:
    """The directory a build of the current sources has (or would have)."""
    return cache_dir() / (fp or fingerprint())


def complete(build: Path) -> bool:
    """True when ``build`` is a finished build (the builder marks it complete last)."""
    return (build / COMPLETE).is_file()


def mode() -> str:
    """``ARMSWATCH_NATIVE`` as given: auto, on or off."""
    value = os.environ.get("ARMSWATCH_NATIVE", "auto").strip().lower()
    return value if value in ("auto", "on", "off") else "auto"


def locate() -> Path | None:
    """The build to import the tagger from, or ``None`` for pure Python.

    Raises :class:`NativeTaggerMissingError` when the mode is ``on`` and there is no matching build.
    """
    chosen = mode()
    if chosen == "off":
        return None
    try:
        found = build_dir()
    except OSError:
        found = None
    if found is not None and complete(found):
        return found
    if chosen == "on":
        raise NativeTaggerMissingError(f"no compiled tagger for these sources in {cache_dir()}: armswatch native build")
    return None


def active() -> bool:
    """True when the tagger's modules were imported from a compiled build."""
    module = sys.modules.get("services.extractor.tagging.article")
    return module is not None and not str(getattr(module, "__file__", "")).endswith(".py")
