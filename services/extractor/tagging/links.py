"""Later parties copying a transfer told before them, and buyers passing weapons on.

"Mali modtog sine første Bayraktar TB2 i 2022. Burkina Faso og Niger har fulgt trop": the followers get
what the state before them got, from the same seller. Rankings do it too ("På andreplass kommer Polen med
2,6 milliarder kroner, etterfulgt av Nederland med 1,1 milliarder"), and so does "of the same type"
("Rumänien har beställt 18 drönare av samma typ": the drones named before, from their seller). A buyer
passing weapons on is the seller of the next hop ("Finland købte brugte K9-haubitser af den sydkoreanske hær,
og en del af partiet blev videresolgt til Estland").
"""

from __future__ import annotations

import re
from dataclasses import replace

from schemas.mention import Status
from services.extractor.tagging.lexicon import Kind, Lexicon, shared
from services.extractor.tagging.quantities import Amount, find_amounts
from services.extractor.tagging.relations import GENERAL, Candidate, read_sentence, retold, sold_again
from services.extractor.tagging.scanning import Hit, Link, Scan
from services.extractor.tagging.sentences import Sentence, SentenceIndex, Token, tokenize

_REACH = 600  # characters between the end of the copied transfer's sentence and the follower's sentence
_CONFIDENCE = 0.45  # as sure as a side filled from context
_INVENTORY_OPENS = 24  # characters from a sentence's start within which its inventory phrase opens the list
_ONWARD_CONFIDENCE = 0.6  # the next hop of weapons passed on: its seller is the first hop's buyer


def followers(
    text: str, found: Scan, index: SentenceIndex, candidates: list[Candidate], lex: Lexicon
) -> list[Candidate]:
    """Transfers copied to the states that "follow suit" or come "followed by" in a ranking."""
    out: list[Candidate] = []
    for link in found.links:
        if link.role in ("onward", "inventory"):
            continue
        sentence = index.at(link.start)
        if sentence is None:
            continue
        if link.role == "same" and any(c.sentence.start == sentence.start for c in candidates):
            continue  # "Slovakia har bestilt 76 vogner av samme type": read, its seller is the one before
        names = _followers(text, found, sentence, link, lex)
        told = _copied(candidates, sentence)
        if link.role in ("interest", "same"):
            # "Förenade Arabemiraten beställde tolv enheter av samma system": a buyer of the hardware told before
            told = _of_interest(told, text, found, sentence, link, lex)
        if not names or not told:
            continue
        amount = _amount_after(text, sentence, link.end, lex)
        if link.role == "follow_by" and amount is not None and amount.currency is not None:
            # "Deretter fulgte Polen med rundt 1,6 milliarder": a ranking of sums is of all arms, whatever the
            # leader's line named
            told = [replace(told[0], weapon="military_equipment_general")]
        leader = _leader(found, sentence, link) if link.role == "follow_by" else None
        for name, end in names:
            if link.role == "follow_by" and end > link.end:
                # "Deretter følger Polen med 1,4 milliarder og Tyskland med 1,1 milliarder": each its own sum
                amount = _amount_after(text, sentence, end, lex) or amount
            for cand in told:
                if name in (cand.supplier, cand.recipient):
                    continue
                # "og Vietnam er nemnt som ein mogleg kjøpar": only talked of
                status = Status.SPECULATED if link.role == "interest" else cand.status
                again = sold_again(cand, name, amount, status, sentence, _CONFIDENCE)
                if leader is not None and leader == cand.supplier:
                    # "The United States accounted for 45 percent of Ukraine's imports, followed by Germany": the
                    # follower ranks with the seller it follows, not with the owner of the imports
                    again = replace(again, supplier=name, recipient=cand.recipient)
                out.append(again)
    return out


