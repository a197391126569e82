"""One pass of the language's automaton over an article: actors, weapon terms, transfer nouns.

Boundary rules come from each term (word start, whole word, or anywhere inside a compound);
actor names must be capitalised in the text and may carry a genitive ending.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from itertools import pairwise
from typing import NamedTuple

from services.extractor.tagging.lexicon import Kind, Lexicon, Term, shared

# Whitespace and apostrophe variants folded so multi-word terms match; same length as the input.
_FOLDS = (("\n", " "), ("\t", " "), ("\r", " "), ("\u00a0", " "), ("\u202f", " "), ("\u2009", " "), ("’", "'"))


@dataclass(slots=True)
class Hit:
    """A term found in the text: ``start``/``end`` are offsets of the matched surface."""

    kind: Kind
    value: str
    start: int
    end: int
    word_start: int
    word_end: int
    genitive: bool = False
    weak: bool = False
    generic: bool = False
    named: bool = False


def fold(text: str) -> str:
    """Lower-case ``text`` without changing its length, folding whitespace and apostrophes."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    for old, new in _FOLDS:
        if old in low:
            low = low.replace(old, new)
    return low


def _word_bounds(low: str, start: int, end: int) -> tuple[int, int]:
    ws = start
    while ws > 0 and (low[ws - 1].isalnum() or (low[ws - 1] == "-" and ws > 1 and low[ws - 2].isalnum())):
        ws -= 1  # "Shahed-droner" is one word, whichever part was matched
    we = end
    n = len(low)
    while we < n and (low[we].isalnum() or (low[we] == "-" and we + 1 < n and low[we + 1].isalnum())):
        we += 1
    return ws, we


def _genitive(low: str, end: int, suffixes: tuple[str, ...]) -> int:
    """Return the length of a genitive ending at ``end`` (0 when there is none)."""
    for suffix in suffixes:
        stop = end + len(suffix)
        if low.startswith(suffix, end) and (stop >= len(low) or not low[stop].isalnum()):
            return len(suffix)
    return -1


def _words_before(low: str, start: int, reach: int) -> list[str]:
    """The whole or cut words in the ``reach`` characters before ``start``."""
    return low[max(0, start - reach) : start].split()


def _own(low: str, start: int) -> bool:
    """True when the word before ``start`` is "own" ("egna", "eigenen", "own")."""
    before = _words_before(low, start, _OWN_REACH)
    return bool(before) and before[-1] in shared().own


def _counted(low: str, start: int, lex: Lexicon) -> bool:
    """True when a number stands right before ``start``, or before one word there ("24 plan", "fyra nya plan")."""
    words = lex.numbers.words
    return any(w[0].isdigit() or w in words for w in _words_before(low, start, _COUNT_REACH)[-2:])


def _opening(low: str, start: int, lex: Lexicon) -> bool:
    """True when the word at ``start`` opens its sentence, after at most two articles or numbers ("Skipet er kjøpt
    fra Frankrike", "The ship was bought from France", "Dei to båtane var kjøpte frå Kina")."""
    skip = lex.preps.get("determiners", frozenset())
    head = low[max(0, start - _OPEN_REACH) : start]
    for _ in range(3):
        stripped = head.rstrip(" ")
        if not stripped or stripped[-1] in _SENTENCE_ENDS:
            return True
        cut = max(stripped.rfind(" "), stripped.rfind("\n"))
        word = stripped[cut + 1 :]
        if word not in skip and word not in lex.numbers.words and not word[0].isdigit():
            return False
        head = stripped[: cut + 1]
    return False


def _sport(low: str, start: int, end: int, n: int, sport: int, found: set[str]) -> None:
    """Count a sports word (``sport`` 1) or sports prefix (``sport`` 2) that starts a word at ``start``."""
    if start > 0 and low[start - 1].isalnum():
        return
    if sport & 2:
        found.add(f"{low[start:end]}*")
    elif end >= n or not low[end].isalnum():
        found.add(low[start:end])


# "Korean War", "koreanske halvøy", "Korean Air": no state of its own
_KOREAN_NOT = ("war", "krig", "krieg", "air", "peninsula", "halvø", "halvö", "halbinsel")
_REFERENT_REACH = 1500  # characters back from "the systems" to the weapon they stand for
_OWN_REACH = 12  # characters back from "the systems" searched for "own"
_OPEN_REACH = 40  # characters back from "skipet" searched for the end of the sentence before
_SENTENCE_ENDS = frozenset(".!?:\n")
_COUNT_REACH = 24  # characters back from "plan" searched for a number ("24 begagnade plan")


class Mark(NamedTuple):
    """Where a weapon term was found: enough to pick the sentences worth reading."""

    start: int
    end: int
    weak: bool


