"""Judgements about the pairs an article's readings give, applied at its end: priors about who trades with whom and
conventions about who is a party at all.

- Priors kept as data in ``common.toml``: parties at war (``hostile``, applied in the merge), rivals under each
  other's arms embargoes, the sides of Sudan's war, states that only take in arms.
- Conventions: the state that blocks a sale or reacts to it is not its supplier; a pair a sentence only suggests in
  a sentence about consent to a re-export or a system passed over is no transfer; a host state stands for the group
  it hosts when the supplier is the group's patron.

They read the candidate's sentence (the article only for a host state or a rival pair), not its syntax.
"""

from __future__ import annotations

import re
from dataclasses import replace

from schemas.mention import Status
from services.extractor.tagging.direction import GIVING
from services.extractor.tagging.lexicon import Kind, Lexicon, shared
from services.extractor.tagging.relations import SYSTEM_CONFIDENCE, Candidate
from services.extractor.tagging.scanning import Hit, Scan

_WORD = re.compile(r"[^\W\d_]+")
_CARGO_PLANES = ("fracht", "cargo", "transport", "laste", "frakt", "last")  # words of planes that carry goods
_LOST_GATE = ("tab", "tap", "förlor", "lost", "unterl", "verlor", "zum zug")  # in every phrase of ``Shared.lost_bid``
_BUT = ("but", "men", "aber", "mais", "doch", "dock", "likevel", "alligevel", "trotzdem")
_LOST_REACH = 40  # characters after a bidder's name that hold the words of its loss
_AGENTS = frozenset({"by", "av", "af", "von"})  # the preposition of a passive's agent: "blocked by Britain"


def judged(candidates: list[Candidate], text: str, low: str, found: Scan, lex: Lexicon) -> list[Candidate]:
    """The candidates that survive the judgements, with host states and crossed sides replaced."""
    sellers: dict[tuple[str | None, str], set[str | None]] = {}  # the sellers of each kind to each recipient
    for c in candidates:
        sellers.setdefault((c.recipient, c.weapon), set()).add(c.supplier)
    resellers = {c.supplier for c in candidates}
    kept = [
        _received(c, found)
        for c in _to_hosted_groups(candidates, found, len(text))
        if not _blocker(c, text, found, lex)
        and not _consented(c, low)
        and not _deployed(c, low)
        and not _lost_bid(c, low, found)
        and not _carrier(c)
        and not _cargo_ship(c, low)
        and not (
            (len(sellers.get((c.recipient, c.weapon), ())) > 1 or c.recipient in resellers) and _approver(c, low, found)
        )
    ]
    if any(_rivals(c) for c in kept):
        court = shared().rival_cues.search(low) is not None
        kept = [c for c in kept if not _rivals(c) or (court and c.supplier in shared().rivals[0])]
    return kept


def _rivals(cand: Candidate) -> bool:
    """True for a transfer between states under each other's arms embargoes (``Shared.rivals``) that is not a
    refusal: such a pair is a misreading ("USA har truet med sanksjoner mot land som kjøper våpen fra Russland"),
    except goods smuggled from the West in a court case or smuggling story (the caller keeps those). Russia,
    China, Iran or North Korea supplying the West is always a misreading ("The US Navy intercepted a vessel carrying
    Iranian-made missile components")."""
    west, east = shared().rivals
    supplier, recipient = cand.supplier, cand.recipient
    crosses = (supplier in west and recipient in east) or (supplier in east and recipient in west)
    return crosses and cand.status is not Status.DENIED


def _names_recipient(cand: Candidate, found: Scan) -> bool:
    """True when the candidate's sentence names its recipient outright (not through "hæren", "landet" or context):
    "Iran har levert droner til RSF-militsen" stays as told."""
    return any(
        h.kind is Kind.ACTOR and h.value == cand.recipient for h in found.inside(cand.sentence.start, cand.sentence.end)
    )


