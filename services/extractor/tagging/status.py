"""How far a transfer has got, read from one sentence's cue words, verb tense and negation."""

from __future__ import annotations

from schemas.mention import Status
from services.extractor.tagging.lexicon import Lexicon
from services.extractor.tagging.sentences import Token

_NEGATION_WINDOW = 4


def negated(tokens: list[Token], verb: int, lex: Lexicon) -> bool:
    """True when a negation word stands shortly before (or, verb-second, right after) the verb."""
    lo = max(0, verb - _NEGATION_WINDOW)
    if any(t.low in lex.negation for t in tokens[lo:verb]):
        return True
    return any(t.low in lex.negation for t in tokens[verb + 1 : verb + 2])


def _has(key: str, norm: str, lex: Lexicon) -> bool:
    cues = lex.status.get(key)
    return cues is not None and cues.find(norm) >= 0


def sentence_status(
    norm: str, tense: str | None, is_negated: bool, lex: Lexicon, limit: int = -1, role: str | None = None
) -> Status:
    """Pick the status of a transfer told in a sentence.

    ``norm`` is the normalised sentence, ``tense`` the tense of its transfer verb
    (``past``, ``present``, ``base``, ``passive`` or ``None`` for a noun-only sentence) and
    ``role`` the transfer cue's role (``supply``, ``buy``, ``order``, ``request``, ``supplier`` ...).
    Cue words at or after character ``limit`` of ``norm`` (the end of the verb's clause) are
    ignored: they belong to a later clause.
    """
    if limit >= 0:
        norm = norm[: limit + 1]
    if is_negated or _has("denied", norm, lex):
        return Status.DENIED
    if _has("speculated", norm, lex):
        return Status.SPECULATED
    if role == "request" or _has("requested", norm, lex):
        return Status.REQUESTED
    if role == "pledge":
        return Status.PLANNED
    if tense == "continuing":
        return Status.ONGOING  # "Iran förser huthierna med drönare", "is providing"
    done = (tense == "past" and role in ("supply", "receive", "buy", "arrive")) or role == "use"
    if done:
        return Status.DELIVERED  # "were delivered ... as part of a package approved by ..."
    if role == "order" or _has("agreed", norm, lex):
        return Status.AGREED
    if role == "supplier":
        return Status.ONGOING
    ongoing = _has("ongoing", norm, lex)
    if _has("planned", norm, lex):
        return Status.DELIVERED if tense == "past" and _perfect(norm, lex) else Status.PLANNED
    if tense == "past" or _has("delivered", norm, lex):
        return Status.DELIVERED
    if ongoing:
        return Status.ONGOING
    if tense == "present" and role in ("buy", "receive"):
        return Status.AGREED  # "Polen kauft 250 Kampfpanzer": a purchase told in the present is decided
    if role == "contain" or role == "aid":
        return Status.AGREED
    if tense in ("present", "base", None):
        return Status.PLANNED  # "Sverige skickar tio stridsvagnar": an announced transfer
    return Status.ONGOING


def _perfect(norm: str, lex: Lexicon) -> bool:
    delivered = lex.status.get("delivered")
    return delivered is not None and delivered.find(norm) >= 0
