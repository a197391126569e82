"""Arms-transfer tagger: article text in, :class:`schemas.mention.Mention` objects out.

A pure library: no I/O beyond reading its bundled data files on first use of a language, and, at import, looking
for a compiled build of these very sources (:mod:`.native`).
"""

from __future__ import annotations

from services.extractor.tagging import native

# Before any other tagger module is imported: a compiled build of these sources, when there is one, comes first.
if (_build := native.locate()) is not None:
    __path__.insert(0, str(_build))

from schemas.mention import Mention
from services.extractor.tagging.article import tag_article
from services.extractor.tagging.language import detect_language
from services.extractor.tagging.lexicon import LANGUAGES, lexicon

TAGGER_VERSION = "0.1.0"

__all__ = ["LANGUAGES", "TAGGER_VERSION", "detect_language", "tag"]


def tag(text: str, lang: str | None = None, title: str | None = None) -> list[Mention]:
    """Return the arms-transfer mentions of one article.

    ``lang`` is detected when not given (or not supported); ``title`` only raises confidence,
    evidence spans always index ``text``. Never raises on arbitrary text.
    """
    if not text or not text.strip():
        return []
    if lang not in LANGUAGES:
        lang = detect_language(text if title is None else f"{title}\n{text}")
    return tag_article(text, lexicon(lang), title)
