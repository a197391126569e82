"""Sentence splitting and tokenisation with character offsets into the original text.

Offsets always index the text as given, so ``text[s.start:s.end]`` is the sentence verbatim.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from services.extractor.tagging.lexicon import shared

# A boundary: terminal punctuation (optionally closing quotes/brackets) followed by whitespace and an
# upper-case letter, digit, quote or dash; or a line break.
_BOUNDARY = re.compile(r"(?<=[.!?…])[\"'»”’)\]]*\s+(?=[\"'«»„“(\[–—-]?\s*[A-ZÆØÅÄÖÜ0-9])|\n+")
_TOKEN = re.compile(
    r"\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?(?![\d])"
    r"|\d+(?:[.,]\d+)*"
    r"|[^\W_][\w]*(?:[-'’/][\w]+)*"
    r"|[^\w\s]"
)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence's offsets in the article text."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Token:
    """A token: its lower-cased form and its offsets in the article text."""

    low: str
    start: int
    end: int
    text_upper: bool = False


def _ends_with_abbreviation(chunk: str) -> bool:
    stripped = chunk.rstrip()
    if not stripped.endswith("."):
        return False
    word = stripped[:-1].rsplit(None, 1)[-1].lower() if stripped[:-1].split() else ""
    word = word.lstrip("(\"'«„“")
    if word in shared().abbreviations or (len(word) == 1 and word.isalpha()):
        return True
    # "am 15. Januar", "den 3. juni": an ordinal day number, not a sentence end.
    return len(word) <= 2 and word.isdigit()


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences, trimming surrounding whitespace; never raises."""
    sentences: list[Sentence] = []
    start = 0
    for boundary in _BOUNDARY.finditer(text):
        if "\n" not in boundary.group() and _ends_with_abbreviation(text[start : boundary.start()]):
            continue
        _append(text, start, boundary.start(), sentences)
        start = boundary.end()
    _append(text, start, len(text), sentences)
    return sentences


def _append(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end))


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokenise ``text[start:end]`` into words, numbers and punctuation with absolute offsets."""
    return [
        Token(m.group().lower().replace("’", "'"), m.start(), m.end(), m.group()[0].isupper())
        for m in _TOKEN.finditer(text, start, len(text) if end is None else end)
    ]


def token_index(tokens: list[Token], starts: list[int], offset: int) -> int:
    """Return the index of the token containing (or nearest before) character ``offset``."""
    return max(0, bisect_right(starts, offset) - 1) if tokens else 0


def normalised(tokens: list[Token]) -> str:
    """Return the tokens as `` tok tok tok `` for whole-word phrase lookups."""
    return " " + " ".join(t.low for t in tokens) + " "