def inventories(
    text: str, found: Scan, index: SentenceIndex, candidates: list[Candidate], lex: Lexicon
) -> list[Candidate]:
    """Each kind of hardware a cargo's inventory lists, with the pair and status of the shipment told before it,
    and the count told right before its word ("om lag 2500 automatrifler", "more than 700 assault rifles").

    "Bland lasten fanns delar till kryssningsrobotar, motorer till drönare och radarutrustning": a sentence with
    no transfer of its own, naming no state but the shipment's parties, after an inventory phrase ("om bord",
    "among the cargo", "darunter").
    """
    out: list[Candidate] = []
    seen: set[int] = set()
    for link in found.links:
        if link.role != "inventory":
            continue
        sentence = index.at(link.start)
        if sentence is None or sentence.start in seen:
            continue
        seen.add(sentence.start)
        if any(c.sentence.start == sentence.start and c.supplier and c.recipient for c in candidates):
            continue  # told in its own right
        told = _copied(candidates, sentence)
        if not told or link.start - sentence.start > _INVENTORY_OPENS:
            continue  # "sjømålsmissil om bord på fregattane": where weapons are, not a list of a cargo
        source = told[0]
        hits = found.inside(sentence.start, sentence.end)
        parties = (source.supplier, source.recipient)
        if any(h.kind is Kind.ACTOR and h.value not in parties for h in hits):
            continue  # "Polen kjøpte ...": another party
        if any(h.kind is Kind.DEMONYM and h.value not in parties and not _made_in(text, h) for h in hits):
            continue  # "russiske soldater": a party; not "kinesiskproduserte dronar", made by one, sent by another
        weapons = [h for h in hits if h.kind is Kind.WEAPON and not h.weak]
        kinds = {
            h.value: text[h.start : h.end]
            for h in weapons
            if h.value not in GENERAL and not any(o.start <= h.start and h.end <= o.end and o != h for o in weapons)
        }
        counts = _counts_before(text, sentence, weapons, lex)
        for kind, surface in kinds.items():
            cand = retold(source, kind, surface, sentence, _CONFIDENCE)
            if (count := counts.get(kind)) is not None:
                cand.amount, cand.unit = count, count.counted
            out.append(cand)
    return out


# an adjective of make: "kinesiskproduserte", "Chinese-made", "chinesischer Bauart", "kinesisktillverkade"
MADE_IN = re.compile(
    r"\w(?:sk|sch|ese|an)(?:-| )?(?:produser|produc|made|bygd|bygg|tillverk|framstil|fremstil)|\wer bauart"
)
_MAKE_REACH = 16  # characters from an adjective of origin to the end of its word of make


def _made_in(text: str, hit: Hit) -> bool:
    """True for an adjective of origin that tells a make ("kinesiskproduserte dronar"), not a party."""
    return MADE_IN.search(text[max(0, hit.end - 4) : hit.end + _MAKE_REACH].lower()) is not None


_COUNT_REACH = 30  # characters from a count to the weapon word it counts ("more than 700 assault rifles")


_MEASURES = (
    "model",
    "modell",
    "kilo",
    "kg",
    "gram",
    "tonn",
    "tonne",
    "ton ",
    "tons",
    "pound",
    "box",
    "crate",
    "kasse",
    "kist",
    "låd",
    "kart",
    "container",
    "pall",
    "sæk",
    "sekk",
    "säck",
    "sack",
    "-era",
    "s-era",
    "tallet",
    "talet",
    "er-jahre",
    "er jahre",
)


def _measured(between: str) -> bool:
    """Whether the words between a count and a weapon word tell a measure, a container or a decade ("500 kilograms of
    explosives", "3 boxes of ammunition", "1980s-era rifles"): the count is not of the weapon."""
    return between.startswith("s") or any(m in between for m in _MEASURES)


def _counts_before(text: str, sentence: Sentence, weapons: list[Hit], lex: Lexicon) -> dict[str, Amount]:
    """The count told shortly before each kind's first word in an inventory, with no other weapon word between."""
    amounts = [a for a in find_amounts(tokenize(text, sentence.start, sentence.end), lex) if a.currency is None]
    counts: dict[str, Amount] = {}
    for h in weapons:
        if h.value in counts or h.value in GENERAL:
            continue
        count = next(
            (
                a
                for a in reversed(amounts)
                if a.end <= h.start <= a.end + _COUNT_REACH
                and not any(a.end <= o.start < h.start for o in weapons if o is not h)
                and not a.packaging
                and not _measured(text[a.end : h.start].lower())
            ),
            None,
        )
        if count is not None:
            counts[h.value] = count
    return counts


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


def _followers(text: str, found: Scan, sentence: Sentence, link: Link, lex: Lexicon) -> list[tuple[str, int]]:
    """The states that follow, each with where its name ends: after "gefolgt von", else the subject before
    "fulgte trop" in its clause, else the one right after it ("im Jahr darauf folgte der Irak")."""
    lo, hi = _clause(text, sentence, link, lex)
    actors = [h for h in found.inside(lo, hi) if h.kind is Kind.ACTOR]
    after = [(h.value, h.end) for h in actors if h.start >= link.end]
    if link.role == "follow_by":
        return _first_of_each(after)
    before = [(h.value, h.end) for h in actors if h.end <= link.start]
    if link.role == "interest" and not before:
        # "og Vietnam er nemnt som ein mogleg kjøpar": the subject stands before the relative word
        named = [(h.value, h.end) for h in found.inside(sentence.start, link.start) if h.kind is Kind.ACTOR]
        return named[-1:]
    return _first_of_each(before or after[:1])