def _received(cand: Candidate, found: Scan) -> Candidate:
    """A pair whose seller only takes in arms (``Shared.only_receive``), read the other way: "Danmark betaler for
    18 ukrainske haubitser" gives Ukraine what Denmark pays for. A patron of one side of a civil war paired with the
    other side supplies its own (``Shared.war_sides``)."""
    own = shared().war_sides.get((cand.supplier or "", cand.recipient or ""))
    if own is not None and not _names_recipient(cand, found):
        return replace(cand, recipient=own)
    receivers = shared().only_receive
    if cand.supplier in receivers and cand.recipient is not None and cand.recipient not in receivers:
        return replace(cand, supplier=cand.recipient, recipient=cand.supplier)
    return cand


def _consented(cand: Candidate, low: str) -> bool:
    """True for a pair only suggested (by a maker or the context) in a sentence about consent to a re-export
    ("Washington had to approve the re-export of the U.S.-made jets" tells no American transfer) or about a
    system weighed and passed over ("Det amerikanske Patriot-system blev fravalgt")."""
    if cand.confidence > SYSTEM_CONFIDENCE:
        return False
    sentence = low[cand.sentence.start : cand.sentence.end]
    words = shared()
    return any(word in sentence for word in words.consent) or any(word in sentence for word in words.passed_over)


# a clause break between weapons and a task: a comma, a dash, or "and" before a word that opens no noun phrase
# ("und verlegte Eurofighter", not "two warships and a submarine")


def _places(text: str, part: str) -> list[int]:
    """Where ``part`` starts in ``text``, each time."""
    found: list[int] = []
    at = text.find(part)
    while at >= 0 and part:
        found.append(at)
        at = text.find(part, at + 1)
    return found


_INCLUDING_REACH = 24  # characters after a comma searched for "darunter", "blant annet"


def _deployed(cand: Candidate, low: str) -> bool:
    """True for a giver sending its own forces' weapons to an ally for a task of its own, not handing them over:
    "Britain sent Typhoon jets to Poland for NATO air policing", "Noreg sender F-35-fly til Polen for å verne
    luftrommet", "entsendet Eurofighter zur Luftraumüberwachung" (``Shared.deployment``)."""
    arriving = cand.cue in ("arrive", None)
    if (cand.cue not in GIVING and not arriving and cand.cue != "contain") or cand.cue == "pledge":
        # "contain": a list of what was moved ("200 vehicles, including Leopard 2 tanks, were moved")
        return False
    sentence = low[cand.sentence.start : cand.sentence.end]
    tasks = (*shared().deployment, *shared().visits) if arriving else shared().deployment
    # "Chinese warships arrived in Cambodia for a friendship visit" arrive on a task of their own; "China handed over
    # two corvettes to Cambodia during a friendship visit" gives them
    told = [phrase for phrase in tasks if phrase in sentence]
    if not told:
        return False  # most sentences: no task named at all
    # a task opening the sentence reaches past its comma for weapons moved ("For the exercise, Leopard 2 tanks were
    # moved"), not for a verb of giving ("For the exercise, Sweden sold 10 Archer howitzers to Finland")
    opening = arriving or cand.cue == "contain"
    places = [
        at + len(phrase) + 1 if opening and at == 0 and sentence[len(phrase) : len(phrase) + 1] == "," else at
        for phrase in told
        for at in _places(sentence, phrase)
    ]
    # the weapons' own clause: "Mens norske F-35 er i Polen for en øvelse, har Norge levert 14 M109-haubitser" and
    # "Deutschland lieferte Leopard-Panzer an die Ukraine und verlegte Eurofighter für ein Manöver" hand over the
    # howitzers and tanks; every mention of the weapons must share a clause with a task
    seen = [at for term in cand.terms for at in _places(sentence, term.lower())]
    return not seen or all(any(not _broken(sentence, at, place) for place in places) for at in seen)


