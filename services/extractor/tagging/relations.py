"""One sentence in, candidate transfers out: who supplies whom with what, how many, how far.

The direction comes from the transfer cue (a verb or noun with a role: supplying, receiving,
buying, using, being a supplier) and the prepositions around the actors. Sides left open here
may be filled from the surrounding article by :mod:`services.extractor.tagging.article`.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from schemas.mention import Status
from services.extractor.tagging.lexicon import Kind, Lexicon, shared
from services.extractor.tagging.quantities import Amount, find_amounts
from services.extractor.tagging.roles import ActorRef, WeaponRef, actor_refs, clause_of, weapon_refs
from services.extractor.tagging.scanning import Hit
from services.extractor.tagging.sentences import Sentence, Token, normalised
from services.extractor.tagging.status import negated, sentence_status

_AMOUNT_REACH = 6
_LOCAL = 3
_RECEIVING = frozenset({"receive", "buy", "order", "use"})
_MONEY_REACH = 10
_NOUN_ROLES = ("supplier", "supply", "aid", "buy")


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
    beside_specific: bool = False
    generic: bool = False


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


def _cues(
    tokens: list[Token], hits: list[Hit], tok_of: dict[int, int], norm: str, lex: Lexicon, actors: list[ActorRef]
) -> tuple[Cue | None, list[Cue], list[Cue]]:
    """Return the sentence's main transfer cue, its transfer verbs and its transfer nouns."""
    verbs = [(i, lex.verbs[t.low]) for i, t in enumerate(tokens) if t.low in lex.verbs]
    for phrase, meaning in lex.verb_phrases.items():
        at = norm.find(f" {phrase} ")
        if at >= 0:
            verbs.append((norm[: at + 1].count(" ") - 1 + phrase.count(" "), meaning))
    verbs.sort(key=lambda v: v[0])
    passive = lex.passive.find(norm) >= 0
    verbs = [(i, (role, _resolve(tense, tokens, i, lex))) for i, (role, tense) in verbs]
    transfer = [
        Cue(role, i, tense, passive or tense == "passive", True)
        for i, (role, tense) in verbs
        if role not in ("use", "contain")
    ]
    nouns = [(tok_of[h.start], h.value) for h in hits if h.kind is Kind.NOUN]
    noun_cues = [Cue(value, tok, None, False, False) for tok, value in nouns if value in _NOUN_ROLES]
    supplier_noun = next((tok for tok, value in nouns if value == "supplier"), None)
    if supplier_noun is not None and any(a.genitive for a in actors):
        return Cue("supplier", supplier_noun, None, False, False), transfer, noun_cues  # "Ys største leverandør"
    if transfer:
        return transfer[0], transfer, noun_cues
    for wanted in _NOUN_ROLES:
        for tok, value in nouns:
            if value == wanted:
                return Cue(wanted, tok, None, False, False), transfer, noun_cues
    for i, (role, tense) in verbs:
        return Cue(role, i, tense, False, True), transfer, noun_cues
    return None, transfer, noun_cues


def _resolve(tense: str, tokens: list[Token], i: int, lex: Lexicon) -> str:
    """Read an ambiguous form as past when an auxiliary precedes it in its clause ("hat ... beliefert")."""
    if tense != "ambiguous":
        return tense
    lo, _hi = clause_of(tokens, i, lex)
    aux = shared().auxiliaries
    return "past" if any(t.low in aux for t in tokens[lo:i]) else "present"


def _cue_for(
    weapon: WeaponRef, main: Cue | None, verbs: list[Cue], nouns: list[Cue], tokens: list[Token], lex: Lexicon
) -> Cue | None:
    """The transfer cue of the weapon's own clause ("..., mens Norge kjøper fire ubåter"), else ``main``.

    A verb of the clause wins over a noun of the clause ("Eksport av våpen fra X til Y vil være ...").
    """
    if main is None or len(verbs) + len(nouns) < 2:
        return main
    lo, hi = clause_of(tokens, weapon.tok, lex)
    own = [c for c in verbs if lo <= c.tok < hi] or [c for c in nouns if lo <= c.tok < hi]
    if main.tok in range(lo, hi) and main.role == "supplier":
        return main
    return own[0] if own else main


