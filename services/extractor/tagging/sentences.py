"""Sentence splitting and tokenisation with character offsets into the original text.

Offsets always index the text as given, so ``text[s.start:s.end]`` is the sentence verbatim.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import NamedTuple

from services.extractor.tagging.lexicon import shared

# A boundary: terminal punctuation (optionally closing quotes/brackets) followed by whitespace and an
# upper-case letter, digit, quote or dash; or a line break (a title, a byline such as "NTB" and the
# first sentence stay apart). Two patterns, as each starts with a character class the regex engine
# can skip to quickly; an alternation of both would be tried at every character.
_END = re.compile(r"[.!?…](?P<gap>[\"'»”’)\]]*\s+)(?=[\"'«»„“(\[–—-]?\s*[A-ZÆØÅÄÖÜ0-9])")
_LINE_BREAK = re.compile(r"[\n\r\u2028\u2029\x85\x0b\x0c]+")
_LINE_CHARS = frozenset("\n\r\u2028\u2029\x85\x0b\x0c")
_STOP_CHARS = ".!?…\n\r\u2028\u2029\x85\x0b\x0c"
_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}(?![\w])"  # "U.S.", "U.K.": one token
    r"|"
    r"\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?(?![\d])"
    r"|\d+(?:[.,]\d+)*"
    # "Su-27- og Su-30-fly", "Kampf- und Transporthubschrauber": the hyphen of a shared tail stays with its word
    r"|[^\W_][\w]*(?:[-'’/][\w]+)*(?:-(?=\s+(?:og|und|och|and|eller|oder|or)\s))?"
    r"|[^\w\s]"
)


_LONGEST_ABBREVIATION = 8
PARAGRAPH_BREAK = "\n\n"


class Sentence(NamedTuple):
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


def _cuts(text: str) -> list[tuple[int, int, bool]]:
    """Candidate boundaries in ``text`` as (start, end, is_line_break) of the gap between sentences."""
    out = []
    for m in _END.finditer(text):
        gap = m.group("gap")
        out.append((m.start("gap"), m.end(), not _LINE_CHARS.isdisjoint(gap)))
    if _LINE_CHARS.isdisjoint(text):
        return out
    starts = [c[0] for c in out]
    breaks = []
    for m in _LINE_BREAK.finditer(text):
        i = bisect_right(starts, m.start()) - 1
        if i < 0 or out[i][1] <= m.start():  # not already inside a punctuation boundary's gap
            breaks.append((m.start(), m.end(), True))
    return sorted(out + breaks) if breaks else out


def _ends_with_abbreviation(text: str, end: int) -> bool:
    """True when the full stop just before ``end`` closes an abbreviation or an ordinal day."""
    if end < 1 or text[end - 1] != ".":
        return False
    before = text[max(0, end - 1 - _LONGEST_ABBREVIATION) : end - 1]
    word = "" if not before or before[-1].isspace() else before.split()[-1]
    word = word.lower().lstrip("(\"'«„“")
    if word in shared().abbreviations or (len(word) == 1 and word.isalpha()):
        return True
    # "am 15. Januar", "den 3. juni", "die 3. Division": an ordinal, not a sentence end; but "Arrow 3. Avtalen"
    return len(word) <= 2 and word.isdigit() and _ordinal(text, end, end - 1 - len(word))


def _ordinal(text: str, end: int, number_start: int) -> bool:
    """True when the number starting at ``number_start``, before the full stop at ``end - 1``, reads as an ordinal."""
    after = text[end : end + 20].split()
    if not after or not after[0][:1].isupper() or after[0].lower().rstrip(".,") in shared().capital_months:
        return True
    if after[0].lower() in shared().sentence_openers:
        return False  # "Fregatten vom Typ 26. Das Land entschied sich ...": an ordinal is followed by no article
    previous = text[max(0, number_start - 12) : number_start].split()
    if not previous or (len(previous[-1]) > 1 and previous[-1].isupper()):
        return False  # "luftvärnssystemet RBS 70. Även två ...": a system's name, not "die 3. Division"
    return len(previous[-1]) <= 3 or (previous[-1].islower() and len(previous[-1]) <= 4)


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
    """Sentences of one text, found on demand around positions of interest.

    ``at(pos)`` returns the same sentence :func:`split_sentences` would return around ``pos``
    (or ``None`` in the whitespace between sentences). Boundaries are looked for with ``str.rfind``
    and ``str.find`` from ``pos`` outwards, so a long article is not split as a whole for the few
    sentences that name a weapon.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._stops = [c for c in _STOP_CHARS if c in text]
        self._boundaries: dict[int, tuple[int, int, bool] | None] = {}

    def _boundary(self, k: int) -> tuple[int, int, bool] | None:
        """The real boundary whose terminal punctuation or line break is at ``k``, if any."""
        if k in self._boundaries:
            return self._boundaries[k]
        text = self._text
        found: tuple[int, int, bool] | None = None
        if text[k] in _LINE_CHARS:
            lo, hi = k, k + 1
            while lo > 0 and text[lo - 1] in _LINE_CHARS:
                lo -= 1
            while hi < len(text) and text[hi] in _LINE_CHARS:
                hi += 1
            found = (lo, hi, True)
        else:
            m = _END.match(text, k)
            if m is not None:
                gap = m.group("gap")
                hard = not _LINE_CHARS.isdisjoint(gap)
                if hard or not _ends_with_abbreviation(text, m.start("gap")):
                    found = (m.start("gap"), m.end(), hard)
        self._boundaries[k] = found
        return found

    def _left(self, pos: int) -> tuple[int, int, bool] | None:
        """The last real boundary that starts at or before ``pos``."""
        text, limit = self._text, pos + 1
        while limit > 0:
            k = -1
            for c in self._stops:
                at = text.rfind(c, 0, limit)
                if at > k:
                    k = at
            if k < 0:
                return None
            found = self._boundary(k)
            if found is not None and found[0] <= pos:
                return found
            limit = k
        return None

    def _right(self, pos: int) -> int:
        """The start of the first real boundary after ``pos`` (the text's end when there is none)."""
        text, begin, n = self._text, pos, len(self._text)
        while True:
            k = n
            for c in self._stops:
                at = text.find(c, begin, k)
                if at >= 0:
                    k = at
            if k >= n:
                return n
            found = self._boundary(k)
            if found is not None and found[0] > pos:
                return found[0]
            begin = k + 1

    def at(self, pos: int) -> Sentence | None:
        """Return the sentence holding character ``pos``."""
        left = self._left(pos)
        if left is not None and left[0] <= pos < left[1]:
            return None  # inside the whitespace of a boundary
        start = left[1] if left is not None else 0
        out: list[Sentence] = []
        _append(self._text, start, self._right(max(pos, start)), out)
        return out[0] if out else None

    @property
    def text(self) -> str:
        return self._text

    def before(self, sentence: Sentence) -> Sentence | None:
        """Return the sentence before ``sentence`` (``None`` at the start of the text)."""
        pos = sentence.start - 1
        while pos >= 0 and self._text[pos].isspace():
            pos -= 1
        return self.at(pos) if pos >= 0 else None

    def after(self, sentence: Sentence) -> Sentence | None:
        """Return the sentence after ``sentence`` (``None`` at the end of the text)."""
        pos = sentence.end
        while pos < len(self._text) and self._text[pos].isspace():
            pos += 1
        return self.at(pos) if pos < len(self._text) else None


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
    segment = text[start:stop]
    low = segment.lower()
    if len(low) != len(segment):  # a letter whose lower case is longer ("İ"): word by word
        return [
            Token(m.group().lower().replace("’", "'"), m.start(), m.end(), m.group()[0].isupper())
            for m in _TOKEN.finditer(text, start, stop)
        ]
    if "’" in segment:
        low = low.replace("’", "'")
    spans = map(re.Match.span, _TOKEN.finditer(segment))
    tokens = [Token(low[a:b], a + start, b + start, segment[a].isupper()) for a, b in spans]
    if _CORRELATIVE_OPENERS.search(low) is not None:
        _join_correlatives(tokens)
    return tokens