def _broken(sentence: str, at: int, place: int) -> bool:
    """Whether a clause break stands between a weapon at ``at`` and a task at ``place``. A list of examples between
    commas ("mehr als 200 Kettenfahrzeuge, darunter Kampfpanzer Leopard 2", "200 beltekjøretøy, blant annet Leopard
    2-stridsvogner, til Litauen til øvelsen") breaks none, unless it brings in another party ("blant annet sammen med
    18 haubitser som Frankrike selger"), a clause of its own or the task itself ("darunter einige zur Instandsetzung
    in Polen": only those)."""
    start, end = min(at, place), max(at, place)
    including = shared().including
    listing = False
    for found in shared().deploy_break.finditer(sentence, 0, end):
        # read from the sentence start, so that a span opening inside a list knows it ("Puma-kjøretøy, til Litauen")
        inside = found.start() >= start
        if listing and found.group() not in (",", ";") and "–" not in found.group():
            continue  # "blant annet Leopard 2-stridsvogner og Puma-kjøretøy": the list's own "og"
        if found.group() != ",":
            if inside:
                return True
            continue
        if listing:
            listing = False  # the comma closing the list
            continue
        after = sentence[found.end() : found.end() + _INCLUDING_REACH].split()
        n = 1 if after and after[0] in including else 2 if " ".join(after[:2]) in including else 0
        close = sentence.find(",", found.end())
        listed = sentence[found.end() : close if close >= 0 else len(sentence)].split()
        if (
            not n
            or (len(after) > n and after[n] in shared().together)  # "blant annet sammen med": another party
            or not shared().relatives.isdisjoint(listed)
            or found.end() <= place < (close if close >= 0 else len(sentence))
        ):
            # not a list, or one with a clause of its own ("including 30 that arrived in time for the exercise")
            if inside:
                return True
            continue
        listing = True
    return False


def _carrier(cand: Candidate) -> bool:
    """True for cargo or transport planes told as arriving ("Iranske transportfly skal ha landa i Port Sudan", "The
    missiles arrived aboard an Indian Air Force transport aircraft", "landeten 38 Frachtflugzeuge aus den Emiraten"):
    the planes carried the goods, they were not handed over (bought or given transport planes have another cue)."""
    return (
        cand.cue == "arrive"
        and cand.weapon == "aircraft"
        and bool(cand.terms)
        and all(any(word in term.lower() for word in _CARGO_PLANES) for term in cand.terms)
    )


def _cargo_ship(cand: Candidate, low: str) -> bool:
    """True for a ship told as carrying the goods ("Et skip med 60 nye Abrams-stridsvogner ankom Gdynia", "a vessel
    carrying 2,000 rifles"): the ship brought them, it was not handed over."""
    if cand.weapon != "naval_vessels" or not cand.terms:
        return False
    sentence = low[cand.sentence.start : cand.sentence.end]
    for term in cand.terms:
        word = term.lower()
        if not word.startswith(shared().ship_words):
            return False
        at = sentence.find(word)
        if at < 0 or shared().cargo_carrying.match(sentence, at + len(word)) is None:
            return False
    return True


def _lost_bid(cand: Candidate, low: str, found: Scan) -> bool:
    """True for a supplier named just before words saying it lost the contest to supply, with no other party between
    and no "but" after: "Spanien har tabt konkurrencen om at levere ubåde til Indien", "Germany's TKMS lost the
    tender" (``Shared.lost_bid``), not "Schweiz køber 36 F-35 fra USA, efter at Frankrig tabte konkurrencen"."""
    sentence = cand.sentence
    text = low[sentence.start : sentence.end]
    if not any(word in text for word in _LOST_GATE):
        return False  # most sentences: no word of a loss at all
    phrases = shared().lost_bid
    if not any(phrase in text for phrase in phrases):
        return False
    if _offer_lost(text, sentence.start, phrases, found):
        return True  # "KNDS hatte Polen den Leopard 2A8 angeboten, kam aber nicht zum Zug"
    if any(f" {word} " in text for word in _BUT):
        return False
    named = [h for h in found.inside(sentence.start, sentence.end) if h.kind is Kind.ACTOR]
    for k, hit in enumerate(named):
        if hit.value != cand.supplier:
            continue
        stop = named[k + 1].start if k + 1 < len(named) else sentence.end
        after = low[hit.end : min(stop, hit.end + _LOST_REACH)]
        if any(re.search(rf"\b{re.escape(phrase)}\b", after) for phrase in phrases):
            return True
    return False