def _leader(found: Scan, sentence: Sentence, link: Link) -> str | None:
    """The state a "followed by" ranks after: the first one named before it that owns nothing, the ranking's subject
    ("The United States accounted for 45 percent of Ukraine's imports", "Japan is the largest buyer of US arms")."""
    named = [h for h in found.inside(sentence.start, link.start) if h.kind is Kind.ACTOR and not h.genitive]
    return named[0].value if named else None


def _first_of_each(names: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Each state once, where it is first named."""
    seen: dict[str, int] = {}
    for code, end in names:
        seen.setdefault(code, end)
    return list(seen.items())


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


def _of_interest(
    told: list[Candidate], text: str, found: Scan, sentence: Sentence, link: Link, lex: Lexicon
) -> list[Candidate]:
    """The hardware a later buyer's interest copies: of the kind its clause names, if any, and from the maker of
    the system it names ("Även Peru har visat intresse för Gripen" copies no American jets)."""
    lo, hi = _clause(text, sentence, link, lex)
    named = [h for h in found.inside(lo, hi) if h.kind is Kind.WEAPON]
    kinds = {h.value for h in named}
    makers = {m for h in named if (m := lex.origin_of_system(text[h.start : h.end])) is not None}
    return [
        c
        for c in told
        if c.weapon not in GENERAL and (not kinds or c.weapon in kinds) and (not makers or c.supplier in makers)
    ]


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


def _amount_after(text: str, sentence: Sentence, start: int, lex: Lexicon) -> Amount | None:
    """The sum or count told after ``start`` in its sentence ("fulgte efter med en ordre til 2,8 milliarder")."""
    tokens = tokenize(text, start, sentence.end)
    amounts = [a for a in find_amounts(tokens, lex) if a.currency or a.counted]
    return amounts[0] if amounts else None


def onward(
    text: str, sentence: Sentence, tokens: list[Token], hits: list[Hit], found: Scan, lex: Lexicon
) -> list[Candidate] | None:
    """The transfers of a sentence whose buyer passes the weapons on, or None when it tells no such thing.

    "Morocco bought the Gepard tanks from the Netherlands and later passed them on to Ukraine": the clause
    before the passing-on is read alone (NL -> MA), and its buyer sells the same weapons to the state named
    in the passing-on clause (MA -> UA), instead of the whole sentence giving Ukraine the Dutch tanks.
    """
    link = next((k for k in found.links if k.role == "onward" and sentence.start <= k.start < sentence.end), None)
    if link is None:
        return None
    at = next((i for i, t in enumerate(tokens) if t.start >= link.start), len(tokens))
    breaks, coordinators = lex.clause_breaks, shared().coordinators
    cut = next((j for j in range(at - 1, 0, -1) if tokens[j].low in breaks or tokens[j].low in coordinators), -1)
    if cut <= 0:
        return None
    end = tokens[cut].start
    first = read_sentence(text, Sentence(sentence.start, end), tokens[:cut], [h for h in hits if h.end <= end], lex)
    givers = [c for c in first.candidates if c.recipient is not None]
    dest = lex.preps.get("dest", frozenset())
    takers = [
        h.value
        for h in hits
        if h.kind is Kind.ACTOR
        and h.start >= end
        # "passed them on to Ukraine"; German tells the goal before the participle: "an Estland weiterverkauft"
        and (h.start >= link.end or _after_prep(tokens, h.start, dest))
    ]
    if not givers or not takers:
        return None
    negative = not lex.negation.isdisjoint(t.low for t in tokens[cut:])
    amount = _amount_after(text, sentence, link.end, lex)
    out = list(first.candidates)
    for cand in givers:
        for taker in dict.fromkeys(takers):
            if taker == cand.recipient:
                continue
            out.append(
                replace(
                    cand,
                    supplier=cand.recipient,
                    recipient=taker,
                    terms=list(cand.terms),
                    amount=amount,
                    unit=(amount.currency or amount.counted) if amount is not None else None,
                    status=Status.DENIED if negative else Status.DELIVERED,
                    sentence=sentence,
                    confidence=min(cand.confidence, _ONWARD_CONFIDENCE),
                    cue="supply",
                    passive=False,
                )
            )
    return out


def _after_prep(tokens: list[Token], start: int, preps: frozenset[str]) -> bool:
    """True when the word before the token starting at ``start`` is one of ``preps``."""
    for i, token in enumerate(tokens):
        if token.start == start:
            return i > 0 and tokens[i - 1].low in preps
    return False
