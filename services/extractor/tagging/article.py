"""A whole article: read each promising sentence, fill open sides from context, merge repeats.

One mention is kept per (supplier, recipient, weapon); the most specific quantity and the best
evidence sentence win.
"""

from __future__ import annotations

from bisect import bisect_left

from schemas.mention import Mention, Quantity, Span, Status, Weapon
from services.extractor.tagging.lexicon import Kind, Lexicon
from services.extractor.tagging.quantities import find_amounts
from services.extractor.tagging.relations import Candidate, Reading, read_sentence
from services.extractor.tagging.scanning import Hit, fold, scan
from services.extractor.tagging.sentences import Sentence, SentenceIndex, tokenize

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
_LOOK_AHEAD = 400  # characters after a transfer sentence searched for an amount
_MAX_EVIDENCE = 5000


def _is_sport(low: str, lex: Lexicon) -> bool:
    """True for a sports story: several sports words ("Granate" and "Bombe" are then metaphors)."""
    return len(lex.sports.words_in(low)) >= _SPORTS_THRESHOLD


def _fill_from_context(
    cand: Candidate, previous: list[str], previous_dests: list[str], dominant: tuple[str, str] | None
) -> bool:
    """Fill an open side from the previous sentence's actors or the article's main pair."""
    if cand.cue is None or cand.cue == "use":
        return False
    if cand.supplier is None and cand.recipient is not None:
        prior = [c for c in previous if c != cand.recipient]
        if prior:
            cand.supplier = prior[0]
        elif dominant and dominant[1] == cand.recipient:
            cand.supplier = dominant[0]
    elif cand.recipient is None and cand.supplier is not None:
        buying = cand.cue in ("buy", "order", "receive") or cand.passive  # "Die Miliz wird ... ausgerüstet"
        prior = [c for c in (previous if buying else previous_dests) if c != cand.supplier]
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


def _inside(hits: list[Hit], starts: list[int], sentence: Sentence) -> list[Hit]:
    """The hits that lie wholly inside ``sentence``."""
    lo = bisect_left(starts, sentence.start)
    hi = bisect_left(starts, sentence.end)
    return [h for h in hits[lo:hi] if h.end <= sentence.end]


def _context(index: SentenceIndex, sentence: Sentence, readings: dict[int, Reading]) -> tuple[list[str], list[str]]:
    """The actors (and recipients) named by the sentence before ``sentence``."""
    before = index.before(sentence)
    if before is None:
        return [], []
    reading = readings.get(before.start)
    if reading is not None:
        return reading.actors, reading.dests
    return [], []  # a sentence about something else ("Russland angrep Kyiv i natt.") lends no party


def _carry_amount(text: str, low: str, sentence: Sentence, recent: list[Candidate], lex: Lexicon) -> None:
    """Give amount-less transfers the amount told right after them.

    "Aftalen har en værdi af 9 milliarder kroner" (a sum) or "Totalt rör det sig om åtta pjäser"
    (a count of pieces) in the sentence after a transfer is that transfer's amount.
    """
    if lex.number_hint is not None and not lex.number_hint.search(low, sentence.start, sentence.end):
        return
    amounts = find_amounts(tokenize(text, sentence.start, sentence.end), lex)
    chosen = next((a for a in amounts if a.currency), None) or next((a for a in amounts if a.counted), None)
    if chosen is None:
        return
    for cand in recent:
        if cand.amount is None:
            cand.amount, cand.unit = chosen, chosen.currency


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
    index = SentenceIndex(text)
    starts = [h.start for h in hits]
    readings: dict[int, Reading] = {}
    previous: list[str] = []
    previous_dests: list[str] = []
    done: set[int] = set()
    last: Sentence | None = None
    for hit in hits:
        if hit.kind is not Kind.WEAPON or (last is not None and last.start <= hit.start < last.end):
            continue
        sentence = last = index.at(hit.start)
        if sentence is None or sentence.start in done:
            continue
        done.add(sentence.start)
        tokens = tokenize(text, sentence.start, sentence.end)
        reading = read_sentence(text, sentence, tokens, _inside(hits, starts, sentence), lex)
        readings[sentence.start] = reading
        if any(not (c.supplier and c.recipient) for c in reading.candidates):
            previous, previous_dests = _context(index, sentence, readings)
        for cand in reading.candidates:
            if cand.supplier and cand.recipient:
                candidates.append(cand)
            else:
                open_ones.append((cand, previous, previous_dests))
        hint = lex.number_hint
        ahead = hint is None or hint.search(low, sentence.end, sentence.end + _LOOK_AHEAD) is not None
        if ahead and any(c.amount is None for c in reading.candidates):
            following = index.after(sentence)
            if following is not None and not any(h.kind is Kind.WEAPON for h in _inside(hits, starts, following)):
                _carry_amount(text, low, following, reading.candidates, lex)
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
    if not candidates or (any(h.weak for h in hits) and _is_sport(low, lex)):
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
    codes = {term.value for _end, (_n, found, _start) in lex.automaton.iter(title_low) for term in found}
    return cand.supplier in codes and cand.recipient in codes