def _nearest(refs: list[ActorRef], tok: int) -> ActorRef | None:
    if not refs:
        return None
    after = [r for r in refs if r.tok > tok]
    return after[0] if after else refs[-1]


def _subject(bare: list[ActorRef], tokens: list[Token], tok: int, exclude: set[str], lex: Lexicon) -> ActorRef | None:
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


@dataclass(slots=True)
class Frame:
    """The sentence-wide direction: suppliers (coordinated ones included) and recipient."""

    suppliers: list[str]
    recipient: str | None
    confidence: float
    explicit: bool

    @property
    def supplier(self) -> str | None:
        return self.suppliers[0] if self.suppliers else None


def _co_suppliers(first: ActorRef, live: list[ActorRef], cue: Cue) -> list[str]:
    """Suppliers coordinated with ``first`` ("Danmark og Tyskland", "USA and Norway together")."""
    codes = [first.code]
    for actor in live:
        if actor.preps == frozenset({"partner"}) and first.tok < actor.tok < cue.tok and actor.code not in codes:
            codes.append(actor.code)
    return codes


def _frame(
    cue: Cue | None, actors: list[ActorRef], tokens: list[Token], lex: Lexicon, weapons: list[WeaponRef]
) -> Frame:
    """Return the direction of the transfer told in a sentence, as far as the sentence tells it."""
    # "kjøpe i Nord-Korea", "kampkøretøjer i Sverige": "i" names a source only right after verb or weapon
    anchors = {w.tok for w in weapons} | ({cue.tok} if cue is not None else set())
    live = [a for a in actors if not a.attribution and a.origin_of < 0]
    role = cue.role if cue is not None else ""
    receiving = role in _RECEIVING
    lo, hi = clause_of(tokens, cue.tok, lex) if cue is not None else (0, len(tokens))
    # a source belongs to the cue's clause: not "..., drawing an angry response from Beijing"
    strict = [
        a
        for a in live
        if ("source" in a.preps or (cue is not None and cue.passive and "agent" in a.preps))
        and (lo <= a.tok < hi or cue is None)
    ]
    loose = [
        a
        for a in live
        if (receiving and "source_buy" in a.preps)
        or (receiving and cue is not None and "source_near" in a.preps and a.tok - 2 in anchors)
    ]
    sources = strict or loose
    dests = [a for a in live if "dest" in a.preps]
    bare = [a for a in live if not a.preps]
    if cue is None or role == "contain":
        if sources and dests:
            return Frame([sources[0].code], dests[0].code, 0.6, True)
        return Frame([], dests[0].code if dests else None, 0.6 if dests else 0.5, False)
    if role == "arrive":
        arrived = next((a for a in live if a.tok > cue.tok and a.preps & {"location", "dest"}), None)
        src = _nearest(sources, cue.tok)
        return Frame([src.code] if src else [], arrived.code if arrived else None, 0.75, src is not None)
    base = 0.9 if cue.is_verb else 0.8
    src = _nearest(sources, cue.tok)
    if role == "supplier":
        owner = next((a for a in live if a.genitive), None) or (dests[0] if dests else None)
        recipient = owner.code if owner else None
        sup = src or _subject(bare, tokens, cue.tok, {recipient} if recipient else set(), lex)
        return Frame([sup.code] if sup else [], recipient, base, src is not None)
    if role == "request":
        subj = _subject(bare, tokens, cue.tok, set(), lex)
        rec = subj.code if subj else None
        others = [a for a in bare if a.code != rec and not a.genitive and (subj is None or a.tok > subj.tok)]
        obj = src or next((a for a in others if a.tok > cue.tok), None) or (others[0] if others else None)
        return Frame([obj.code] if obj else [], rec, base, obj is not None)
    if receiving:
        if src is None:
            src = next((a for a in live if "partner" in a.preps), None)  # "en aftale med Israel om køb af"
        subj = _subject(bare, tokens, cue.tok, {src.code} if src else set(), lex)
        if subj is None:
            subj = next((a for a in live if "agent" in a.preps and (src is None or a.code != src.code)), None)
        recipient = subj.code if subj else (dests[0].code if dests else None)
        return Frame([src.code] if src else [], recipient, base, src is not None and src in strict)
    dst = dests[0] if dests else None
    exclude = {dst.code} if dst else set()
    explicit = src is not None and src in strict
    if src is None:
        src = _subject(bare, tokens, cue.tok, exclude, lex)
        if cue.passive:
            base = 0.6
            src = src if src is not None and src.tok < cue.tok else None
    if src is None and cue.passive:
        # "Archer har nu levererats till Ukraina, bekräftar Försvarsmakten": the confirming side
        src = next((a for a in actors if a.attribution and a.tok > cue.tok and a.code not in exclude), None)
    if dst is None and explicit and src is not None:
        # "Hizbollah har eit lager på 100 000 rakettar, dei fleste leverte frå Iran"
        holder = _subject(bare, tokens, cue.tok, {src.code}, lex)
        dst = holder if holder is not None and holder.tok < cue.tok else None
    if dst is None and src is not None and not cue.passive:
        later = [a for a in bare if a.tok > src.tok and a.code != src.code and not a.genitive]
        partner = [a for a in live if a.preps == frozenset({"partner"}) and a.tok > cue.tok]
        dst = later[0] if later else (partner[0] if partner and cue.is_verb else None)
    suppliers = _co_suppliers(src, live, cue) if src is not None else []
    return Frame(suppliers, dst.code if dst else None, base, explicit)


