"""A whole article: read each promising sentence, fill open sides from context, merge repeats.

One mention is kept per (supplier, recipient, weapon); the most specific quantity and the best
evidence sentence win.
"""

from __future__ import annotations

import re

from schemas.mention import Mention, Quantity, Span, Status, Weapon
from services.extractor.tagging.lexicon import Kind, Lexicon
from services.extractor.tagging.relations import Candidate, read_sentence
from services.extractor.tagging.scanning import Hit, fold, scan
from services.extractor.tagging.quantities import find_amounts
from services.extractor.tagging.sentences import Sentence, split_sentences, tokenize

_DEFAULT_UNIT = {
    "artillery_ammunition": "shells",
    "small_arms_ammunition": "rounds",
    "rockets_artillery": "rockets",
    "missiles_ballistic": "missiles",
    "missiles_cruise": "missiles",
    "air_defence": "systems",
    "drones": "drones",
    "tanks_armoured_vehicles": "vehicles",
    "aircraft": "aircraft",
    "helicopters": "helicopters",
    "naval_vessels": "vessels",
    "small_arms": "weapons",
    "artillery_systems": "guns",
    "mines_explosives": "mines",
    "military_equipment_general": "items",
    "technology_transfer": "items",
}
# When two sentences are equally sure, the more definite status is kept.
_STATUS_RANK = {
    Status.DENIED: 0,
    Status.DELIVERED: 1,
    Status.AGREED: 2,
    Status.ONGOING: 3,
    Status.PLANNED: 4,
    Status.REQUESTED: 5,
    Status.SPECULATED: 6,
}
_CONTEXT_CONFIDENCE = 0.45
_MIN_CONFIDENCE = 0.4
_SPORTS_THRESHOLD = 3
_NON_WORD = re.compile(r"[^\w-]+")
_MAX_EVIDENCE = 5000


def _is_sport(low: str, lex: Lexicon) -> bool:
    """True for a sports story: several sports words ("Granate" and "Bombe" are then metaphors)."""
    norm = " " + _NON_WORD.sub(" ", low) + " "
    return len(set(lex.sports.all(norm))) >= _SPORTS_THRESHOLD


def _fill_from_context(
    cand: Candidate, previous: list[str], previous_dests: list[str], dominant: tuple[str, str] | None
) -> bool:
    """Fill an open side from the previous sentence's actors or the article's main pair."""
    if cand.cue is None:
        return False
    if cand.supplier is None and cand.recipient is not None:
        prior = [c for c in previous if c != cand.recipient]
        if prior:
            cand.supplier = prior[0]
        elif dominant and dominant[1] == cand.recipient:
            cand.supplier = dominant[0]
    elif cand.recipient is None and cand.supplier is not None:
        prior = [c for c in previous_dests if c != cand.supplier]
        if prior:
            cand.recipient = prior[0]
        elif dominant and dominant[1] != cand.supplier and cand.status is not Status.DENIED:
            cand.recipient = dominant[1]
    elif cand.supplier is None and cand.recipient is None and dominant:
        cand.supplier, cand.recipient = dominant
    else:
        return False
    cand.confidence = min(cand.confidence, _CONTEXT_CONFIDENCE)
    return cand.supplier is not None and cand.recipient is not None


def _carry_money(text: str, sentence: Sentence, recent: list[Candidate], lex: Lexicon) -> None:
    """"Aftalen har en værdi af 9 milliarder kroner": a sum right after a transfer is its value."""
    if not recent or not any(c.isdigit() for c in text[sentence.start : sentence.end]):
        return
    money = [a for a in find_amounts(tokenize(text, sentence.start, sentence.end), lex) if a.currency]
    if not money:
        return
    for cand in recent:
        if cand.amount is None:
            cand.amount, cand.unit = money[0], money[0].currency


def _quantity(cand: Candidate, text: str) -> Quantity | None:
    amount = cand.amount
    if amount is None:
        return None
    start, end = amount.start, amount.end
    unit = cand.unit or _DEFAULT_UNIT[cand.weapon]
    return Quantity(value=amount.value, approx=amount.approx, unit=unit, text=text[start:end][:500])


def _better_quantity(new: Quantity | None, old: Quantity | None) -> bool:
    if new is None:
        return False
    if old is None:
        return True
    return old.approx and not new.approx


def _mention(cand: Candidate, text: str, quantity: Quantity | None) -> Mention:
    assert cand.supplier is not None
    assert cand.recipient is not None
    span = cand.sentence
    evidence = text[span.start : span.end]
    end = span.end if len(evidence) <= _MAX_EVIDENCE else span.start + _MAX_EVIDENCE
    return Mention(
        supplier=cand.supplier,
        recipient=cand.recipient,
        weapon=Weapon(cand.weapon),
        weapon_terms=tuple(dict.fromkeys(cand.terms)),
        quantity=quantity,
        status=cand.status,
        evidence=text[span.start : end],
        evidence_span=Span(start=span.start, end=end),
        confidence=round(cand.confidence, 3),
    )


