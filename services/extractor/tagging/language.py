"""Which of the six supported languages an article is written in.

py3langid, restricted to Danish, Norwegian, Swedish, German and English, picks the language;
Norwegian is then split into Bokmål and Nynorsk by counting Nynorsk marker words.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from services.extractor.tagging.lexicon import shared

_CANDIDATES = ["da", "no", "nn", "sv", "de", "en"]
_MIN_MARKERS = 2
_SAMPLE = 1500
_WORD = re.compile(r"[^\W\d_]+")


@cache
def _identifier() -> Any:
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)
    identifier.set_languages(_CANDIDATES)
    return identifier


def _nynorsk_share(text: str) -> tuple[int, int]:
    words = [w.lower() for w in _WORD.findall(text[:_SAMPLE])]
    markers = shared()
    nynorsk = sum(1 for w in words if w in markers.nynorsk)
    bokmal = sum(1 for w in words if w in markers.bokmal)
    return nynorsk, bokmal


def detect_language(text: str) -> str:
    """Return ``da``, ``nb``, ``nn``, ``sv``, ``de`` or ``en`` for ``text``.

    Empty or undecidable text is reported as ``en``; never raises.
    """
    sample = text[:_SAMPLE]
    if not _WORD.search(sample):
        return "en"
    lang, _score = _identifier().classify(sample)
    if lang in ("no", "nn", "da"):
        nynorsk, bokmal = _nynorsk_share(sample)
        if nynorsk >= _MIN_MARKERS and nynorsk > bokmal:
            return "nn"
        if lang == "da":
            return "da"
        return "nb" if lang == "no" or bokmal >= nynorsk else "nn"
    return str(lang)