class Link(NamedTuple):
    """Where a phrase copying an earlier transfer was found ("fulgte trop", "gefolgt von", "samma typ")."""

    start: int
    end: int
    role: str  # follow, follow_by, interest, same, onward or inventory


class Scan:
    """The automaton's matches in one article, turned into hits only where they are needed.

    Weapon hits are accepted for the whole text (they say which sentences to read); the other
    terms (actors, transfer nouns, modifiers) only inside the sentences asked for, as most actor
    names of an article stand in sentences that name no weapon. ``sports`` counts the distinct
    sports words of the text.
    """

    def __init__(self, text: str, low: str, lex: Lexicon) -> None:
        self._text, self._low, self._lex = text, low, lex
        raw: list[tuple[int, int, tuple[Term, ...]]] = []  # (start, -end, terms): sorts by start, longest first
        sports: set[str] = set()
        weapons: list[Mark] = []
        openers: list[Mark] = []  # back-references opening their sentence ("Skipet er kjøpt fra Frankrike")
        links: list[Link] = []  # "fulgte trop", "gefolgt von", "samma typ": read after the transfers they copy
        named: list[tuple[int, str]] = []  # (end, category) of weapon words that name their kind
        self._referents: dict[int, str] = {}  # start of a back-reference ("systemet") -> the kind it stands for
        n = len(low)
        gates: set[str] = set()
        for end_index, (length, terms, needs_start, sport, gate) in lex.automaton.iter(low):
            end = end_index + 1
            start = end - length
            left_ok = start == 0 or not low[start - 1].isalnum()
            if needs_start and not left_ok:
                continue
            if gate:
                gates |= gate
            if sport:
                _sport(low, start, end, n, sport, sports)
            if not terms:
                continue
            raw.append((start, -end, terms))
            for term in terms:
                if term.kind is Kind.LINK and (end >= n or not low[end].isalnum()):
                    links.append(Link(start, end, term.value))
                    continue
                if (
                    term.kind is Kind.WEAPON
                    and (left_ok or not term.start_bound)
                    and (not term.end_bound or end >= n or not low[end].isalnum())
                ):
                    if term.value:
                        named.append((end, term.value))
                    elif _own(low, start):
                        continue  # "medan de egna systemen byggs upp": the speaker's own, not the ones named before
                    elif term.counted and not _counted(low, start, lex):
                        continue  # "en plan för": no number, no planes
                    elif term.opening and not _opening(low, start, lex):
                        continue  # "inspect the cargo ship": not the subject a sentence opens with
                    elif term.opening and (kind := _referent(named, start)) is not None and term.refers == kind:
                        self._referents[start] = kind
                        openers.append(Mark(start, end, term.weak))
                        continue  # kept below unless its sentence names a weapon of its own
                    elif (kind := _referent(named, start)) is not None and term.refers in ("", kind):
                        self._referents[start] = kind
                    else:
                        continue  # "das System" with no weapon named before it: not a weapon
                    weapons.append(Mark(start, end, term.weak))
        givers = lex.preps.get("source", frozenset()) | lex.preps.get("agent", frozenset()) if openers else frozenset()
        for opener in openers:
            # "The ship fired a Harpoon missile supplied by the United States": the sentence is about the missile;
            # the ship stands for the one named before only where it is the sentence's one weapon
            stop = low.find(". ", opener.end)
            stop = n if stop < 0 else stop
            if any(opener.end <= w.start < stop for w in weapons) or givers.isdisjoint(low[opener.end : stop].split()):
                # nor where no source or agent is told ("Fartøyet ble senere gitt til Mauritania": a holder's onward
                # gift, not the maker's sale)
                del self._referents[opener.start]
            else:
                weapons.append(opener)
        self.sports = len(sports)
        self.gates = gates  # gate groups whose words the text holds (``lexicon._gate_words``)
        raw.sort()
        weapons.sort()
        self._raw = raw
        self._starts = [r[0] for r in raw]
        self.weapons = weapons
        self.links = links
        self._values: frozenset[str] | None = None

    def values(self) -> frozenset[str]:
        """Every term value matched anywhere in the text (before word-boundary checks): a cheap first test."""
        if self._values is None:
            self._values = frozenset(term.value for _start, _end, terms in self._raw for term in terms)
        return self._values

    def inside(self, start: int, end: int) -> list[Hit]:
        """Return every hit lying wholly inside ``[start, end)``, ordered by start (longest first)."""
        text, low, lex = self._text, self._low, self._lex
        n = len(low)
        hits: list[Hit] = []
        raw = self._raw
        for i in range(bisect_left(self._starts, start), bisect_left(self._starts, end)):
            first, neg_last, terms = raw[i]
            last = -neg_last
            if last > end:
                continue
            left_ok = first == 0 or not low[first - 1].isalnum()
            right_ok = last >= n or not low[last].isalnum()
            for term in terms:
                hit = _accept(text, low, term, first, last, left_ok, right_ok, lex)
                if hit is None:
                    continue
                if hit.kind is Kind.WEAPON and not hit.value:
                    if first not in self._referents:
                        continue
                    hit.value = self._referents[first]
                elif (
                    hit.kind is Kind.DEMONYM
                    and hit.value == "KR"
                    and low.startswith("korean", first)
                    and (
                        "KP" in self.values() or low[hit.word_end : hit.word_end + 12].lstrip().startswith(_KOREAN_NOT)
                    )
                ):
                    continue  # a bare "koreanske" in an article naming the North (either Korea's), "Korean War"
                hits.append(hit)
        return _told_home(_drop_overlaps(hits), low)


