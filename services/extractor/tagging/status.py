"""How far a transfer has got, read from one sentence's cue words, verb tense and negation."""

from __future__ import annotations

from schemas.mention import Status
from services.extractor.tagging.lexicon import Lexicon
from services.extractor.tagging.sentences import Token

# Cue classes in the order they win: a hedge outranks a plan, a plan outranks a bare tense.
_ORDER = (
    (Status.DENIED, "denied"),
    (Status.SPECULATED, "speculated"),
    (Status.REQUESTED, "requested"),
    (Status.AGREED, "agreed"),
    (Status.PLANNED, "planned"),
)
_NEGATION_WINDOW = 4


def negated(tokens: list[Token], verb: int, lex: Lexicon) -> bool:
    """True when a negation word stands shortly before (or, verb-second, right after) the verb."""
    lo = max(0, verb - _NEGATION_WINDOW)
    if any(t.low in lex.negation for t in tokens[lo:verb]):
        return True
    return any(t.low in lex.negation for t in tokens[verb + 1 : verb + 2])


def sentence_status(norm: str, tense: str | None, is_negated: bool, lex: Lexicon) -> Status:
    """Pick the status of a transfer told in a sentence.

    ``norm`` is the normalised sentence, ``tense`` the tense of its transfer verb
    (``past``, ``present``, ``base``, ``passive`` or ``None`` for a noun-only sentence).
    """
    if is_negated:
        return Status.DENIED
    for status, key in _ORDER:
        cues = lex.status.get(key)
        if cues is not None and cues.find(norm) >= 0:
            if status is Status.PLANNED and tense == "past" and _perfect(norm, lex):
                return Status.DELIVERED
            return status
    if tense == "past":
        return Status.DELIVERED
    delivered = lex.status.get("delivered")
    if delivered is not None and delivered.find(norm) >= 0:
        return Status.DELIVERED
    if tense == "base":
        return Status.PLANNED
    ongoing = lex.status.get("ongoing")
    if tense in ("present", "passive") or (ongoing is not None and ongoing.find(norm) >= 0):
        return Status.ONGOING
    return Status.DELIVERED


def _perfect(norm: str, lex: Lexicon) -> bool:
    delivered = lex.status.get("delivered")
    return delivered is not None and delivered.find(norm) >= 0
