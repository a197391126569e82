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
_WORD = re.compile(r"[^\W\d_]+")


@cache
def _identifier() -> Any:
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)
    identifier.set_languages(_CANDIDATES)
    return identifier


def _nynorsk_share(text: str) -> tuple[int, int]:
    words = [w.lower() for w in _WORD.findall(text[:2500])]
    markers = shared()
    nynorsk = sum(1 for w in words if w in markers.nynorsk)
    bokmal = sum(1 for w in words if w in markers.bokmal)
    return nynorsk, bokmal


def detect_language(text: str) -> str:
    """Return ``da``, ``nb``, ``nn``, ``sv``, ``de`` or ``en`` for ``text``.

    Empty or undecidable text is reported as ``en``; never raises.
    """
    sample = text[:2500]
    if not _WORD.search(sample):
        return "en"
    lang, _score = _identifier().classify(sample)
    if lang in ("no", "nn", "da"):
        nynorsk, bokmal = _nynorsk_share(sample)
        if (nynorsk >= 2 and nynorsk >= bokmal * 0.5) or (nynorsk >= 1 and bokmal == 0 and lang != "da"):
            return "nn"
        if lang == "nn":
            return "nn" if nynorsk > bokmal else "nb"
        return "nb" if lang == "no" else "da"
    return str(lang)
