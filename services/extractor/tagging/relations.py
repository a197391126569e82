"""One sentence in, candidate transfers out: who supplies whom with what, how many, how far.

The direction comes from the transfer cue (a verb or noun with a role: supplying, receiving,
buying, using, being a supplier) and the prepositions around the actors. Sides left open here
may be filled from the surrounding article by :mod:`services.extractor.tagging.article`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from schemas.mention import Status
from services.extractor.tagging.lexicon import Kind, Lexicon
from services.extractor.tagging.quantities import Amount, find_amounts
from services.extractor.tagging.roles import ActorRef, WeaponRef, actor_refs, clause_of, weapon_refs
from services.extractor.tagging.scanning import Hit
from services.extractor.tagging.sentences import Sentence, Token, normalised
from services.extractor.tagging.status import negated, sentence_status

_AMOUNT_REACH = 6
_NEAR = 3
_RECEIVING = frozenset({"receive", "buy", "use"})


@dataclass(slots=True)
class Candidate:
    """A transfer read from one sentence; ``supplier``/``recipient`` may still be open."""

    supplier: str | None
    recipient: str | None
    weapon: str
    terms: list[str]
    amount: Amount | None
    unit: str | None
    status: Status
    sentence: Sentence
    confidence: float
    cue: str | None
    tokens: list[Token] = field(default_factory=list)


@dataclass(slots=True)
class Reading:
    """All candidates of a sentence and the actors it names (for context in later sentences)."""

    candidates: list[Candidate]
    actors: list[str]
    dests: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Cue:
    """The transfer cue that sets a sentence's direction."""

    role: str
    tok: int
    tense: str | None
    passive: bool
    is_verb: bool


def _main_cue(tokens: list[Token], hits: list[Hit], tok_of: dict[int, int], norm: str, lex: Lexicon) -> Cue | None:
    verbs = [(i, lex.verbs[t.low]) for i, t in enumerate(tokens) if t.low in lex.verbs]
    transfer = [v for v in verbs if v[1][0] != "use"]
    passive = lex.passive.find(norm) >= 0
    for i, (role, tense) in transfer or verbs:
        return Cue(role, i, tense, passive or tense == "passive", True)
    nouns = [(tok_of[h.start], h.value) for h in hits if h.kind is Kind.NOUN]
    for role in ("supplier", "supply", "aid", "buy"):
        for tok, value in nouns:
            if value == role:
                return Cue(role, tok, None, False, False)
    return None


def _nearest(refs: list[ActorRef], tok: int) -> ActorRef | None:
    if not refs:
        return None
    after = [r for r in refs if r.tok > tok]
    return after[0] if after else refs[-1]


def _subject(
    bare: list[ActorRef], tokens: list[Token], tok: int, exclude: set[str], lex: Lexicon
) -> ActorRef | None:
    lo, _hi = clause_of(tokens, tok, lex)
    usable = [a for a in bare if a.code not in exclude]
    plain = [a for a in usable if not a.genitive]
    for pool in (plain, usable):
        in_clause = [a for a in pool if lo <= a.tok < tok]
        if in_clause:
            return in_clause[0]
    for pool in (plain, usable):
        before = [a for a in pool if a.tok < tok]
        if before:
            return before[-1]
    after = [a for a in plain if a.tok > tok and clause_of(tokens, a.tok, lex)[0] == lo]
    return after[0] if after else None


