"""Which build of the tagger is imported: only a complete one of exactly the current sources."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.extractor.tagging import native


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ARMSWATCH_NATIVE_DIR", str(tmp_path))
    return tmp_path


def _complete(directory: Path) -> Path:
    directory.mkdir(parents=True)
    (directory / native.COMPLETE).write_text("x\n", encoding="utf-8")
    return directory


def test_a_complete_build_of_the_current_sources_is_used(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """In auto and on modes, the complete build named by the sources' fingerprint is located."""
    built = _complete(cache / native.fingerprint())
    for mode in ("auto", "on", "AUTO", "nonsense"):
        monkeypatch.setenv("ARMSWATCH_NATIVE", mode)
        assert native.locate() == built


def test_builds_of_other_sources_and_unfinished_builds_are_ignored(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A build of other sources, or one without its completion mark, leaves the tagger in pure Python."""
    _complete(cache / ("0" * 24))
    (cache / native.fingerprint()).mkdir()
    monkeypatch.setenv("ARMSWATCH_NATIVE", "auto")
    assert native.locate() is None
    monkeypatch.setenv("ARMSWATCH_NATIVE", "on")
    with pytest.raises(native.NativeTaggerMissingError, match="armswatch native build"):
        native.locate()


def test_off_never_uses_a_build(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """ARMSWATCH_NATIVE=off keeps pure Python even when a matching build exists."""
    _complete(cache / native.fingerprint())
    monkeypatch.setenv("ARMSWATCH_NATIVE", "off")
    assert native.locate() is None


def test_the_fingerprint_follows_every_compiled_source(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Changing any compiled module changes the fingerprint, so an edited tagger never runs an old build."""
    before = native.fingerprint()
    sources = native.compiled_sources()
    assert {p.name for p in sources} >= {"article.py", "relations.py", "scanning.py"}
    assert all(p.name not in ("__init__.py", "native.py") for p in sources)
    edited = tmp_path / sources[0].parent.name / sources[0].name  # same name: only the content differs
    edited.parent.mkdir()
    edited.write_text(sources[0].read_text(encoding="utf-8") + "\n# edit\n", encoding="utf-8")
    monkeypatch.setattr(native, "compiled_sources", lambda: [edited, *sources[1:]])
    assert native.fingerprint() != before
