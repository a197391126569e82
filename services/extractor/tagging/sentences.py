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
# (The pattern starts with a character class so the regex engine can skip quickly to candidates.)
_BOUNDARY = re.compile(r"[.!?…](?P<gap>[\"'»”’)\]]*\s+)(?=[\"'«»„“(\[–—-]?\s*[A-ZÆØÅÄÖÜ0-9])|\n+")
_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}(?![\w])"  # "U.S.", "U.K.": one token
    r"|"
    r"\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?(?![\d])"
    r"|\d+(?:[.,]\d+)*"
    r"|[^\W_][\w]*(?:[-'’/][\w]+)*"
    r"|[^\w\s]"
)


_LONGEST_ABBREVIATION = 8
_WINDOW = 400
_LOOKAHEAD = 8  # room for the boundary pattern to see the next sentence's first letter


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence's offsets in the article text."""

    start: int
    end: int


@dataclass(slots=True)
class Token:
    """A token: its lower-cased form and its offsets in the article text."""

    low: str
    start: int
    end: int
    text_upper: bool = False


def _cuts(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int, bool]]:
    """Candidate boundaries in ``text[lo:hi]`` as (start, end, is_line_break) of the gap between sentences."""
    out = []
    for m in _BOUNDARY.finditer(text, lo, len(text) if hi is None else hi):
        gap = m.start("gap")
        out.append((m.start(), m.end(), True) if gap < 0 else (gap, m.end(), "\n" in m.group("gap")))
    return out


def _ends_with_abbreviation(text: str, end: int) -> bool:
    """True when the full stop just before ``end`` closes an abbreviation or an ordinal day."""
    if end < 1 or text[end - 1] != ".":
        return False
    k = end - 1
    while k > 0 and end - k <= _LONGEST_ABBREVIATION and not text[k - 1].isspace():
        k -= 1
    word = text[k : end - 1].lower().lstrip("(\"'«„“")
    if word in shared().abbreviations or (len(word) == 1 and word.isalpha()):
        return True
    # "am 15. Januar", "den 3. juni": an ordinal day number, not a sentence end.
    return len(word) <= 2 and word.isdigit()


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences, trimming surrounding whitespace; never raises."""
    sentences: list[Sentence] = []
    start = 0
    for cut, end, hard in _cuts(text):
        if not hard and _ends_with_abbreviation(text, cut):
            continue
        _append(text, start, cut, sentences)
        start = end
    _append(text, start, len(text), sentences)
    return sentences


class SentenceIndex:
    """Sentences found on demand: only the boundaries around a position of interest are looked at.

    ``at(pos)`` returns the same sentence :func:`split_sentences` would return around ``pos``
    (or ``None`` in the whitespace between sentences), without splitting the whole text.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._real: dict[int, bool] = {}
        self._by_start: dict[int, Sentence] = {}
        self._by_end: dict[int, Sentence] = {}

    def _is_real(self, start: int, hard: bool) -> bool:
        known = self._real.get(start)
        if known is None:
            known = hard or not _ends_with_abbreviation(self._text, start)
            self._real[start] = known
        return known

    def _left(self, pos: int) -> tuple[int, int] | None:
        """The last real boundary that starts before ``pos``: (start, end), or None at the text start."""
        hi = min(len(self._text), pos + _LOOKAHEAD)
        lo = pos
        while lo > 0:
            top = lo
            lo = max(0, lo - _WINDOW)
            cuts = _cuts(self._text, lo, hi)
            for start, end, hard in reversed(cuts):
                if start <= pos and start < top and self._is_real(start, hard):
                    return start, end
        return None

    def _right(self, pos: int) -> int:
        """The start of the first real boundary after ``pos`` (the text's end when there is none)."""
        for m in _BOUNDARY.finditer(self._text, pos):
            gap = m.start("gap")
            start, hard = (m.start(), True) if gap < 0 else (gap, "\n" in m.group("gap"))
            if start > pos and self._is_real(start, hard):
                return start
        return len(self._text)

    def at(self, pos: int) -> Sentence | None:
        """Return the sentence holding character ``pos``."""
        left = self._left(pos)
        if left is not None and left[0] <= pos < left[1]:
            return None  # inside the whitespace of a boundary
        start = left[1] if left is not None else 0
        out: list[Sentence] = []
        _append(self._text, start, self._right(max(pos, start)), out)
        if not out:
            return None
        self._by_start[out[0].start] = self._by_end[out[0].end] = out[0]
        return out[0]

    def before(self, sentence: Sentence) -> Sentence | None:
        """Return the sentence before ``sentence`` (``None`` at the start of the text)."""
        pos = sentence.start - 1
        while pos >= 0 and self._text[pos].isspace():
            pos -= 1
        known = self._by_end.get(pos + 1)
        return known if known is not None else (self.at(pos) if pos >= 0 else None)

    def after(self, sentence: Sentence) -> Sentence | None:
        """Return the sentence after ``sentence`` (``None`` at the end of the text)."""
        pos = sentence.end
        while pos < len(self._text) and self._text[pos].isspace():
            pos += 1
        known = self._by_start.get(pos)
        return known if known is not None else (self.at(pos) if pos < len(self._text) else None)


def _append(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end))


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokenise ``text[start:end]`` into words, numbers and punctuation with absolute offsets."""
    stop = len(text) if end is None else end
    curly = "’" in text[start:stop]
    tokens = []
    for m in _TOKEN.finditer(text, start, stop):
        word = m.group()
        low = word.lower().replace("’", "'") if curly else word.lower()
        tokens.append(Token(low, m.start(), m.end(), word[0].isupper()))
    return tokens


def token_index(tokens: list[Token], starts: list[int], offset: int) -> int:
    """Return the index of the token containing (or nearest before) character ``offset``."""
    return max(0, bisect_right(starts, offset) - 1) if tokens else 0


def normalised(tokens: list[Token]) -> str:
    """Return the tokens as `` tok tok tok `` for whole-word phrase lookups."""
    return " " + " ".join(t.low for t in tokens) + " "