def _word_after(low: str, end: int) -> str:
    """The word right after offset ``end`` (stripped of punctuation), or ""."""
    words = low[end : end + 24].split(maxsplit=1)
    return words[0].strip(".,;:") if words else ""


def _told_home(hits: list[Hit], low: str) -> list[Hit]:
    """A company named right after a people's adjective is of that people's state: "hos franske KNDS" (FR, though
    KNDS is listed as German), "det norske Kongsberg"; a parliament with a place after it is that place's
    ("Kongressen i Peru")."""
    words = shared()
    for before, hit in pairwise(hits):
        if (
            hit.kind is Kind.ACTOR
            and hit.named
            and before.kind is Kind.DEMONYM
            and before.value != hit.value
            and not low[before.word_end : hit.start].strip()
            # not a two-country adjective ("German-French KNDS", "italienisch-britische Leonardo"), nor the buyer's
            # adjective on a deal ("The Polish Hanwha contract")
            and "-" not in low[before.word_start : before.word_end]
            and _word_after(low, hit.end) not in words.deal_nouns
        ):
            hit.value = before.value
        elif (
            before.kind is Kind.ACTOR
            and hit.kind is Kind.ACTOR
            and low[before.start : before.end] in words.institutions
            and low[before.end : hit.start].strip() in words.institution_places
        ):
            before.value = hit.value  # "Kongressen i Filippinene": the Philippine congress
    return hits


def _referent(named: list[tuple[int, str]], start: int) -> str | None:
    """The kind of weapon a back-reference at ``start`` stands for: the last one named shortly before it.

    "Noreg har gitt Ukraina NASAMS. ... Sidan har USA og Canada levert fleire batteri": the batteries are
    air defence. Matches arrive in order of their end, so ``named`` holds only words ending before ``start``.
    """
    for end, category in reversed(named):
        if end <= start:
            return category if start - end <= _REFERENT_REACH else None
    return None


def _accept(
    text: str, low: str, term: Term, start: int, end: int, left_ok: bool, right_ok: bool, lex: Lexicon
) -> Hit | None:
    if term.start_bound and not left_ok:
        return None
    genitive = False
    if term.kind is Kind.ACTOR:
        state = not term.value.islower()
        if not left_ok or (state and not text[start].isupper()):
            return None
        if state and start >= 2 and low[start - 1] == "-" and low[start - 2].isalpha():
            return None  # "West-Berlin", "Rheinland-Pfalz": part of another name
        if state and low.startswith("-", end) and end + 1 < len(low) and low[end + 1].isalpha():
            if not low.startswith(lex.actor_heads, end + 1):
                return None  # a compound modifier: "Ukraine-krigen", "USA-besøket"
            right_ok = True  # "US-Regierung", "Biden-administrasjonen": the state itself
        if not right_ok and not state:
            pass  # "houthiene", "Wagnerchefen": a non-state name inflects freely
        elif not right_ok:
            extra = _genitive(low, end, lex.actor_suffixes)
            if extra <= 0:
                return None
            genitive = True
        elif low.startswith("'", end) or (end + 1 < len(low) and low[end] == "'" and low[end + 1] == "s"):
            genitive = True
    elif term.end_bound and not right_ok:
        return None
    ws, we = _word_bounds(low, start, end)
    return Hit(term.kind, term.value, start, end, ws, we, genitive, term.weak, term.generic, term.named)


def _drop_overlaps(hits: list[Hit]) -> list[Hit]:
    """Keep the longest actor among overlapping actor hits ("Nord-Korea" over "Korea"), and the longest
    transfer noun ("export customer" over "export"). A blocked phrase hides the actors inside it ("South
    America")."""
    kept: list[Hit] = []
    last_actor_end = last_noun_end = -1
    for hit in hits:
        if hit.kind is Kind.BLOCK:
            last_actor_end = max(last_actor_end, hit.end)
        elif hit.kind in (Kind.ACTOR, Kind.DEMONYM):
            if hit.start < last_actor_end:
                continue
            last_actor_end = hit.end
        elif hit.kind is Kind.NOUN:
            if hit.end <= last_noun_end:
                continue
            last_noun_end = hit.end
        kept.append(hit)
    return kept