def _frame(
    cue: Cue | None, actors: list[ActorRef], tokens: list[Token], lex: Lexicon
) -> tuple[str | None, str | None, float, bool]:
    """Return (supplier, recipient, confidence, supplier_is_explicit) for the sentence as a whole."""
    live = [a for a in actors if not a.attribution and a.origin_of < 0]
    receiving = cue is not None and cue.role in _RECEIVING
    sources = [
        a for a in live
        if "source" in a.preps
        or (receiving and "source_buy" in a.preps)
        or (receiving and cue is not None and "source_near" in a.preps and 0 < a.tok - cue.tok <= _NEAR)
        or (cue is not None and cue.passive and "agent" in a.preps)
    ]
    dests = [a for a in live if "dest" in a.preps]
    bare = [a for a in live if not a.preps]
    if cue is None:
        if sources and dests:
            return sources[0].code, dests[0].code, 0.6, True
        return None, None, 0.0, False
    base = 0.9 if cue.is_verb else 0.8
    src = _nearest(sources, cue.tok)
    if cue.role == "supplier":
        owner = next((a for a in live if a.genitive), None) or (dests[0] if dests else None)
        recipient = owner.code if owner else None
        sup = src or _subject(bare, tokens, cue.tok, {recipient} if recipient else set(), lex)
        return (sup.code if sup else None), recipient, base, src is not None
    if receiving:
        subj = _subject(bare, tokens, cue.tok, {src.code} if src else set(), lex)
        recipient = subj.code if subj else (dests[0].code if dests else None)
        return (src.code if src else None), recipient, base, src is not None
    dst = dests[0] if dests else None
    exclude = {dst.code} if dst else set()
    explicit = src is not None
    if src is None and not cue.passive:
        src = _subject(bare, tokens, cue.tok, exclude, lex)
    if dst is None and src is not None:
        later = [a for a in bare if a.tok > src.tok and a.code != src.code and not a.genitive]
        dst = later[0] if later and not cue.passive else None
    return (src.code if src else None), (dst.code if dst else None), base, explicit


def _amount_for(weapon: WeaponRef, amounts: list[Amount], taken_after: int) -> Amount | None:
    best: Amount | None = None
    for amount in amounts:
        if amount.last < weapon.tok and weapon.tok - amount.last <= _AMOUNT_REACH:
            best = amount
        elif amount.first > weapon.tok and amount.currency and amount.first - weapon.tok <= _AMOUNT_REACH:
            best = best or amount
    if best is not None and taken_after >= 0 and best.first > taken_after:
        return None
    return best


def read_sentence(
    text: str, sentence: Sentence, tokens: list[Token], hits: list[Hit], lex: Lexicon
) -> Reading:
    """Return the candidate transfers told in one sentence (possibly none)."""
    starts = [t.start for t in tokens]
    tok_of = {h.start: _tok(starts, h.start) for h in hits}
    weapons = weapon_refs(text, hits, tok_of)
    actors = actor_refs(tokens, hits, tok_of, weapons, lex)
    names = [a.code for a in actors if not a.attribution]
    if not weapons:
        return Reading([], names)
    norm = normalised(tokens)
    cue = _main_cue(tokens, hits, tok_of, norm, lex)
    if all(w.weak for w in weapons) and (cue is None or not cue.is_verb):
        return Reading([], names)
    supplier, recipient, confidence, explicit = _frame(cue, actors, tokens, lex)
    specific = any(w.category != "military_equipment_general" for w in weapons)
    exchange_at = lex.exchange.find(norm)
    exchange_tok = norm[:exchange_at].count(" ") if exchange_at >= 0 else -1
    is_negated = cue is not None and cue.is_verb and negated(tokens, cue.tok, lex)
    status = sentence_status(norm, cue.tense if cue else None, is_negated, lex)
    amounts = find_amounts(tokens, lex)
    out: list[Candidate] = []
    seen: set[tuple[str | None, str | None, str]] = set()
    for weapon in weapons:
        sup, rec, conf = supplier, recipient, confidence
        if 0 <= exchange_tok < weapon.tok:
            sup, rec = rec, sup
        elif weapon.origin and weapon.origin != sup and not explicit:
            sup = weapon.origin
            if (rec is None or rec == sup) and cue is not None:
                bare = [a for a in actors if not a.preps and not a.attribution and a.origin_of < 0]
                subj = _subject(bare, tokens, cue.tok, {sup}, lex)
                rec = subj.code if subj else None
            conf = 0.75 if cue is not None else 0.55
        if specific and weapon.category == "military_equipment_general":
            conf -= 0.1
        if cue is None and conf < 0.6:
            continue
        key = (sup, rec, weapon.category)
        if key in seen or (sup is not None and sup == rec):
            continue
        seen.add(key)
        amount = _amount_for(weapon, amounts, exchange_tok)
        unit = None
        if amount is not None:
            unit = amount.currency or amount.counted
        out.append(Candidate(sup, rec, weapon.category, [weapon.surface], amount, unit, status, sentence,
                             conf, cue.role if cue else None, tokens))
    dests = [a.code for a in actors if "dest" in a.preps and not a.attribution]
    return Reading(out, names, dests)


def _tok(starts: list[int], offset: int) -> int:
    from bisect import bisect_right

    return max(0, bisect_right(starts, offset) - 1)
