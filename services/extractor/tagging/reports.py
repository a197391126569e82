"""Export reports: one state's licensed or exported arms, told per recipient as sums.

"Für Israel wurden Ausfuhren im Wert von 161 Millionen Euro genehmigt", "Auf Platz zwei folgt Singapur mit
1,2 Milliarden Euro", "Exporten till Turkiet har också tagit fart": in a report on a state's arms exports,
such sentences name a recipient and a sum (or an export word and a destination), often with no weapon
and no verb of handing over, and the exporter only in the lead. Each is a transfer from the reporting
state: of the one kind of weapon the sentence names, else of general equipment; agreed when the figures
are licences, refused when an application was turned down, else delivered.
"""

from __future__ import annotations

from schemas.mention import Status
from services.extractor.tagging.lexicon import Kind, Lexicon, Reports, shared
from services.extractor.tagging.quantities import Amount, find_amounts
from services.extractor.tagging.relations import Candidate
from services.extractor.tagging.roles import ranked_behind
from services.extractor.tagging.scanning import Hit, Scan, fold
from services.extractor.tagging.sentences import Sentence, Token, split_sentences, tokenize

_TITLE = 200  # characters of the first line (the title, as pages are extracted) that may call it a report
_CONFIDENCE = 0.45  # as sure as a side filled from context
_PREP_REACH = 2  # tokens between a destination preposition and the state it governs
_GENERAL = "military_equipment_general"


def is_report(text: str, low: str, lex: Lexicon, title: str | None) -> bool:
    """True when the title calls the article a report on arms exports ("Rüstungsexporte: Ukraine bleibt
    wichtigster Empfänger", "Svensk vapenexport ökade kraftigt"); a lead that mentions export licences in
    passing does not."""
    reports = lex.reports
    if reports is None:
        return False
    line_end = text.find("\n", 0, _TITLE)  # ``low`` has its line breaks folded to spaces
    head = fold(title) if title else low[: line_end if line_end >= 0 else _TITLE]
    return any(m in head for m in reports.markers)


def report_candidates(
    text: str, low: str, found: Scan, lex: Lexicon, exporter: str | None, told: set[tuple[str, str]]
) -> list[Candidate]:
    """Transfers from the reporting state to each recipient its report names with a sum.

    The reporting state is the state named just before the first export-report word ("Die Bundesregierung hat
    ... Rüstungsexporte ... genehmigt", "Svensk vapenexport ökade"), else ``exporter``, the article's
    dominant supplier. Pairs in ``told`` were already read from the sentences themselves.
    """
    reports = lex.reports
    if reports is None:
        return []
    sentences = split_sentences(text)
    exporter = _reporting_state(sentences, low, found, reports) or exporter
    if exporter is None:
        return []
    out: list[Candidate] = []
    links = shared().related_links
    for sentence in sentences:
        if low.startswith(links, sentence.start):
            continue  # "Läs också: Exporten till Indien ökar": a link to another article
        hits = found.inside(sentence.start, sentence.end)
        states = [h for h in hits if h.kind is Kind.ACTOR and _is_state(h.value) and h.value != exporter]
        if not states:
            continue
        tokens = tokenize(text, sentence.start, sentence.end)
        lows = [t.low for t in tokens]
        money = [a for a in find_amounts(tokens, lex) if a.currency is not None]
        noun = not reports.nouns.isdisjoint(lows)
        if not money and not noun:
            continue
        weapon = _weapon(hits)
        status = _status(lows, reports)
        giver = exporter
        at = {h.start: _token_at(tokens, h.start) for h in states}
        goals = [h for h in states if (k := at[h.start]) is not None and _governed(tokens, k, lex, "dest")]
        if goals and states[0] not in goals and states[0].start == tokens[0].start:
            # "Germany, the second-largest supplier, approved exports worth €161m to Israel": the sentence's own
            # exporter, and the state it exports to
            giver, states = states[0].value, goals
        for hit in states:
            k = at[hit.start]
            if k is None or _governed(tokens, k, lex, "source") or _governed(tokens, k, lex, "agent"):
                continue  # "aus Deutschland", "das von Russland angegriffene Land"
            if ranked_behind(tokens, k, hit.end, lex):
                continue  # "Tyskland är efter USA Israels viktigaste vapenleverantör": the state ranked first
            if not money and not _governed(tokens, k, lex, "dest"):
                continue  # an export word alone needs its destination: "Exporten till Turkiet"
            if (giver, hit.value) in told:
                continue
            told.add((giver, hit.value))
            amount = _amount_for(money, k, [t for h in states if (t := at[h.start]) not in (None, k)])
            out.append(
                Candidate(
                    giver,
                    hit.value,
                    weapon,
                    [text[hit.start : hit.end]],
                    amount,
                    amount.currency if amount is not None else None,
                    status,
                    sentence,
                    _CONFIDENCE,
                    "supply",
                )
            )
    return out


def _reporting_state(sentences: list[Sentence], low: str, found: Scan, reports: Reports) -> str | None:
    """The state named before an export-report word: "Svensk vapenexport", "Die Bundesregierung hat ...
    Rüstungsexporte genehmigt"; not a recipient after it ("Rüstungsexporte: Ukraine bleibt ...")."""
    for sentence in sentences:
        part = low[sentence.start : sentence.end]
        at = min((i for m in reports.markers if (i := part.find(m)) >= 0), default=-1)
        if at < 0:
            continue
        states = [
            h.value
            for h in found.inside(sentence.start, sentence.start + at)
            if h.kind in (Kind.ACTOR, Kind.DEMONYM) and _is_state(h.value)
        ]
        if states:
            return states[-1]
    return None


def _is_state(code: str) -> bool:
    return len(code) == 2 and code.isupper() and code != "EU"


def _token_at(tokens: list[Token], start: int) -> int | None:
    return next((k for k, t in enumerate(tokens) if t.start <= start < t.end or t.start >= start), None)


def _governed(tokens: list[Token], k: int, lex: Lexicon, role: str) -> bool:
    """True when a preposition of ``role`` stands just before token ``k`` ("nach Israel", "für das Land")."""
    preps = lex.preps.get(role, frozenset())
    return any(tokens[j].low in preps for j in range(max(0, k - _PREP_REACH - 1), k))


def _weapon(hits: list[Hit]) -> str:
    """The one kind of weapon a sentence names ("vor allem für Marineschiffe"), else general equipment."""
    kinds = {h.value for h in hits if h.kind is Kind.WEAPON and not h.weak}
    return kinds.pop() if len(kinds) == 1 else _GENERAL


def _status(lows: list[str], reports: Reports) -> Status:
    if any(w.startswith(reports.refuse) for w in lows):
        return Status.DENIED
    if any(w.startswith(reports.approve) for w in lows):
        return Status.AGREED
    return Status.DELIVERED


def _amount_for(money: list[Amount], k: int, others: list[int]) -> Amount | None:
    """The sum nearest the state at token ``k`` among those no other state (at ``others``) is nearer to.

    "Licences worth £420 million were approved for Qatar, and exports to Oman reached £90 million".
    """

    def distance(a: Amount, tok: int) -> int:
        return a.first - tok if a.first > tok else tok - a.last

    own = [a for a in money if all(distance(a, k) <= distance(a, o) for o in others)]
    # at equal distance the sum after the state: "Polen med 1,4 milliarder kroner og Tyskland med 1,1 milliarder"
    return min(own or money, key=lambda a: (distance(a, k), a.first < k), default=None)
