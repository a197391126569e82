"""A learned filler for the one side of a transfer that the rules leave open.

The rules fill an open side from the sentence before, from a named system's maker or from the article's main
pair (``article._fill_from_context``). What they leave open (a sentence names who sells, or who gets, and
nothing more) is scored here. Every state or group the article names is an option, described by where and how
often it is named and by the role it plays in the article's complete transfers. A logistic model gives each
option the chance that the pair is one the article tells. The best option at or above the model's threshold
fills the side.

The model (``data/filler.json``) is trained on the gold of the tuned corpora by ``armswatch train-filler``
(``make filler``). Leave-one-corpus-out figures are in that file.
A party is also marked as the maker of a system the sentence names, as the first state or group of the sentence
before (its subject, when named near its start), and as at war with the known side (``Shared.hostile``).
Features are computed here and nowhere else, so that training and tagging cannot drift apart.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources

from services.extractor.tagging.lexicon import BLOCS, Kind, Lexicon, shared
from services.extractor.tagging.relations import Candidate, Reading
from services.extractor.tagging.scanning import Scan, fold
from services.extractor.tagging.sentences import paragraph

_LEAD = 40  # characters from a sentence's start where its subject stands
_NEAR = 300  # characters before a sentence that count as "just before" it
# No transfer verb, or a user of a system: the rules fill no side of these either (``_fill_from_context``). When
# they were offered, the model's fills there were right 17 times in 41 (a user: 3 in 13), against 86 in 156 for
# the other cues (in-sample, first form at threshold 0.7).
_NO_TRANSFER = frozenset({None, "use"})


@dataclass(slots=True)
class Opening:
    """A candidate with one open side and the article's parties that could fill it."""

    cand: Candidate
    known: str
    recipient_open: bool
    options: list[tuple[str, dict[str, float]]]

    def pair(self, party: str) -> tuple[str, str]:
        return (self.known, party) if self.recipient_open else (party, self.known)


@dataclass(frozen=True, slots=True)
class Model:
    weights: dict[str, float]
    bias: float
    threshold: float

    def score(self, features: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@cache
def model() -> Model | None:
    """The shipped model, or None if the package carries none (the rules alone then decide)."""
    path = resources.files(__package__).joinpath("data", "filler.json")
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return Model(weights=dict(data["weights"]), bias=float(data["bias"]), threshold=float(data["threshold"]))


@dataclass(frozen=True, slots=True)
class Article:
    """What the filler reads of the article: its text, the scan, each sentence's reading, the title."""

    text: str
    low: str
    found: Scan
    readings: dict[int, Reading]
    title: str | None
    lex: Lexicon


def openings(left: list[Candidate], complete: list[Candidate], article: Article) -> list[Opening]:
    """Describe each candidate of ``left`` (one side open) with the article's parties as options."""
    text, low, readings = article.text, article.low, article.readings
    where: dict[str, list[int]] = {}
    named_as: dict[str, Counter[Kind]] = {}
    by_name: dict[str, list[int]] = {}  # not by an institution: "Hæren", "Regeringen" stand for the home state
    institutions = article.lex.forces | shared().governments
    for hit in article.found.inside(0, len(text)):
        if hit.kind in (Kind.ACTOR, Kind.DEMONYM) and hit.value not in BLOCS:
            where.setdefault(hit.value, []).append(hit.start)
            named_as.setdefault(hit.value, Counter())[hit.kind] += 1
            if low[hit.start : hit.end] not in institutions:
                by_name.setdefault(hit.value, []).append(hit.start)
    if not where:
        return []
    in_title = title_parties(article.title, article.lex)
    n_complete = max(1, len(complete))
    as_recipient = Counter(c.recipient for c in complete)
    as_supplier = Counter(c.supplier for c in complete)
    length = max(1, len(text))
    found_openings: list[Opening] = []
    for cand in left:
        known = cand.supplier or cand.recipient
        if known is None or cand.cue in _NO_TRANSFER:
            continue
        start, end = cand.sentence.start, cand.sentence.end
        if not any(start <= p < end for p in by_name.get(known, ())):
            continue  # the known side is not named in its sentence: read from context or from an institution
        recipient_open = cand.recipient is None
        role = "r" if recipient_open else "s"
        reading = readings.get(start)
        opens, closes = paragraph(text, start, end)
        base = {
            "confidence": cand.confidence,
            "passive": float(cand.passive),
            f"cue:{cand.cue}": 1.0,
            f"status:{cand.status.value}": 1.0,
        }
        options: list[tuple[str, dict[str, float]]] = []
        makers = {m for term in cand.terms if (m := article.lex.origin_of_system(term)) is not None}
        cut = max(text.rfind(". ", 0, max(0, start - 2)), text.rfind("\n", 0, max(0, start - 1)))
        prev_open = cut + 1
        while prev_open < start and text[prev_open].isspace():
            prev_open += 1
        prev_first = next(
            (h.value for h in article.found.inside(prev_open, start) if h.kind is Kind.ACTOR and h.value not in BLOCS),
            None,
        )
        prev_lead = next(
            (h.value for h in article.found.inside(prev_open, min(start, prev_open + _LEAD)) if h.kind is Kind.ACTOR),
            None,
        )
        hostile = shared().hostile
        for party, places in where.items():
            if party == known:
                continue
            distance = min(0 if start <= p < end else (start - p if p < start else p - end) for p in places)
            features = {
                **base,
                "recipient_open": float(recipient_open),
                "log_distance": math.log1p(distance),
                "in_sentence": float(distance == 0),
                "log_names": math.log(len(places)),
                "log_as_name": math.log1p(named_as[party][Kind.ACTOR]),
                "log_as_adjective": math.log1p(named_as[party][Kind.DEMONYM]),
                "first_place": min(places) / length,
                "just_before": float(any(start - _NEAR <= p < start for p in places)),
                "in_paragraph": float(any(opens <= p < closes for p in places)),
                "in_title": float(party in in_title),
                f"share_as_recipient:{role}": as_recipient[party] / n_complete,
                f"share_as_supplier:{role}": as_supplier[party] / n_complete,
                "sentence_destination": float(reading is not None and party in reading.dests),
                "sentence_source": float(reading is not None and party in reading.sources),
                "sentence_actor": float(reading is not None and party in reading.actors),
                "non_state": float(len(party) > 2),
                f"maker:{role}": float(party in makers),
                "prev_first": float(party == prev_first),
                "prev_lead": float(party == prev_lead),
                "hostile": float(frozenset((party, known)) in hostile),
            }
            options.append((party, features))
        if options:
            found_openings.append(Opening(cand, known, recipient_open, options))
    return found_openings


def choose(opening: Opening, scorer: Model) -> tuple[str, float] | None:
    """The option the model rates highest, if it reaches the threshold."""
    party, p = max(((party, scorer.score(f)) for party, f in opening.options), key=lambda o: o[1])
    return (party, p) if p >= scorer.threshold else None


def title_parties(title: str | None, lex: Lexicon) -> set[str]:
    """Every term value the title names (states, groups, weapon kinds)."""
    if not title:
        return set()
    return {term.value for _end, (_n, terms, _s, _p, _g) in lex.automaton.iter(fold(title)) for term in terms}