def tag_article(text: str, lex: Lexicon, title: str | None = None) -> list[Mention]:
    """Return the merged mentions of one article; never raises on odd input."""
    low = fold(text)
    hits = scan(text, low, lex)
    if not any(h.kind is Kind.WEAPON for h in hits):
        return []
    candidates: list[Candidate] = []
    open_ones: list[tuple[Candidate, list[str], list[str]]] = []
    previous: list[str] = []
    previous_dests: list[str] = []
    hit_at = 0
    recent: list[Candidate] = []
    for sentence in split_sentences(text):
        while hit_at < len(hits) and hits[hit_at].start < sentence.start:
            hit_at += 1
        inside: list[Hit] = []
        j = hit_at
        while j < len(hits) and hits[j].start < sentence.end:
            if hits[j].end <= sentence.end:
                inside.append(hits[j])
            j += 1
        if not any(h.kind is Kind.WEAPON for h in inside):
            _carry_money(text, sentence, recent, lex)
            recent = []
            previous = [h.value for h in inside if h.kind in (Kind.ACTOR, Kind.DEMONYM)]
            previous_dests = []
            continue
        tokens = tokenize(text, sentence.start, sentence.end)
        reading = read_sentence(text, sentence, tokens, inside, lex)
        recent = reading.candidates
        for cand in reading.candidates:
            if cand.supplier and cand.recipient:
                candidates.append(cand)
            else:
                open_ones.append((cand, previous, previous_dests))
        previous, previous_dests = reading.actors, reading.dests
    weights: dict[tuple[str, str], float] = {}
    by_weapon: dict[str, tuple[str, str]] = {}
    for c in candidates:
        if c.supplier and c.recipient:
            weights[(c.supplier, c.recipient)] = weights.get((c.supplier, c.recipient), 0.0) + c.confidence
            by_weapon.setdefault(c.weapon, (c.supplier, c.recipient))
    dominant = max(weights, key=lambda pair: weights[pair]) if weights else None
    for cand, prior, prior_dests in open_ones:
        if cand.supplier is None and cand.recipient is None and cand.weapon in by_weapon:
            # "Ubåtene skal leveres fra 2029": the same weapon was placed earlier in the article
            cand.supplier, cand.recipient = by_weapon[cand.weapon]
            cand.confidence = min(cand.confidence, _CONTEXT_CONFIDENCE)
            candidates.append(cand)
        elif _fill_from_context(cand, prior, prior_dests, dominant) and cand.supplier != cand.recipient:
            candidates.append(cand)
    if not candidates or _is_sport(low, lex):
        return []
    return _merge(candidates, text, title, lex)


def _merge(candidates: list[Candidate], text: str, title: str | None, lex: Lexicon) -> list[Mention]:
    best: dict[tuple[str, str, str], Candidate] = {}
    quantities: dict[tuple[str, str, str], Quantity | None] = {}
    terms: dict[tuple[str, str, str], list[str]] = {}
    for cand in candidates:
        if cand.confidence < _MIN_CONFIDENCE or cand.supplier is None or cand.recipient is None:
            continue
        key = (cand.supplier, cand.recipient, cand.weapon)
        quantity = _quantity(cand, text)
        if key not in best:
            best[key], quantities[key], terms[key] = cand, quantity, list(cand.terms)
            continue
        terms[key].extend(cand.terms)
        if _better_quantity(quantity, quantities[key]):
            quantities[key] = quantity
        keep = best[key].beside_specific and cand.beside_specific
        generic = best[key].generic and cand.generic
        if (cand.confidence, -_STATUS_RANK[cand.status]) > (best[key].confidence, -_STATUS_RANK[best[key].status]):
            best[key] = cand
        best[key].beside_specific = keep
        best[key].generic = generic
    specific_pairs = {(k[0], k[1]) for k in best if k[2] not in ("military_equipment_general", "technology_transfer")}
    for key in [k for k, c in best.items() if k[2] == "military_equipment_general" and c.beside_specific]:
        if (key[0], key[1]) in specific_pairs:
            del best[key]  # "munitions and related materiel": the general word adds nothing
    missiles = {"missiles_cruise", "air_defence", "missiles_ballistic", "rockets_artillery"}
    for key in [k for k, c in best.items() if c.generic and k[2] in missiles]:
        if any((k[0], k[1]) == (key[0], key[1]) and k[2] in missiles and k != key for k in best):
            del best[key]  # "missilerne" refers back to the pair's named missiles
    title_low = fold(title) if title else ""
    mentions: list[Mention] = []
    for key, cand in best.items():
        cand.terms = terms[key]
        if title_low and _title_names(title_low, cand, lex):
            cand.confidence = min(1.0, cand.confidence + 0.05)
        mentions.append(_mention(cand, text, quantities[key]))
    return mentions


def _title_names(title_low: str, cand: Candidate, lex: Lexicon) -> bool:
    codes = {term.value for _end, (_n, found) in lex.automaton.iter(title_low) for term in found}
    return cand.supplier in codes and cand.recipient in codes