def _offer_lost(text: str, base: int, phrases: tuple[str, ...], found: Scan) -> bool:
    """True for an offer followed by words of a loss with no other party named between: "KNDS hatte Polen den
    Leopard 2A8 angeboten, kam aber nicht zum Zug", "India pitched its Tejas, but both lost out" (not "Turkey offered
    drones to Ukraine, but Kyiv lost out on a separate deal")."""
    offers = [m.end() for word in shared().offered for m in re.finditer(re.escape(word), text)]
    losses = [m.start() for phrase in phrases for m in re.finditer(re.escape(phrase), text)]
    for loss in losses:
        before = [o for o in offers if o <= loss]
        if not before:
            continue
        lo, hi = base + max(before), base + loss
        between = [h for h in found.inside(lo, hi) if h.kind is Kind.ACTOR]
        # the buyer it was offered to may stand between ("offered Rafale jets to India, but lost out"), or right after
        # the offer as its object ("hade erbjudit Thailand nya F-16 Block 70, men förlorade upphandlingen")
        if all(
            shared().offer_goal.search(text, max(0, h.start - base - 8), h.start - base)
            or not text[lo - base : h.start - base].strip()
            for h in between
        ):
            return True
    return False


def _approver(cand: Candidate, low: str, found: Scan) -> bool:
    """True when the supplier is named as the one whose approval the sale needs: "Washington had to approve the
    sale to Germany", "krävdes ett godkännande från Washington". The caller asks only where the article tells
    another seller of the same kind to the same recipient, or the recipient selling on ("Denmark could not sell it
    without permission from the United States"), so a maker's own approval of its sale ("Washington must approve the
    sale") stays."""
    sentence = cand.sentence
    match = shared().approval.search(low, sentence.start, sentence.end)
    if match is None:
        return False
    named = [h for h in found.inside(sentence.start, sentence.end) if h.kind is Kind.ACTOR]
    if match.group(1) is not None:
        # "Washington had to approve", "skulle Washington godkende": the name inside the match, else before it
        approver = next((h for h in named if match.start() <= h.start < match.end()), None) or next(
            (h for h in reversed(named) if h.end <= match.start()), None
        )
    else:
        approver = next((h for h in named if h.start >= match.end()), None)  # "permission from the United States"
    return approver is not None and approver.value == cand.supplier


