"""Later parties copying a transfer told before them.

"Mali modtog sine første Bayraktar TB2 i 2022. Burkina Faso og Niger har fulgt trop": the followers get
what the state before them got, from the same seller. Rankings do it too ("På andreplass kommer Polen med
2,6 milliarder kroner, etterfulgt av Nederland med 1,1 milliarder"), and so does "of the same type"
("Rumänien har beställt 18 drönare av samma typ": the drones named before, from their seller).
"""

from __future__ import annotations

from dataclasses import replace

from services.extractor.tagging.lexicon import Kind, Lexicon
from services.extractor.tagging.quantities import Amount, find_amounts
from services.extractor.tagging.relations import Candidate
from services.extractor.tagging.scanning import Link, Scan
from services.extractor.tagging.sentences import Sentence, SentenceIndex, tokenize

_REACH = 600  # characters between the end of the copied transfer's sentence and the follower's sentence
_CONFIDENCE = 0.45  # as sure as a side filled from context


def followers(
    text: str, found: Scan, index: SentenceIndex, candidates: list[Candidate], lex: Lexicon
) -> list[Candidate]:
    """Transfers copied to the states that "follow suit" or come "followed by" in a ranking."""
    out: list[Candidate] = []
    for link in found.links:
        if link.role == "same":
            continue
        sentence = index.at(link.start)
        if sentence is None:
            continue
        names = _followers(text, found, sentence, link, lex)
        told = _copied(candidates, sentence)
        if not names or not told:
            continue
        amount = _amount_after(text, sentence, link, lex)
        for name in names:
            for cand in told:
                if name in (cand.supplier, cand.recipient):
                    continue
                out.append(
                    replace(
                        cand,
                        recipient=name,
                        terms=list(cand.terms),
                        amount=amount,
                        unit=(amount.currency or amount.counted) if amount is not None else None,
                        sentence=sentence,
                        confidence=min(cand.confidence, _CONFIDENCE),
                    )
                )
    return out


def same_kind_supplier(cand: Candidate, found: Scan, candidates: list[Candidate]) -> str | None:
    """The seller of the weapon an open transfer says it is "of the same type" as, if the sentence says so."""
    sentence = cand.sentence
    if not any(link.role == "same" and sentence.start <= link.start < sentence.end for link in found.links):
        return None
    earlier = [
        c
        for c in candidates
        if c.supplier is not None
        and c.recipient is not None
        and c.supplier != cand.recipient
        and c.sentence.start <= sentence.start
        and sentence.start - c.sentence.end <= _REACH
    ]
    same_kind = [c for c in earlier if c.weapon == cand.weapon] or earlier
    return max(same_kind, key=lambda c: c.sentence.start).supplier if same_kind else None


def _followers(text: str, found: Scan, sentence: Sentence, link: Link, lex: Lexicon) -> list[str]:
    """The states that follow: after "gefolgt von", else the subject before "fulgte trop" in its clause, else
    the one right after it ("im Jahr darauf folgte der Irak")."""
    lo, hi = _clause(text, sentence, link, lex)
    actors = [h for h in found.inside(lo, hi) if h.kind is Kind.ACTOR]
    after = [h.value for h in actors if h.start >= link.end]
    if link.role == "follow_by":
        return list(dict.fromkeys(after))
    before = [h.value for h in actors if h.end <= link.start]
    return list(dict.fromkeys(before or after[:1]))


def _clause(text: str, sentence: Sentence, link: Link, lex: Lexicon) -> tuple[int, int]:
    """The character range of the clause holding the link phrase: from the break before it to the one after."""
    lo, hi = sentence.start, sentence.end
    for token in tokenize(text, sentence.start, sentence.end):
        if token.low in lex.clause_breaks:
            if token.end <= link.start:
                lo = token.end
            elif token.start >= link.end:
                hi = token.start
                break
    return lo, hi


def _copied(candidates: list[Candidate], sentence: Sentence) -> list[Candidate]:
    """The transfers of the last sentence before the link (or of its own sentence) with a known pair: those
    of its most confident pair."""
    told = [
        c
        for c in candidates
        if c.supplier is not None
        and c.recipient is not None
        and c.sentence.start <= sentence.start
        and sentence.start - c.sentence.end <= _REACH
    ]
    if not told:
        return []
    last = max(c.sentence.start for c in told)
    latest = [c for c in told if c.sentence.start == last]
    best = max(latest, key=lambda c: c.confidence)
    return [c for c in latest if (c.supplier, c.recipient) == (best.supplier, best.recipient)]


def _amount_after(text: str, sentence: Sentence, link: Link, lex: Lexicon) -> Amount | None:
    """The sum or count told after the link in its sentence ("fulgte efter med en ordre til 2,8 milliarder")."""
    tokens = tokenize(text, link.end, sentence.end)
    amounts = [a for a in find_amounts(tokens, lex) if a.currency or a.counted]
    return amounts[0] if amounts else None