def _one(weapon: WeaponRef, tokens: list[Token], lex: Lexicon) -> Amount | None:
    """"ein weiteres Flugabwehrsystem", "et THAAD-system", "a frigate": the article counts one."""
    for back in (1, 2):
        k = weapon.tok - back
        if k >= 0 and lex.numbers.words.get(tokens[k].low) == 1.0 and tokens[k].low not in lex.numbers.scales:
            return Amount(1.0, False, None, k, k, None, tokens[k].start, tokens[k].end)
    return None


def _category_amount(
    weapon: WeaponRef, weapons: list[WeaponRef], amounts: list[Amount], taken_after: int,
    tokens: list[Token], lex: Lexicon,
) -> Amount | None:
    """The amount of a category in a sentence: summed over its terms ("59 Bradley og 90 Stryker")."""
    designations = {w.tok + 1 for w in weapons}  # "Stridsvagn 122", "stridsfordon 90" name a model
    usable = [a for a in amounts if a.first not in designations]
    found: list[Amount] = []
    for other in weapons:
        if other.category != weapon.category:
            continue
        amount = _amount_for(other, usable, taken_after)
        if amount is not None and amount not in found:
            found.append(amount)
    if not found:
        return _one(weapon, tokens, lex)
    if len(found) <= 1 or any(a.currency for a in found):
        return found[0]
    first = found[0]
    return Amount(
        sum(a.value for a in found), any(a.approx for a in found), None, first.first, found[-1].last,
        first.counted, first.start, found[-1].end,
    )


def _amount_for(weapon: WeaponRef, amounts: list[Amount], taken_after: int) -> Amount | None:
    best: Amount | None = None
    for amount in amounts:
        if amount.last < weapon.tok and weapon.tok - amount.last <= _AMOUNT_REACH:
            best = amount
        elif amount.first > weapon.tok and amount.currency and amount.first - weapon.tok <= _MONEY_REACH:
            best = best or amount
    if best is not None and taken_after >= 0 and best.first > taken_after:
        return None
    return best


