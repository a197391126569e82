"""How far a transfer has got, read from one sentence's cue words, verb tense and negation."""

from __future__ import annotations

from schemas.mention import Status
from services.extractor.tagging.lexicon import Lexicon, shared
from services.extractor.tagging.sentences import NEGATIVE_CORRELATIVES, Token

_NEGATION_WINDOW = 4
_FINAL_VERB_REACH = 14  # tokens back from a German final verb to its auxiliary


def negated(tokens: list[Token], verb: int, lex: Lexicon) -> bool:
    """True when a negation word stands shortly before (or, verb-second, right after) the verb, or, for a German
    verb at the end of its clause, anywhere after its finite auxiliary or modal ("Deutschland wird keine
    Taurus-Marschflugkörper an die Ukraine liefern")."""
    window = list(range(max(0, verb - _NEGATION_WINDOW), verb))
    if verb + 1 < len(tokens):
        window.append(verb + 1)
    if lex.capital_nouns and (verb + 1 >= len(tokens) or not tokens[verb + 1].low[:1].isalnum()):
        for k in range(verb - 1, max(-1, verb - _FINAL_VERB_REACH - 1), -1):
            low = tokens[k].low
            if low in lex.clause_breaks or low in shared().coordinators:
                break  # "... hat keine eigenen Kampfflugzeuge und erhielt Drohnen": another clause's negation
            if low in shared().helper_verbs:
                # not the idiom "nie dagewesen" (never seen before): "nie dagewesene Mengen an Munition geliefert"
                window.extend(j for j in range(k + 1, verb) if not tokens[j + 1].low.startswith("dagewesen"))
                break
    # what follows a negation is read from the sentence, not the window: verb-second "liefert nicht mehr als 8"; the
    # verb itself is passed over ("will not send fewer than 30")
    return any(
        _negates([t.low for j, t in enumerate(tokens[k + 1 : k + 4], k + 1) if j != verb][:2])
        for k in window
        if tokens[k].low in lex.negation
    ) or _correlative_subject(tokens, verb, lex)


def _negates(after: list[str]) -> bool:
    """Whether a negation word followed by the words ``after`` negates: not "nicht nur", "not only", "nicht mehr
    als" (but "nicht mehr")."""
    words = shared()
    if after and after[0] in words.not_negating:
        return False
    return " ".join(after[:2]) not in words.not_negating_pairs


def _correlative_subject(tokens: list[Token], verb: int, lex: Lexicon) -> bool:
    """A negative paired conjunction in the verb's clause before it: "Neither Germany nor France will deliver" (its
    second word, joined into a list, stands between), not "Neither of the 20 tanks Germany delivered"."""
    lo = max(0, verb - _FINAL_VERB_REACH)
    if all(t.low not in NEGATIVE_CORRELATIVES for t in tokens[lo:verb]):
        return False  # most clauses: no "neither", "weder", "verken"
    joined = False
    joins = shared().coordinators
    for k in range(verb - 1, lo - 1, -1):
        low = tokens[k].low
        joined = joined or low in joins
        if low in NEGATIVE_CORRELATIVES:
            return joined
        if low in lex.clause_breaks and not (low == "att" and k and tokens[k - 1].low in shared().future_markers):
            return False  # but "Varken Tyskland eller Frankrike kommer att leverera"
    return False


def sentence_status(
    found: dict[str, tuple[int, int]],
    tense: str | None,
    is_negated: bool,
    limit: int = -1,
    role: str | None = None,
) -> Status:
    """Pick the status of a transfer told in a sentence.

    ``found`` holds the phrase groups of the normalised sentence (``PhraseMatcher.find_all``),
    ``tense`` the tense of its transfer verb (``past``, ``present``, ``base``, ``passive`` or
    ``None`` for a noun-only sentence) and
    ``role`` the transfer cue's role (``supply``, ``buy``, ``order``, ``request``, ``supplier`` ...).
    Cue words ending after character ``limit`` of the normalised sentence (the end of the verb's
    clause) are ignored: they belong to a later clause.
    """

    def _has(key: str) -> bool:
        at = found.get(f"status:{key}")
        return at is not None and (limit < 0 or at[1] <= limit + 1)

    if is_negated or _has("denied") or _has("stops") or (_has("failed") and not _has("late")):
        return Status.DENIED
    if role == "seize":
        return Status.ONGOING  # a seized shipment was under way and did not arrive
    if _has("speculated"):
        return Status.SPECULATED
    if role == "request" or _has("requested"):
        return Status.REQUESTED
    if role == "pledge":
        return Status.PLANNED
    done = (tense == "past" and role in ("supply", "receive", "buy", "arrive", "build", "come")) or role in (
        "use",
        "origin",
    )
    if _has("interest") and not done and role != "order" and not _has("agreed") and not _has("consent"):
        return Status.SPECULATED  # "Vietnam har vist interesse for amerikanske F-16-fly", "interested in supplying"
    if tense == "continuing":
        return Status.ONGOING  # "Iran förser huthierna med drönare", "is providing"
    if _has("cleared") and _has("cleared_buy") and role in ("receive", "buy", "order"):
        return Status.AGREED  # "Marokko har fått løyve frå Washington til å kjøpe": allowed to buy, not bought
    if _has("talks") and not done:
        return Status.PLANNED  # "forhandler med Peru om salg", "in talks over": not agreed yet
    if _has("underway"):
        return Status.ONGOING  # "Sør-Korea har begynt å levere K2-stridsvogner til Polen"
    if done:
        return Status.DELIVERED  # "were delivered ... as part of a package approved by ..."
    if role == "order" or _has("agreed") or _has("consent"):
        return Status.AGREED
    if role == "supplier":
        return Status.ONGOING
    ongoing = _has("ongoing")
    if _has("planned"):
        return Status.DELIVERED if tense == "past" and _has("delivered") else Status.PLANNED
    if tense == "past" or _has("delivered"):
        return Status.DELIVERED
    if ongoing:
        return Status.ONGOING
    if tense == "present" and role == "build":
        return Status.ONGOING  # "bygger fire ubåter til Norge": under construction for the buyer
    if tense == "present" and role in ("buy", "receive"):
        return Status.AGREED  # "Polen kauft 250 Kampfpanzer": a purchase told in the present is decided
    if role == "contain" or role == "aid":
        return Status.AGREED
    if tense in ("present", "base", None):
        return Status.PLANNED  # "Sverige skickar tio stridsvagnar": an announced transfer
    return Status.ONGOING