def _blocker(cand: Candidate, text: str, found: Scan, lex: Lexicon) -> bool:
    """True when the supplier is named as blocking the sale in the candidate's sentence: "Storbritannia blokkerte
    salget", "were blocked by Britain, which has restricted arms sales to Argentina". A veto on a sale is no
    transfer by the one who vetoes it. Nor is a reaction to it: "Peking reagierte verärgert auf die
    Raketenlieferung" makes China no supplier."""
    sentence = cand.sentence
    low = text[sentence.start : sentence.end].lower()
    words = shared()
    if words.blocking_or_reacting.search(low) is None:
        return False  # most sentences: one scan is cheaper than splitting them into words
    blocking = any(word in low for word in words.blocking)
    reacting = any(word in low for word in words.reacting)
    named = [h for h in found.inside(sentence.start, sentence.end) if h.kind is Kind.ACTOR]
    if blocking and (at := _first_word(low, words.blocking)) >= 0:
        # the name nearest before the verb, or its agent after it ("blocked by Britain", "av Storbritannien")
        subject = next((h for h in reversed(named) if h.end <= sentence.start + at), None)
        agents = [
            h for h in named if h.start > sentence.start + at and word_before(low, h.start - sentence.start) in _AGENTS
        ]
        if any(h.value == cand.supplier for h in [*([subject] if subject else []), *agents]):
            # not a maker's state withholding its own make: "Der US-Kongress blockiert die Lieferung von F-16-Jets
            # an die Türkei" is the US's sale, denied
            return not _own_make_withheld(cand, named, low, at, lex)
    if reacting and cand.status is not Status.DENIED and (at := _first_word(low, words.reacting)) >= 0:
        # not a denial in the same sentence ("Peking protestierte und betonte, China liefere keine Waffen"), nor a
        # reaction that is to deliver ("USA reagerte raskt og leverte Patriot-systemer til Ukraina")
        if any(m.group() in lex.verbs for m in _WORD.finditer(low, at)):
            return False
        subject = next((h for h in reversed(named) if h.end <= sentence.start + at), None)
        # the reaction's own subject: not a name before a comma nor a place ("Katar hatte ... von Krauss-Maffei
        # Wegmann gekauft, was in Berlin heftig kritisiert wurde" is Qatar's purchase from Germany)
        return (
            subject is not None
            and subject.value == cand.supplier
            and "," not in low[subject.end - sentence.start : at]
            and "location" not in lex.prep_roles.get(word_before(low, subject.start - sentence.start), ())
        )
    return False


def _own_make_withheld(cand: Candidate, named: list[Hit], low: str, at: int, lex: Lexicon) -> bool:
    """Whether a blocker withholds the sale of its own make, with no other seller named and no negation of the
    block: "USA blokerede salget af 12 F-35-fly til Tyrkiet", not "Tyskland blokerede Polens eksport af 14
    Leopard-kampvogne" (Poland's) nor "Tyskland blokerede ikke salget"."""
    if not any(lex.origin_of_system(term) == cand.supplier for term in cand.terms):
        return False
    if any(h.value not in (cand.supplier, cand.recipient) for h in named):
        return False
    near = _WORD.findall(low[max(0, at - 12) : at + 30])
    return lex.negation.isdisjoint(near)


def _first_word(low: str, words: frozenset[str]) -> int:
    """Where the first of ``words`` stands in ``low`` as a whole word, else -1."""
    return next((m.start() for m in _WORD.finditer(low) if m.group() in words), -1)


def _to_hosted_groups(candidates: list[Candidate], found: Scan, length: int) -> list[Candidate]:
    """Weapons sent to a state that hosts a group the article names go to the group, when their supplier is the
    group's patron or supplies it elsewhere in the article: "Teheran smugler raketter til Libanon" in a story on
    Hezbollah, "Iran sender ikkje våpen til Jemen" in one on the Houthis. Such a denial of what the article reports
    otherwise keeps the reported status: it is dropped."""
    hosts = shared().hosted_groups
    if not any(c.recipient in hosts for c in candidates):
        return candidates
    named = {h.value for h in found.inside(0, length) if h.kind is Kind.ACTOR}  # rare: only with a host state
    patrons = shared().group_patrons
    moved: set[int] = set()  # ids of the candidates given to a group
    for cand in candidates:
        group = hosts.get(cand.recipient or "")
        if group is None or group not in named or cand.supplier == group:
            continue
        if cand.supplier in patrons or any(c.supplier == cand.supplier and c.recipient == group for c in candidates):
            cand.recipient = group
            moved.add(id(cand))
    reported = {(c.supplier, c.recipient) for c in candidates if c.status is not Status.DENIED}
    return [
        c
        for c in candidates
        if not (id(c) in moved and c.status is Status.DENIED and (c.supplier, c.recipient) in reported)
    ]


def word_before(low: str, start: int) -> str:
    """The word right before ``start`` ("" at the start of the text)."""
    words = low[max(0, start - 16) : start].split()
    return words[-1] if words else ""