def read_sentence(text: str, sentence: Sentence, tokens: list[Token], hits: list[Hit], lex: Lexicon) -> Reading:
    """Return the candidate transfers told in one sentence (possibly none)."""
    starts = [t.start for t in tokens]
    tok_of = {h.start: _tok(starts, h.start) for h in hits}
    weapons = [
        w
        for w in weapon_refs(text, hits, tok_of, lex.non_heads)
        if w.tok + 1 >= len(tokens) or tokens[w.tok + 1].low not in lex.non_heads
    ]
    actors = actor_refs(tokens, hits, tok_of, weapons, lex)
    names = [a.code for a in actors if not a.attribution]
    if not weapons:
        return Reading([], names)
    norm = normalised(tokens)
    main, verbs, nouns = _cues(tokens, hits, tok_of, norm, lex, actors)
    if all(w.weak for w in weapons) and main is None:
        return Reading([], names)
    specific = any(w.category not in ("military_equipment_general", "technology_transfer") for w in weapons)
    means = lex.preps.get("partner", frozenset()) | lex.preps.get("location", frozenset())
    if any(not w.weak for w in weapons):
        # a figurative or vehicle word stays only beside a transfer verb and not as a means ("med skip")
        weapons = [
            w
            for w in weapons
            if not w.weak or (main is not None and main.is_verb and tokens[w.tok - 1].low not in means)
        ]
    exchange_at = lex.exchange.find(norm)
    exchange_tok = norm[:exchange_at].count(" ") if exchange_at >= 0 else -1
    if not any(w.tok < exchange_tok for w in weapons):
        exchange_tok = -1  # "Im Gegenzug erhält Prag ...": the direction is told afresh
    amounts = find_amounts(tokens, lex)
    readings: dict[int, tuple[Frame, Status]] = {}
    out: list[Candidate] = []
    seen: set[tuple[str | None, str | None, str]] = set()
    for weapon in weapons:
        cue = _cue_for(weapon, main, verbs, nouns, tokens, lex)
        key_tok = cue.tok if cue is not None else -1
        if key_tok not in readings:
            readings[key_tok] = (_frame(cue, actors, tokens, lex, weapons), _status(cue, tokens, norm, lex))
        frame, status = readings[key_tok]
        suppliers: list[str | None] = list(frame.suppliers) or [None]
        rec, conf = frame.recipient, frame.confidence
        local = _local_source(weapon, actors, cue)
        if 0 <= exchange_tok < weapon.tok:
            suppliers, rec = [rec], frame.supplier
        elif local is not None and local != rec:
            suppliers = [local]
        elif weapon.origin and weapon.origin not in suppliers and not frame.explicit:
            suppliers = [weapon.origin]
            if (rec is None or rec == weapon.origin) and cue is not None:
                bare = [a for a in actors if not a.preps and not a.attribution and a.origin_of < 0]
                subj = _subject(bare, tokens, cue.tok, {weapon.origin}, lex)
                rec = subj.code if subj else None
            conf = 0.75 if cue is not None else (0.6 if rec is not None else 0.55)
        if specific and weapon.category == "military_equipment_general":
            conf -= 0.1
        if cue is None and conf < 0.6:
            continue
        amount = _category_amount(weapon, weapons, amounts, exchange_tok, tokens, lex)
        for sup in suppliers:
            key = (sup, rec, weapon.category)
            if key in seen or (sup is not None and sup == rec):
                continue
            seen.add(key)
            unit = (amount.currency or amount.counted) if amount is not None else None
            out.append(
                Candidate(
                    sup,
                    rec,
                    weapon.category,
                    [weapon.surface],
                    amount,
                    unit,
                    status,
                    sentence,
                    conf,
                    cue.role if cue else None,
                    tokens,
                    specific and weapon.category == "military_equipment_general",
                    weapon.generic,
                )
            )
    dests = [a.code for a in actors if "dest" in a.preps and not a.attribution]
    return Reading(out, names, dests)


def _status(cue: Cue | None, tokens: list[Token], norm: str, lex: Lexicon) -> Status:
    if cue is None:
        return sentence_status(norm, None, False, lex)
    is_negated = cue.is_verb and negated(tokens, cue.tok, lex)
    clause_end = clause_of(tokens, cue.tok, lex)[1]
    limit = sum(len(t.low) + 1 for t in tokens[:clause_end])
    return sentence_status(norm, cue.tense, is_negated, lex, limit, cue.role)


def _local_source(weapon: WeaponRef, actors: list[ActorRef], cue: Cue | None) -> str | None:
    """A source right after the weapon: "NASAMS frå Noreg og IRIS-T frå Tyskland"."""
    for actor in actors:
        if 0 < actor.tok - weapon.tok <= _LOCAL and "source" in actor.preps and not actor.attribution:
            return actor.code
        if (
            cue is not None
            and cue.role in _RECEIVING
            and 0 < actor.tok - weapon.tok <= _LOCAL
            and "source_buy" in actor.preps
        ):
            return actor.code
    return None


def _tok(starts: list[int], offset: int) -> int:
    return max(0, bisect_right(starts, offset) - 1)
