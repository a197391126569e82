"""A whole article: read each promising sentence, fill open sides from context, merge repeats.

One mention is kept per (supplier, recipient, weapon); the most specific quantity and the best
evidence sentence win.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import replace
from functools import cache
from itertools import pairwise

import ahocorasick

from schemas.mention import Mention, Quantity, Span, Status, Weapon
from services.extractor.tagging.direction import BECOMING, GIVING, ORIGINS, after_fronted_clause
from services.extractor.tagging.filler import Article, Opening, choose, openings, title_parties
from services.extractor.tagging.filler import model as filler_model
from services.extractor.tagging.lexicon import BLOCS, Kind, Lexicon, shared
from services.extractor.tagging.links import MADE_IN, followers, inventories, onward, same_kind_supplier
from services.extractor.tagging.priors import judged, word_before
from services.extractor.tagging.quantities import Amount, find_amounts
from services.extractor.tagging.relations import (
    BUYING,
    GENERAL,
    SYSTEM_CONFIDENCE,
    Candidate,
    Reading,
    follows_firsts,
    give_amount,
    hit_tokens,
    read_sentence,
    retold,
    sold_again,
)
from services.extractor.tagging.reports import is_report, report_candidates
from services.extractor.tagging.roles import COPULAS, MISSILE_FAMILY, WeaponRef, clause_of, weapon_refs
from services.extractor.tagging.scanning import Hit, Mark, Scan, fold
from services.extractor.tagging.sentences import PARAGRAPH_BREAK, Sentence, SentenceIndex, Token, paragraph, tokenize

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
_ATTACKED = frozenset({"angrep", "angreb", "attack", "anfall"})  # also verbs: "Russland angrep Ukraina"
# words of two states competing or working together, not one selling to the other
_NOT_A_SALE = (
    "konkurr",
    "compet",
    "wettbewerb",
    "tävla",
    "samarbe",
    "cooperat",
    "zusammenarbeit",
    "abkommen",
    "partnerska",
    "vapenexport",
    "våbeneksport",
    "våpeneksport",
    "rüstungsexport",
    "arms export",
    "merge",
    "fusion",
    "slått sammen",
)
_WAR_REACH = 24  # characters around a name that hold the war or attack it is a side of
_FRONTED = 4  # words of a fronted phrase and its verb before "landet" as the subject ("Enligt avtalet ska landet")
_JUNTA_REACH = 30  # characters around a junta word that hold the name of its state
_GUNS = frozenset({"guns", "gun"})  # English "guns" names howitzers as well as firearms
_ROCKET_WORDS = ("rak", "rock")  # "raketter", "Raketen", "rockets": a loose word that may be rocket artillery
_KNOW_HOW_BACK = 48  # characters before a know-how noun that hold its preposition and adjective
_PRODUCTION_REACH = 400  # characters back to the sentence whose hardware a production sentence speaks of
_TOPIC_SHARE = 0.6
# warships "sent" to a strait or a sea are mostly deployed, not handed over: the article's recipient is
# given to them only when it already gets warships
_DEPLOYED = frozenset({"naval_vessels"})
_ORDERING = frozenset({"buy", "order"})
_TOLD = frozenset({Status.DELIVERED, Status.ONGOING, Status.AGREED})  # done or signed, not hoped or denied
_MIN_CONFIDENCE = 0.4
_SPORTS_THRESHOLD = 3
_LOOK_AHEAD = 400  # characters after a transfer sentence searched for an amount
_MAX_EVIDENCE = 5000
_OPENS = frozenset({":", "–", "—"})  # after these a capital opens a new statement
_LOOK_BACK = 2
_ON_BOARD = re.compile(r"\b(?:on board|aboard|om bord|ombord|an bord)\b")  # "On board were Chinese-made drones"
_PLAIN_RELATIVES = frozenset({"that", "which", "who", "som"})  # relatives that are no article ("die", "der")
_CARGO_OF = frozenset({"of", "af", "av", "von", "des", "der"})  # "Besætningen på lasten", "crew of the cargo"
_BOUND_FOR = frozenset({"for", "för", "für"})  # "avsedd för huthierna", "bestemt for houthierne"
_ORIGINATED = frozenset({"originated", "originates", "originate"})  # "originated in Iran": "in" names the source
_ANAPHOR_REACH = 600  # characters searched back for the state "the country" stands for
_ARMS_BEFORE = 300  # characters before a bare "supplier" where arms must be named
_OF_WORDS = ("av", "af", "of", "von", "für")  # "supplier of gas": a thing supplied, named
_SPEECH = frozenset({'"', "„", "“", "”", "«", "»", "–"})  # a quote opens: what someone says they need
_COLONS = frozenset({":", ";"})  # "Germany remains a customer: it bought Arrow 3": a new clause, same subject
_PRONOUN_LEAD = 3  # words before a pronoun that may still stand for the sentence before ("In February it")
_PRONOUN_VERB = 3  # words after a subject pronoun where its transfer verb stands ("it has already bought")
_LEAD = 40  # characters from a sentence's start where its subject is named ("In 2016, Bangladesh")
_PREP_REACH = 12  # characters before a name searched for its preposition
_FORCE_WORD = 24  # characters read after a state's adjective for the force it qualifies
_GENITIVE_TAIL = 3  # characters of a genitive ending after a name: "'s", ":s"


def _topic(weights: dict[tuple[str, str], float], side: int) -> str | None:
    """The party an article is about on one side (0 supplier, 1 recipient): the one with most of the weight
    of its complete transfers."""
    by_party: dict[str, float] = {}
    for pair, weight in weights.items():
        by_party[pair[side]] = by_party.get(pair[side], 0.0) + weight
    if not by_party:
        return None
    best = max(by_party, key=lambda r: by_party[r])
    return best if by_party[best] >= _TOPIC_SHARE * sum(by_party.values()) else None


def _maker_and_partner(cand: Candidate, before: Reading | None, text: str, lex: Lexicon) -> tuple[str, str] | None:
    """The pair of a sentence before that names two states and no transfer, when one of them makes the weapons
    the candidate names: (maker, the other). Not when the two compete or work together ("France and Sweden are
    competing for a deal", "ett försvarssamarbete")."""
    if before is None or any(c.supplier and c.recipient for c in before.candidates):
        return None
    states = list(dict.fromkeys(before.actors))
    if len(states) != 2:
        return None
    makers = {m for term in cand.terms if (m := lex.origin_of_system(term)) is not None}
    if len(makers) != 1 or (maker := next(iter(makers))) not in states:
        return None
    start = cand.sentence.start
    previous = text[_sentence_before(text, paragraph(text, start, start)[0], start) : start].lower()
    if any(word in previous for word in _NOT_A_SALE):
        return None
    return maker, next(s for s in states if s != maker)


def _no_holder_for(cand: Candidate, before: Reading | None, low: str, listed: set[str]) -> bool:
    """True when weapons that "come from" a state were not got by the sentence before's holder from it.

    They were fired, shot down or seized there ("Houthi rebels fired a ballistic missile at Israel. The missile came
    from Yemen": where it was launched; but "Russland angrep Ukraina med droner. Dronene kom fra Iran"), or that
    holder got them from a giver it names who is not among the ``listed`` sources ("Denmark has sent Ukraine Caesar
    howitzers. The howitzers come from France": where they were made; not "Danmark har gitt Ukraina F-16-fly. Flya
    kjem frå Danmark og Noreg", nor a giver inferred from a system's maker).
    """
    if before is None:
        return False  # a holder in its own sentence ("Danmark gav Ukraine kampfly, kampvogne kom fra Tyskland")
    if not before.candidates:
        return True
    givers = {
        c.supplier
        for c in before.candidates
        if c.supplier and c.recipient and c.weapon == cand.weapon and c.confidence > SYSTEM_CONFIDENCE
    }
    if any(c.cue == "seize" for c in before.candidates) or (givers and givers.isdisjoint(listed)):
        return True
    said = before.candidates[0].sentence
    return any(word.startswith(shared().launching) for word in low[said.start : said.end].split())


def _fill_from_context(
    cand: Candidate,
    before: Reading | None,
    dominant: tuple[str, str] | None,
    topic: str | None = None,
    exporter: str | None = None,
    own_pledge: bool = False,
    returning: bool = False,
    made_in: bool = False,
    regime_return: bool = False,
) -> bool:
    """Fill an open side from the previous sentence's actors or the article's main pair.

    A giver with no recipient in a sentence telling an exchange's return gives to the article's main supplier
    (``returning``). A missing supplier is best the previous sentence's source ("Panzerfäuste, die aus Nordkorea
    stammen. ... über den Iran an die Hamas gelangt"), else any actor it names. Failing those, a giver
    gives to the ``topic`` recipient the article is about, and an export with no subject is the article's
    ``exporter``'s (both only for transfers told as done, signed or, for exports, refused). A pledge ("mens
    Belgien har lovet 30 fly") also goes to the topic, unless it is a bid, which may lose, or a pledge to buy for
    one's own forces (``own_pledge``). A cargo's maker is not its sender (``made_in``: the sentence tells a make
    of a cargo told before). What "the regime" gets in return, with no "also", goes back to a regime that gave
    (``regime_return``).
    """
    if cand.cue is None or cand.cue == "use":
        return False
    previous = before.actors if before is not None else []
    told = [
        (s, r) for c in (before.candidates if before is not None else []) if (s := c.supplier) and (r := c.recipient)
    ]
    previous_dests = before.dests if before is not None else []
    if cand.supplier is None and cand.recipient is not None:
        sources = before.sources if before is not None else []
        # not a buyer of the sentence before ("The UAE was the first buyer of the Korean system. Iraq signed for
        # eight batteries"): a fellow buyer, who bought from that sentence's seller
        buyers = {r for _s, r in told} - {s for s, _r in told} if cand.cue in BUYING else set()
        prior = [c for c in sources + previous if c != cand.recipient and c not in buyers]
        fellow = {
            c.supplier
            for c in (before.candidates if before is not None and buyers else [])
            if c.supplier and c.recipient and c.recipient != cand.recipient and c.weapon == cand.weapon
        }
        back = None
        if cand.returned:
            pairs = [*told, dominant] if dominant else told
            back = next((r for s, r in pairs if s == cand.recipient and r != s), None)
        if back is not None:
            # "Pyongyang has sent shells to Russia. In return, it is receiving air defence": from the receiver
            cand.supplier = back
        elif prior:
            cand.supplier = prior[0]
        elif len(fellow) == 1:
            cand.supplier = fellow.pop()
        elif dominant and dominant[1] == cand.recipient:
            cand.supplier = dominant[0]
        elif (
            exporter is not None
            and exporter != cand.recipient
            and cand.cue in GIVING
            and (cand.status in _TOLD or cand.status is Status.DENIED)
        ):
            # "Till Saudiarabien exporterades krigsmateriel för 690 miljoner kronor" in Sweden's export report
            cand.supplier = exporter
    elif (
        returning
        and cand.cue in GIVING
        and dominant
        and dominant[1] == cand.supplier
        and cand.status is not Status.DENIED
        and cand.supplier not in shared().only_receive  # Ukraine sending drones "to the north" returns nothing
    ):
        # "Im Gegenzug soll Russland dem Norden Flugabwehrsysteme überlassen haben" in an article on North Korea's
        # shells for Russia: the return goes to the article's main supplier
        cand.recipient = dominant[0]
    elif (
        cand.cue == "contain"
        and cand.recipient is None
        and (pair := told[0] if told else dominant) is not None
        and cand.supplier not in pair
        and made_in
    ):
        # "Ifølgje panelet inneheldt lastene mellom anna kinesiskproduserte dronar" after the Emirates' shipments to
        # the RSF: a cargo's maker is not its sender
        cand.supplier, cand.recipient = pair
    elif cand.recipient is None and cand.supplier is not None:
        # "Die Miliz wird ... ausgerüstet"; "Polen kauft Kampfpanzer. Die 180 Fahrzeuge stammen aus Südkorea."
        buying = cand.cue in BUYING or cand.cue in ORIGINS or cand.passive
        # not the sentence before's own source ("bought from the US. ... purchased from Pakistan")
        sources = before.sources if before is not None else []
        # an origin's holder is best a goal of the sentence before ("Regjeringen bruker sju milliarder kroner på
        # luftvern til Ukraina. Systemene kommer fra tyske lagre"); weapons that "come from" a state were got by a
        # holder told before, not by any state named ("Ein israelsk F-35-fly skaut ned ein drone. Dronen kom frå
        # Jemen")
        if cand.cue == "come":
            held = [*previous_dests, *(r for c in (before.candidates if before else []) if (r := c.recipient))]
        elif cand.cue == "origin":
            held = [*previous_dests, *previous]
        else:
            held = previous if buying else previous_dests
        prior = [c for c in held if c != cand.supplier and c not in sources]
        if prior:
            cand.recipient = prior[0]
        elif dominant and dominant[0] == cand.supplier and cand.status is not Status.DENIED:
            # "Berlin lover nye luftvernsystemer" in an article about Germany's aid to Ukraine; a supplier
            # the article is not about gets no recipient from it (a background paragraph, another story)
            cand.recipient = dominant[1]
        elif (
            topic is not None
            and topic != cand.supplier
            and cand.cue in GIVING
            and (cand.status in _TOLD or (cand.cue == "pledge" and cand.status is not Status.DENIED and not own_pledge))
        ):
            # "Storbritannien og Frankrig har derimod leveret krydsermissiler" in an article about aid to Ukraine
            cand.recipient = topic
    elif cand.supplier is None and cand.recipient is None and (pair := told[0] if told else dominant):
        # "Pakken indeholder ... Archer": the package of the sentence before, else the article's main pair
        cand.supplier, cand.recipient = pair
        if regime_return and cand.cue in BUYING and pair[0] in shared().regimes:
            # "Nordkorea schickt Granaten nach Russland. Im Gegenzug erhält das Regime Luftabwehr": what the regime
            # that gave before gets in return goes the other way (not "Russland har levert kampfly til Iran. Til
            # gjengjeld får regimet også luftvern", where the regime is the buyer); of that regime's exchanges, the
            # article's main one
            cand.recipient, cand.supplier = dominant if dominant and dominant[0] == pair[0] else pair
        if told and cand.cue == "contain" and before is not None:
            # "... blev beslaglagt. Om bord var krydsermissiler": a cargo's contents share the shipment's status
            cand.status = next(c.status for c in before.candidates if c.supplier and c.recipient)
    else:
        return False
    cand.confidence = min(cand.confidence, _CONTEXT_CONFIDENCE)
    return cand.supplier is not None and cand.recipient is not None


_REGIME = re.compile(r"\bregime(?:t|ts|s)?\b")  # "das Regime", "the regime", "regimet": a party told before
_ALSO = frozenset({"også", "òg", "även", "också", "auch", "ebenfalls", "also", "too"})
_SUBJECT_REACH = 3  # words before a later buyer's name: "I fjor signerte Irak", not "teilte das ... Ministerium mit"


def _next_buyers(
    text: str, index: SentenceIndex, found: Scan, readings: dict[int, Reading], lex: Lexicon
) -> list[Candidate]:
    """A later buyer told right after a transfer, in a sentence of its own that names no weapon and no other state:
    "Indien har solgt BrahMos til Filippinerne. Indonesien forhandler ifølge indiske medier om en aftale til omkring
    450 millioner dollar." It negotiates for (planned), signs for or buys (agreed) the same kind from the same seller,
    with the sentence's sum. The sentence must tell a deal ("aftale", "deal", "Paket") and dealing for it."""
    common = shared()
    out: list[Candidate] = []
    for reading in readings.values():
        told = [c for c in reading.candidates if c.supplier and c.recipient]
        if not told or len({(c.supplier, c.weapon) for c in told}) != 1:
            continue
        base = told[0]
        gap = base.sentence.end
        while gap < len(text) and text[gap].isspace():
            gap += 1
        if gap in readings or PARAGRAPH_BREAK in text[base.sentence.end : gap]:
            continue  # the next sentence is read for its own weapons, or a new paragraph starts (cheap first tests)
        stop = text.find(".", gap)
        ahead = text[gap : stop if stop >= 0 else len(text)].lower()
        if not any(w in ahead for w in common.negotiating) and not any(w in ahead for w in (*common.alike, *_ALSO)):
            continue  # neither negotiating nor told alike up to the next full stop
        after = index.after(base.sentence)
        if after is None or after.start in readings or PARAGRAPH_BREAK in text[base.sentence.end : after.start]:
            continue
        said = text[after.start : after.end].lower()
        hits = found.inside(after.start, after.end)
        if any(h.kind is Kind.WEAPON for h in hits):
            continue
        named = [h for h in hits if h.kind is Kind.ACTOR]  # not "ifølge indiske medier"
        if len({h.value for h in named}) != 1 or len(text[after.start : named[0].start].split()) > _SUBJECT_REACH:
            continue  # one state, told first as the subject ("Indonesia har ...", "I fjor signerte Irak ...")
        buyer = named[0].value
        if not buyer.isupper() or buyer in {base.supplier, *(c.recipient for c in told)}:
            continue
        if any(w in said for w in (*common.civil_money, *common.civil_deals)):
            continue  # "a free trade deal", "gassavtale", "an IMF loan", "a peace deal"
        tokens = tokenize(text, after.start, after.end)
        words = [t.low for t in tokens]
        talking = next((k for k, w in enumerate(words) if w.startswith(common.negotiating)), -1)
        roles = {lex.verbs[w][0] for w in words if w in lex.verbs}
        alike = any(w.startswith(common.alike) or w in _ALSO for w in words)
        # the deal is a plain deal noun after the dealing ("forhandler om en aftale", "in talks on a deal"), not a
        # compound naming what else it is about ("handelsaftale") nor one told before it ("called the deal a threat")
        deal = any((w in lex.agreement_nouns or w in common.deals) and k > talking for k, w in enumerate(words)) or any(
            h.kind is Kind.NOUN and h.value == "buy" for h in hits
        )
        money = next((a for a in find_amounts(tokens, lex) if a.currency is not None), None)
        if not deal or (money is None and not alike):
            continue
        if not (talking >= 0 or (not roles.isdisjoint({"buy", "order", "sign"}) and alike)):
            continue  # negotiating a deal, or signing one told as the same again ("signed a similar deal", "also")
        for c in reading.candidates:
            if money is not None and c.amount == money:
                c.amount = c.unit = None  # carried from this sentence: the later buyer's sum
        status = Status.PLANNED if talking >= 0 else Status.AGREED
        out.append(sold_again(base, buyer, money, status, after, _CONTEXT_CONFIDENCE, "buy"))
    return out


def _contributors(
    text: str,
    low: str,
    index: SentenceIndex,
    found: Scan,
    candidates: list[Candidate],
    readings: dict[int, Reading],
    topic: str,
    lex: Lexicon,
) -> list[Candidate]:
    """States paying money into a joint scheme for the article's topic recipient, in sentences with no weapon.

    "Noreg har bidrege med 1,6 milliardar kroner til initiativet, medan Danmark og Nederland òg har betalt store
    summar" in an article on the Czech shells for Ukraine: each payer supplies Ukraine the scheme's kind (that of
    the topic's transfers told most). The sentence must tell contributing and money, name no state after a
    preposition of place or destination ("to the EU's fund for Moldova"), tell no civil purpose ("humanitære fond",
    "Wiederaufbau", "the NATO budget") and quote no one; it must name a scheme ("initiativet", "ordningen", "the
    Danish-led effort"), or follow a sentence that tells the topic's transfer.
    """
    common = shared()
    kinds: dict[str, float] = {}
    told = {c.supplier for c in candidates if c.recipient == topic}
    for c in candidates:
        if c.recipient == topic:
            kinds[c.weapon] = kinds.get(c.weapon, 0.0) + c.confidence
    if not kinds:
        return []
    kind = max(kinds, key=lambda k: kinds[k])
    source = lex.preps.get("source", frozenset())
    placed = lex.preps.get("dest", frozenset()) | lex.preps.get("location", frozenset()) | source
    out: list[Candidate] = []
    seen: set[int] = set()
    at = 0
    while (at := _next_contribution(low, at, common.contributing)) >= 0:
        sentence = index.at(at)
        at += 1
        if sentence is None or sentence.start in seen:
            continue
        seen.add(sentence.start)
        said = low[sentence.start : sentence.end]
        if (
            any(q in said for q in _QUOTES)
            or said.lstrip().startswith(("–", "-"))
            or any(w in said for w in common.civil_money)
        ):
            continue
        tokens = tokenize(text, sentence.start, sentence.end)
        previous = index.before(sentence)
        if (
            not any(
                _scheme_word(t.low, common.schemes, lex.lang)
                and (k + 1 == len(tokens) or tokens[k + 1].low not in _PURPOSE)  # not "the fund for medical supplies"
                and not any(b.low in source for b in tokens[max(0, k - 3) : k])  # not paid "aus dem EU-Fonds"
                for k, t in enumerate(tokens)
            )
            and not (
                any(t.low.startswith(_CONTRIBUTING) for t in tokens)  # "bidratt med", not "paid for ... car models"
                and previous is not None
                and PARAGRAPH_BREAK not in text[previous.end : sentence.start]
                and any(c.recipient == topic for c in readings.get(previous.start, Reading([], [])).candidates)
            )
        ):
            continue
        hits = found.inside(sentence.start, sentence.end)
        if any(h.kind is Kind.WEAPON for h in hits):
            continue  # read as a sentence of its own
        named = [h for h in hits if h.kind is Kind.ACTOR]
        payers = list(
            dict.fromkeys(h.value for h in named if not h.genitive and word_before(low, h.start) not in placed)
        )
        if any(h.value not in payers for h in named):
            continue  # "to the EU's fund for Moldova": another recipient ("regeringen i Stockholm" is the payer's)
        if topic in payers or not payers or any(p in told or not p.isupper() for p in payers):
            continue  # the recipient itself, or a payer already told
        money = [a for a in find_amounts(tokens, lex) if a.currency is not None]
        if not money:
            continue
        for c in candidates:
            if c.amount is not None and c.amount in money:
                c.amount = c.unit = None  # carried from this sentence: the payer's sum, not the scheme's
        words = {t.low for t in tokens}
        status = Status.PLANNED if not common.modals.isdisjoint(words) else Status.AGREED
        for k, payer in enumerate(payers):
            amount = money[k] if len(money) == len(payers) else None
            out.append(
                Candidate(
                    payer,
                    topic,
                    kind,
                    [],
                    amount,
                    amount.currency if amount is not None else None,
                    status,
                    sentence,
                    _CONTEXT_CONFIDENCE,
                    "supply",
                )
            )
    return out


_CONTRIBUTING = ("bidra", "bidro", "bidreg", "bidrog", "bidrag", "contribut", "beitr", "beigetragen")
_QUOTES = ('"', "«", "»", "„", "“", "”")
_SCHEME_ENDINGS = ("", "e", "en", "et", "n", "a", "ene", "erne", "ane")  # "initiativet", "ordningen", "Initiative"
# words after a scheme that tell its purpose or owner: "the fund for medical supplies", "den Fonds der Genfer Zentren"
_PURPOSE = frozenset(
    {"for", "für", "til", "till", "to", "der", "des", "of", "af", "av", "zur", "zum", "mot", "against"}
)


def _scheme_word(word: str, schemes: tuple[str, ...], lang: str) -> bool:
    """Whether ``word`` names a scheme: one of ``schemes`` with an inflection ending, or, but in English, a compound
    ending in one ("ammunisjonsinitiativet"); not "funding", "models" or "Liverpool"."""
    word = word.strip(".,;:!?()")
    for ending in _SCHEME_ENDINGS:
        if ending and not word.endswith(ending):
            continue
        stem = word[: len(word) - len(ending)] if ending else word
        if stem in schemes or (lang != "en" and stem.endswith(schemes)):
            return True
    return False


def _next_contribution(low: str, start: int, words: tuple[str, ...]) -> int:
    """The offset of the next word from ``start`` that starts like one of ``words``, or -1."""
    best = -1
    for w in words:
        k = low.find(w, start)
        while k > 0 and low[k - 1].isalnum():
            k = low.find(w, k + 1)
        if k >= 0 and (best < 0 or k < best):
            best = k
    return best


def _returning(low: str, sentence: Sentence, lex: Lexicon) -> bool:
    """Whether a sentence tells the other side of an exchange ("Im Gegenzug", "til gjengjeld") or names its receiver
    by a reference to the article's supplier ("the North", "dem Regime", "nabolandet")."""
    said = low[sentence.start : sentence.end]
    opening = said.lstrip(' –-"«')
    if opening.startswith(lex.exchange_phrases) and not opening.startswith(_WEAK_EXCHANGE):
        return True  # "Im Gegenzug soll Moskau ...", not "access in return for paying part of the costs"
    return _RETURN_REFERENCE.search(said) is not None  # not "landet": any state told before


_RETURN_REFERENCE = re.compile(
    r"(?<!to )(?<!in )\bthe north\b(?! korea| of)|\bdem norden\b|\bdem regime\b(?! in)|"
    r"\bthe regime\b(?! of| in| said| says)|(?<![-\w])regimet\b(?! i )|\bnabolandet\b|\bgrannlandet\b|"
    r"\bdem nachbarland\b"
)
# "Til gengæld" is Danish for "on the other hand" as often as for "in return": no exchange of its own
_WEAK_EXCHANGE = ("til gengæld",)


def _smuggling_home(low: str, found: Scan, lex: Lexicon) -> str | None:
    """The state whose goods a court story sends to a rival, or None outside court stories.

    The state named after "i"/"in" early in the article is where the case is ("I Tyskland blev to mænd straffet");
    else it is the home state of the paper's language.
    """
    common = shared()
    if not any(w in low for w in common.conviction_words) or common.conviction.search(low) is None:
        return None  # most articles: no court story (the substrings are the cheap first test)
    at = lex.preps.get("location", frozenset())
    west = common.rivals[0]
    placed = [
        h.value
        for h in found.inside(0, len(low))
        if h.kind is Kind.ACTOR and h.value in west and word_before(low, h.start) in at and h.start < len(low) // 3
    ]
    return placed[0] if placed else common.home_states.get(lex.lang)


def _names_only(low: str, found: Scan, sentence: Sentence, party: str, lex: Lexicon) -> bool:
    """Whether ``party`` is the only state or group the sentence names, but for the route ("via Kirgisistan")."""
    route = lex.preps.get("transit", frozenset())
    return all(
        h.value == party or word_before(low, h.start) in route
        for h in found.inside(sentence.start, sentence.end)
        if h.kind in (Kind.ACTOR, Kind.DEMONYM)
    )


def _own_pledge(cand: Candidate, low: str) -> bool:
    """Whether a pledge's sentence tells an offer ("tilbød", "hatte angeboten": a bid that may lose) or buying for
    one's own forces ("har lovet at købe 35 F-35-fly til sit eget luftvåben"): no pledge to the article's topic."""
    common = shared()
    starts = (*common.offers, *common.purchase_words)
    words = [w.strip(".,;:!?()«»\"'") for w in low[cand.sentence.start : cand.sentence.end].split()]
    return any(w.startswith(starts) or w in common.offer_words or w in common.own for w in words)


def _junta_state(text: str, found: Scan, lex: Lexicon) -> str | None:
    """The state whose junta the article tells of, named beside its first word for a junta: before it as an owner
    or people ("Myanmars junta", "den maliske militærjuntaen") or after it by a place preposition ("Militærjuntaen
    i Myanmar", "the junta in Niger")."""
    low = fold(text)
    at = low.find("junta")
    if at < 0:
        return None
    start = at
    while start > 0 and low[start - 1].isalnum():
        start -= 1
    end = at + 5
    while end < len(low) and low[end].isalnum():
        end += 1
    near = [
        h
        for h in found.inside(max(0, start - _JUNTA_REACH), min(len(low), end + _JUNTA_REACH))
        if h.kind in (Kind.ACTOR, Kind.DEMONYM) and len(h.value) == 2 and h.value.isupper()
    ]
    owner = next(
        (
            h
            for h in reversed(near)
            if h.end < start and not low[h.end : start].strip(" 's’") and (h.genitive or h.kind is Kind.DEMONYM)
        ),
        None,
    )
    if owner is not None:
        return owner.value
    place = next((h for h in near if h.start > end), None)
    if place is not None and "location" in lex.prep_roles.get(low[end : place.start].strip(), ()):
        return place.value
    return None


def _anaphor_hits(
    text: str,
    tokens: list[Token],
    found: Scan,
    lex: Lexicon,
    buyers: list[str] | None = None,
    doers: list[str] | None = None,
) -> list[Hit]:
    """Actor hits for "landet", "das Land", "the country": the last state named before, in the same paragraph.

    "Neuester Kunde ist Indonesien. Das südostasiatische Land unterzeichnete einen Vertrag über zwölf
    Kampfdrohnen" names Indonesia as the buyer. A verb "landet" after an auxiliary ("er landet") is no noun.
    An armed force with no state of its own ("Hæren har fått iranske dronar", "Från Italien har flygvapnet
    beställt") stands for the recipient of the sentence read before (``buyers``: "Jakarta har bestilt ...
    med Paris. ... marinen får nye ubåtar"), else for the last state named before its sentence; so does
    "Landet" opening a sentence ("Estland köper Chunmoo från Sydkorea. Landet har redan sex HIMARS"). A force
    with no state named before it in its paragraph, in an article on a civil war that names both sides
    (``Shared.warring_states``), is the warring state's when that state is named before the force (``_army``:
    "Rapporten viser òg til at hæren har teke i bruk tyrkiske dronar" in a story on Sudan). "Dit", "dorthin"
    stand for the last state named before their clause, as a destination.
    """
    out: list[Hit] = []
    perfect = shared().perfect  # "er landet" has landed; after "ska", "skal" it is "the country"
    epithets = shared().epithets
    for k, token in enumerate(tokens):
        if (kinds := epithets.get(token.low)) is not None:
            if (epithet := _epithet(text, token, kinds, found)) is not None:
                out.append(epithet)
            continue
        if token.low in lex.pronouns:
            if (subject := _pronoun_subject(text, tokens, k, found, lex)) is not None and not (
                subject in (buyers or ()) and _gives((t.low for t in tokens), lex) and k <= _PRONOUN_LEAD
            ):
                # "Switzerland chose the F-35. It will deliver 36 jets": the buyer before delivers nothing
                out.append(Hit(Kind.ACTOR, subject, token.start, token.end, token.start, token.end, False))
            continue
        force = token.low in lex.forces
        there = token.low in lex.there
        if not force and not there and (token.low not in lex.anaphors or (k > 0 and tokens[k - 1].low in perfect)):
            continue
        if force:
            if k > 0 and (
                found.inside(tokens[k - 1].start, tokens[k - 1].end) or tokens[k - 1].low in shared().possessives
            ):
                continue  # "den sudanske hæren", "Nigerias Armee", "seine Marine": the force's owner is told
            if k > 0 and token.text_upper and not lex.capital_nouns and tokens[k - 1].low not in _OPENS:
                # "sidan Hæren fekk nye K9-haubitsar": a capital mid-sentence names the home force; after a
                # timeline's "2018:" it only opens the entry
                continue
            if (
                k + 2 < len(tokens)
                and "location" in lex.prep_roles.get(tokens[k + 1].low, ())
                and found.inside(tokens[k + 2].start, tokens[k + 2].end)
            ):
                continue  # "hæren i Bamako": the place named next owns the force
        elif (
            not there
            and lex.anaphor_articles
            and not any(t.low in lex.anaphor_articles for t in tokens[max(0, k - 2) : k])
        ):
            continue
        opens = paragraph(text, token.start, token.start)[0]
        reach = tokens[0].start if force else token.start
        if there:
            # "Tyskland har skickat tre system dit": not the clause's own subject, a place named before the clause
            opening = next((j for j in range(k - 1, -1, -1) if tokens[j].low in lex.clause_breaks), -1)
            reach = tokens[opening].start if opening >= 0 else tokens[0].start
        before = found.inside(max(opens, token.start - _ANAPHOR_REACH), reach)
        # the sentence's subject may follow its article or a focus word ("Die USA haben dem Land ... geliefert",
        # "Også Kina har solgt skip til landet")
        first = tokens[0].low
        lead = (
            1
            if len(tokens) > 1 and (first in lex.preps.get("determiners", frozenset()) or first in shared().focus)
            else 0
        )
        if lead and any(t.low == "," or t.low in lex.clause_breaks for t in tokens[lead + 1 : k]):
            lead = 0  # only in its own clause: "Også Norge sier at landet vil sende fly" is Norway's own
        states = [
            h
            for h in before
            if (h.kind is Kind.ACTOR or (force and h.kind is Kind.DEMONYM and _names_force(text, h, lex)))
            and len(h.value) == 2
            and h.value.isupper()
            # the sentence's own subject is not "the country" ("Sør-Korea meiner at landet har sendt ..."),
            # but it may be the place "dit" goes to ("USA, dit krigsmateriel levererades")
            and (h.start not in (tokens[0].start, tokens[lead].start) or there)
            # nor is the source told before it ("Fra India mottok landet i fjor de første batteriene")
            and not (h.start >= tokens[0].start and _after_source(tokens, h.start, lex))
            # nor an inverted subject after its verb ("... själv levererade Iran tusentals drönare till landet")
            and not (h.start > tokens[0].start and _after_verb(tokens, h.start, k, lex))
            # nor a side of a war ("sedan Rysslands invasion av Ukraina. ... tecknade landet ramavtal med Seoul")
            and not _at_war(text, h)
        ]
        # "Fra India mottok landet": after its verb, "the country" is the subject, like one opening the sentence
        j = k  # where "das Land", "the country", "das skandinavische Land" opens
        if k >= 1 and tokens[k - 1].low in lex.anaphor_articles:
            j = k - 1
        elif k >= 2 and tokens[k - 2].low in lex.anaphor_articles:
            j = k - 2
        # after a verb, unless the sentence opens with a subject of its own ("Die USA hatten dem Land ... angeboten")
        lead_hits = found.inside(tokens[lead].start, tokens[lead].end)  # a state opening the sentence, if one does
        named = any(not h.genitive for h in lead_hits if h.kind is Kind.ACTOR) and not any(
            t.low in shared().coordinators or t.low in lex.clause_breaks for t in tokens[lead + 1 : j]
        )
        as_subject = j == 0 or (
            (tokens[j - 1].low in lex.verb_forms or tokens[j - 1].low in lex.enter_verbs) and not named
        )
        leads = (
            j == 0
            or (j == 1 and tokens[0].low not in lex.verb_forms)  # after one fronted word: "Later the country sold"
            # after a fronted word and its verb: "Senere solgte landet" (not after a subject: "Japan hat dem Land")
            or (j == 2 and tokens[1].low in lex.verb_forms and not found.inside(tokens[0].start, tokens[0].end))
            # after a fronted phrase and its verb: "Enligt avtalet ska landet köpa"
            or (
                j <= _FRONTED
                and tokens[j - 1].low in lex.verb_forms
                and tokens[0].low not in lex.verb_forms
                and not named
                # nor after a fronted phrase naming a state ("Laut Warschau hat das Land 180 K2 bestellt")
                and not any(h.kind is Kind.ACTOR for h in found.inside(tokens[0].start, tokens[j - 1].start))
            )
        )  # the subject, not an object after a verb further on ("Iran har også forsynt landet", "å gi landet")
        # "fordi Abu Dhabi ikke ville acceptere Washingtons krav. I stedet bestilte landet": a state told as a
        # genitive owner ("Washingtons krav") is seldom "the country" when another state is told plainly
        # (one after its noun, "Rüstungslieferant Israels.", may well be)
        states = [h for h in states if not (h.genitive and _before_noun(text, h))] or states
        if (
            not force
            and not leads
            and not as_subject
            and not (k + 1 < len(tokens) and tokens[k + 1].low in lex.verb_forms)
        ):
            # "Aus Südkorea hat die Luftwaffe ... erhalten. Japan hat dem Land Radaranlagen übergeben": "the country" as
            # an object is not a source named before
            states = [h for h in states if not _source_word_before(text, h.start, lex)] or states
        if force and not _first_verb_gives(tokens, k, lex):
            # "Pakistan kjøper likevel ikke bare fra Kina. Marinen har bestilt ...": forces are the buyer's, not
            # those of the source named last, unless they give ("The navy has handed over two minehunters")
            states = [h for h in states if not _source_word_before(text, h.start, lex)] or states
        code = buyers[-1] if force and buyers else states[-1].value if states else None
        if force and "junta" in token.low and (junta := _junta_state(text, found, lex)) is not None:
            code = junta  # "Myanmars junta ... India har solgt materiell til juntaen": the junta's own state
        if as_subject and not force and buyers:
            code = buyers[-1]  # "Estland köper Chunmoo från Sydkorea. Landet har redan sex HIMARS": its buyer goes on
        elif (
            named
            and not force
            and buyers
            and tokens[j - 1].low not in lex.preps.get("source", frozenset())  # "kjøpt ubåter fra landet": a seller
            and buyers[-1] not in {h.value for h in lead_hits}
        ):
            # "Manila verhandelt mit Schweden über Gripen. Die USA hatten dem Land 20 F-16 angeboten": after a
            # subject of its own, "the country" is the one the sentence before supplied, not its last state
            code = buyers[-1]
        if leads and not force and doers and code in shared().only_receive and _gives((t.low for t in tokens), lex):
            # "Tyrkia har levert Bayraktar-droner til Ukraina. Senere solgte landet også dronene til Polen": Ukraine
            # sells none, so the giver of the sentence before goes on
            code = doers[-1]
        if (
            (leads or token.low.endswith("s"))  # "Enligt Sipri kom 69 procent av landets vapenimport från Israel"
            and not buyers
            and not force
            and (subject := _opening_state(text, states, opens, tokens[0].start, lex))
        ):
            # "Tyskland har lovet Ukraine mere hjælp. Landet sender nu ti Leopard-kampvogne": the subject of the
            # sentence before (which names no weapon, so was not read), not its last state
            code = subject
        if code is None and force and (army := _army(found, len(text))) is not None and army.start < token.start:
            code = army.value
        if code is not None:
            genitive = token.low.endswith("s")  # "landets", "des Landes", "the country's"
            out.append(Hit(Kind.ACTOR, code, token.start, token.end, token.start, token.end, genitive))
    return out


def _pronoun_subject(text: str, tokens: list[Token], k: int, found: Scan, lex: Lexicon) -> str | None:
    """The party a subject pronoun stands for: "In 2016 it bought two submarines from China", "the T-72 tanks it
    sent to Kyiv", "nachdem sie das russische System S-400 gekauft hatte".

    Only before a transfer verb within a few words, in German within its clause ("It is the third time" is no party),
    and not before a speech tag ("Sie werde Taurus liefern, sagte die Ministerin": the speaker). The party named
    first near the start of its own sentence, even as a genitive ("Finland's ministry confirmed it bought"), unless
    the pronoun opens a clause after a comma other than one of time or cause ("missiles, which it bought", "Kiew
    wirft Moskau vor, es habe"). With none, and the pronoun among the first words of a sentence that reports nothing,
    the one party of the sentence before in the paragraph, if it names one only, owners aside ("Bangladesh has built
    up its navy. In 2016 it bought"; "Denmark has been one of Ukraine's largest donors. It has handed over").
    """
    reach = tokens[k + 1 : k + 1 + _PRONOUN_VERB]
    if lex.capital_nouns:
        # German: the verb closes the clause ("nachdem sie das russische System S-400 gekauft hatte")
        end = next((j for j in range(k + 1, len(tokens)) if tokens[j].low in lex.clause_breaks), len(tokens))
        reach = tokens[k + 1 : end]
    speech = lex.preps.get("attribution", frozenset()) - lex.preps.get("according", frozenset())
    tagged = any(tokens[j - 1].low == "," and tokens[j].low in speech for j in range(k + 2, len(tokens)))
    if (
        not any(t.low in lex.verbs for t in reach)
        or tagged
        or (k + 1 < len(tokens) and tokens[k + 1].low in lex.pronoun_stops)
    ):
        return None  # "Es wurden 14 Leopard geliefert", "It was sold to Chile": no party, the thing or nobody
    if any(t.low == "," for t in tokens[:k]) and tokens[k - 1].low not in shared().subordinators | _COLONS:
        return None
    own = _lead_party(found, tokens[0].start, tokens[k].start, owners=True)
    if any(t.low.startswith(shared().consent) or t.low == "go-ahead" for t in tokens[k + 1 :]):
        return None  # "It gave Poland permission to send Leopard tanks": the consent, no party to the transfer
    relative = tokens[k - 1].low in lex.preps.get("relatives", ())  # "All four corvettes that it ordered"
    if relative and own is not None:
        return None  # "Moscow is using shells that it received": the clause's own antecedent, read elsewhere
    if own is not None or (k > _PRONOUN_LEAD and not relative) or any(t.low in speech for t in tokens[:k]):
        return own
    opens = paragraph(text, tokens[k].start, tokens[k].start)[0]
    before = _sentence_before(text, opens, tokens[0].start)
    if before >= tokens[0].start:
        return None
    # a genitive is an owner, not a second party ("Denmark has been one of Ukraine's largest donors")
    named = found.inside(before, tokens[0].start)
    parties = {h.value for h in named if h.kind is Kind.ACTOR and h.value not in BLOCS and not h.genitive}
    lead = _lead_party(found, before, tokens[0].start)
    return lead if parties == {lead} else None


def _lead_party(found: Scan, start: int, end: int, *, owners: bool = False) -> str | None:
    """The state or group named first near ``start`` (its sentence's subject), as a genitive only with ``owners``
    ("Finland's ministry confirmed it bought")."""
    near = found.inside(start, min(end, start + _LEAD))
    return next(
        (h.value for h in near if h.kind is Kind.ACTOR and (owners or not h.genitive) and h.value not in BLOCS), None
    )


def _epithet(text: str, token: Token, kinds: frozenset[str], found: Scan) -> Hit | None:
    """The state an epithet stands for ("der Golfstaat", "emiratet", "the kingdom"): the last state of its kind named
    before it in its paragraph, else the first the article names; none when the word is part of a name ("United
    Kingdom") or no state of its kind is named before it."""
    if found.inside(token.start, token.end):
        return None
    opens = paragraph(text, token.start, token.start)[0]
    named = [h for h in found.inside(0, token.start) if h.kind is Kind.ACTOR and h.value in kinds]
    near = [h for h in named if h.start >= opens]
    hit = near[-1] if near else named[0] if named else None
    if hit is None:
        return None
    genitive = token.low.endswith("s") or token.low.endswith("'s")
    return Hit(Kind.ACTOR, hit.value, token.start, token.end, token.start, token.end, genitive)


def _source_word_before(text: str, start: int, lex: Lexicon) -> bool:
    """True when the word before ``start`` is a preposition of source ("fra Kina", "from China")."""
    words = text[max(0, start - _PREP_REACH) : start].lower().split()
    return bool(words) and words[-1] in lex.preps.get("source", frozenset())


def _first_verb_gives(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """True when the first transfer verb after token ``k`` is one of giving ("The navy has handed over ...")."""
    role = next((lex.verbs[t.low][0] for t in tokens[k + 1 :] if t.low in lex.verbs), "")
    return role in GIVING


def _first_owner(words: list[str], lex: Lexicon) -> bool:
    """True for a sentence telling whom a weapon was first meant for, with no turn to another and no verb of
    giving ("The ships were originally built for the Italian navy"; not "ursprünglich für Katar bestimmt, gingen
    aber an die Ukraine", nor "Vapnen såldes ursprungligen till Förenade Arabemiraten")."""
    told = shared()
    return (
        not told.originally.isdisjoint(words)
        and told.clause_joiners.isdisjoint(w for w in words if w not in told.coordinators)
        and not _gives((w.strip(".,;:") for w in words), lex)
    )


def _gives(words: Iterable[str], lex: Lexicon) -> bool:
    """True when a sentence's (lowercase) words hold a verb of giving ("solgte", "sent", "geliefert")."""
    return any(lex.verbs.get(w, ("", ""))[0] in GIVING for w in words)


def _sentence_before(text: str, opens: int, start: int) -> int:
    """Where the sentence before ``start`` begins in its paragraph (which opens at ``opens``), white space skipped."""
    stop = max(text.rfind(". ", opens, start - 1), text.rfind("\n", opens, start - 1))
    before = stop + 1 if stop >= 0 else opens
    while before < start and text[before].isspace():
        before += 1
    return before


def _at_war(text: str, hit: Hit) -> bool:
    """True for a state told as a side of a war or an attack: "Rysslands invasion", "invasion av Ukraina", "the war
    with Azerbaijan"."""
    war = shared().war_nouns
    before = text[max(0, hit.start - _WAR_REACH) : hit.start].lower().split()[-2:]
    after = text[hit.word_end : hit.word_end + _WAR_REACH].lower().split()[:1] if hit.genitive else []
    # "Russland angrep Ukraina. Landet har fått ...": the one attacked by a verb goes on
    return any((word := w.strip(".,;:")) in war and word not in _ATTACKED for w in before + after)


def _after_verb(tokens: list[Token], start: int, anaphor: int, lex: Lexicon) -> bool:
    """True for a name standing right after the main verb of a sentence that opens with a clause of time or cause, or
    with a short fronted phrase in the clause of "the country" (token ``anaphor``): an inverted subject ("Innan
    Ryssland började ... levererade Iran", "Ifølge embedsmænd har Washington sendt ... til landet")."""
    k = next((k for k, t in enumerate(tokens) if t.start == start), 0)
    if k < 2 or tokens[k - 1].low not in lex.verb_forms:
        return False
    # "Ifølge embedsmænd har Washington sendt ... til landet": after a short fronted phrase and its verb (not after
    # a copula: "I fjor vart Filippinane det første landet som fekk ..."), in the clause of "the country" (not "I år
    # har Ukraina bedt om kampfly, og 19 F-16 fra Danmark er på vei til landet")
    fronted = (
        k - 1 <= _FRONTED
        and tokens[0].low not in lex.verb_forms
        and tokens[0].text_upper
        and tokens[k - 1].low not in COPULAS
        and not any(t.low == "," or t.low in lex.clause_breaks for t in tokens[k + 1 : anaphor])
    )
    return fronted or after_fronted_clause(tokens, k - 1, lex)


def _opening_state(text: str, states: list[Hit], opens: int, start: int, lex: Lexicon) -> str | None:
    """The state opening the sentence before ``start`` in its paragraph, if one does, and that sentence tells no
    attack ("Russland angrep Ukraina igjen i natt. Landet har nå fått ...": the country attacked)."""
    before = _sentence_before(text, opens, start)
    if any(word.startswith(lex.not_held) for word in text[before:start].lower().split()):
        return None
    return next((h.value for h in states if h.start == before and not h.genitive), None)


def _army(found: Scan, length: int) -> Hit | None:
    """Where the article first names a state at civil war whose opponent it also names ("Sudan" with "RSF")."""
    warring = shared().warring_states
    matched = found.values()
    if not any(state in matched and opponent in matched for state, opponent in warring.items()):
        return None  # most articles: no civil war of the list
    named = [h for h in found.inside(0, length) if h.kind is Kind.ACTOR]
    parties = {h.value for h in named}
    return next((h for h in named if h.value in warring and warring[h.value] in parties), None)


def _names_force(text: str, hit: Hit, lex: Lexicon) -> bool:
    """True for an adjective of a state before an armed force: "den sudanesiska armén", "the Nigerian army"."""
    following = text[hit.word_end : hit.word_end + _FORCE_WORD].split(maxsplit=1)
    return bool(following) and following[0].lower().strip(".,;:") in lex.forces


def _before_noun(text: str, hit: Hit) -> bool:
    """True when a word follows the genitive ``hit`` ("Washingtons krav"), not a stop ("Lieferant Israels.")."""
    end = hit.word_end
    while end < len(text) and (text[end].isalpha() or text[end] in "'’:") and end - hit.word_end < _GENITIVE_TAIL:
        end += 1  # "Beijing's", "USA:s": the ending is part of the name
    rest = text[end : end + 3].lstrip()
    return bool(rest) and rest[0].isalpha()


def _after_source(tokens: list[Token], start: int, lex: Lexicon) -> bool:
    """True when the token before the one starting at ``start`` is a source preposition ("fra", "from")."""
    k = next((i for i, t in enumerate(tokens) if t.start == start), 0)
    return k > 0 and tokens[k - 1].low in lex.preps.get("source", frozenset())


def _idle(tokens: list[Token], hits: list[Hit], lex: Lexicon) -> bool:
    """True for a weapon sentence with no actor and no transfer word ("The drones hit a power
    station"): it can tell no transfer, so it is not read."""
    if any(h.kind is not Kind.WEAPON and h.kind is not Kind.MODIFIER and h.kind is not Kind.BLOCK for h in hits):
        return False
    return lex.cue_words.isdisjoint([t.low for t in tokens])


def _home_made(cand: Candidate, lex: Lexicon) -> bool:
    """True when a named system of the candidate is made in its recipient state ("Archer" for Sweden)."""
    return any(lex.origin_of_system(term) == cand.recipient for term in cand.terms)


def _shipped_before(cand: Candidate, candidates: list[Candidate]) -> tuple[str, str, Status] | None:
    """The pair and status of the last transfer told in full before ``cand``'s sentence."""
    before = [c for c in candidates if c.supplier and c.recipient and c.sentence.start < cand.sentence.start]
    last = max(before, key=lambda c: c.sentence.start, default=None)
    if last is None or not last.supplier or not last.recipient:
        return None
    return last.supplier, last.recipient, last.status


def _cargo_route(
    text: str,
    low: str,
    index: SentenceIndex,
    sentence: Sentence,
    found: Scan,
    weapons: tuple[list[Mark], list[int]],
    lex: Lexicon,
) -> tuple[str | None, str | None]:
    """Where a cargo told in ``sentence`` came from and where it was bound, told in the next sentence of its paragraph
    when that names no weapon: "Lasten kom ifølge amerikanske embedsmænd fra Iran", "The cargo originated in Iran",
    "Die Ladung sei für die Huthi-Miliz bestimmt gewesen".

    That sentence names the cargo again as its subject ("lasten", "die Ladung", "the shipment"; not "Besætningen på
    lasten", "the shipment's crew"), negates nothing, and names the state after it with no relative clause between
    ("parts that came from China"); a verb of origin with a state right after a preposition of source tells the
    origin, a word of destination with an actor right after a preposition of destination where it was bound.
    """
    following = index.after(sentence)
    if (
        following is None
        or PARAGRAPH_BREAK in text[sentence.end : following.start]
        or _names_weapon(weapons[0], weapons[1], following)  # a sentence of its own, read as such
    ):
        return None, None
    cargo = shared().told_cargo.search(low, following.start, following.end)
    if cargo is None:
        return None, None
    tokens = tokenize(text, following.start, following.end)
    starts = [t.start for t in tokens]
    at = bisect_left(starts, cargo.start())
    lows = [t.low for t in tokens]
    if (
        not lex.negation.isdisjoint(lows)  # "Lasten kom ikke fra Iran, siger Teheran"
        # the cargo is a subject, not "Besætningen på lasten"; no denial ("Iran benekter at lasten kom fra Iran")
        or (at > 0 and (lows[at - 1] in lex.prep_roles or lows[at - 1] in _CARGO_OF))
        or "status:denied" in lex.matcher.find_all(f" {' '.join(lows)} ")
        or low.startswith("'s", cargo.end())  # "the shipment's crew"
    ):
        return None, None
    origin: str | None = None
    bound: str | None = None
    from_words = lex.preps.get("source", frozenset()) if not lex.cargo_origin.isdisjoint(lows) else frozenset()
    to_words = lex.preps.get("dest", frozenset()) | _BOUND_FOR if not lex.cargo_bound.isdisjoint(lows) else frozenset()
    skip = lex.preps.get("determiners", frozenset())
    relatives = shared().relatives
    for hit in found.inside(following.start, following.end):
        if hit.kind is not Kind.ACTOR or hit.genitive or hit.start < cargo.end():
            continue
        k = bisect_left(starts, hit.start)
        if any(
            w in relatives and (lows[j - 1] == "," or w in _PLAIN_RELATIVES) for j, w in enumerate(lows[:k]) if j > at
        ):
            break  # "parts that came from China", "einem Team übergeben, das aus Bahrain kam": another subject
        while k > 0 and lows[k - 1] in skip:
            k -= 1
        state = not hit.value.islower()
        if (
            origin is None
            and state
            and k > 0
            and (lows[k - 1] in from_words or _originated(tokens, k))
            # not "von Bahrain aus geschickt, nachdem sie ... kam": the verb of origin is in the state's clause
            and not lex.cargo_origin.isdisjoint(lows[slice(*clause_of(tokens, k, lex))])
        ):
            origin = hit.value  # "fra Iran", "originated in Iran"
        elif bound is None and k > 0 and lows[k - 1] in to_words:
            bound = hit.value  # "für die Huthi-Miliz bestimmt", "bound for the Houthis"
    return origin, bound


def _originated(tokens: list[Token], k: int) -> bool:
    """True for "originated in" right before token ``k``: there "in" names the source."""
    return k > 1 and tokens[k - 1].low == "in" and tokens[k - 2].low in _ORIGINATED


def _names_weapon(weapons: list[Mark], starts: list[int], sentence: Sentence) -> bool:
    """True when a weapon hit lies wholly inside ``sentence``."""
    lo = bisect_left(starts, sentence.start)
    hi = bisect_left(starts, sentence.end)
    return any(h.end <= sentence.end for h in weapons[lo:hi])


def _context(
    index: SentenceIndex, sentence: Sentence, readings: dict[int, Reading], *, paragraphs: int = 0
) -> Reading | None:
    """The actors (and recipients) named by the last read sentence before ``sentence`` in its paragraph (or across
    up to ``paragraphs`` paragraph breaks).

    Sentences with no weapon are not read and are passed over ("Deutschland wird der Ukraine
    Flugabwehrsysteme liefern. Pistorius sagte ein Paket zu. Das Paket umfasst ... IRIS-T"), at most
    ``_LOOK_BACK`` of them.
    """
    current, crossed = sentence, 0
    for _ in range(_LOOK_BACK):
        before = index.before(current)
        if before is None:
            return None
        if PARAGRAPH_BREAK in index.text[before.end : current.start]:
            if crossed == paragraphs:
                return None  # a new paragraph (or live-blog entry) starts afresh
            crossed += 1
        if before.start in readings:
            # a sentence about something else ("Russland angrep Kyiv i natt.") lends no party
            return readings[before.start]
        current = before
    return None


def _packed_before(index: SentenceIndex, sentence: Sentence, readings: dict[int, Reading]) -> Reading | None:
    """Where :func:`_context` found nothing in the paragraph: the last read sentence of the paragraph before, when
    it counts a transfer only by its packaging. "... sendt mere end 12.000 containere med artillerigranater til
    Rusland." and, as the next paragraph's opening, "Ifølge NIS svarer det til omkring ni millioner granater" tell
    one cargo twice.

    A new paragraph otherwise starts afresh; a count of containers is the one amount that asks for a count of what
    they hold, and only a count said to equal it gives one (:func:`_equals_cargo`).
    """
    told = _context(index, sentence, readings, paragraphs=1)
    if told is None or not any(c.amount is not None and c.amount.packaging for c in told.candidates):
        return None
    return told


_EQUAL_REACH = 3  # words from "svarer" to its "til"


def _equals_cargo(said: str, at: int, count: Amount, lex: Lexicon) -> bool:
    """True when ``count`` follows a word saying it equals a cargo told before, with no share or measure between
    (``lex.not_quantity``): "Ifølge NIS svarer det til omkring ni millioner granater", "The containers held around
    eight million artillery shells" (``Shared.equal_to``, whole words; "svarer" with its goal preposition after it),
    not "Tilsvarende tall for i fjor var 3 millioner", "I Ukraine svarer man igen", "Over 300 stridsvagnar har
    förstörts, vilket motsvarar en hel armé" (the count before the word) or "svarar til om lag 40 prosent av
    forbruket på 10 millionar granatar" (``said`` is the lowered sentence, starting at ``at``). Words, not the
    tagger's tokens: a calibre glued to its number ("152mm artillery shells and 500,000 rockets") is one word and
    no measure between."""
    words = [(m.start() + at, m.group()) for m in re.finditer(r"[\w%]+", said)]
    equal = shared().equal_to
    to = lex.preps.get("dest", frozenset())
    for k, (start, word) in enumerate(words):
        if start >= count.start:
            return False
        if word not in equal:
            continue
        if word.startswith("svar") and to.isdisjoint(w for _s, w in words[k + 1 : k + 1 + _EQUAL_REACH]):
            continue
        between = {w for s, w in words[k + 1 :] if s < count.start}
        return between.isdisjoint(lex.not_quantity)
    return False


def _carry_amount(text: str, low: str, sentence: Sentence, recent: list[Candidate], lex: Lexicon) -> None:
    """Give amount-less transfers the amount told right after them.

    "Aftalen har en værdi af 9 milliarder kroner" (a sum) or "Totalt rör det sig om åtta pjäser"
    (a count of pieces) in the sentence after a transfer is that transfer's amount.
    """
    if lex.number_hint is not None and not lex.number_hint.found(low, sentence.start, sentence.end):
        return
    if _goal(low[sentence.start : sentence.end]):
        return  # "Målet är 18 pjäser": a goal, not the transfer's amount
    amounts = find_amounts(tokenize(text, sentence.start, sentence.end), lex)
    chosen = next((a for a in amounts if a.currency), None) or next((a for a in amounts if a.counted), None)
    if chosen is None:
        return
    give_amount(recent, chosen, chosen.currency)


def _count_after(
    told: Reading, reading: Reading, lex: Lexicon, said: str = "", *, at: int = 0, packed_only: bool = False
) -> list[Candidate]:
    """Give the transfers of ``told`` that have no amount the count the next sentence tells of their kind without
    a transfer of its own ("Australia has ordered frigates from Japan. The plan calls for 11 frigates."), unless it
    tells making ("Jede Woche werden dort 5000 Artilleriegeschosse produziert"). With ``packed_only`` (a count in
    the next paragraph) only a transfer counted by its containers takes it, and only a count said to equal the
    cargo (``said`` starts at ``at``).

    Returns the transfers the count adds: a kind counted in what a general cargo's containers are said to hold.
    """
    if said and (_makes(said) or _goal(said)):
        return []  # making, or a goal ("The goal is 6,000 drones by 2025")
    for cand in told.candidates:
        packed = cand.amount is not None and cand.amount.packaging
        if (
            reading.actors
            and not packed
            and not (cand.supplier and cand.recipient and set(reading.actors) <= {cand.supplier, cand.recipient})
        ):
            # a sentence naming a party counts only for a transfer between those told ("Mehr als 200 Raketen ... seien
            # in den russischen Hafen Olja gebracht worden"), not another's ("Polen bekam 50 Panzer"); a count of
            # what containers held may name where it was told ("Det svarar til seks millionar granatar, skal tenesta
            # ha fortalt ... i Seoul")
            continue
        if packed_only and not packed:
            continue
        count = reading.counts.get(cand.weapon)
        if count is not None and packed_only and not _equals_cargo(said, at, count, lex):
            continue
        if count is not None and _open_to_count(cand, count):
            # "... 13,000 containers of ammunition. The NIS estimates they held eight million artillery shells."
            cand.amount, cand.unit = count, count.counted
    cargo = next(
        (
            c
            for c in told.candidates
            if c.weapon == "military_equipment_general" and c.amount is not None and c.amount.packaging
        ),
        None,
    )
    if cargo is None or not cargo.supplier or not cargo.recipient:
        return []
    added = []
    for weapon, count in reading.counts.items():
        if weapon in GENERAL or any(c.weapon == weapon for c in told.candidates):
            continue
        if not _equals_cargo(said, at, count, lex):
            continue
        # what containers of "våpen og ammunisjon" held: "Det svarar til rundt 12 millionar artillerigranatar"
        held = retold(cargo, weapon, reading.count_terms.get(weapon, weapon), cargo.sentence, cargo.confidence)
        held.amount, held.unit = count, count.counted
        added.append(held)
    told.candidates.extend(added)
    return added


_MAGNITUDES = frozenset({12.0, 100.0, 1000.0, 10000.0, 100000.0, 1e6, 1e9})  # "dozens", "hundreds", "millions"


def _open_to_count(cand: Candidate, count: Amount | None = None) -> bool:
    """True when a count told after the transfer may be its amount: it has none, only a count of containers (and
    ``count``, when given, is of the weapon itself), or only an order of magnitude ("millioner af granater", then
    "drejer det sig om mindst tre millioner skud"); never a supplier only ranked first ("Tyskland er etter USA
    Israels nest største våpenleverandør")."""
    if cand.ranked:
        return False
    amount = cand.amount
    if amount is None:
        return True
    if amount.vague and amount.value in _MAGNITUDES:
        return count is None or not count.vague
    return amount.packaging and (count is None or not count.packaging)


def _quantity(cand: Candidate, text: str) -> Quantity | None:
    amount = cand.amount
    if amount is None:
        return None
    start, end = amount.start, amount.end
    unit = cand.unit or _DEFAULT_UNIT[cand.weapon]
    return Quantity(value=amount.value, approx=amount.approx, unit=unit, text=text[start:end][:500])


def _better_amount(new: Candidate, old: Candidate | None, text: str) -> bool:
    """An amount beats none, a told amount beats one read from an article ("et system" < "minst fem
    systemer"), a count beats an order of magnitude ("millions" < "about twelve million"), an exact amount beats
    an approximate one ("about 300" < "300"). Of two counts told alike, the order's size beats its first
    delivery ("De seks første flyene kom fram fredag" < "Argentina kjøpte 24 F-16"), as the gold records an order
    partly delivered."""
    if new.amount is None:
        return False
    if old is None or old.amount is None:
        return True
    if new.weapon not in GENERAL and (new.amount.currency is None) != (old.amount.currency is None):
        # "a $2 billion package" in the title, "three NASAMS systems" in the body: the count says how many
        return new.amount.currency is None and not new.amount.inferred
    if _rank(new.amount) == _rank(old.amount) and new.sentence.start != old.sentence.start:
        # the size of an order, not a second delivery ("Auch 40 Schützenpanzer seien übergeben worden")
        ordered = new.cue in _ORDERING or new.status in (Status.AGREED, Status.PLANNED, Status.ONGOING)
        return ordered and _first_delivery(old.amount, text) and not _first_delivery(new.amount, text)
    return _rank(new.amount) > _rank(old.amount)


def _first_delivery(amount: Amount, text: str) -> bool:
    """Whether a count is of an order's first items: "de fire første", "the first six", "die ersten drei"."""
    firsts = shared().first_items
    before = [w.strip(".,;:") for w in text[max(0, amount.start - 24) : amount.start].lower().split()]
    after = [w.strip(".,;:") for w in text[amount.end : amount.end + 24].lower().split()]
    return bool(before and before[-1] in firsts) or bool(after and after[0] in firsts)


def _rank(amount: Amount) -> tuple[bool, bool, bool, bool]:
    """Weakest first: read from an article, a count of containers (the packaging, not the weapon), an order of
    magnitude, an approximate count."""
    return (not amount.inferred, not amount.packaging, not amount.vague, not amount.approx)


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


def tag_article(
    text: str, lex: Lexicon, title: str | None = None, *, learn: list[Opening] | None = None
) -> list[Mention]:
    """Return the merged mentions of one article; never raises on odd input.

    With ``learn`` (training the filler), the sides the rules leave open are collected there and not filled.
    """
    low = fold(text)
    found = Scan(text, low, lex)
    weapons = found.weapons
    report = is_report(text, low, lex, title)
    if not weapons and not report:
        return []
    links = shared().related_links
    candidates: list[Candidate] = []
    open_ones: list[tuple[Candidate, Reading | None]] = []
    left: list[Candidate] = []  # one side still open after the rules: for the learned filler
    index = SentenceIndex(text)
    starts = [h.start for h in weapons]
    readings: dict[int, Reading] = {}
    before: Reading | None = None
    done: set[int] = set()
    last: Sentence | None = None
    held = _held_pronouns(weapons, found, index, low, lex)
    marks = _with_bare_suppliers(weapons, found, index, len(text))
    if held:
        marks = sorted([*marks, *(Mark(h.start, h.end, False) for h in held.values())])
    for hit in marks:
        if last is not None and last.start <= hit.start < last.end:
            continue
        sentence = last = index.at(hit.start)
        if sentence is None or sentence.start in done:
            continue
        done.add(sentence.start)
        if low.startswith(links, sentence.start):
            continue  # "Læs også: ...": a link to another article
        tokens = tokenize(text, sentence.start, sentence.end)
        hits = found.inside(sentence.start, sentence.end)
        if sentence.start in held:
            hits = _ordered([*hits, held[sentence.start]])
        if (lex.referring and not lex.referring.isdisjoint(t.low for t in tokens)) or (
            not shared().epithets.keys().isdisjoint(t.low for t in tokens)
        ):
            said = _context(index, sentence, readings)
            buyers = [r for c in said.candidates if (r := c.recipient) and c.supplier] if said else None
            # the subject of the sentence read before, when it gives
            doers = (
                [s for c in said.candidates if (s := c.supplier) and c.recipient and c.cue in GIVING and not c.passive]
                if said
                else None
            )
            resolved = _anaphor_hits(text, tokens, found, lex, buyers, doers)
            if resolved:
                taken = {h.start for h in resolved}  # "Hæren" resolved replaces its home-state reading
                hits = _ordered([*(h for h in hits if h.start not in taken), *resolved])
        if (supplier := _bare_supplier(hits, tokens, found, low, sentence.start, lex)) is not None:
            hits = _ordered([*hits, supplier])
        if _idle(tokens, hits, lex):
            previous = _context(index, sentence, readings)
            if previous is None:
                cargo = _packed_before(index, sentence, readings)  # a count of what containers held, a paragraph on
            else:
                cargo = previous if any(_open_to_count(c) for c in previous.candidates) else None
            if cargo is not None:
                candidates += _count_after(
                    cargo,
                    read_sentence(text, sentence, tokens, hits, lex),
                    lex,
                    low[sentence.start : sentence.end],
                    at=sentence.start,
                    packed_only=previous is None,
                )
            continue
        reading = read_sentence(text, sentence, tokens, hits, lex)
        if supplier is not None:
            # both sides named in the sentence itself ("Also USA har vorte ein viktig leverandør til India"), never
            # from context; the pair's named weapons, if the article has any, say more
            reading.candidates = [c for c in reading.candidates if c.supplier and c.recipient]
            for cand in reading.candidates:
                cand.beside_specific = True
        if found.links and (passed_on := onward(text, sentence, tokens, hits, found, lex)) is not None:
            reading.candidates = passed_on
        readings[sentence.start] = reading
        if reading.counts and not reading.candidates:
            if (previous := _context(index, sentence, readings)) is not None:
                candidates += _count_after(
                    previous, reading, lex, low[sentence.start : sentence.end], at=sentence.start
                )
            elif (packed := _packed_before(index, sentence, readings)) is not None:
                counted = low[sentence.start : sentence.end]
                candidates += _count_after(packed, reading, lex, counted, at=sentence.start, packed_only=True)
        if lex.cargo_origin and any(c.supplier is None for c in reading.candidates):
            origin, bound = _cargo_route(text, low, index, sentence, found, (weapons, starts), lex)
            for cand in reading.candidates:
                if cand.weapon == "naval_vessels":
                    continue  # the ship that carried the cargo: "beslagla et skip med 5000 tonn gjødsel"
                # "Die US-Marine hat 200 Raketen beschlagnahmt. Die Ladung sei für die Huthi-Miliz bestimmt gewesen und
                # stamme aus dem Iran": the cargo's route, told next in a sentence naming no weapon
                if cand.recipient is None and bound not in (None, origin):
                    cand.recipient = bound
                    cand.confidence = min(cand.confidence, _CONTEXT_CONFIDENCE)
                if cand.supplier is None and origin not in (None, cand.recipient):
                    cand.supplier = origin
                    cand.confidence = min(cand.confidence, _CONTEXT_CONFIDENCE)
        if any(not (c.supplier and c.recipient) for c in reading.candidates):
            before = _context(index, sentence, readings)
        for cand in reading.candidates:
            if cand.supplier and cand.recipient:
                candidates.append(cand)
            else:
                open_ones.append((cand, before))
        if any(c.amount is None for c in reading.candidates):
            following = index.after(sentence)
            hint = lex.number_hint
            if (
                following is not None
                and (lex.measure_hint is None or lex.measure_hint.found(low, following.start, following.end))
                and not _names_weapon(weapons, starts, following)
                and (hint is None or hint.found(low, sentence.end, sentence.end + _LOOK_AHEAD))
            ):
                _carry_amount(text, low, following, reading.candidates, lex)
    weights: dict[tuple[str, str], float] = {}
    by_weapon: dict[str, tuple[str, str]] = {}
    for c in candidates:
        if c.supplier and c.recipient:
            weights[(c.supplier, c.recipient)] = weights.get((c.supplier, c.recipient), 0.0) + c.confidence
            by_weapon.setdefault(c.weapon, (c.supplier, c.recipient))
    dominant = max(weights, key=lambda pair: weights[pair]) if weights else None
    topic, exporter = _topic(weights, 1), _topic(weights, 0)
    topic_weapons = {c.weapon for c in candidates if c.recipient == topic} if topic else set()
    makers = _system_makers(candidates, lex)
    home = _smuggling_home(low, found, lex)
    come_sources: dict[int, set[str]] = {}  # the states weapons "come from", by sentence
    for cand, _prior in open_ones:
        if cand.cue == "come" and cand.supplier is not None:
            come_sources.setdefault(cand.sentence.start, set()).add(cand.supplier)
    for cand, prior in open_ones:
        if cand.supplier is None and cand.recipient is not None and _home_made(cand, lex):
            continue  # "FMV beställer 48 nya Archer till armén": a state buying its own make has no supplier to fill
        if cand.supplier is None and _first_owner(low[cand.sentence.start : cand.sentence.end].split(), lex):
            continue  # "Skipene var opprinnelig bygget for den italienske marinen": the first owner, not a buyer
        if cand.cue == "come":
            if _no_holder_for(cand, prior, low, come_sources.get(cand.sentence.start, set())):
                continue
            mates = {c.recipient for c in candidates if c.sentence.start == cand.sentence.start and c.recipient}
            if len(mates) == 1 and cand.supplier not in mates:
                # "Danmark gav Ukraine kampfly, kampvogne kom fra Tyskland": the holder its own sentence names
                cand.recipient = mates.pop()
                cand.confidence = min(cand.confidence, _CONTEXT_CONFIDENCE)
                candidates.append(cand)
                continue
        maker = next((m for t in cand.terms if (m := makers.get(t.lower())) is not None), None)
        if (
            home is not None
            and cand.supplier is None
            and cand.recipient in shared().rivals[1]
            and _names_only(low, found, cand.sentence, cand.recipient, lex)
        ):
            # "Retten fant det bevist at mannen sendte 120 nattsikter til en mottaker i Moskva": from home
            cand.supplier = home
            cand.confidence = min(cand.confidence, _CONTEXT_CONFIDENCE)
            candidates.append(cand)
        elif (
            found.links
            and cand.supplier is None
            and cand.recipient is not None
            and (same := same_kind_supplier(cand, found, candidates)) is not None
        ):
            # "Rumänien har beställt 18 drönare av samma typ": the drones named before, from their seller
            cand.supplier = same
            cand.confidence = min(cand.confidence, _CONTEXT_CONFIDENCE)
            candidates.append(cand)
        elif cand.supplier is None and cand.recipient not in (None, maker) and maker is not None and cand.cue in BUYING:
            # "Også Holland og Spanien har valgt PULS-systemet": the system's seller was named before
            cand.supplier = maker
            cand.confidence = min(cand.confidence, _CONTEXT_CONFIDENCE)
            candidates.append(cand)
        elif cand.supplier is None and cand.recipient is None and cand.weapon in by_weapon:
            # "Ubåtene skal leveres fra 2029": the same weapon was placed earlier in the article
            cand.supplier, cand.recipient = by_weapon[cand.weapon]
            cand.confidence = min(cand.confidence, _CONTEXT_CONFIDENCE)
            candidates.append(cand)
        elif (
            cand.supplier is None
            and cand.passive
            and by_weapon.get(cand.weapon, (cand.recipient,))[0] != cand.recipient
        ):
            # "NSM er også solgt til Polen": a passive without agent; the seller of that weapon was named before
            cand.supplier = by_weapon[cand.weapon][0]
            cand.confidence = min(cand.confidence, _CONTEXT_CONFIDENCE)
            candidates.append(cand)
        elif (
            cand.cue == "contain"
            and cand.supplier is None
            and cand.recipient is None
            and shared().told_cargo.search(low, cand.sentence.start, cand.sentence.end) is not None
            and (shipped := _shipped_before(cand, candidates)) is not None
        ):
            # "Lasten omfattede blandt andet krydsermissiler" after "et skib med våben på vej fra Iran til houthierne":
            # the cargo is the last shipment told before it, not the article's main pair
            cand.supplier, cand.recipient, cand.status = shipped
            cand.confidence = min(cand.confidence, _CONTEXT_CONFIDENCE)
            candidates.append(cand)
        elif (
            cand.supplier is None
            and cand.recipient is None
            and cand.cue not in (None, "use")
            and (pair := _maker_and_partner(cand, prior, text, lex)) is not None
        ):
            # "Indien och Frankrike har enats om ett nytt vapenavtal. Affären omfattar 26 Rafale-plan": the two states
            # of the sentence before, the weapons' maker selling to the other
            cand.supplier, cand.recipient = pair
            cand.confidence = min(cand.confidence, _CONTEXT_CONFIDENCE)
            candidates.append(cand)
        elif (
            _fill_from_context(
                cand,
                prior,
                dominant,
                topic if cand.weapon in topic_weapons or cand.weapon not in _DEPLOYED else None,
                exporter,
                cand.cue == "pledge" and _own_pledge(cand, low),
                cand.recipient is None and _returning(low, cand.sentence, lex),
                cand.cue == "contain"
                and MADE_IN.search(low, cand.sentence.start, cand.sentence.end) is not None
                and (
                    shared().told_cargo.search(low, cand.sentence.start, cand.sentence.end) is not None
                    or _ON_BOARD.search(low, cand.sentence.start, cand.sentence.end) is not None
                ),
                cand.returned
                and _REGIME.search(low, cand.sentence.start, cand.sentence.end) is not None
                and _ALSO.isdisjoint(low[cand.sentence.start : cand.sentence.end].split()),
            )
            and cand.supplier != cand.recipient
        ):
            candidates.append(cand)
        elif (cand.supplier is None) != (cand.recipient is None) and cand.confidence >= _MIN_CONFIDENCE:
            left.append(cand)
    groups = found.gates
    if readings and "dealing" in groups:
        candidates.extend(_next_buyers(text, index, found, readings, lex))
    if topic is not None and "contributing" in groups:
        candidates.extend(_contributors(text, low, index, found, candidates, readings, topic, lex))
    if report:
        # "Für Israel wurden Ausfuhren im Wert von 161 Millionen Euro genehmigt" in a report on arms exports
        told = {(s, r) for c in candidates if (s := c.supplier) and (r := c.recipient)}
        candidates.extend(report_candidates(text, low, found, lex, exporter, told))
    if found.links:
        # "Burkina Faso og Niger har fulgt trop", "etterfulgt av Nederland med 1,1 milliarder": after the report's
        # lines, which a ranking's follower copies
        candidates.extend(followers(text, found, index, candidates, lex))
        candidates.extend(inventories(text, found, index, candidates, lex))
    if candidates:
        candidates = _losers(candidates, low, groups, lex, found)
        candidates = _licences_misread(candidates, low, found, lex)
        candidates.extend(_local_production(low, index, candidates, found, lex))
    if len(left) > 1:
        candidates.extend(_complements(left, text))
    if left and (learn is not None or filler_model() is not None):
        candidates.extend(_learned_fill(left, candidates, Article(text, low, found, readings, title, lex), learn))
    if left:
        _lend_amounts(left, candidates)
        if "choosing" in groups:
            # a filled side may be a losing bid's: "vurderte lenge å kjøpe kinesisk-pakistanske JF-17, men ... valde"
            candidates = _losers(candidates, low, groups, lex, found)
    if not candidates or (any(h.weak for h in weapons) and found.sports >= _SPORTS_THRESHOLD):
        # a sports story: "Granate" and "Bombe" are metaphors there
        return []
    return _merge(judged(candidates, text, low, found, lex), text, title, lex, (found, index), (low, readings))


def _with_bare_suppliers(weapons: list[Mark], found: Scan, index: SentenceIndex, length: int) -> list[Mark]:
    """The weapon marks, and the word "supplier" in a sentence with none after the first (``_bare_supplier``)."""
    if not weapons or "supplier" not in found.values():
        return weapons  # most articles: no word "supplier" at all
    extra = [
        Mark(h.start, h.end, False)
        for h in found.inside(weapons[0].end, length)
        if h.kind is Kind.NOUN
        and h.value == "supplier"
        and (sentence := index.at(h.start)) is not None
        and not any(sentence.start <= w.start < sentence.end for w in weapons)
    ]
    return sorted([*weapons, *extra]) if extra else weapons


def _ordered(hits: list[Hit]) -> list[Hit]:
    """Hits in the order ``Scan.inside`` gives them: by start, the longest first."""
    return sorted(hits, key=lambda h: (h.start, -h.end))


_HELD_ROLES = frozenset({"supply", "receive", "buy", "order"})
_HELD_TENSES = frozenset({"past", "passive", "passivepast"})


def _held_pronouns(weapons: list[Mark], found: Scan, index: SentenceIndex, low: str, lex: Lexicon) -> dict[int, Hit]:
    """Weapons told as held in one sentence and given a source in the next by a plural pronoun alone: "Brasil har over
    200 Leopard 1-stridsvogner. De ble kjøpt brukt fra Tyskland", "Bangladesh has two submarines. Both were bought
    from China". By the next sentence's start: a weapon of the one kind the sentence before names, at the pronoun.

    Only for a sentence that names no weapon, opens with the pronoun (``held_pronouns``, "De fleste": with one of
    ``held_quantifiers``) and an auxiliary right after it, has a past or passive verb of giving or getting and a party
    after a preposition of source or agent ("fra", "av", "from", "by", "aus").
    """
    words = shared()
    before = lex.preps.get("source", frozenset()) | lex.preps.get("agent", frozenset())
    out: dict[int, Hit] = {}
    seen: set[int] = set()
    for mark in weapons:
        sentence = index.at(mark.start)
        if sentence is None or sentence.start in seen:
            continue
        seen.add(sentence.start)
        following = index.after(sentence)
        if following is None or following.start in out:
            continue
        first = low[following.start : following.start + 12].split(maxsplit=1)
        if not first or first[0] not in words.held_pronouns:
            continue
        hits = found.inside(following.start, following.end)
        if any(h.kind is Kind.WEAPON for h in hits):
            continue
        kinds = {h.value for h in found.inside(sentence.start, sentence.end) if h.kind is Kind.WEAPON} - GENERAL
        if len(kinds) != 1:
            continue
        tokens = tokenize(low, following.start, following.end)  # lower-case words only: no capitals are asked
        k = 2 if len(tokens) > 2 and tokens[1].low in words.held_quantifiers else 1
        if len(tokens) <= k or tokens[k].low not in words.auxiliaries:
            continue  # "Dei første einingane kan sendast frå Kongsberg": an article before its noun, no pronoun
        if not any(
            (meaning := lex.verbs.get(t.low)) is not None and meaning[0] in _HELD_ROLES and meaning[1] in _HELD_TENSES
            for t in tokens
        ):
            continue
        starts = {h.start for h in hits if h.kind is Kind.ACTOR}
        if not any(t.start in starts and j > 0 and tokens[j - 1].low in before for j, t in enumerate(tokens)):
            continue
        word = tokens[0]
        out[following.start] = Hit(
            Kind.WEAPON, next(iter(kinds)), word.start, word.end, word.start, word.end, generic=True
        )
    return out


def _bare_supplier(hits: list[Hit], tokens: list[Token], found: Scan, low: str, start: int, lex: Lexicon) -> Hit | None:
    """The word "supplier" with no weapon in its sentence, with arms named in the 300 characters before it ("De
    viktigste leverandørene til Ukraina var USA, Tyskland og Polen" after a sentence on arms imports): arms in
    general. Only as a word of its own (not "gasleverandør") in a sentence saying who is or became one, with no
    quote, negation, other trade ("gas", "industry"), company, speech tag or "of" in its clause ("largest supplier
    of gas"). The caller keeps only the pairs the sentence names on both sides."""
    if any(h.kind is Kind.WEAPON for h in hits):
        return None
    if not any(t.low in COPULAS or t.low in BECOMING for t in tokens) or any(t.low in _SPEECH for t in tokens):
        return None
    if any(t.low in lex.negation or t.low in shared().bare_supplier_stops for t in tokens):
        # "Tyskland er ikke leverandør til Israel", "the largest gas supplier", "De förlorande leverantörerna"
        return None
    noun = next((h for h in hits if h.kind is Kind.NOUN and h.value == "supplier"), None)
    if noun is None or noun.start != noun.word_start:
        return None  # "gasleverandør", "Gaslieferant": a compound names what is supplied
    if not any(h.kind is Kind.WEAPON for h in found.inside(max(0, start - _ARMS_BEFORE), start)):
        return None  # arms told just before: "... av all global våpenimport. De viktigste leverandørene til Ukraina"
    clause = next((t.start for t in tokens if t.start > noun.start and t.low in (",", ";")), tokens[-1].end)
    if any(t.low in _OF_WORDS and noun.start < t.start < clause for t in tokens):
        return None  # "den største leverandøren til Russland av elektronikk"
    if any(h.kind is Kind.ACTOR and h.named for h in hits) or any(
        t.low in lex.preps.get("attribution", ()) for t in tokens
    ):
        return None  # a company's supplier ("leverandør til Boeing"), or what someone says
    return Hit(Kind.WEAPON, "military_equipment_general", noun.start, noun.end, noun.word_start, noun.word_end)


def _complements(left: list[Candidate], text: str) -> list[Candidate]:
    """Two halves of one transfer in consecutive sentences of a paragraph: a buyer with no seller, then a seller of
    the same weapon with no buyer, or the other way round ("Ukraina får nye luftvernsystem. Det er Tyskland som
    leverer systema."). Each half is used once, and is taken out of ``left``."""
    out: list[Candidate] = []
    used: set[int] = set()
    for first, second in pairwise(left):
        if id(first) in used or id(second) in used or first.weapon != second.weapon:
            continue
        if (
            first.sentence.start == second.sentence.start
            or PARAGRAPH_BREAK in text[first.sentence.end : second.sentence.start]
        ):
            continue
        if not _adjacent(first.sentence, second.sentence, text):
            continue
        buyer = first.recipient if first.supplier is None else second.recipient
        seller = second.supplier if first.supplier is None else first.supplier
        if buyer is None or seller is None or buyer == seller:
            continue
        whole = replace(
            second, supplier=seller, recipient=buyer, confidence=min(second.confidence, _CONTEXT_CONFIDENCE)
        )
        out.append(whole)
        used.update((id(first), id(second)))
    left[:] = [c for c in left if id(c) not in used]
    return out


def _adjacent(first: Sentence, second: Sentence, text: str) -> bool:
    """True when no other sentence stands between the two: only white space separates them."""
    return not text[first.end : second.start].strip()


def _learned_fill(
    left: list[Candidate], candidates: list[Candidate], article: Article, learn: list[Opening] | None
) -> list[Candidate]:
    """Fill the sides the rules left open with the learned filler's choice (``filler.py``)."""
    complete = [c for c in candidates if _kept(c)]
    found_openings = openings(left, complete, article)
    if learn is not None:
        learn.extend(found_openings)
        return []
    scorer = filler_model()
    if scorer is None:
        return []
    told = {(c.supplier, c.recipient) for c in complete}
    told_weapons = {c.weapon for c in complete}
    filled: list[Candidate] = []
    for opening in found_openings:
        if (choice := choose(opening, scorer)) is None:
            continue
        cand = opening.cand
        pair = opening.pair(choice[0])
        if pair in told:
            continue  # the pair is told already; how its weapons merge is the rules' business ("one sum, two kinds")
        if cand.weapon in _DEPLOYED and opening.recipient_open and cand.weapon not in told_weapons:
            # warships "sent" through a strait are deployed: a recipient only in an article that tells warships
            # handed over (looser than the topic rule above, which asks that the recipient itself gets them)
            continue
        if opening.recipient_open:
            cand.recipient = choice[0]
        else:
            cand.supplier = choice[0]
        cand.confidence = min(cand.confidence, _CONTEXT_CONFIDENCE)
        filled.append(cand)
    return filled


def _lend_amounts(left: list[Candidate], candidates: list[Candidate]) -> None:
    """A transfer told with one side open, and an amount, lends the amount to the one complete transfer of the
    same weapon with that side ("Hanwha hat die letzte der 212 Panzerhaubitzen übergeben" after "Polen kauft
    K9-Haubitzen aus Südkorea")."""
    for cand in left:
        if cand.amount is None or (cand.supplier is not None and cand.recipient is not None):
            continue
        same = [
            c
            for c in candidates
            if c.weapon == cand.weapon
            and c.supplier is not None
            and c.recipient is not None
            and (c.supplier == cand.supplier if cand.supplier is not None else c.recipient == cand.recipient)
        ]
        if len({(c.supplier, c.recipient) for c in same}) == 1 and all(c.amount is None for c in same):
            give_amount(same, cand.amount, cand.unit)


def _local_production(
    low: str, index: SentenceIndex, candidates: list[Candidate], found: Scan, lex: Lexicon
) -> list[Candidate]:
    """Technology transfers told as local production: "flere av dem settes sammen på lisens ved Embraer", "Ein
    del av dei blir no sette saman i Polen". The pair is the one whose hardware the sentence (else the sentence
    before it) places; a sentence that already tells a technology transfer is left alone. Assembly without a
    licence or know-how counts only where the buyer is named ("flyene samles i USA" for Israel's jets does
    not). Making "with" a state's know-how ("med fransk teknologi") takes the hardware that state gave, and
    making the weapons oneself ("som Rusland nu selv producerer") the hardware the named maker got."""
    hardware = [c for c in candidates if c.weapon not in GENERAL]
    told = {c.sentence.start for c in candidates if c.weapon == "technology_transfer"}
    out: list[Candidate] = []
    for start, end, phrase, licensed, giver, own in _production_phrases(low, found):
        sentence = index.at(start)
        if sentence is None or sentence.start in told:
            continue
        hits = found.inside(sentence.start, sentence.end)
        named = [h for h in hits if h.kind is Kind.ACTOR]
        makers = {h.value for h in named} if own else None
        here = [c for c in hardware if c.sentence.start == sentence.start and _gave(c, giver, makers)]
        near = here or [
            c for c in hardware if 0 < sentence.start - c.sentence.end <= _PRODUCTION_REACH and _gave(c, giver, makers)
        ]
        if not near or ((giver is not None or own) and not _makes(low[sentence.start : sentence.end])):
            continue
        source = here[0] if here else max(near, key=lambda c: c.sentence.start)
        if source.recipient in _named_makers(hits, low, lex):
            continue  # "Patriot-missiler, som er produsert på lisens i Japan, til USA": the licence is the buyer's
        if own and not _same_kind(source, hits):
            continue  # "Taiwan bygger selv ubåde" after American jets: its own making of something else
        if giver is not None:
            # "en fabrikk utenfor Kyiv, der TB2 skal produseres med tyrkisk teknologi": the place named is the maker
            at = shared().making_places
            places = {h.value for h in named if h.value != giver and word_before(low, h.start) in at}
            if len(places) == 1 and source.recipient not in places:
                source = replace(source, recipient=places.pop())
        after = next((h.value for h in named if h.start > end), None)
        if after is not None and after != source.recipient:
            continue  # "samles i USA": built at home by the seller, or elsewhere
        if after is None and not licensed and source.recipient not in {h.value for h in named}:
            continue  # assembly alone tells a transfer only where the buyer is named
        told.add(sentence.start)
        out.append(retold(source, "technology_transfer", phrase, sentence, _CONTEXT_CONFIDENCE))
    return out


def _losers(
    candidates: list[Candidate], low: str, groups: set[str], lex: Lexicon, found: Scan | None = None
) -> list[Candidate]:
    """Drop the pairs of a system that lost: told after a word of preference up to the end of its clause ("har valt
    Saabs Gripen framför amerikanska F-16"), or between a word of weighing or offering and the choice ("overvejede
    også kinesisk-pakistanske JF-17-fly, men valgte i sidste ende de danske"). A preference before a preposition or
    an infinitive ("rather than to Israel", "statt zu warten") or a choice not to ("but chose not to send") cuts
    nothing. Systems a winner "competed with" lost too. A pair asked for only with guarantees ("har bedt London om
    garantier for at flyene ...") is no request.
    """
    if "choosing" not in groups:
        return candidates  # most articles: no choice, offer or guarantee told (``Scan.gates``)
    common = shared()
    spans: dict[int, tuple[int, int]] = {}  # sentence start -> the offsets where the losing systems are told
    rivalries: set[int] = set()  # sentences where the span holds the ones competed with or weighed
    guarded: dict[int, tuple[int, int]] = {}  # sentence start -> the clause asking for guarantees
    for cand in candidates:
        sentence = cand.sentence
        if sentence.start in spans:
            continue
        said = low[sentence.start : sentence.end]
        spans[sentence.start] = (-1, -1)
        asked = next((k for w in common.asked_guarantees if (k := said.find(w)) >= 0), -1)
        if asked >= 0 and any(c in said[asked : asked + 40] for c in _THAT):  # "garantier for at flyene ikke ..."
            guarded[sentence.start] = (sentence.start + asked, sentence.start + _clause_end(said, asked))
        at = next(
            (
                k + len(w)
                for w in common.preferred_over
                if (k := said.find(w)) >= 0
                and not said.startswith(_NOT_PREFERRED, k + len(w))
                and not said[:k].endswith((" seg", " sig", " sej"))
            ),
            -1,
        )
        if at < 0 and (chose := next((k for w in common.chose_over if (k := said.find(w)) >= 0), -1)) >= 0:
            over, word = next(((k, w) for w in common.over_words if (k := said.find(w, chose)) >= 0), (-1, ""))
            after = said[over + len(word) :].split(maxsplit=1) if over >= 0 else []
            # not "picked over 20 FA-50 jets": "over" before a number is "more than"
            if after and not after[0][0].isdigit() and after[0] not in lex.numbers.words:
                at = over + len(word) if not said.startswith(_NOT_PREFERRED, over + len(word)) else -1
        if at < 0 and (rival := next((k for w in common.competed if (k := said.find(w)) >= 0), -1)) >= 0:
            # "Gripen konkurrerade om kontraktet med amerikanska F-16": the others bid and lost, up to a comma or the
            # next verb ("competed with Germany and sold 180 K2 tanks to Poland" sold them)
            rivals = next((k + len(w) for w in common.competed_with if (k := said.find(w, rival)) >= 0), -1)
            if rivals >= 0:
                spans[sentence.start] = (sentence.start + rivals, sentence.start + _rivals_end(said, rivals, lex))
                rivalries.add(sentence.start)
                continue
        if at >= 0:
            spans[sentence.start] = (sentence.start + at, sentence.start + _clause_end(said, at))
            continue
        offered = (*common.offers, *(f" {w} " for w in common.offer_words))
        for words in (common.weighed_also, offered, common.weighed):
            # "hade också fått ett erbjudande om nya F-16 från USA, men valde till slut det svenska planet"
            general = words is common.weighed
            finds = (_weighing_at(said, w) if general else said.find(w) for w in words)
            if (weighed := min((k for k in finds if k >= 0), default=-1)) < 0:
                continue  # (the first told: "tilbød ... JF-17, men det tilbud blev droppet")
            chose = next(
                (k for w in common.but_chose if (k := said.find(w, weighed)) >= 0 and _chooses(said, k + len(w), lex)),
                -1,
            )
            if chose < 0:
                chose = _chose_after_but(said, weighed, lex)
                general = True
            if chose >= 0 and general and not _choice_named(said, chose, sentence.start, found):
                chose = -1  # "men valgte til slutt å kjøpe 52 av flyene": the weighed ones, no rival, were bought
            if chose >= 0:
                spans[sentence.start] = (sentence.start + weighed, sentence.start + chose)
                rivalries.add(sentence.start)  # the chosen one's supplier is named after the "but"
                break
            if (dropped := _dropped_after(said, weighed, lex)) >= 0:
                # "vurdert både franske Rafale og brukte amerikanske F-16, men forhandlingene med Paris strandet":
                # all weighed lost, and no winner is named after the "but"
                spans[sentence.start] = (sentence.start + weighed, sentence.start + dropped)
                break
    if all(lo < 0 for lo, _hi in spans.values()) and not guarded:
        return candidates  # most articles: no choice told
    kept = []
    for cand in candidates:
        if cand.status is Status.REQUESTED and _told_within(cand, low, guarded.get(cand.sentence.start)):
            continue  # asking for guarantees on the weapons, not for them
        span = spans.get(cand.sentence.start)
        if _told_within(cand, low, span) and not _names_winner(cand, span, rivalries, found, low, lex):
            continue  # the system that lost
        kept.append(cand)
    return kept


def _chose_after_but(said: str, weighed: int, lex: Lexicon) -> int:
    """The offset of a "but" after ``weighed`` whose clause chooses within ``_CHOICE_REACH`` words ("men regjeringa i
    Buenos Aires valde til slutt", "men Warszawa har valt att satsa på"), not a choice negated ("but chose not to") nor
    one to do anything but buy ("men valgte at vente med beslutningen"); else -1."""
    but, verb_end = _after_but(said, weighed, shared().choice_words)
    return but if but >= 0 and _chooses(said, verb_end, lex) else -1


def _weighing_at(said: str, word: str) -> int:
    """Where ``word`` of weighing stands in ``said`` as whole words, not a concluded deal ("forhandlet frem en
    avtale") nor inside another word ("undervurdert", "i spillet"); else -1."""
    at = said.find(word)
    while at >= 0:
        end = at + len(word)
        whole = (at == 0 or not said[at - 1].isalnum()) and (end == len(said) or not said[end].isalnum())
        if whole and not said[end:].lstrip().startswith(shared().weighed_concluded):
            return at
        at = said.find(word, at + 1)
    return -1


def _choice_named(said: str, but: int, start: int, found: Scan | None) -> bool:
    """Whether the clause after a "but" of choice names what was chosen: a state, a people's adjective or a named
    system ("men valde till slut Gripen", "but opted for the Chinese system"), and not both of the weighed ("men valt
    båda systemen"). "men valgte til slutt å kjøpe 52 av flyene" names none: the weighed ones were bought."""
    end = _clause_end(said, but + 1)
    if not shared().chose_both.isdisjoint(w.strip(".,;:") for w in said[but:end].split()):
        return False
    if found is None:
        return True
    return any(
        h.kind in (Kind.ACTOR, Kind.DEMONYM) or (h.kind is Kind.WEAPON and h.named)
        for h in found.inside(start + but, start + end)
    )


def _dropped_after(said: str, weighed: int, lex: Lexicon) -> int:
    """The offset of a "but" after ``weighed`` whose clause drops what was weighed ("men forhandlingene med Paris
    strandet", "but the talks collapsed"); not a drop negated ("doch der Vertrag scheiterte nicht"), of something
    else ("men forhandlingene om flere strandet"), blocked by another ("men salget stranda fordi Storbritannia
    nekta": denied, not lost) or followed by the transfer after all ("stalled before the first tanks were
    delivered"); else -1."""
    common = shared()
    but, verb_end = _after_but(said, weighed, common.dropped_words)
    if but < 0:
        return -1
    words = [w.strip(".,;:") for w in said[verb_end:].split()]
    if any(w in lex.negation for w in words[:2]):
        return -1
    if any(w in said[but:] for w in common.dropped_other):
        return -1
    # a verb of the transfer after the drop, not a gerund ("collapsed over financing")
    return -1 if any(w in lex.verbs and not w.endswith("ing") for w in words) else but


def _after_but(said: str, weighed: int, verbs: frozenset[str]) -> tuple[int, int]:
    """The offsets of the first "but" after ``weighed`` followed within ``_CHOICE_REACH`` words by one of ``verbs``
    ("men regjeringa i Buenos Aires valde", "men det blev fravalgt"), and of the end of that verb; else (-1, -1)."""
    common = shared()
    words = list(_WORD_SPAN.finditer(said, weighed))
    for k, word in enumerate(words):
        if word.group() not in common.contrasts:
            continue
        verb = next((w for w in words[k + 1 : k + 1 + _CHOICE_REACH] if w.group().strip(".,;:") in verbs), None)
        if verb is not None:
            return word.start(), verb.end()
    return -1, -1


_WORD_SPAN = re.compile(r"\S+")
_CHOICE_REACH = 8  # words from "men" to its verb of choosing: "but the government of President Javier Milei opted"


def _names_winner(
    cand: Candidate,
    span: tuple[int, int] | None,
    rivalries: set[int],
    found: Scan | None,
    low: str,
    lex: Lexicon,
) -> bool:
    """True when the supplier of ``cand`` is named after the span of those it competed with ("The K2 competed with the
    German Leopard 2, and Poland bought 180 K2 tanks from South Korea") or of those weighed before the choice ("had
    also considered Swedish Gripen jets, but ... opted for F-16s from the United States"): the winner, whatever terms
    it got. Not the competitors named before ("Frankrike och USA konkurrerade ... med Rafale respektive F-16")."""
    if span is None or found is None or cand.sentence.start not in rivalries:
        return False
    hi = span[1]
    return any(
        _names_supplier(h, cand, low, lex)
        and h.start >= hi
        and not _pressed_by(low[max(hi, h.start - _PRESSURE_REACH) : h.start])
        for h in found.inside(cand.sentence.start, cand.sentence.end)
    )


def _names_supplier(hit: Hit, cand: Candidate, low: str, lex: Lexicon) -> bool:
    """Whether ``hit`` names the supplier of ``cand``: the state, its people's adjective ("opted for the Chinese
    system") or a named system of its make ("but chose the F-35")."""
    if hit.kind is Kind.ACTOR:
        return hit.value == cand.supplier
    if hit.kind is Kind.DEMONYM:  # not one of a two-country adjective ("det norsk-amerikanske systemet")
        return hit.value == cand.supplier and "-" not in low[hit.word_start : hit.word_end]
    return hit.kind is Kind.WEAPON and hit.named and lex.origin_of_system(low[hit.start : hit.end]) == cand.supplier


def _pressed_by(before: str) -> bool:
    """Whether the words just before an actor make it one who pressed for the choice, not the chosen one ("valgte
    det danske tilbudet etter press fra Washington")."""
    return any(w in before for w in shared().pressure_words)


_PRESSURE_REACH = 20  # characters before an actor where a word of pressure makes it the one who pressed (not
# "auf Anraten Norwegens das IRIS-T": the system chosen)


def _told_within(cand: Candidate, low: str, span: tuple[int, int] | None) -> bool:
    """Whether every weapon term of ``cand`` is told (first) inside ``span`` of its sentence."""
    if span is None or span[0] < 0 or not cand.terms:
        return False
    lo, hi = span
    places = [p for t in cand.terms if (p := low.find(t.lower(), cand.sentence.start, cand.sentence.end)) >= 0]
    return bool(places) and all(lo <= p < hi for p in places)


_NOT_PREFERRED = ("allt", "to ", "an ", "til ", "till ", "from ", "fra ", "från ", "frå ", "zu ", "å ", "att ", "at ")
_THAT = (" for at ", " om at ", " om, at ", ", at ", " that ", " dass ", " att ", " på at ", " på att ", " for å ")
_CLAUSE_ENDS = (", og ", ", and ", ", und ", ", och ", ", samt ", "; ", ", men ", ", but ", ", aber ")


def _chooses(said: str, at: int, lex: Lexicon) -> bool:
    """Whether the words right after a verb of choosing at ``at`` leave it a choice of something: not one negated ("but
    chose not to send") nor one to do anything but buy ("men valgte at vente med beslutningen"; "men valgte til sidst
    at købe" and "har valt att satsa på" choose)."""
    words = [w.strip(".,;:") for w in said[at : at + 60].split()[: _CHOICE_ADVERBS + 2]]
    if words[:1] and words[0] in lex.negation:
        return False
    # an infinitive, perhaps after an adverb: "men valgte i stedet å sende 8 stridsvogner" chose no rival
    marker = next((k for k, w in enumerate(words[: _CHOICE_ADVERBS + 1]) if w in shared().infinitive_markers), -1)
    if marker >= 0:
        return words[marker + 1 :] != [] and words[marker + 1].startswith(shared().choice_infinitives)
    return True


_CHOICE_ADVERBS = 3  # words between a verb of choosing and its infinitive marker: "valgte til sidst at købe"


def _rivals_end(said: str, start: int, lex: Lexicon) -> int:
    """Where the systems a winner competed with end: a comma or the next verb, else the clause's end."""
    end = _clause_end(said, start)
    comma = said.find(",", start, end)
    if comma >= 0:
        end = comma
    at = start
    for word in said[start:end].split():
        found = said.find(word, at)
        if word.strip(".,;:") in lex.verb_forms:
            return found
        at = found + len(word)
    return end


def _clause_end(said: str, start: int) -> int:
    """The offset in ``said`` where the clause running from ``start`` ends (a coordinated clause or the end)."""
    ends = [k for e in _CLAUSE_ENDS if (k := said.find(e, start)) >= 0]
    return min(ends, default=len(said))


def _licences_misread(candidates: list[Candidate], low: str, found: Scan, lex: Lexicon) -> list[Candidate]:
    """Drop a technology transfer whose supplier is the buyer of the hardware in its own sentence, or whose
    recipient made that hardware.

    "Brasil har bestilt 36 Gripen, og flere av dem settes sammen på lisens": the buyer is the subject, so the
    licence was read as Brazil's to give. The local production pass then gives it the hardware's pair. "Japan
    har sendt Patriot-missiler, som er produsert på lisens i Japan, til USA": the licence is the American maker's,
    so Japan gives the United States no technology.
    """
    common = shared()
    licence = (*common.licensed_production, *common.local_assembly)
    # only a licence or local making: "Turkey, which bought Eurofighters from Britain, has transferred drone
    # technology to Pakistan" keeps its transfer
    licensed = [
        c for c in candidates if c.weapon == "technology_transfer" and any(t.lower() in licence for t in c.terms)
    ]
    if not licensed:
        return candidates  # most articles: no licence told
    bought = {(c.sentence.start, c.recipient): c.supplier for c in candidates if c.weapon not in GENERAL and c.supplier}
    makers: dict[int, set[str | None]] = {}  # the makers of the systems each licence sentence names
    for c in licensed:
        if c.sentence.start not in makers:
            makers[c.sentence.start] = _named_makers(found.inside(c.sentence.start, c.sentence.end), low, lex)
    # hardware whose buyer made the system the sentence names: "Patriot-missiler ... til USA"
    sent_to_maker = {
        (c.sentence.start, c.supplier, c.recipient)
        for c in candidates
        if c.weapon not in GENERAL and c.recipient in makers.get(c.sentence.start, ())
    }
    misread = {
        id(c)
        for c in licensed
        if bought.get((c.sentence.start, c.supplier), c.recipient) != c.recipient  # not an exchange's know-how
        or (c.sentence.start, c.supplier, c.recipient) in sent_to_maker
    }
    return [c for c in candidates if id(c) not in misread]


def _named_makers(hits: list[Hit], low: str, lex: Lexicon) -> set[str | None]:
    """The makers' states of the systems a sentence names ("Patriot" -> US)."""
    return {lex.origin_of_system(low[h.start : h.end]) for h in hits if h.kind is Kind.WEAPON}


def _gave(cand: Candidate, giver: str | None, makers: set[str] | None) -> bool:
    """Whether ``cand`` is hardware that ``giver`` supplied (any, when None) to one of ``makers`` (any, when
    None)."""
    return (giver is None or cand.supplier == giver) and (makers is None or cand.recipient in makers)


def _same_kind(source: Candidate, hits: list[Hit]) -> bool:
    """Whether the hardware a sentence names (if any) includes the kind ``source`` transfers."""
    kinds = {h.value for h in hits if h.kind is Kind.WEAPON and h.value not in GENERAL}
    return not kinds or source.weapon in kinds


def _goal(low: str) -> bool:
    """Whether a sentence tells a goal ("The goal is 6,000 drones by 2025", "Målet är 18 pjäser", "Ziel sind 5000
    Stück"): a goal word before a copula or a colon. A number told after a transfer is then no amount of it; not for
    a goal word of another sense ("skal brukes mot russiske mål", "erreichten ihr Ziel")."""
    words = re.findall(r"\w+|:", low)
    goals = shared().goal_words
    if not shared().goal_met.isdisjoint(words):
        return False  # "Insgesamt 18 Stück – damit ist das Ziel erreicht": a count that met it
    # the goal word, its copula or colon, then the number: not "Ziel der Lieferung ist Charkiw, wo 12 Stück ..."
    return any(
        w in goals
        and any(
            (nxt in COPULAS or nxt == ":") and any(x[:1].isdigit() for x in words[j + 1 : j + 1 + _GOAL_NUMBER])
            for j, nxt in enumerate(words[k + 1 : k + 1 + _GOAL_REACH], k + 1)
        )
        for k, w in enumerate(words)
    )


_GOAL_REACH = 3  # words from a goal word to its copula or colon: "Das Ziel der Firma: 700.000 Schuss"
_GOAL_NUMBER = 2  # words from the copula to the number: "Målet är minst 18 pjäser"


def _makes(low: str) -> bool:
    """Whether a sentence tells making: a word starting like one of ``making``."""
    making = shared().making
    return any(word.startswith(making) for word in low.split())


def _production_phrases(low: str, found: Scan) -> list[tuple[int, int, str, bool, str | None, bool]]:
    """The production phrases of a text, in order, as (start, end, phrase, licensed, giver, own):

    - the fixed phrases (``licensed_production``, ``local_assembly``), licensed when they tell a licence or
      know-how by themselves;
    - "med fransk teknologi", "mit iranischer Hilfe": a state's adjective between a preposition and know-how,
      licensed, and ``giver`` the state;
    - "selv producerer", "its own version": making by oneself, licensed and ``own``.

    One automaton pass finds all three kinds; only their few matches are looked at closely."""
    phrases: list[tuple[int, int, str, bool, str | None, bool]] = []
    common = shared()
    n = len(low)
    for end, (kind, phrase, licensed) in _production_automaton().iter(low):
        start = end + 1 - len(phrase)
        if kind == "fixed":
            phrases.append((start, end, phrase, licensed, None, False))
        elif kind == "placed":
            # "en del av vognene skal bygges i Polen": the state right after the phrase, under a deal's modal and
            # outside a relative clause; "Kanonen produceres i Ukraine" tells only where a bought gun is made
            place = next((h for h in found.inside(end + 1, end + 40) if h.kind is Kind.ACTOR), None)
            before = low[max(0, start - 40) : start].split()
            if (
                place is not None
                and place.start <= end + 3
                and common.relatives.isdisjoint(before[-2:])
                and not common.modals.isdisjoint(before[-3:])
            ):
                phrases.append((start, end, phrase, False, None, False))
        elif kind == "know":
            # the two words before the know-how noun: a preposition and a state's adjective
            before = low[max(0, start - _KNOW_HOW_BACK) : start].split()
            if len(before) < 2 or before[-2] not in common.with_know_how:
                continue
            adjective = start - len(before[-1])
            giver = next((h.value for h in found.inside(adjective, start) if h.kind is Kind.DEMONYM), None)
            if giver is not None:
                opens = adjective - 1 - len(before[-2])
                phrases.append((opens, end, low[opens : end + 1], True, giver, False))
        else:
            if (start > 0 and (low[start - 1].isalnum() or low[start - 1] == "-")) or (
                end + 1 < n and (low[end + 1].isalnum() or low[end + 1] == "-")
            ):
                continue  # inside a longer word
            after = low[end + 1 : end + 13].split()
            if word_before(low, start) in common.self_made_not_after or (
                after and after[0] in common.self_made_not_before
            ):
                continue  # "forsvare seg sjølv", "selv om": no making
            phrases.append((start, end, phrase, True, None, True))
    phrases.sort()
    return phrases


@cache
def _production_automaton() -> ahocorasick.Automaton:
    """One automaton for the production phrases: the fixed ones (with whether they tell a licence or know-how by
    themselves), the know-how nouns at a word start (" teknologi") and the words of making by oneself. A pass
    over the text costs a few microseconds."""
    common = shared()
    entries: dict[str, tuple[str, bool]] = {fold(w): ("fixed", False) for w in common.local_assembly}
    entries.update({fold(w): ("fixed", True) for w in common.licensed_production})
    entries.update({fold(w): ("placed", False) for w in common.placed_making})
    entries.update({f" {w}": ("know", True) for w in common.know_how_nouns})  # the space: at a word start
    entries.update(dict.fromkeys(common.self_made, ("own", True)))
    automaton = ahocorasick.Automaton()
    for key, (kind, licensed) in entries.items():
        automaton.add_word(key, (kind, key, licensed))
    automaton.make_automaton()
    return automaton


def _named_system(term: str, lex: Lexicon) -> bool:
    """A named system ("CV90", "HIMARS", "Gripen"), not a kind of weapon ("Kampfjets")."""
    if any(c.isdigit() for c in term) or (len(term) > 2 and term.isupper()):
        return True
    return lex.origin_of_system(term) is not None


def _system_makers(candidates: list[Candidate], lex: Lexicon) -> dict[str, str]:
    """The one supplier each named weapon term has in the article's complete transfers ("puls" -> IL)."""
    found: dict[str, set[str]] = {}
    for cand in candidates:
        if cand.supplier is None or cand.recipient is None or cand.generic:
            continue
        for term in cand.terms:
            if _named_system(term, lex):
                found.setdefault(term.lower(), set()).add(cand.supplier)
    return {term: next(iter(sups)) for term, sups in found.items() if len(sups) == 1}


# kinds a bare "system" may stand for (not "the system arrived" after military equipment and aircraft)
_SYSTEM_KINDS = frozenset(
    {"air_defence", "rockets_artillery", "missiles_cruise", "missiles_ballistic", "artillery_systems"}
)


def _refer_back(candidates: list[Candidate], lex: Lexicon, scanned: tuple[Scan, SentenceIndex]) -> None:
    """Give a loose missile word the kind the pair's (else the seller's) named missiles have elsewhere in the article.

    "Teheran dementiert die Lieferung ballistischer Raketen ... Iran habe etwa 400 Raketen geschickt":
    the 400 "Raketen" are the ballistic missiles, not rocket artillery. With no named missiles of the pair or the
    seller, the one kind of the missile systems the article names before ("Storm Shadow og SCALP har vore i bruk
    sidan 2023. Britane og franskmennene har sendt eit ukjent tal missil til Ukraina": cruise missiles). A system
    word read as general equipment ("the Korean system" after "US arms") takes the one specific kind its seller
    sells in the article.
    """
    kinds: dict[tuple[str | None, str | None], str] = {}
    sold: dict[str | None, set[str]] = {}
    specific: dict[str | None, set[str]] = {}
    for cand in candidates:
        if not cand.generic and cand.weapon not in GENERAL:
            specific.setdefault(cand.supplier, set()).add(cand.weapon)
            if cand.weapon in MISSILE_FAMILY:
                kinds.setdefault((cand.supplier, cand.recipient), cand.weapon)
                if cand.weapon != "air_defence":  # a seller's named air defence says nothing of its loose "missiles"
                    sold.setdefault(cand.supplier, set()).add(cand.weapon)
    for cand in candidates:
        if (
            cand.weapon == "small_arms"
            and all(term.lower() in _GUNS for term in cand.terms)
            and "artillery_systems" in specific.get(cand.supplier, set())
        ):
            cand.weapon = "artillery_systems"  # "The Archer guns" after Archer howitzers: the howitzers
            continue
        if (
            cand.generic
            and cand.weapon == "military_equipment_general"
            and cand.supplier is not None
            and cand.terms[0].lower() in lex.system_words
            and len(own := specific.get(cand.supplier, set())) == 1
            and not own.isdisjoint(_SYSTEM_KINDS)
        ):
            cand.weapon = next(iter(own))
    for cand in candidates:
        if not cand.generic or cand.weapon not in MISSILE_FAMILY:
            continue
        kind = kinds.get((cand.supplier, cand.recipient))
        own = sold.get(cand.supplier, set())
        if not fold(cand.terms[0]).startswith(_ROCKET_WORDS) and len(own) > 1:
            own = own - {"rockets_artillery"}  # "the missile" after Pinaka launchers and BrahMos: the missile
        if kind is None and len(own) == 1:
            # "Også Vietnam skal ha forhandla med India om det same missilet": the one kind the seller sells here
            kind = next(iter(own))
        if kind is None and not own and not fold(cand.terms[0]).startswith(_ROCKET_WORDS):
            # "raketter" may well be rocket artillery whatever missiles the article named before
            told = {
                h.value
                for h in scanned[0].inside(0, cand.sentence.start)
                if h.kind is Kind.WEAPON and h.named and h.value in MISSILE_FAMILY and _told_of(h, cand, scanned, lex)
            }
            kind = next(iter(told)) if len(told) == 1 else None
        if kind is not None:
            cand.weapon = kind


def _told_of(system: Hit, cand: Candidate, scanned: tuple[Scan, SentenceIndex], lex: Lexicon) -> bool:
    """True when a named missile system told before may say what a transfer's loose "missiles" are: its sentence
    names a party of the transfer or none, it is not the recipient's own make ("Russia's S-400 ... Iran sent hundreds of
    missiles to Russia"), and nothing strikes or uses it there ("Russia destroyed a Patriot battery near Kyiv";
    "Ukraine struck the Kerch bridge with Storm Shadow missiles. Russia received 1,000 missiles from Iran")."""
    found, index = scanned
    sentence = index.at(system.start)
    if sentence is None:
        return False
    if lex.origin_of_system(index.text[system.start : system.end].lower()) == cand.recipient:
        return False
    hits = found.inside(sentence.start, sentence.end)
    named = {h.value for h in hits if h.kind is not Kind.WEAPON}
    if named and cand.supplier not in named and cand.recipient not in named:
        return False  # a sentence naming only others (one naming no party at all may describe the system)
    said = list(index.text[sentence.start : sentence.end].lower())
    for h in hits:
        if h.kind is Kind.WEAPON:  # "Storm Shadow" is no storming
            said[h.start - sentence.start : h.end - sentence.start] = " " * (h.end - h.start)
    return not any(word.startswith(lex.not_held) for word in "".join(said).split())


def _kept(cand: Candidate) -> tuple[str, str] | None:
    """The pair of a complete transfer sure enough to report, between parties that are not blocs (``BLOCS``) nor
    at war with each other (``Shared.hostile``)."""
    supplier, recipient = cand.supplier, cand.recipient
    if cand.confidence < _MIN_CONFIDENCE or supplier is None or recipient is None:
        return None
    if supplier in BLOCS or recipient in BLOCS or frozenset((supplier, recipient)) in shared().hostile:
        return None
    return supplier, recipient


def _definite(cand: Candidate) -> int:
    """How definite a candidate's status is (lower is more); a delivery told in part ("the first two of 12
    helicopters") is as definite as a delivery, above the deal it delivers on."""
    if cand.status is Status.ONGOING and cand.amount is not None and cand.amount.partial:
        return _STATUS_RANK[Status.DELIVERED]
    return _STATUS_RANK[cand.status]


def _merge(
    candidates: list[Candidate],
    text: str,
    title: str | None,
    lex: Lexicon,
    scanned: tuple[Scan, SentenceIndex],
    read: tuple[str, dict[int, Reading]],
) -> list[Mention]:
    _refer_back(candidates, lex, scanned)
    best: dict[tuple[str, str, str], Candidate] = {}
    quantities: dict[tuple[str, str, str], Candidate | None] = {}  # whose amount is the quantity
    terms: dict[tuple[str, str, str], list[str]] = {}
    for cand in candidates:
        if (pair := _kept(cand)) is None:
            continue
        key = (*pair, cand.weapon)
        if key not in best:
            best[key], terms[key] = cand, list(cand.terms)
            quantities[key] = cand if cand.amount is not None else None
            continue
        terms[key].extend(cand.terms)
        if _better_amount(cand, quantities[key], text) or _totals_order(cand, quantities[key], text, lex):
            quantities[key] = cand
        keep = best[key].beside_specific and cand.beside_specific
        generic = best[key].generic and cand.generic
        if (cand.confidence, -_definite(cand)) > (best[key].confidence, -_definite(best[key])):
            best[key] = cand
        best[key].beside_specific = keep
        best[key].generic = generic
    specific_pairs = {(k[0], k[1]) for k in best if k[2] not in ("military_equipment_general", "technology_transfer")}
    for key in [
        k
        for k, c in best.items()
        if k[2] == "military_equipment_general" and (c.beside_specific or c.confidence <= _CONTEXT_CONFIDENCE)
    ]:
        if (key[0], key[1]) in specific_pairs:
            # "munitions and related materiel", or "weapons" whose side came from context: the general
            # word adds nothing to the pair's named weapons
            del best[key]
    missiles = {"missiles_cruise", "air_defence", "missiles_ballistic", "rockets_artillery"}
    for key in [k for k, c in best.items() if c.generic and k[2] in missiles]:
        if any((k[0], k[1]) == (key[0], key[1]) and k[2] in missiles and k != key for k in best):
            del best[key]  # "missilerne" refers back to the pair's named missiles
    _stray_counts(best, quantities, text, lex, scanned, read)
    in_title = title_parties(title, lex)
    mentions: list[Mention] = []
    for key, cand in best.items():
        cand.terms = terms[key]
        if cand.supplier in in_title and cand.recipient in in_title:
            cand.confidence = min(1.0, cand.confidence + 0.05)
        counted = quantities[key]
        if counted is not None and (total := _order_total(counted, text, lex)) is not None:
            counted = replace(counted, amount=total, unit=total.counted or counted.unit)
        mentions.append(_mention(cand, text, _quantity(counted, text) if counted is not None else None))
    return mentions


def _stray_counts(
    best: dict[tuple[str, str, str], Candidate],
    quantities: dict[tuple[str, str, str], Candidate | None],
    text: str,
    lex: Lexicon,
    scanned: tuple[Scan, SentenceIndex],
    read: tuple[str, dict[int, Reading]],
) -> None:
    """Give a transfer with no amount the count of its kind told elsewhere in the article, when it is the one pair
    of that kind: "Blandt det dokumenterede udstyr er mindst et dusin langtrækkende droner", "No forhandlar partane
    om tre ytterlegare ubåtar". The sentence names no other party and tells no making, goal or equivalence, and the
    count stands right before the weapon word (:func:`_counts_kind`). Two different counts of the kind give none:
    which one is the transfer's is not told."""
    pairs: dict[str, set[tuple[str, str]]] = {}
    for key in best:
        pairs.setdefault(key[2], set()).add((key[0], key[1]))
    open_keys = {k[2]: k for k in best if quantities[k] is None and k[2] not in GENERAL and len(pairs[k[2]]) == 1}
    if not open_keys:
        return
    found, index = scanned
    low, readings = read
    links, equal = shared().related_links, shared().equal_to
    told: dict[str, list[Amount]] = {}
    done: set[int] = set()
    for mark in found.weapons:
        sentence = index.at(mark.start)
        if sentence is None or sentence.start in done:
            continue
        done.add(sentence.start)
        if lex.number_hint is not None and not lex.number_hint.found(low, sentence.start, sentence.end):
            continue
        hits = found.inside(sentence.start, sentence.end)
        if not any(h.kind is Kind.WEAPON and h.value in open_keys for h in hits):
            continue  # most sentences: no weapon word of an open kind (a kind a modifier gives a loose word is missed)
        said = low[sentence.start : sentence.end]
        if low.startswith(links, sentence.start) or _makes(said) or _goal(said):
            continue
        if not equal.isdisjoint(said.split()):
            continue  # "Det motsvarar ungefär sex miljoner granater": a measure of something told, not a count
        tokens = tokenize(text, sentence.start, sentence.end)
        reading = readings.get(sentence.start) or read_sentence(text, sentence, tokens, hits, lex)
        refs: list[WeaponRef] | None = None
        for weapon, (supplier, recipient, _kind) in open_keys.items():
            if not set(reading.actors) <= {supplier, recipient}:
                continue  # "Polen bekam 50 Panzer": another party's count
            amounts = [
                c.amount
                for c in reading.candidates
                if c.weapon == weapon
                and c.amount is not None
                and not c.amount.inferred
                and c.amount.currency is None
                and c.supplier in (None, supplier)
                and c.recipient in (None, recipient)
            ]
            if (count := reading.counts.get(weapon)) is not None:
                amounts.append(count)
            if not amounts:
                continue
            if refs is None:
                refs = weapon_refs(text, hits, hit_tokens(tokens, hits), lex.non_heads, lex.compound_heads)
            told.setdefault(weapon, []).extend(a for a in amounts if _counts_kind(a, weapon, refs, tokens, text))
    for weapon, key in open_keys.items():
        amounts = told.get(weapon, [])
        if len({a.value for a in amounts}) == 1:
            count = amounts[0]
            quantities[key] = replace(best[key], amount=count, unit=count.counted)


_STRAY_GAP = 2  # words between a stray count and the weapon it counts: "50 motorar til dronar"


def _counts_kind(count: Amount, weapon: str, refs: list[WeaponRef], tokens: list[Token], text: str) -> bool:
    """Whether the first weapon word after ``count`` is of kind ``weapon``, at most ``_STRAY_GAP`` words on; parts
    for it count it ("meir enn 50 motorar til dronar")."""
    after = next((r for r in refs if tokens[r.tok].start >= count.end and r.category != "technology_transfer"), None)
    if after is None or after.category != weapon:
        return False
    return len(text[count.end : tokens[after.tok].start].split()) <= _STRAY_GAP


def _totals_order(new: Candidate, old: Candidate | None, text: str, lex: Lexicon) -> bool:
    """Whether ``new`` tells the order whose first items ``old`` counted ("38 amerikanske stridsvogner kom til
    hamna", then "dei første 38 av i alt 108", read as 108 or with 38 and its total): the order's size wins."""
    if old is None or old.amount is None or new.amount is None or old.amount.currency or new.amount.currency:
        return False
    if new.amount.value == old.amount.value:
        return _order_total(new, text, lex) is not None and _order_total(old, text, lex) is None
    part = text[old.amount.start : old.amount.end]
    said = text[new.sentence.start : new.amount.start].lower()
    if new.amount.value <= old.amount.value:
        return False
    # "Seks brukte F-16-kampfly landa torsdag", then "Flya er dei første av i alt 24 som Argentina kjøpte": the
    # first items' delivery, then the order's size (not a total whose pair came from the article's context, nor
    # an older order's after a new contract)
    return any(f"{part} {w} " in said for w in _OF) or (
        old.status is Status.DELIVERED
        and new.confidence > _CONTEXT_CONFIDENCE
        and follows_firsts([w.strip(".,;:") for w in said.split()])
        and _counts_next(new.amount, new, text)
    )


def _counts_next(total: Amount, cand: Candidate, text: str) -> bool:
    """Whether the word right after an order's size leaves it counting the candidate's weapons: none, a relative, an
    order's tail or the weapon's own word ("av i alt 24 som", "of 24 F-16s"), not "det første av 12 land som har
    sendt kampfly"."""
    after = text[total.end : total.end + _TOTAL_REACH].split()
    raw = after[0].strip(".,;:") if after else ""
    word = raw.lower()
    words = shared()
    if not word or not word[0].isalpha() or word in words.relatives or word in words.order_tail or raw[0].isupper():
        return True  # nothing else counted, or the buyer's name ("de første av tolv Estland har bestilt")
    if any(c.isdigit() for c in word):
        return True  # a named system ("of 24 F-16s")
    return any(word.startswith(t.lower()[:5]) for t in cand.terms if len(t) >= 3)


_OF = frozenset({"af", "av", "of", "von", "aus"})
_TOTAL_REACH = 40  # characters from a first delivery's count to the order's size after it


def _order_total(cand: Candidate, text: str, lex: Lexicon) -> Amount | None:
    """The order's size told in the same sentence as its first items: "de første seks av 24 brukte F-16-kampfly",
    "de første 38 af i alt 108 kampvogne", "the first of 24 AW109 Trekker aircraft" (gold records an order partly
    delivered with the order's size). None when the sentence tells no such total."""
    amount = cand.amount
    if amount is None or amount.currency is not None:
        return None
    sentence = cand.sentence
    firsts = shared().first_items
    said = text[sentence.start : sentence.end].lower()
    if not any(w in said for w in firsts):
        return None  # most sentences: no first items (the cheap first test)
    first = _first_delivery(amount, text)
    for total in find_amounts(tokenize(text, sentence.start, sentence.end), lex):
        if total.currency is not None or total.value <= amount.value or total.vague:
            continue
        before = [
            w.strip(".,;:") for w in text[max(sentence.start, total.start - _TOTAL_REACH) : total.start].lower().split()
        ]
        while before and before[-1] in shared().order_total_words:
            before.pop()
        if len(before) < 2 or before[-1] not in _OF:
            continue
        if (before[-2] in firsts or (first and amount.end <= total.start <= amount.end + _TOTAL_REACH)) and _counts_the(
            total, cand, text
        ):
            return total
    return None


def _counts_the(total: Amount, cand: Candidate, text: str) -> bool:
    """Whether an order's size counts the candidate's weapons: its word follows ("af i alt 108 kampvogne", "of 24
    AW109 aircraft") or nothing else does ("av dei 24 som Nigeria har bestilt"); not "one of 30 factories", "ett av 12
    land", "der erste von 10 Schritten"."""
    after = text[total.end : total.end + _TOTAL_REACH].lower()
    word = after.split()[0].strip(".,;:") if after.split() else ""
    if not word or after.lstrip()[:1] in ",.;:" or word in shared().relatives or any(c.isdigit() for c in word):
        return True  # nothing else counted, or a named system ("of 24 AW109 Trekker aircraft")
    if word in shared().order_tail:
        return True  # "the first of 24 on order", "the first of six it ordered in 2023"
    stems = [t.lower()[:5] for t in cand.terms if len(t) >= 3]
    return any(stem in after for stem in stems)
