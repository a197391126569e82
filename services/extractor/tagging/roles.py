"""Who is who in a sentence: actor references with the role their preposition gives them, and
weapon references with the adjective of origin that marks their supplier ("iranske droner")."""

from __future__ import annotations

from dataclasses import dataclass

from services.extractor.tagging.lexicon import Kind, Lexicon
from services.extractor.tagging.scanning import Hit
from services.extractor.tagging.sentences import Token

_LOOKBACK = 3
_ORIGIN_GAP = 2
_MODIFIER_GAP = 2
_SPECIFIC_HEADS = frozenset(
    {"rockets_artillery", "missiles_ballistic", "missiles_cruise", "military_equipment_general", "drones"}
)
_CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "–", "—", "«", "»", '"', "“", "”", "„"})


@dataclass(slots=True)
class ActorRef:
    """An actor named in a sentence; ``preps`` are the roles of the preposition before it."""

    code: str
    tok: int
    preps: frozenset[str]
    genitive: bool
    demonym: bool
    attribution: bool = False
    origin_of: int = -1


@dataclass(slots=True)
class WeaponRef:
    """A weapon term: its category, surface text, token index and the origin adjective's code."""

    category: str
    surface: str
    tok: int
    weak: bool
    origin: str | None = None


def clause_of(tokens: list[Token], tok: int, lex: Lexicon) -> tuple[int, int]:
    """Return the token range ``[lo, hi)`` of the clause holding ``tok``.

    Clauses end at punctuation and at the language's subordinators ("at", "dass", "that").
    """
    words = lex.preps.get("clause", frozenset())
    lo = tok
    while lo > 0 and tokens[lo - 1].low not in _CLAUSE_BREAKS and tokens[lo - 1].low not in words:
        lo -= 1
    hi = tok + 1
    while hi < len(tokens) and tokens[hi].low not in _CLAUSE_BREAKS and tokens[hi].low not in words:
        hi += 1
    return lo, hi


def _prep_roles(tokens: list[Token], tok: int, lex: Lexicon) -> tuple[frozenset[str], bool]:
    roles: set[str] = set()
    attribution = False
    skip = lex.preps.get("determiners", frozenset())
    j = tok - 1
    steps = 0
    while j >= 0 and steps < _LOOKBACK:
        low = tokens[j].low
        if low in lex.preps.get("attribution", frozenset()):
            attribution = True
            break
        if low in lex.preps.get("clause", frozenset()):
            break
        hit_roles = {name for name, words in lex.preps.items() if low in words}
        hit_roles -= {"determiners", "attribution", "clause"}
        if hit_roles:
            roles |= hit_roles
            break
        if low not in skip:
            break
        j -= 1
        steps += 1
    return frozenset(roles), attribution


def weapon_refs(text: str, hits: list[Hit], tok_of: dict[int, int]) -> list[WeaponRef]:
    """Collapse weapon and modifier hits into one reference per word, head (last part) first."""
    by_word: dict[int, Hit] = {}
    modifiers: list[Hit] = []
    for hit in hits:
        if hit.kind is Kind.MODIFIER:
            modifiers.append(hit)
        elif hit.kind is Kind.WEAPON:
            best = by_word.get(hit.word_start)
            if best is None or (hit.end, hit.end - hit.start) > (best.end, best.end - best.start):
                by_word[hit.word_start] = hit
    heads = sorted(by_word.values(), key=lambda h: h.start)
    categories = {h.word_start: h.value for h in heads}
    consumed: set[int] = set()
    for mod in modifiers:
        for head in heads:
            same_word = head.word_start == mod.word_start and head.start >= mod.end
            gap = tok_of[head.start] - tok_of[mod.start]
            nearby = head.word_start != mod.word_start and 0 < gap <= _MODIFIER_GAP
            if (same_word or nearby) and head.value in _SPECIFIC_HEADS | {mod.value}:
                categories[head.word_start] = mod.value
                if nearby and mod.word_start in by_word:
                    consumed.add(mod.word_start)
                break
    return [
        WeaponRef(categories[h.word_start], text[h.word_start : h.word_end], tok_of[h.start], h.weak)
        for h in heads
        if h.word_start not in consumed
    ]


def actor_refs(
    tokens: list[Token], hits: list[Hit], tok_of: dict[int, int], weapons: list[WeaponRef], lex: Lexicon
) -> list[ActorRef]:
    """Return the actors of a sentence with prepositional roles; mark adjectives of origin."""
    refs: list[ActorRef] = []
    for hit in hits:
        if hit.kind not in (Kind.ACTOR, Kind.DEMONYM):
            continue
        tok = tok_of[hit.start]
        preps, attribution = _prep_roles(tokens, tok, lex)
        if tok + 1 < len(tokens) and tokens[tok + 1].low == ":" and tok <= 1:
            attribution = True
        ref = ActorRef(hit.value, tok, preps, hit.genitive, hit.kind is Kind.DEMONYM, attribution)
        if ref.demonym:
            for w in weapons:
                if 0 < w.tok - tok <= _ORIGIN_GAP and w.origin is None:
                    w.origin = ref.code
                    ref.origin_of = w.tok
                    break
        refs.append(ref)
    return refs
