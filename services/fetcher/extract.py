"""Article text from a page (trafilatura, in worker threads) and the language of what we got.

trafilatura runs first in its fast mode (no fallback extractors); only when that yields little text does
it run again with its fallbacks. Language: the feed's, unless py3langid, restricted to the languages we
cover, is confident otherwise; Norwegian is split into Bokmål and Nynorsk by Nynorsk marker words.
"""

from __future__ import annotations

import asyncio
import re
import threading
from concurrent.futures import Executor
from dataclasses import dataclass
from typing import Any

import trafilatura

_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_MIN_FAST_CHARS = 250
_LANGUAGES = ("da", "no", "nn", "sv", "de", "en")
_NYNORSK = frozenset({"ikkje", "eit", "frå", "noko", "kva", "korleis", "berre", "eg", "dei", "ho", "vore", "mykje"})
_BOKMAL = frozenset({"ikke", "et", "fra", "noe", "hva", "hvordan", "bare", "jeg", "de", "hun", "vært", "mye"})
_WORDS = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class Page:
    """What trafilatura found on an article page."""

    text: str
    title: str | None
    authors: tuple[str, ...]
    date: str | None


def extract_page(body: bytes, url: str) -> Page | None:
    """The main text and metadata of an HTML page, or ``None`` when nothing usable was found.

    Never raises: trafilatura failures on hostile markup count as "nothing found".
    """
    try:
        doc = _bare(body, url, fast=True)
        if doc is None or len(doc.text or "") < _MIN_FAST_CHARS:
            fuller = _bare(body, url, fast=False)
            if fuller is not None and len(fuller.text or "") > len((doc.text if doc else "") or ""):
                doc = fuller
    except Exception:  # noqa: BLE001 - third-party parser on untrusted input: any failure means "no text"
        return None
    if doc is None or not (doc.text or "").strip():
        return None
    names = re.split(r";|\s+und\s+|\s+og\s+|\s+och\s+|\s+and\s+", doc.author or "")
    authors = tuple(name.strip() for name in names if name.strip())
    return Page(text=doc.text.strip(), title=doc.title or None, authors=authors, date=doc.date or None)


def _bare(body: bytes, url: str, *, fast: bool) -> Any:
    return trafilatura.bare_extraction(
        body,
        url=url,
        fast=fast,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params=_DATE_PARAMS,
    )


async def extract_in_thread(executor: Executor | None, body: bytes, url: str) -> Page | None:
    """``extract_page`` in ``executor`` so that the event loop keeps serving other feeds."""
    return await asyncio.get_running_loop().run_in_executor(executor, extract_page, body, url)


class LanguageDetector:
    """py3langid restricted to da/nb/nn/sv/de/en; the model loads once, on first use."""

    _lock = threading.Lock()
    _identifier: Any = None

    def __init__(self, threshold: float = 0.9) -> None:
        self.threshold = threshold

    @classmethod
    def _model(cls) -> Any:
        with cls._lock:
            if cls._identifier is None:
                from py3langid.langid import MODEL_FILE, LanguageIdentifier  # heavy: load lazily

                identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
                identifier.set_languages([lang for lang in _LANGUAGES if lang in identifier.labels])
                # Keep only the restricted columns: the full 97-language matrix is ~27 MB we never use.
                identifier._full_model = (identifier.nb_ptc, identifier.nb_pc, identifier.nb_classes)
                cls._identifier = identifier
            return cls._identifier

    def detect(self, text: str) -> tuple[str, float]:
        """``(language, confidence)`` with Norwegian resolved to ``nb`` or ``nn``."""
        sample = text[:2000]
        language, confidence = self._model().classify(sample)
        if language in ("no", "nn", "nb"):
            language = norwegian_variant(sample) or ("nn" if language == "nn" else "nb")
        return str(language), float(confidence)

    def choose(self, feed_language: str, text: str | None) -> str:
        """The feed's language unless detection on ``text`` is confident otherwise."""
        if not text or len(text) < 40:
            return feed_language
        language, confidence = self.detect(text)
        if feed_language in ("nb", "nn", "no") and language in ("nb", "nn"):
            # Within Norwegian the marker words decide; the model's nb/nn split is not reliable.
            return norwegian_variant(text) or (language if feed_language == "no" else feed_language)
        if confidence >= self.threshold:
            return language
        return feed_language


def norwegian_variant(text: str) -> str | None:
    """``nn`` when Nynorsk marker words outnumber their Bokmål twins, ``nb`` when the reverse, else ``None``."""
    words = [w.lower() for w in _WORDS.findall(text[:5000])]
    nynorsk = sum(1 for w in words if w in _NYNORSK)
    bokmal = sum(1 for w in words if w in _BOKMAL)
    if nynorsk >= 2 and nynorsk > bokmal:
        return "nn"
    if bokmal >= 2 and bokmal > nynorsk:
        return "nb"
    return None