# Paired conjunctions, whose second word joins a list: "Såväl Polen som Rumänien köper", "sowohl Polen als auch
# Rumänien" ("auch" is dropped), "Weder Deutschland noch Frankreich liefern", "Verken Tyskland eller Frankrike
# sender", "Neither Germany nor France will deliver" (the first word of the negative ones is a negation in the
# language data).
_CORRELATIVES = {
    "såväl": ("som", "och"),
    "såvel": ("som", "og"),
    "sowohl": ("als", "und"),
    "weder": ("noch", "und"),
    "varken": ("eller", "och"),
    "verken": ("eller", "og"),
    "hverken": ("eller", "og"),
    "neither": ("nor", "and"),
}
# The negative ones deny the verb they open the subject of, however far it stands ("Weder Deutschland noch
# Frankreich werden Taurus an die Ukraine liefern").
NEGATIVE_CORRELATIVES = frozenset({"weder", "varken", "verken", "hverken", "neither"})
_CORRELATIVE_OPENERS = re.compile(r"\b(?:" + "|".join(_CORRELATIVES) + r")\b")
_CORRELATIVE_REACH = 8  # words from the first word of a pair to its second


def _join_correlatives(tokens: list[Token]) -> None:
    for k, token in enumerate(tokens):
        pair = _CORRELATIVES.get(token.low)
        if pair is None:
            continue
        second, joiner = pair
        for j in range(k + 1, min(len(tokens), k + 1 + _CORRELATIVE_REACH)):
            if tokens[j].low == second:
                tokens[j].low = joiner
                if j + 1 < len(tokens) and tokens[j + 1].low == "auch":
                    del tokens[j + 1]
                break


def normalised(tokens: list[Token]) -> str:
    """Return the tokens as `` tok tok tok `` for whole-word phrase lookups."""
    return " " + " ".join(t.low for t in tokens) + " "


def paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    """The offsets of the paragraph holding ``text[start:end]`` (paragraphs are split by a blank line)."""
    before = text.rfind(PARAGRAPH_BREAK, 0, start)
    after = text.find(PARAGRAPH_BREAK, end)
    return (before + len(PARAGRAPH_BREAK) if before >= 0 else 0, after if after >= 0 else len(text))
