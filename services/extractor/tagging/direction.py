"""Which way a transfer goes in one sentence: the transfer cue and the roles of the actors around it.

The cue is a verb or noun with a role (supplying, receiving, buying, ordering, requesting, pledging,
using, containing, being a supplier); prepositions, clause position and genitives decide who is
the supplier and who the recipient.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from services.extractor.tagging.lexicon import CLAUSE_BREAKS, Kind, Lexicon, shared
from services.extractor.tagging.roles import (
    ARTICLES,
    CASE_ARTICLES,
    COPULAS,
    PARTICLE_REACH,
    ActorRef,
    WeaponRef,
    after_name,
    clause_of,
    new_clause_subject,
    relying_cue,
)
from services.extractor.tagging.scanning import Hit
from services.extractor.tagging.sentences import Token
from services.extractor.tagging.status import negated

RECEIVING = frozenset({"receive", "buy", "order", "use"})
GIVING = frozenset({"supply", "pledge"})
# verbs of where weapons stem from: "stammen aus", "originate from", and the generic "come from" read as one only with
# a weapon as its subject (``come``: its holder is one told before, see _come_from)
ORIGINS = frozenset({"origin", "come"})
_LOCAL = 3
_BEFORE_WEAPON = 4
_NAME_WORDS = 3
_COORDINATED = 3
_BESIDE = 2
_TRANSIT_CONFIDENCE = 0.6
_NOUN_ROLES = ("supplier", "supply", "aid", "buy")
_ORDER_REACH = 5
_AGREEMENT_REACH = 5  # words from "tecknade" to its noun: "tecknade Polen i fjol ett ramavtal"
_INVERTED = 3  # tokens from a verb to an inverted subject: verb, article, adjective, name
_LOCATIVE = frozenset({"i", "in"})  # "die Regierung in Addis Abeba", "regjeringen i Kyiv"
_PARTICLE_REACH_LAST = 12  # German: "sagte der Ukraine am Dienstag weitere vier Patriot-Systeme zu"
_ENDS = frozenset({".", "!", "?", '"', "»", "und", "oder", "sowie"})
_MIN_COMPOUND = 6
_BORDER_REACH = 5  # tokens after the verb: an article, a length, its unit and "border"
_PARTNER_ONLY = frozenset({"partner"})
_WITH_REACH = 4  # words from "arms"/"armed" to its object, and from the object to "with"
_OF_REACH = 5  # words after a noun-like verb where "of" tells its object ("the transfer today to Ukraine of")
_PREP_GAP = 3  # "med den ghanesiske flåde": the preposition, an article and an adjective before a name
_BUILT_FOR = frozenset({"for"})  # "byggjer fire korvettar for Pakistan": a Scandinavian "for" after a building verb
_RELATIVES = frozenset({"som", "which", "who", "that", "das", "die", "der", "welche", "welcher", "hvilket", "vilket"})
_ORIGINALLY = frozenset(
    {
        "opprinnelig",
        "opprinneleg",
        "opphavleg",
        "oprindeligt",
        "oprindelig",
        "ursprungligen",
        "ursprunglig",
        "originally",
        "ursprünglich",
        "først",
        "first",
    }
)
_DEALING = frozenset({"sign", "talk"})  # verbs of a deal that tell no direction of their own
_GETTING_AFTER = frozenset({"receive", "arrive"})  # "..., which the army expects to receive": the signer's getting
_JOINT = frozenset({"partner"})  # "Sverige och Ukraina har undertecknat": signing together
# "Også USA har vorte ein viktig leverandør til India", "has become", "ist geworden": a state becoming one
BECOMING = frozenset({"blevet", "blitt", "vorte", "vorten", "blivit", "geworden", "become", "remains", "remain"})
_PARTITIVE = frozenset({"agent", "source_buy"})  # "De fleste av houthienes raketter": "av" before the holder
_COME_PHRASE = 3  # words of a weapon's noun phrase before it, searched for a preposition: "i de russiske Geran-droner"


class Cue(NamedTuple):
    """The transfer cue that sets a sentence's direction (a tuple: cheap to make, one per verb)."""

    role: str
    tok: int
    tense: str | None
    passive: bool
    is_verb: bool


def find_cues(
    tokens: list[Token],
    hits: list[Hit],
    tok_of: dict[int, int],
    norm: str,
    found: dict[str, tuple[int, int]],
    lex: Lexicon,
    actors: list[ActorRef],
) -> tuple[Cue | None, list[Cue], list[Cue]]:
    """Return the sentence's main transfer cue, its transfer verbs and its transfer nouns.

    ``found`` holds the phrase groups of ``norm`` (``PhraseMatcher.find_all``).
    """
    table = lex.verbs
    words = shared()
    verbs = [
        (i, table[t.low])
        for i, t in enumerate(tokens)
        if t.low in table
        and not (table[t.low][0] in GIVING and i + 1 < len(tokens) and tokens[i + 1].low in _REFLEXIVE)
        and not (table[t.low][0] in GIVING and _banned(tokens, i))
        and not (t.low.startswith(_LEASING) and _leases_no_weapon(tokens, i))
        and not (table[t.low][1] == "passivepast" and lex.capital_nouns and _attributive_no_giver(tokens, i, lex))
        and not (t.low in words.flying and not _flies_weapon(tokens, i, hits, tok_of, actors, lex))
    ]
    if len(flown := [v for v in verbs if tokens[v[0]].low in words.flying]) > 1:
        # "Algeriet flyver russiske Su-35, mens Marokko flyver amerikanske F-16": one cue would lend its flyer to both;
        # each clause's holder reads its own (``relations._holder``)
        verbs = [v for v in verbs if v not in flown]
    if flown:
        # "the UAE had flown weapons to the RSF", "fløj jord-til-luft-missiler til RSF": flown to a party, supplied
        verbs = [
            (i, ("supply", m[1]) if (i, m) in flown and _flown_to(tokens, i, actors, lex) else m) for i, m in verbs
        ]
    verbs += [
        (i, ("supply", "past" if t.low.endswith("ed") else "continuing"))
        for i, t in enumerate(tokens)
        if t.low in shared().with_verbs and _arms_whom(tokens, i, actors, hits, tok_of)
    ]  # "Iran armed Hezbollah with rockets": not in the verb table, where "arms" and "armed" would read as verbs
    verbs += [
        (i, ("supply", "past" if t.low in words.brought else "present"))
        for i, t in enumerate(tokens)
        if (t.low in words.brought or t.low in words.bring) and _brought_to(tokens, i, hits, tok_of, actors, lex)
    ]  # "Russland hat Flugabwehrsysteme nach Nordkorea gebracht": not in the verb table ("brought to justice")
    if lex.capital_nouns and any(m[1] == "passivepast" for _i, m in verbs) and any(m[0] == "arrive" for _i, m in verbs):
        # "Die 18 von Deutschland gelieferten Leopard-Panzer sind in der Ukraine angekommen": the arrival tells it
        verbs = [(i, m) for i, m in verbs if not (m[1] == "passivepast" and tokens[i].low.endswith(_ATTRIBUTIVE))]
    if verbs and not shared().borders.isdisjoint(t.low for t in tokens):
        # "Finland, which shares a 1,340km border with Russia": a verb whose object is a border (not "seized by
        # Border Force officers")
        verbs = [v for v in verbs if not _border_object(tokens, v[0])]
    if verbs and (phrases := [h for h in hits if h.kind is Kind.NOUN and tokens[tok_of[h.start]].end < h.end]):
        # "the first export customer": a word of a longer transfer noun of another role is no verb
        verbs = [
            v for v in verbs if not any(h.start <= tokens[v[0]].start < h.end and h.value != v[1][0] for h in phrases)
        ]
    if any(group.startswith("verb:") for group in found):
        for phrase, meaning in lex.verb_phrases.items():
            at = found.get(f"verb:{phrase}")
            if at is not None:
                verbs.append((norm[: at[0] + 1].count(" ") - 1 + phrase.count(" "), meaning))
    if lex.cargo_origin and not any(role in ORIGINS for _i, (role, _t) in verbs):
        verbs.extend(_come_from(tokens, hits, tok_of, actors, lex))
    if lex.particle_verbs:
        verbs.extend(_split_particle_verbs(tokens, lex))
    if lex.enter_verbs:
        taken = {i for i, _meaning in verbs}
        verbs.extend(v for v in _entering(tokens, lex) if v[0] not in taken)
    verbs.sort(key=lambda v: v[0])
    marker = found.get("passive")
    # a passive auxiliary governs the verbs on its side of a semicolon only ("X hatte Y ... überlassen;
    # inzwischen werden die Fluggeräte ... gebaut"); an infinitive after it is a future ("wird ... liefern")
    passive_tok = norm[: marker[0] + 1].count(" ") - 1 if marker is not None else -1
    verbs = [
        (i, ("order" if role == "choose" else role, _resolve(tense, tokens, i, lex)))
        for i, (role, tense) in verbs
        if not _attributive(role, i, tokens, lex)
        and not _noun_after_article(tense, i, tokens, lex)
        and not (role == "choose" and negated(tokens, i, lex))
        and (role != "build" or _built_for(i, actors, tokens, lex) is not None)
    ]
    if lex.capital_nouns and len(verbs) > 1:
        # "Indien hat den Philippinen die zweite von drei bestellten Küstenbatterien übergeben": a participle
        # between an article or number and its noun is an adjective when another verb tells the transfer
        attributive = [v for v in verbs if _adjectival(tokens, v[0], lex)]
        if attributive and len(attributive) < len(verbs):
            verbs = [v for v in verbs if v not in attributive]
    if relied := {i for i, _meaning in verbs if relying_cue(tokens, i)}:
        # relying on weapons or on a state, not on a decision ("är beroende av regeringens beslut") or on gas; a
        # transfer noun before it is what depends ("The delivery of 40 Eurofighter jets to Turkey depends on approval
        # from Germany", "ist bei Sprengstoff auf Lieferungen aus Spanien angewiesen")
        deal = min((tok_of[h.start] for h in hits if h.kind is Kind.NOUN), default=len(tokens))
        verbs = [v for v in verbs if v[0] not in relied or (deal > v[0] and _relied_on(tokens, v[0], hits, tok_of))]
        # "will rely on know-how and reactor technology transferred from Britain": another verb tells the transfer
        # (not one of listing: "relied heavily on armed drones from Turkey and Iran, including Bayraktar TB2")
        others = [v for v in verbs if v[0] not in relied]
        if any(role not in ("use", "contain", "seize") for _i, (role, _tense) in others):
            verbs = others
    nouns = [
        (tok_of[h.start], h.value) for h in hits if h.kind is Kind.NOUN and not _about_a_clause(tokens, tok_of, h, lex)
    ]
    noun_cues = [Cue(value, tok, None, False, False) for tok, value in nouns if value in _NOUN_ROLES]
    if any(role in _DEALING for _, (role, _t) in verbs):
        # a transfer noun after the weapons tells no other way ("skrev under ett avtal om 17 Gripen, med leveranser
        # mellan 2026 och 2032"); one before them does ("einen Vertrag über die Lieferung von 40 Eurofightern")
        first = min((tok_of[h.start] for h in hits if h.kind is Kind.WEAPON), default=len(tokens))
        # an agreement "for" weapons tells no way of its own ("ble det signert en avtale om 48 KAAN-kampfly")
        told = [c for c in noun_cues if c.tok < first and not _agreement_for(tokens, c.tok, lex)]
        verbs = _signing(verbs, bool(told), bool(noun_cues), actors, tokens)
    transfer = [
        Cue(
            role,
            i,
            "past" if tense == "passivepast" else tense,
            (tense not in ("base", "present") and _passive(tokens, passive_tok, i, lex))
            or tense.startswith("passive")
            or _reduced_passive(tokens, i, tense, hits, lex)
            or _copula_passive(tokens, i, (role, tense), actors, lex),
            True,
        )
        for i, (role, tense) in verbs
        if role not in ("use", "contain", "seize")
    ]
    supplier_noun = next((tok for tok, value in nouns if value == "supplier"), None)
    if supplier_noun is not None and (
        any(a.genitive for a in actors)
        or any("dest" in a.preps and 0 < a.tok - supplier_noun <= _PREP_GAP for a in actors)
    ):
        return Cue("supplier", supplier_noun, None, False, False), transfer, noun_cues  # "Ys største leverandør"
    if transfer:
        return transfer[0], transfer, noun_cues
    for i, (role, tense) in verbs:
        if role == "seize":  # "seized a shipment of Iranian missile parts": the route names the parties
            return Cue(role, i, tense, False, True), transfer, noun_cues
    for wanted in _NOUN_ROLES:
        for tok, value in nouns:
            if value == wanted:
                return Cue(wanted, tok, None, False, False), transfer, noun_cues
    for i, (role, tense) in verbs:
        # "KN-23 missiles have been used by Russia": the agent of a passive use is the user
        passive = (
            role == "use"
            and (
                tense.startswith("passive")
                or (tense not in ("base", "present") and _passive(tokens, passive_tok, i, lex))
                # "er brukte av Russland", "is used by": a copula before a participle of use makes a passive too
                or (
                    tense == "past"
                    and not (lex.passive_auxiliaries | COPULAS).isdisjoint(t.low for t in tokens[max(0, i - 2) : i])
                )
                or _reduced_passive(tokens, i, tense, hits, lex)
            )
        )
        return Cue(role, i, "past" if tense == "passivepast" else tense, passive, True), transfer, noun_cues
    return None, transfer, noun_cues


_RELIED_REACH = 6  # words after the preposition of relying to what is relied on, within its clause: "av amerikansk
# etterretning og britiske Storm Shadow-missiler"
_RELIED_BEFORE = 6  # words before a verb-final "angewiesen" to it: "auf Artilleriegranaten aus Nordkorea angewiesen"


def _relied_on(tokens: list[Token], at: int, hits: list[Hit], tok_of: dict[int, int]) -> bool:
    """Whether what the verb of relying at ``at`` governs is a weapon or a state (not "russisk gass", "amerikanske
    godkjenninger"): after its preposition, or before a German verb-final "angewiesen"/"abhängig"."""
    named = {tok_of[h.start] for h in hits if h.kind is Kind.WEAPON or h.kind is Kind.ACTOR}
    if tokens[at].low in shared().relying:
        span = range(at - 1, max(-1, at - 1 - _RELIED_BEFORE), -1)
    else:
        span = range(at + 1, min(len(tokens), at + 1 + _RELIED_REACH))
    for k in span:
        if tokens[k].low in CLAUSE_BREAKS:
            return False
        if k in named:
            return True
    return False


_FLIGHT_PATH = frozenset({"over", "across", "über", "över"})
_FLOWN_REACH = 2  # tokens from a flown weapon to the relative pronoun after it: "Kfir-plan som", "F-16s, which"


def _flies_weapon(
    tokens: list[Token], at: int, hits: list[Hit], tok_of: dict[int, int], actors: list[ActorRef], lex: Lexicon
) -> bool:
    """Whether the verb of flying at ``at`` governs a weapon, so that it tells use: its object after it in its clause
    ("flyger amerikanska F-16", "has flown Iranian Mohajer drones"), or a weapon before a relative pronoun with the
    flyer named between ("de israeliska Kfir-plan som det colombianska flygvapnet har flugit"). Not a flight: "Two US
    B-1B bombers flew over the Korean Peninsula", "Flyene ble fløyet over Atlanterhavet", "F-16s, which flew"."""
    lo, hi = clause_of(tokens, at, lex)
    if any(t.low.startswith(shared().flight_training) for t in tokens[lo:hi]):
        return False  # "Ukrainska piloter har flugit svenska Gripen under utbildning i Sverige"
    weapons = {tok_of[h.start] for h in hits if h.kind is Kind.WEAPON}
    if any(at < w < hi for w in weapons):
        # a weapon after the verb is its subject in a flight with no flyer named ("Under ceremonien fløj to droner af
        # typen Akinci over paradepladsen"), not before a count ("over 100"); a flyer before the verb may be an
        # adjective of its force ("The Moroccan air force flies Israeli Heron drones over the desert")
        path = any(
            t.low in _FLIGHT_PATH and not tokens[k + 1].low[:1].isdigit() for k, t in enumerate(tokens[at : hi - 1], at)
        )
        return not path or any(lo <= a.tok < hi and not a.preps and (a.tok < at or not a.demonym) for a in actors)
    relatives = shared().relatives
    # back to the token before the clause: a relative pronoun may be the break that opens it ("som", "which")
    rel = next((k for k in range(at - 1, max(lo - 2, -1), -1) if tokens[k].low in relatives), -1)
    return (
        rel > 0
        and any(rel - _FLOWN_REACH <= w < rel for w in weapons)
        and any(rel < a.tok < at for a in actors if not a.preps)
    )


def _flown_to(tokens: list[Token], at: int, actors: list[ActorRef], lex: Lexicon) -> bool:
    """Whether a party is the goal of the verb of flying at ``at``, after it in its clause ("had flown weapons to the
    RSF"): the weapons were flown to it, not flown by it."""
    _lo, hi = clause_of(tokens, at, lex)
    return any("dest" in a.preps and at < a.tok < hi for a in actors)


_PASSIVE_AFTER = frozenset({"worden", "werden", "wurde", "wurden"})  # "nach Darfur gebracht worden"


def _brought_to(
    tokens: list[Token], at: int, hits: list[Hit], tok_of: dict[int, int], actors: list[ActorRef], lex: Lexicon
) -> bool:
    """Whether the verb of bringing at ``at`` brings a weapon to a party in its clause: the weapon, then the party as a
    goal, both after the verb or, verb-final, both before it ("Turkish vessels brought armoured vehicles to Tripoli",
    "dass Russland mehrere Flugabwehrsysteme nach Nordkorea gebracht hat"); not in a passive, nor by soldiers, nor
    with a particle of another sense ("brought forward")."""
    if not lex.passive_auxiliaries.isdisjoint(
        t.low for t in tokens[max(0, at - 3) : at]
    ) or not _PASSIVE_AFTER.isdisjoint(t.low for t in tokens[at + 1 : at + 3]):
        return False
    if at + 1 < len(tokens) and tokens[at + 1].low in shared().bring_particles:
        return False  # "brought forward the delivery of F-35 jets to Poland"
    lo, hi = clause_of(tokens, at, lex)
    if any(t.low.startswith(shared().bearers) for t in tokens[lo:at]):
        return False  # "Japanese soldiers brought the launchers to Australia for the exercise"
    weapons = [w for h in hits if h.kind is Kind.WEAPON and lo <= (w := tok_of[h.start]) < hi]
    goals = [a.tok for a in actors if "dest" in a.preps and lo <= a.tok < hi]
    return any(at < w < g or w < g < at for w in weapons for g in goals)


def _arms_whom(tokens: list[Token], i: int, actors: list[ActorRef], hits: list[Hit], tok_of: dict[int, int]) -> bool:
    """True when "arms"/"armed" at ``i`` is a verb: a party right after it, then "with" ("Iran armed Hezbollah with
    rockets"), not "American arms come with conditions", "armed drones over Somalia with", "armed with machine
    guns"."""
    weapon_toks = {tok_of[h.start] for h in hits if h.kind is Kind.WEAPON}
    return any(
        i < a.tok <= i + _WITH_REACH
        and all(
            t.low in ARTICLES or (not t.text_upper and k > i + 1) for k, t in enumerate(tokens[i + 1 : a.tok], i + 1)
        )
        and (a.tok == i + 1 or tokens[i + 1].low in ARTICLES)  # "armed Hezbollah", "armed the paramilitary RSF"
        and not any(i < w < a.tok for w in weapon_toks)
        and any(w.low == "with" for w in tokens[a.tok + 1 : a.tok + 1 + _WITH_REACH])
        for a in actors
    )


def _reduced_passive(tokens: list[Token], i: int, tense: str, hits: list[Hit], lex: Lexicon) -> bool:
    """A participle right after its weapon with its agent after it, no auxiliary: "Shahed drones supplied by Iran",
    "drones used by Russia", "droner levert av Iran"."""
    if tense != "past" or i < 1 or i + 1 >= len(tokens) or "agent" not in lex.prep_roles.get(tokens[i + 1].low, ()):
        return False
    before = tokens[i - 1]
    return any(h.kind is Kind.WEAPON and before.start < h.end <= before.end for h in hits)


def _copula_passive(
    tokens: list[Token], i: int, meaning: tuple[str, str], actors: list[ActorRef], lex: Lexicon
) -> bool:
    """A copula just before a participle of giving, with the giver named by the agent preposition after it in its
    clause: "Kampflyene til Ukraine er leveret af Danmark", "Stridsvagnarna är levererade till Ukraina av Tyskland"."""
    if meaning[1] != "past" or meaning[0] not in GIVING or COPULAS.isdisjoint(t.low for t in tokens[max(0, i - 2) : i]):
        return False
    _lo, hi = clause_of(tokens, i, lex)
    agents = [a for a in actors if "agent" in a.preps and i < a.tok < hi and not a.demonym]
    # a background line on who first supplied ("Flyene er opprinnelig levert av USA") or "av amerikanske lagre"
    # tells no transfer of its own; the recipient may be named in the sentence or before it ("Ukraine har modtaget
    # 10 kampvogne. Kampvognene er leveret af Danmark.")
    return bool(agents) and not any(t.low in _ORIGINALLY for t in tokens)


def _built_for(verb: int, actors: list[ActorRef], tokens: list[Token], lex: Lexicon) -> ActorRef | None:
    """The buyer a building verb builds for, named after it in its clause ("byggjer korvettar til den pakistanske
    marinen"). With none, the verb tells production ("bygget på lisens", "built by", "bygd opp eit lager") and is no
    cue, so that the sentence's other words tell what it is."""
    lo, hi = clause_of(tokens, verb, lex)
    # after the verb, or fronted before it in its clause ("Für Israel baut das Unternehmen drei Boote")
    return next(
        (
            a
            for a in actors
            if ("dest" in a.preps or any(t.low in _BUILT_FOR for t in tokens[max(lo, a.tok - _PREP_GAP) : a.tok]))
            and lo <= a.tok < hi
            and a.tok != verb
            and not a.attribution
            and a.origin_of < 0
        ),
        None,
    )


def _border_object(tokens: list[Token], verb: int) -> bool:
    """True when a lower-case border word follows the verb closely: "shares a 1,340km border", "deler grense"."""
    borders = shared().borders
    return any(t.low in borders and not t.text_upper for t in tokens[verb + 1 : verb + 1 + _BORDER_REACH])


def _attributive(role: str, i: int, tokens: list[Token], lex: Lexicon) -> bool:
    """A participle used as an adjective after an article or a number: "ein brukt ubåt", "zwei gebrauchte"."""
    return role == "use" and _after_article_or_number(tokens, i, lex)


def _adjectival(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """True for a German participle after an article or number and before a noun: "die gelieferten Panzer"."""
    if i + 1 >= len(tokens) or not tokens[i + 1].text_upper or tokens[i].text_upper:
        return False
    return _after_article_or_number(tokens, i, lex)


def _noun_after_article(tense: str, i: int, tokens: list[Token], lex: Lexicon) -> bool:
    """A base form after an article and before another plain word or a comma is a noun ("a ship hulk", "The ship,
    which carries"); not before a preposition, nor with "of" soon after: "the transfer to Ukraine of 13 MiG-29", "a loan
    of tanks", "the transfer today to Ukraine of" still tell the transfer."""
    if tense != "base" or not 0 < i < len(tokens) - 1 or tokens[i - 1].low not in lex.preps.get("articles", ()):
        return False
    after = tokens[i + 1].low
    return (after == "," or (after.isalpha() and after not in lex.prep_roles)) and all(
        t.low != "of" for t in tokens[i + 1 : i + 1 + _OF_REACH]
    )


def _after_article_or_number(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    if i == 0:
        return False
    before = tokens[i - 1].low
    return before in lex.preps.get("determiners", frozenset()) or before.isdigit() or before in lex.numbers.words


def _come_from(
    tokens: list[Token], hits: list[Hit], tok_of: dict[int, int], actors: list[ActorRef], lex: Lexicon
) -> list[tuple[int, tuple[str, str]]]:
    """A weapon that comes from a state: "Systemene kommer fra USA, Tyskland og Nederland", "Die Drohnen kamen aus
    dem Iran", "The shells came from North Korea". The holder (told in the clause or the sentence before) got it
    from there.

    The generic verb of coming (the data's ``cargo_origin``) tells an origin only with the weapon as its subject, right
    before it (auxiliaries and modals between), and a state right after the preposition of source: not "Die größte
    Bestellung über 40 Panzer kam aus Polen" (the weapon after a preposition), "kontingentane kjem frå USA" (no
    weapon), "came from caves in Norway" (no state), "the increase comes from NASAMS" (no weapon before it).
    """
    sources = lex.preps.get("source", frozenset())
    verbs = [i for i in range(len(tokens) - 1) if tokens[i].low in lex.cargo_origin and tokens[i + 1].low in sources]
    if not verbs:
        return []  # most sentences: nothing more to build
    skip = lex.preps.get("determiners", frozenset())
    helpers = shared().helper_verbs
    # a state (or its maker, when no giver was named before: see article._no_holder_for), told plainly, not as one of
    # several it may be ("om flyene kommer fra USA eller Frankrike")
    states = {a.tok for a in actors if not a.code.islower()}
    alternatives = shared().alternatives
    found: list[tuple[int, tuple[str, str]]] = []
    for i in verbs:
        k = i + 2
        while k < len(tokens) and tokens[k].low in skip:
            k += 1
        if k not in states or any(t.low in alternatives for t in tokens[k + 1 : k + 1 + _COME_PHRASE]):
            continue
        j = i - 1
        while j >= 0 and tokens[j].low in helpers:
            j -= 1
        if j < 0 or not any(_weapon_ends_at(h, tokens, tok_of, j, lex) for h in hits if h.kind is Kind.WEAPON):
            continue
        # "Flyene skal komme fra Sverige", "will come from": a modal before it tells a plan, not where they came from
        modal = any(t.low in shared().modals for t in tokens[j + 1 : i])
        found.append((i, ("come", "base" if modal else "past")))
    return found


def _weapon_ends_at(weapon: Hit, tokens: list[Token], tok_of: dict[int, int], j: int, lex: Lexicon) -> bool:
    """True when the weapon hit ends with token ``j`` and its noun phrase is no preposition's object ("ordren på
    Gripen-fly", "elektronikken i de russiske Geran-droner"); a part of the weapons may be told ("Most of the shells",
    "De fleste av dronene")."""
    first = tok_of.get(weapon.start)
    if first is None or first > j or weapon.end > tokens[j].end or weapon.end <= tokens[j].start:
        return False
    for k in range(first - 1, max(-1, first - 1 - _COME_PHRASE), -1):
        if tokens[k].low == "," or tokens[k].low in lex.clause_breaks:
            break
        roles = lex.prep_roles.get(tokens[k].low)
        if roles is not None and not roles <= _PARTITIVE | _PARTNER_ONLY:
            return False
    return True


def _split_particle_verbs(tokens: list[Token], lex: Lexicon) -> list[tuple[int, tuple[str, str]]]:
    """Particle verbs told with words between verb and particle: "Danmark lämnade redan i fjol över de första
    F-16-planen", "I 2023 skreiv Riyadh under for Akinci-dronar", "sagte der Ukraine weitere Systeme zu".

    The words between hold no clause break and no other verb; in German the particle ends the clause.
    """
    found: list[tuple[int, tuple[str, str]]] = []
    reach = _PARTICLE_REACH_LAST if lex.particle_last else PARTICLE_REACH
    for i, token in enumerate(tokens):
        entries = lex.particle_verbs.get(token.low)
        if entries is None:
            continue
        for k in _in_clause(tokens, i + 2, i + 2 + reach, lex):
            low = tokens[k].low
            particle = next((meaning for p, meaning in entries if p == low), None)
            if particle is not None and (
                not lex.particle_last or k + 1 == len(tokens) or tokens[k + 1].low in lex.clause_breaks | _ENDS
            ):
                found.append((i, particle))
                break
    return found


def _in_clause(tokens: list[Token], first: int, last: int, lex: Lexicon) -> Iterator[int]:
    """The token indices from ``first`` up to ``last`` that a verb's phrase may reach: the walk ends after a clause
    break or another verb."""
    for k in range(first, min(len(tokens), last)):
        yield k
        if tokens[k].low in lex.clause_breaks or tokens[k].low in lex.verb_forms:
            return


def _entering(tokens: list[Token], lex: Lexicon) -> list[tuple[int, tuple[str, str]]]:
    """Entering an agreement as signing it, with words between the verb and its noun: "År 2022 tecknade Polen
    ramavtal med Sydkorea", "Polen inngikk en rammeavtale med Sør-Korea". The noun (or a compound ending in one)
    follows in the verb's clause."""
    found: list[tuple[int, tuple[str, str]]] = []
    for i, token in enumerate(tokens):
        tense = lex.enter_verbs.get(token.low)
        if tense is None:
            continue
        for k in _in_clause(tokens, i + 1, i + 1 + _AGREEMENT_REACH, lex):
            if tokens[k].low.endswith(lex.agreement_nouns):
                if not _about_doing(tokens, k, lex):
                    found.append((i, ("sign", tense)))
                break
    return found


def _about_doing(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """True when an agreement is about doing something ("inngått avtaler med USA om å forhåndslagre utstyr"):
    an infinitive marker follows its noun in the clause."""
    markers = shared().infinitive_markers
    for token in tokens[k + 1 :]:
        if token.low in markers and token.low != "to":  # "a deal to supply" is one to supply
            return True
        if token.low in lex.clause_breaks:
            return False
    return False


def _about_a_clause(tokens: list[Token], tok_of: dict[int, int], hit: Hit, lex: Lexicon) -> bool:
    """True for an agreement noun whose "om" opens a clause or names making: "en avtale om at dronene skulle
    produseres i Russland", "en aftale om produktion af våben i Ukraine" are no purchase."""
    tok = tok_of[hit.start]
    return (
        tokens[tok].low in lex.agreement_nouns
        and tok + 2 < len(tokens)
        and tokens[tok + 1].low in shared().agreement_for
        and (tokens[tok + 2].low in shared().that_words or _makes_together(tokens, tok + 2))
    )


# making, maintaining or making together, in the words after an agreement: no sale between the signers


def _makes_together(tokens: list[Token], k: int) -> bool:
    return any(t.low.startswith(shared().making_stems) for t in tokens[k : k + 3])


def _agreement_for(tokens: list[Token], tok: int, lex: Lexicon) -> bool:
    """True for an agreement noun followed by what it is for: "avtale om", "a deal for", "Vertrag über"."""
    return (
        tokens[tok].low in lex.agreement_nouns
        and tok + 1 < len(tokens)
        and tokens[tok + 1].low in shared().agreement_for
    )


def _signing(
    verbs: list[tuple[int, tuple[str, str]]],
    noun_cue: bool,
    any_noun: bool,
    actors: list[ActorRef],
    tokens: list[Token],
) -> list[tuple[int, tuple[str, str]]]:
    """Read "signed" as ordering, and "negotiates" as buying, when nothing else tells the direction, else drop it.

    "Argentina skrev under på købet af 24 F-16-fly", "Kolumbien unterzeichnete einen Vertrag über 17
    Flugzeuge": the one who signs for weapons buys them. Not when another transfer word tells the way
    ("Die Türkei und Großbritannien haben einen Vertrag über die Lieferung ... unterzeichnet") or two
    parties sign together ("Sverige och Ukraina har undertecknat en avsiktsförklaring"); a maker signing with a
    state is its seller.

    Talks work the same way, but give way to a transfer noun anywhere: "Buenos Aires forhandla lenge om det
    sørkoreanske lette kampflyet FA-50" buys; "Forsvarsmateriell forhandler med Peru om salg av ti helikoptre" lets
    the sale tell the way.

    A verb of getting in a relative clause after the signing tells no other way: the signer gets them ("signed a letter
    of acceptance for 27 Stryker vehicles from the United States, which the army expects to receive next year"); one of
    giving names the seller ("einen Vertrag über 31 Drohnen, die der Hersteller General Atomics liefern soll").
    """
    dealing = [i for i, (role, _t) in verbs if role in _DEALING]
    others = noun_cue or any(
        role not in _DEALING and not (role in _GETTING_AFTER and any(_relative_between(tokens, d, i) for d in dealing))
        for i, (role, _t) in verbs
    )
    kept: list[tuple[int, tuple[str, str]]] = []
    for i, (role, tense) in verbs:
        if role not in _DEALING:
            kept.append((i, (role, tense)))
        elif role == "talk":
            if not others and not any_noun:  # a transfer noun anywhere tells the way
                kept.append((i, ("buy", tense)))
        elif (
            not others
            # "Peru och sydkoreanska Hyundai Rotem undertecknade ett ramavtal": a maker signing with a state sells
            and sum(1 for a in actors if a.tok < i and a.preps <= _JOINT and not a.attribution and not a.company) <= 1
        ):
            kept.append((i, ("order", tense)))
    return kept


def _relative_between(tokens: list[Token], first: int, then: int) -> bool:
    """True when a relative clause set off by a comma opens between two verbs: ", which", ", som"."""
    relatives = shared().relatives
    return any(tokens[k].low in relatives and tokens[k - 1].low == "," for k in range(first + 2, then))


_LEASING = ("leas", "geleast", "least")


def _leases_no_weapon(tokens: list[Token], i: int) -> bool:
    """True for a lease of land or a base ("leases land from Djibouti for its drone base", "is leasing a base"), or one
    decided against ("decided against leasing used F-16s")."""
    if i > 0 and tokens[i - 1].low == "against":
        return True
    things = shared().leased_things
    return any(t.low in things for t in tokens[i + 1 : i + 3])


def _banned(tokens: list[Token], i: int) -> bool:
    """True for a giving verb that a ban governs: "forbudet mot å levere", "the ban on selling", "embargo on supplying"
    (English "-ing" forms follow the preposition with no marker)."""
    words = shared()
    k = i - 1
    if k >= 0 and tokens[k].low in words.infinitive_markers:
        k -= 1
    return k >= 1 and tokens[k].low in words.ban_preps and tokens[k - 1].low in words.bans


def _passive(tokens: list[Token], marker: int, verb: int, lex: Lexicon) -> bool:
    """True when the sentence's passive auxiliary stands on the verb's side of every semicolon. In German, whose
    clauses are all set off by commas, a passive auxiliary of the verb's own clause: not the relative clause's in
    "Die Türkei hat der Ukraine eine Korvette übergeben, die in Istanbul gebaut wurde"."""
    if marker < 0:
        return False
    if lex.capital_nouns:
        lo, hi = verb, verb + 1
        while lo > 0 and tokens[lo - 1].low not in _GERMAN_CLAUSE_MARKS:
            lo -= 1
        while hi < len(tokens) and tokens[hi].low not in _GERMAN_CLAUSE_MARKS:
            hi += 1
        if any(t.low in lex.passive_words for t in tokens[lo:hi]):
            return True
        # "Von Deutschland wurden der Ukraine, nach langem Zögern, 18 Leopard-Panzer geliefert": an auxiliary before an
        # insert between commas, in a stretch with no verb of its own
        segments = 0
        k = lo - 1
        while k > 0 and segments < _INSERTS:
            start = k - 1
            while start >= 0 and tokens[start].low not in _GERMAN_CLAUSE_MARKS:
                start -= 1
            part = tokens[start + 1 : k]
            if any(t.low in lex.passive_words for t in part):
                return not any(t.low in lex.verbs for t in part)
            segments += 1
            k = start
        return False
    lo, hi = sorted((marker, verb))
    return not any(t.low == ";" for t in tokens[lo:hi])


_GERMAN_CLAUSE_MARKS = frozenset({",", ";", ":", "–"})
_INSERTS = 2  # comma-set stretches looked back over for a passive auxiliary


def _resolve(tense: str, tokens: list[Token], i: int, lex: Lexicon) -> str:
    """Settle the tense of a form from its clause.

    An ambiguous form ("beliefert") is past after an auxiliary, else present; a participle that
    equals the infinitive ("überlassen", "übergeben") after a modal ("will ... überlassen") is base, and so
    is a past form right after an infinitive marker (Nynorsk "å sende", where "sende" is also the past).
    """
    if tense not in ("ambiguous", "past"):
        return tense
    if i > 0 and tokens[i - 1].low in shared().infinitive_markers:
        return "base"  # "å sende", "zu übergeben": after an infinitive marker ("Noreg sende våpen i fjor" is past)
    lo, _hi = clause_of(tokens, i, lex)
    before = {t.low for t in tokens[lo:i]}
    words = shared()
    if tense == "past":  # after "har", "hat", "has", "wurde" a real participle
        return "base" if before & words.modals and not before & words.perfect else "past"
    return "past" if before & words.auxiliaries else "present"


def cue_for(
    weapon: WeaponRef, main: Cue | None, verbs: list[Cue], nouns: list[Cue], tokens: list[Token], lex: Lexicon
) -> Cue | None:
    """The transfer cue of the weapon's own clause ("..., mens Norge kjøper fire ubåter"), else ``main``.

    A verb of the clause wins over a noun of the clause ("Eksport av våpen fra X til Y vil være ...").
    """
    if main is None:
        return None
    lo, hi = clause_of(tokens, weapon.tok, lex)
    if main.is_verb and not lo <= main.tok < hi and _independent(tokens, lo, hi, verbs):
        return None  # "Russland sende dronar mot byar, og luftvernet må prioritere": another clause's verb
    if len(verbs) + len(nouns) < 2:
        return main
    if main.role in ("request", "pledge") and main.tok < weapon.tok:
        return main  # "beder Danmark om at sende granater": the request governs the infinitive
    relative = _relative_verb(weapon, verbs, tokens, lex)
    if relative is not None and (
        not any(lo <= c.tok < hi for c in verbs) or _paid_for(weapon, relative, verbs, tokens, lo)
    ):
        return relative
    own = [c for c in verbs if lo <= c.tok < hi]
    if (second := _second_clause_verb(weapon, own, tokens)) is not None:
        return second
    own = own or sorted(
        (c for c in nouns if lo <= c.tok < hi), key=lambda c: (c.tok > weapon.tok, abs(c.tok - weapon.tok))
    )  # "Vertrag über die Lieferung von Eurofightern": the noun nearest before the weapon tells the direction
    if own and own[0].role in ("request", "pledge") and own[0].tok > weapon.tok:
        # "U.S. arms sales to Taiwan ... and urged Washington to stop": the request comes after the
        # weapon, whose own noun ("sales", "Lieferungen", "salg") tells the transfer
        beside = [c for c in nouns if c.role in ("supply", "buy") and abs(c.tok - weapon.tok) <= _BESIDE]
        if beside:
            return beside[0]
    if main.tok in range(lo, hi) and main.role == "supplier":
        before = [c for c in verbs if main.tok < c.tok < weapon.tok]
        return before[-1] if before else main  # "X er Ys største leverandør og har levert 25 kampfly"
    return own[0] if own else main


def _struck_by(
    src: ActorRef, weapons: list[WeaponRef], tokens: list[Token], lex: Lexicon, goal: bool, cue_tok: int
) -> bool:
    """True when the subject before a passive on the weapons destroys, downs or seizes them: "The Israeli air force
    destroyed the S-300 systems delivered by Russia", "Die israelische Luftwaffe hat die von Russland gelieferten
    S-300 zerstört". Not when they are its tools ("destroyed a bridge with Storm Shadow missiles supplied by
    Britain", "hat mit den ... gelieferten HIMARS Depots zerstört") or it fires them ("Russia fired missiles supplied
    by North Korea at Kharkiv"). A subject paying for them got them, unless the sentence names a goal (``goal``:
    "Denmark paid for the howitzers delivered by France to Ukraine"; not "Poland paid for the K2 tanks supplied by
    South Korea")."""
    # the weapons the passive is on: the last named before its participle, else the first after the subject (not the
    # target in "Ukraina skjøt ned russiske missiler med NASAMS levert av Norge")
    first = max((w.tok for w in weapons if src.tok < w.tok < cue_tok), default=-1)
    if first < 0:
        first = next((w.tok for w in weapons if w.tok > src.tok), -1)
    if first < 0:
        return False
    words = shared()
    lo, hi = clause_of(tokens, first, lex)
    if any(t.low in words.instruments for t in tokens[max(lo, src.tok + 1) : first]):
        return False
    # the verb must govern the weapons: right before them (an article, a count, adjectives between), or in German
    # closing their clause right after them ("destroyed 20 Russian tanks thanks to Javelin missiles supplied by the
    # US": the tanks, not the Javelins, were destroyed)
    verbs = range(max(src.tok + 1, first - _GOVERN_REACH), first)
    if lex.capital_nouns:
        last = hi - 1 if hi - 1 > first and tokens[hi - 1].low.isalpha() else hi - 2
        verbs = range(last, last + 1) if first < last <= first + _GOVERN_REACH - 1 else range(0)
    elif any(tokens[k].low == "," for k in verbs):
        return False
    for k in verbs:
        low = tokens[k].low
        if low.startswith(words.destroying) or (goal and low.startswith(words.paying)):
            return True
        if low in words.shooting and k + 1 < len(tokens) and tokens[k + 1].low in words.down_particles:
            return True  # "skutt ned"; not "skutt ... mot Ukraina", "fired ... at Kharkiv"
    return False


_GIVER_REACH = 4  # tokens before a German attributive participle searched for "von"/"aus" and its giver
_GOVERN_REACH = 4  # tokens between a verb of destroying and the weapons it governs
_ATTRIBUTIVE = ("e", "en", "er", "es")  # endings of a German participle used as an adjective
_GIVER_ROLES = frozenset({"agent", "source"})  # "von", "aus" before a giver


def _attributive_no_giver(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """True for a German attributive participle of giving with no giver before it ("der an die Ukraine gelieferten
    Waffen", "den bereits gelieferten Panzern"): it tells no transfer of its own (not "die von Deutschland
    gelieferten Leopard-Panzer", "die aus Deutschland gelieferten")."""
    return tokens[i].low.endswith(_ATTRIBUTIVE) and not any(
        not _GIVER_ROLES.isdisjoint(lex.prep_roles.get(t.low, ())) for t in tokens[max(0, i - _GIVER_REACH) : i]
    )


def _paid_for(weapon: WeaponRef, relative: Cue, verbs: list[Cue], tokens: list[Token], lo: int) -> bool:
    """True when the weapon's clause only pays for it and a relative clause with a subject of its own delivers it:
    "Norge betaler for to Patriot-systemer som Tyskland leverer til Ukraina" (Germany's transfer)."""
    paying = shared().paying
    before = [c for c in verbs if lo <= c.tok < weapon.tok]
    if relative.passive or relative.role not in ("supply", "receive") or not before:
        return False  # "som Tyskland lagrer i Polen før de sendes", "som Tyskland kjøpte fra USA": not its delivery
    if any(not (tokens[c.tok].low.startswith(paying) or tokens[c.tok - 1].low.startswith(paying)) for c in before):
        return False  # "betaler for": the cue stands on "for"
    relatives = shared().relatives
    opener = next((k for k in range(weapon.tok + 1, relative.tok) if tokens[k].low in relatives), -1)
    return opener > 0 and opener + 1 < relative.tok and tokens[opener + 1].text_upper


def _second_clause_verb(weapon: WeaponRef, own: list[Cue], tokens: list[Token]) -> Cue | None:
    """The verb of a second clause joined by "and" with a subject of its own, when the weapon follows it:
    "Germany sent Ukraine tanks and Norway sent Ukraine howitzers" (the howitzers are Norway's)."""
    before = [c for c in own if c.tok < weapon.tok]
    if len(before) < 2:
        return None
    first, last = before[0], before[-1]
    joins = shared().coordinators
    if any(
        tokens[k].low in joins
        and (tokens[k + 1].text_upper or (tokens[k + 1].low in ARTICLES and tokens[k + 2].text_upper))
        and tokens[k + 1].low not in joins
        for k in range(first.tok + 1, last.tok - 1)
    ):
        return last
    return None


_RELATIVE_ROLES = frozenset({"supply", "receive", "buy", "order"})


def _independent(tokens: list[Token], lo: int, hi: int, verbs: list[Cue]) -> bool:
    """True for a clause opened by "og/und/and" with a finite verb of its own and no transfer verb."""
    words = shared()
    if lo < 1 or tokens[lo].low not in words.coordinators or any(lo <= c.tok < hi for c in verbs):
        return False
    return any(t.low in words.auxiliaries or t.low in words.modals for t in tokens[lo + 1 : hi])


def _relative_verb(weapon: WeaponRef, verbs: list[Cue], tokens: list[Token], lex: Lexicon) -> Cue | None:
    """The transfer verb of a relative clause right after the weapon: "Caesar-kanoner, som Danmark
    donerede til Ukraine", "F-16-flya som Argentina har kjøpt", "Patriots, die Berlin geliefert hat"."""
    k = weapon.tok + 1
    relatives = shared().relatives
    if k + 1 < len(tokens) and tokens[k + 1].low in relatives and tokens[k].low.isalpha() and not tokens[k].text_upper:
        k += 1  # the weapon's head noun: "Patriot systems that Germany is delivering"
    if k < len(tokens) and tokens[k].low == ",":
        k += 1
    if k >= len(tokens) or tokens[k].low not in relatives:
        return None
    _lo, hi = clause_of(tokens, k + 1, lex) if k + 1 < len(tokens) else (k, k)
    return next((c for c in verbs if k < c.tok < hi and c.role in _RELATIVE_ROLES), None)


def _relative_of(tokens: list[Token], tok: int, weapons: list[WeaponRef], lex: Lexicon) -> int:
    """The token of the weapon whose relative clause holds ``tok`` ("72 Eurofighter, die Großbritannien geliefert
    hat", "F-16s that Denmark donated"), else -1."""
    lo = clause_of(tokens, tok, lex)[0]
    rel = lo if tokens[lo].low in shared().relatives else lo - 1
    if rel < 1 or tokens[rel].low not in shared().relatives:
        return -1
    before = rel - 1 if tokens[rel - 1].low != "," else rel - 2
    return before if any(w.tok == before for w in weapons) else -1


def _nearest(refs: list[ActorRef], tok: int) -> ActorRef | None:
    if not refs:
        return None
    after = [r for r in refs if r.tok > tok]
    return after[0] if after else refs[-1]


_INFINITIVE = frozenset({"zu"})  # German: the objects of an infinitive stand before it, its subject is elsewhere
_PERFECT = frozenset({"haben", "sein", "werden"})  # a perfect or passive infinitive: "geliefert zu haben"


def subject(bare: list[ActorRef], tokens: list[Token], tok: int, exclude: set[str], lex: Lexicon) -> ActorRef | None:
    lo, _hi = clause_of(tokens, tok, lex)
    usable = [a for a in bare if a.code not in exclude]
    plain = [a for a in usable if not a.genitive]
    if lex.accuse:
        accused = next((j for j in range(tok - 1, lo - 1, -1) if tokens[j].low in lex.accuse), -1)
        if accused >= 0 and accused + 1 < tok and tokens[accused + 1].low not in shared().accused_of:
            # "The army accused unnamed backers of supplying the RSF": the one accused is the subject, and
            # none is named ("Iran is accused of supplying" keeps its subject)
            return next((a for a in plain if accused < a.tok < tok), None)
    if lex.lang != "en" and after_fronted_clause(tokens, tok, lex):
        # "Innan Ryssland började tillverka drönare själv levererade Iran ...": after a fronted clause of time or
        # cause the main verb comes first and its subject right after it
        inverted = [a for a in plain if 0 < a.tok - tok <= _INVERTED]
        if inverted:
            return inverted[0]
    if (tok >= 1 and tokens[tok - 1].low in _INFINITIVE) or (
        tok + 2 < len(tokens)
        and tokens[tok + 1].low in _INFINITIVE
        and tokens[tok + 2].low in _PERFECT
        and lo > 0
        and tokens[lo - 1].low == ","  # not "Russland scheint dem Iran Kampfjets geliefert zu haben": its own subject
    ):
        # "Der Iran steht im Verdacht, die Huthi-Miliz mit Waffen zu versorgen", "wirft Nordkorea vor, Russland
        # Raketen geliefert zu haben": a German infinitive clause has no subject of its own, and what stands before
        # its verb is the object; the doer is the main clause's
        tok = lo
    else:
        for pool in (plain, usable):
            in_clause = [a for a in pool if lo <= a.tok < tok]
            if len(in_clause) > 1 and lex.lang == "de" and _dative_first(tokens, in_clause[0]):
                # "Auch der libanesischen Hisbollah hat Teheran ... Raketen geliefert", "Dem Land hat Frankreich ...
                # verkauft": a fronted dative is the one given to; the subject follows the verb
                return in_clause[1]
            if lex.lang == "de" and in_clause and _dative_first(tokens, in_clause[0]):
                # "Großbritannien, das ... führt, will dem Königreich 48 Maschinen verkaufen": the dative is no subject
                in_clause = in_clause[1:]
                if not in_clause:
                    break
            if len(in_clause) > 1 and _speaks(tokens, in_clause[0], lex):
                in_clause = in_clause[1:]  # "Germany said the US had sent ...": the speaker is not the subject
            if len(in_clause) > 1:
                return _second_subject(in_clause, tokens, lex) or in_clause[0]
            if in_clause:
                return in_clause[0]
    for pool in (plain, usable):
        before = [
            a
            for a in pool
            if a.tok < tok
            and not _embedded(tokens, a.tok, tok, lex)
            and not (lex.lang == "de" and lo <= a.tok and _dative_first(tokens, a))
            and not _appositive(tokens, a.tok)
        ]
        if before:
            return before[-1]
    # an inverted subject stands right after the verb ("I fjor kjøpte Estland", "folgte der Irak"), not after
    # the verb's own subject ("übergab die Kieler Werft der ägyptischen Marine")
    after = [
        a
        for a in plain
        if (0 < a.tok - tok <= _INVERTED or _government_of(tokens, tok, a.tok))
        and clause_of(tokens, a.tok, lex)[0] == lo
    ]
    return after[0] if after else None


def _after_participle_clause(bare: list[ActorRef], tokens: list[Token], cue: Cue, exclude: set[str]) -> ActorRef | None:
    """The main clause's subject for a verb in an opening participle clause (``participle_openers`` before it only):
    "Having received 31 Abrams tanks from the United States, Ukraine deployed them", "Having sent 31 tanks to Ukraine,
    the United States paused deliveries"."""
    if not cue.is_verb or cue.passive or cue.tok == 0:
        return None
    if not all(t.low in shared().participle_openers for t in tokens[: cue.tok]):
        return None
    comma = next((k for k in range(cue.tok + 1, len(tokens)) if tokens[k].low == ","), -1)
    if comma < 0:
        return None
    return next((a for a in bare if a.tok > comma and a.code not in exclude), None)


def _speaks(tokens: list[Token], actor: ActorRef, lex: Lexicon) -> bool:
    """True for a name followed by a speech verb ("Jordan said the US had sent"): it tells, another acts."""
    k = after_name(tokens, actor.tok, lex)
    return k < len(tokens) and tokens[k].low in lex.preps.get("attribution", frozenset())


def _second_subject(in_clause: list[ActorRef], tokens: list[Token], lex: Lexicon) -> ActorRef | None:
    """The subject of a second clause joined by "and" with no comma, when the first has a verb of its own:
    "Germany sent Ukraine tanks and Norway sent Ukraine howitzers" (Norway sent the howitzers)."""
    words = shared()
    helpers = words.auxiliaries | words.modals
    first = in_clause[0]
    for actor in reversed(in_clause[1:]):
        if tokens[actor.tok - 1].low in words.coordinators and any(
            t.low in lex.verb_forms and t.low not in helpers for t in tokens[first.tok + 1 : actor.tok - 1]
        ):
            return actor
    return None


_INDEFINITE = frozenset({"a", "an", "en", "ei", "et", "ett", "ein", "eine", "einer", "eines", "einem"})
_APPOSITION_REACH = 5  # words from an apposition's comma to its name: ", a traditional Russian ally,"


_FRONTED_OPENERS = frozenset(
    {
        "innan",
        "før",
        "inden",
        "bevor",
        "nachdem",
        "när",
        "når",
        "då",
        "als",
        "wenn",
        "weil",
        "fordi",
        "eftersom",
        "efter",
        "etter",
        "sedan",
        "sidan",
        "mens",
        "medan",
        "während",
        "obwohl",
        "selv",
        "trots",
    }
)
_THAT = frozenset({"at", "att", "dass"})


def after_fronted_clause(tokens: list[Token], tok: int, lex: Lexicon) -> bool:
    """True for a verb opening the main clause right after a fronted clause of time or cause and its comma
    ("Nachdem Russland die Produktion aufgenommen hatte, lieferte der Iran", "Etter at Tyskland leverte
    stridsvogner, sendte også Norge"): its subject stands after it."""
    if not tokens or tokens[0].low not in _FRONTED_OPENERS or tok < 2 or tokens[tok - 1].low != ",":
        return False
    if tokens[0].low in ("efter", "etter", "selv", "trots") and tokens[1].low not in _THAT:
        return False  # "Efter kriget, ...", "Etter Russland": a preposition, no clause
    return clause_of(tokens, tok, lex)[0] == tok


def _appositive(tokens: list[Token], k: int) -> bool:
    """True for a name inside an apposition between commas that opens with an indefinite article: "Serbia, a
    traditional Russian ally, received HQ-22 systems from China" (Serbia is the subject, not the ally's Russia)."""
    opening = next((j for j in range(k - 1, max(-1, k - _APPOSITION_REACH), -1) if tokens[j].low == ","), -1)
    if opening < 1 or tokens[opening + 1].low not in _INDEFINITE:
        return False
    return any(t.low == "," for t in tokens[k + 1 : k + 1 + _APPOSITION_REACH])


# German states and groups named with a masculine article ("der Iran", "der Jemen"): "der" before them is a
# nominative, before any other name a dative ("der Ukraine", "der Hisbollah")
# "der Golfstaat", "der Bundestag", "der Kreml": nominative, like "der Iran"
_MASCULINE_EPITHETS = frozenset(
    {"golfstaat", "inselstaat", "bundestag", "bundessicherheitsrat", "kreml", "us-kongress", "kongress"}
)
_MASCULINE = frozenset({"IR", "IQ", "YE", "LB", "SD", "TD", "NE", "OM", "CG", "CD", "KW", "SS"})


def _dative_first(tokens: list[Token], actor: ActorRef) -> bool:
    """True for a German name told as a dative before its verb: "dem Land", "der Ukraine", "der libanesischen
    Hisbollah" (an adjective in "-en" between), not "der Iran"."""
    k = actor.tok - 1
    if k >= 1 and tokens[k].low.endswith("en") and not tokens[k].text_upper:
        k -= 1  # "der libanesischen Hisbollah"
    if k < 0 or k + 1 < actor.tok - 1:
        return False
    if (
        actor.demonym
        and tokens[actor.tok].low.endswith("e")
        and actor.tok + 1 < len(tokens)
        and tokens[actor.tok + 1].low.endswith(shared().german_company_nouns)  # "Der türkische Drohnenhersteller"
    ):
        return False  # "Der südkoreanische Konzern liefert": a dative adjective ends in "-en"
    if k >= 2 and tokens[k - 1].text_upper:
        return False  # "Der Präsident der Ukraine": a genitive after its noun
    article = tokens[k].low
    if article == "der" and tokens[actor.tok].low in _MASCULINE_EPITHETS:
        return False  # "Demnach hat der Golfstaat die Miliz ... beliefert": a nominative
    return article == "dem" or (article == "der" and actor.code not in _MASCULINE)


def _government_of(tokens: list[Token], tok: int, a: int) -> bool:
    """True for an inverted subject told as the government in its capital: "erhielt die Regierung in Addis Abeba",
    "fikk regjeringen i Kyiv"."""
    return (
        0 < a - tok <= _INVERTED + 1
        and tokens[a - 1].low in _LOCATIVE
        and any(tokens[k].low in shared().governments for k in range(tok + 1, a - 1))
    )


def _embedded(tokens: list[Token], a: int, tok: int, lex: Lexicon) -> bool:
    """True when token ``a`` stands in a relative clause closed before ``tok``: "Den sudanesiske hær, som RSF har
    kæmpet mod siden 2023, har fået kampdroner" (the army got them, not the RSF)."""
    words = shared()
    lo, hi = clause_of(tokens, a, lex)
    opener = lo if tokens[lo].low in words.relatives else lo - 1
    if not (hi + 1 <= tok and opener >= 1 and tokens[opener].low in words.relatives and tokens[opener - 1].low == ","):
        return False
    # the main clause goes on with its verb after the closing comma (not a list: "som Estland, Latvia og ...")
    return tokens[hi].low == "," and (tokens[hi + 1].low in lex.verb_forms or tokens[hi + 1].low in lex.cue_words)


@dataclass(slots=True)
class Frame:
    """The sentence-wide direction: suppliers (coordinated ones included) and recipient."""

    suppliers: list[str]
    recipient: str | None
    confidence: float
    explicit: bool
    transit: bool = False  # the supplier is a country on the route; the origin may be told before
    co_recipients: tuple[str, ...] = ()  # "solgt til Polen, Australia og Spania": one transfer each
    won_order: bool = False  # "Saab har fått en beställning": a sale agreed, not a delivery received

    @property
    def supplier(self) -> str | None:
        return self.suppliers[0] if self.suppliers else None


def _co_suppliers(
    first: ActorRef,
    live: list[ActorRef],
    cue: Cue,
    tokens: list[Token],
    lex: Lexicon,
    weapon_toks: frozenset[int] = frozenset(),
) -> list[str]:
    """Suppliers coordinated with ``first``: "Danmark og Tyskland sender", "from Denmark and Norway", "from
    France, Italy, Norway and Germany" (each item near the one before it), a second source in the clause ("från Qatar
    och ytterligare tolv från Oman"), and a giver's partner "gemeinsam mit
    Frankreich" in the verb's clause; not a partner in a relative clause closed before the verb ("Egypt, which is
    at odds with Ethiopia over the dam, sent")."""
    codes = [first.code]
    last = first.tok
    joins = shared().coordinators
    for actor in live:
        coordinated = actor.preps == frozenset({"partner"}) and actor.code not in codes
        if (
            not coordinated
            and "source" in first.preps
            and actor.preps == first.preps
            and actor.tok > first.tok
            and actor.code not in codes
            and _same_clause(tokens, actor.tok, first.tok, lex)
            and any(t.low in joins for t in tokens[first.tok + 1 : actor.tok])
            and not any(first.tok < w < actor.tok for w in weapon_toks)  # "dronar frå Iran og granatar frå Nord-Korea"
            and _only_more(tokens[first.tok + 1 : actor.tok - 1], lex)  # not "drones from Iran and money from China"
        ):
            # "tolv Typhoon från Qatar och ytterligare tolv från Oman", "from South Korea and from the United States"
            codes.append(actor.code)
            continue
        between = first.tok < actor.tok < cue.tok and not _embedded(tokens, actor.tok, cue.tok, lex)
        # a partner on the giver's side in the verb's own clause: not "..., which it developed jointly with Russia"
        together = (
            cue.role in GIVING
            and _together(actor, tokens)
            and (_same_clause(tokens, actor.tok, cue.tok, lex) or _aside(tokens, actor.tok, (first.tok, cue.tok)))
        )
        if coordinated and (between or 0 < actor.tok - last <= _COORDINATED or together):
            codes.append(actor.code)
            last = max(last, actor.tok)
    return codes


def _only_more(between: list[Token], lex: Lexicon) -> bool:
    """True when only a coordinator, an article, a count or a word for "more" stand between two sources ("från
    Qatar och ytterligare tolv från Oman"): the same goods from a second source."""
    more = shared().more_words
    joins = shared().coordinators
    sources = lex.preps.get("source", frozenset())
    return all(
        t.text_upper  # the rest of the first source's name: "South Korea"
        or t.low in joins
        or t.low in ARTICLES
        or t.low in more
        or t.low in sources
        or t.low.isdigit()
        or t.low in lex.numbers.words
        for t in between
    )


def _same_clause(tokens: list[Token], a: int, b: int, lex: Lexicon) -> bool:
    """True when token ``a`` stands in the clause of token ``b``."""
    lo, hi = clause_of(tokens, b, lex)
    return lo <= a < hi


def _aside(tokens: list[Token], tok: int, anchors: tuple[int, int]) -> bool:
    """True for a name in an aside between commas that opens right after the subject or the verb (an adverb may
    follow the verb): "Sverige betalar också, tillsammans med Danmark och Norge, för 40 stridsfordon"."""
    opening = next((k for k in range(tok - 1, -1, -1) if tokens[k].low == ","), -1)
    closing = next((k for k in range(tok + 1, len(tokens)) if tokens[k].low == ","), -1)
    subject, verb = anchors
    if opening < 0 or closing <= tok or not (opening == subject + 1 or 0 < opening - verb <= 2):
        return False
    # only the partners: "tillsammans med Danmark och Norge", not a relative clause ("which builds the jet together
    # with Britain", "som tillsammans med Finland gick med i Nato")
    words = shared()
    return all(
        t.low not in _RELATIVES
        and (
            t.text_upper
            or t.low in words.together
            or t.low in words.coordinators
            or t.low in ARTICLES
            or len(t.low) <= 3
        )
        for t in tokens[opening + 1 : closing]
    )


def _together(actor: ActorRef, tokens: list[Token]) -> bool:
    """True for a partner acting on the same side: "gemeinsam mit Frankreich", "together with", "sammen med"."""
    together = shared().together
    return actor.preps == frozenset({"partner"}) and any(
        t.low in together for t in tokens[max(0, actor.tok - _PREP_GAP) : actor.tok]
    )


def _listed_before(first: ActorRef, live: list[ActorRef], tokens: list[Token]) -> list[str]:
    """Actors listed with commas before ``first``: "Norge, Finland og Litauen bestiller" (the clause
    break at the comma hides "Norge" from the subject search)."""
    codes: list[str] = []
    nxt = first.tok
    for actor in sorted((a for a in live if a.tok < first.tok and not a.preps), key=lambda a: -a.tok):
        between = tokens[actor.tok + 1 : nxt]
        if (
            not between
            or len(between) > _COORDINATED
            or any(t.low != "," and not t.text_upper and t.low not in ARTICLES for t in between)
        ):
            break  # "Germany, the United States and Norway": an article may open the next name
        codes.append(actor.code)
        nxt = actor.tok
    return [c for c in codes if c != first.code]


def _listed_after(first: ActorRef, live: list[ActorRef], tokens: list[Token], skip: set[str | None]) -> list[str]:
    """Names listed after ``first`` with commas and one coordinator: "USA, Tyskland og Polen"."""
    codes: list[str] = []
    last = first.tok
    joins = shared().coordinators
    for actor in sorted((a for a in live if a.tok > first.tok and a.preps <= _PARTNER_ONLY), key=lambda a: a.tok):
        between = tokens[last + 1 : actor.tok]
        if (
            not between
            or len(between) > _COORDINATED
            # an article may open the next name: "Der Iran, die Türkei und China gelten als ... Lieferanten"
            or any(t.low != "," and t.low not in joins and t.low not in ARTICLES for t in between)
        ):
            break
        if actor.code not in skip and actor.code != first.code:
            codes.append(actor.code)
        last = actor.tok
    return codes


def _co_recipients(
    first: ActorRef, live: list[ActorRef], tokens: list[Token], lex: Lexicon, verb: int = -1
) -> tuple[str, ...]:
    """Recipients listed after ``first``: "til Polen, Australia, Spania og Latvia", "an Polen und Litauen".

    Only commas, coordinators and the rest of the previous name may stand between two items. ``verb`` is the
    token of the verb a list of subjects ends at ("Mali, Burkina Faso und Niger rüsten ... auf").
    """
    joins = shared().coordinators
    codes: list[str] = []
    closed = 0  # items up to a word coordinator ("og", "and"): "to Taiwan, Beijing vows" is no list
    last = first.tok
    for actor in sorted(live, key=lambda a: a.tok):
        if actor.tok <= last:
            continue
        between = tokens[last + 1 : actor.tok]
        if len(between) > _COORDINATED or not any(t.low in joins for t in between):
            break
        if not all(
            t.low in joins or t.text_upper or t.low in ARTICLES or (lex.capital_nouns and t.low in CASE_ARTICLES)
            for t in between
        ) or actor.preps - {
            "partner",
            "dest",
        }:
            break
        lows = [t.low for t in between]
        after_comma = lows[lows.index(",") + 1 :] if "," in lows else []
        if after_comma and after_comma[0].isalpha() and (lex.lang != "en" or not codes):
            break  # "til Ukraina, og Norge dekker regningen": a comma before "og" opens a new clause
        nxt = after_name(tokens, actor.tok, lex)  # past the rest of the name: "and South Korea delivered"
        then = tokens[nxt].low if nxt < len(tokens) else ""
        if nxt != verb and then in lex.verb_forms:
            break  # "til Ukraina, og Nederland har overlevert": the subject of a new clause
        if (then[:1].isdigit() or then in lex.numbers.words) and (
            nxt + 1 >= len(tokens) or not tokens[nxt + 1].low.isalpha()
        ):
            break  # "to Ukraine and Norway six.": a gapped clause with its own count, not a recipient
        if actor.demonym and nxt < len(tokens) and tokens[nxt].low.isalpha() and not tokens[nxt].text_upper:
            break  # "til Bamako, og russiske leigesoldatar ...": an adjective on a new subject, not a recipient
        codes.append(actor.code)
        if any(t.low in joins and t.low.isalpha() for t in between):
            closed = len(codes)
        last = actor.tok
    return tuple(dict.fromkeys(c for c in codes[:closed] if c != first.code))


# "Polen beväpnar sig med sydkoreanska stridsvagnar", "Saudi Arabia is arming itself with American jets": a verb
# done to oneself is buying, told by the rest of the sentence, not giving
_REFLEXIVE = frozenset({"itself", "themselves", "sig", "seg", "sich"})


def _arms_itself(tokens: list[Token], i: int) -> bool:
    """True for a German particle verb with "mit" right after it and "auf" to close it, no object between: "Indien
    und Pakistan rüsten mit ausländischen Jets auf" arm themselves ("Deutschland rüstet die Ukraine mit Panzern auf"
    arms another)."""
    after, particle = shared().self_arming
    if i + 1 >= len(tokens) or tokens[i + 1].low != after:
        return False
    for t in tokens[i + 2 :]:
        if t.low in (",", ";", ".", ":"):
            return False
        if t.low == particle:
            return True
    return False


def _supplied_with(weapons: list[WeaponRef], tokens: list[Token], cue: int) -> bool:
    """True when a weapon near the verb follows "with": "wird mit Waffen versorgt" (before a German verb told last),
    "er blevet forsynet med droner", "was supplied with drones" (after it). The subject is the one supplied."""
    return any(
        0 < abs(w.tok - cue) <= _SUPPLIED_WITH_REACH
        and not shared().with_words.isdisjoint(t.low for t in tokens[max(0, w.tok - 2) : w.tok])
        for w in weapons
    )


_SUPPLIED_WITH_REACH = 6


def frame_of(
    cue: Cue | None, actors: list[ActorRef], tokens: list[Token], lex: Lexicon, weapons: list[WeaponRef]
) -> Frame:
    """Return the direction of the transfer told in a sentence, as far as the sentence tells it."""
    # "kjøpe i Nord-Korea", "kampkøretøjer i Sverige": "i" names a source only right after verb or weapon
    weapon_toks = frozenset(w.tok for w in weapons)
    anchors = {*weapon_toks, *([cue.tok] if cue is not None else [])}
    live = [a for a in actors if not a.attribution and a.origin_of < 0]
    role = cue.role if cue is not None else ""
    receiving = role in RECEIVING
    lo, hi = clause_of(tokens, cue.tok, lex) if cue is not None else (0, len(tokens))
    # a source belongs to the cue's clause: not "..., drawing an angry response from Beijing"
    strict = [
        a
        for a in live
        # the agent of a passive gives ("delivered by Norway"), unless the verb is one of getting ("bought by Norway")
        if (
            ("source" in a.preps or (cue is not None and cue.passive and "agent" in a.preps))
            and not (cue is not None and cue.passive and receiving and "agent" in a.preps)
        )
        and (lo <= a.tok < hi or cue is None)
    ]
    loose = [
        a
        for a in live
        # "köpt av X" in the verb's clause, or after a transfer participle ("..., finansiert av Norge"); not
        # "..., och planen monteras av Embraer"
        if (
            receiving
            and not (cue is not None and cue.passive and "agent" in a.preps)  # "köptes av Norge": the buyer
            and "source_buy" in a.preps
            and (lo <= a.tok < hi or (a.tok >= 2 and tokens[a.tok - 2].low in lex.verbs))
        )
        or (
            receiving
            and cue is not None
            and "source_near" in a.preps
            and (_beside(a.tok, anchors, tokens, lex) or _before_weapon(a.tok, weapons, tokens))
        )
    ]
    sources = strict or loose
    dests = [a for a in live if "dest" in a.preps]
    bare = [a for a in live if not a.preps]
    if cue is None or role in ("contain", "seize"):
        # "beslaglagt dele til missiler, som var på vej fra Iran til Houthi": the route may sit in another clause
        sources = sources or [a for a in live if "source" in a.preps]
        if sources and dests:
            return Frame([sources[0].code], dests[0].code, 0.6, True)
        return Frame([], dests[0].code if dests else None, 0.6 if dests else 0.5, False)
    if role in ORIGINS:
        # "Die meisten Raketen der Huthis stammen aus dem Iran", "rakettane til houthiane stammar frå Iran": the
        # weapons' holder, a genitive or a goal in the clause (else the context), got them from the source
        holder = (
            next(
                (
                    a
                    for a in live
                    if lo <= a.tok < hi
                    and "source" not in a.preps
                    # "der Huthis", "av houthienes" (most of theirs), "the Houthis'", "til houthiane"
                    and (a.genitive or "dest" in a.preps or (a.tok < cue.tok and a.preps <= _PARTITIVE))
                ),
                None,
            )
            or next(
                # "Hizbollah råder over 120.000 raketter, hvoraf langt størstedelen stammer fra Iran": the main clause's
                # holder, when the origin is told of a part of its weapons
                (
                    a
                    for a in reversed(live)
                    if a.tok < lo
                    and not a.preps
                    and not a.genitive
                    and any(t.low in shared().of_which for t in tokens[a.tok : cue.tok])
                ),
                None,
            )
        )
        # the source's preposition may be the verb phrase's own last word ("originate from Iran", "stammar frå Iran")
        src = _nearest(sources, cue.tok) or next(
            (a for a in live if 0 < a.tok - cue.tok <= 2 and not a.preps and not a.genitive), None
        )
        if src is None:
            # "hvor de droner, der blev brugt i angrebene, stammer fra", "aus einer Bestellung": an origin not told
            # is no transfer
            return Frame([], None, 0.0, False)
        if holder is not None and holder.code == src.code:
            holder = None
        # "Die Systeme stammen aus den USA, Deutschland und den Niederlanden": each listed source
        suppliers = _co_suppliers(src, live, cue, tokens, lex, weapon_toks) if "source" in src.preps else [src.code]
        return Frame(
            [c for c in suppliers if holder is None or c != holder.code], holder.code if holder else None, 0.75, True
        )
    if role == "arrive":
        # "an die Hamas gelangt" (the goal before a verb-final participle), "arrived in Ukraine"
        arrived = (
            next((a for a in dests if lo <= a.tok < hi), None)
            or next((a for a in live if a.tok > cue.tok and a.preps & {"location", "dest"}), None)
            # "sind in Argentinien eingetroffen": the place before a verb-final participle
            or next((a for a in live if lo <= a.tok < cue.tok and "location" in a.preps and cue.tok - a.tok <= 2), None)
            # "ankom Ukraina": a goal right after the verb with no preposition
            or next((a for a in live if a.tok == cue.tok + 1 and not a.preps and not a.genitive), None)
        )
        src = _nearest(sources, cue.tok)
        via = _transit(live, arrived, lo, hi) if src is None else None
        src = src or via
        goal = arrived.code if arrived else None
        return Frame([src.code] if src else [], goal, 0.75, src is not None, via is not None)
    base = 0.9 if cue.is_verb else 0.8
    src = _nearest(sources, cue.tok)
    if (
        src is not None
        and src.genitive
        and role in GIVING
        and any(a.code == src.code and a.tok < src.tok and not a.preps and not a.genitive for a in live)
    ):
        # "Norge har gitt Ukraina haubitser fra Forsvarets lagre": the giver's own stocks, not a source of its own
        # (the subject, excluded as the source's state, was lost and the sentence gave nothing)
        src = None
    if role == "build":
        # "Tyrkia byggjer fire korvettar til den pakistanske marinen", "baut U-Boote für Israel": the builder supplies
        # the buyer named after the verb (``find_cues`` keeps a building verb only when there is one)
        buyer = _built_for(cue.tok, live, tokens, lex)
        if buyer is None:
            return Frame([], None, 0.5, False)
        if cue.passive:
            builder = next((a for a in live if "agent" in a.preps and lo <= a.tok < hi), None)
        else:
            builder = subject(bare, tokens, cue.tok, {buyer.code}, lex)
        return Frame([builder.code] if builder else [], buyer.code, base, False)
    if role == "supplier":
        owner = next((a for a in live if a.genitive), None) or (dests[0] if dests else None)
        recipient = owner.code if owner else None
        sup = src or subject(bare, tokens, cue.tok, {recipient} if recipient else set(), lex)
        if sup is None:
            # "De viktigste våpenleverandørene til Ukraina var USA, Tyskland og Polen": named after the copula
            sup = next(
                (a for a in bare if a.tok > cue.tok and _after_copula(tokens, a.tok) and a.code != recipient), None
            )
        if sup is None:
            return Frame([], recipient, base, False)
        suppliers = [sup.code, *_listed_after(sup, live, tokens, {recipient})] if src is None else [sup.code]
        suppliers += [c for c in _listed_before(sup, live, tokens) if c != recipient and c not in suppliers]
        return Frame(suppliers, recipient, base, src is not None)
    if role == "request":
        subj = subject(bare, tokens, cue.tok, set(), lex)
        if subj is None or subj.tok > cue.tok:
            # "Der ukrainische Außenminister forderte Deutschland auf": a people's official opening the sentence asks
            # for its state (not "Angesichts der russischen Offensive forderte ...", nor when the sentence names a
            # goal: "Der polnische Präsident forderte Deutschland auf, der Ukraine Leopard-Panzer zu liefern")
            official = next(
                (
                    a
                    for a in live
                    if a.demonym and not a.preps and a.tok < cue.tok and all(t.low in ARTICLES for t in tokens[: a.tok])
                ),
                None,
            )
            addressed = {subj.code, *_co_recipients(subj, live, tokens, lex)} if subj else set()
            if official is not None and all(a.code in addressed or a.code == official.code for a in live):
                subj = official
        rec = subj.code if subj else None
        others = [
            a
            for a in bare
            if a.code != rec
            and not a.genitive
            and (subj is None or a.tok > subj.tok)
            and not _embedded(tokens, a.tok, cue.tok, lex)  # "USA, der udgør trojkaen for Sudan, opfordrede"
        ]
        obj = src or next((a for a in others if a.tok > cue.tok), None) or (others[0] if others else None)
        if obj is None:
            return Frame([], rec, base, False)
        # "urged Germany and the US to deliver", "forderte Deutschland und die USA auf": each one asked gives
        owners = {a.code for a in live if a.genitive}  # "Germany and Britain's ally the US": Britain is not asked
        asked = [obj.code, *(c for c in _co_recipients(obj, live, tokens, lex) if c != rec and c not in owners)]
        return Frame(asked, rec, base, True)
    if receiving and (owner := _import_owner(live, tokens)) is not None:
        # "70 prosent av Aserbajdsjans våpenimport kom fra Israel", "India sto for 40 prosent av Armenias
        # våpenimport": the owner of the imports gets them, from the source or the subject
        giver = next((a for a in sources if a.code != owner.code), None) or next(
            (a for a in bare if a.code != owner.code and not a.genitive), None
        )
        return Frame([giver.code] if giver else [], owner.code, base, giver is not None and giver in sources)
    if receiving:
        if src is None:
            src = _reseller(live, weapons, lo, hi, lex)
        if src is None:
            joins = shared().coordinators  # "Holland og Spanien har valgt": a second buyer, no seller
            src = next(
                (a for a in live if "partner" in a.preps and tokens[a.tok - 1].low not in joins and lo <= a.tok < hi),
                None,
            ) or next(
                # "Australia has chosen Mitsubishi Heavy Industries to supply its frigates": the maker chosen sells
                (a for a in live if a.company and not a.preps and 0 < a.tok - cue.tok <= _INVERTED),
                None,
            )
        subj = subject(bare, tokens, cue.tok, {src.code} if src else set(), lex) or _after_participle_clause(
            bare, tokens, cue, {src.code} if src else set()
        )
        if (
            subj is None
            and src is not None
            and src.company
            and not cue.passive
            and (own := subject(bare, tokens, cue.tok, set(), lex)) is not None
            and own.code == src.code
            and own.tok < cue.tok
            and tokens[own.tok].low not in lex.forces
            and all(a.code == src.code for a in live)  # not "... fra Kongsberg til Ukraina"
        ):
            # "FMV beställde ... ammunition från Saab": a state's agency buying from its own maker is no transfer
            return Frame([], None, 0.0, False)
        if not cue.passive and (subj is None or subj.tok < lo):
            # "i bruk i Polen, som har fått over 200 utskytingsramper frå Hanwha": a relative clause with no subject
            # of its own gets the name it hangs on, whatever that name's preposition
            ante = _antecedent(live, tokens, cue.tok, lex)
            if ante is not None and (src is None or ante.code != src.code):
                subj = ante
        if cue.passive and (subj is None or role == "use"):
            # "KN-23 missiles have been used by Russia": the agent; a used thing's subject is no user ("landet blir
            # brukt som transittland")
            subj = next(
                (
                    a
                    for a in live
                    if "agent" in a.preps
                    and (src is None or a.code != src.code)
                    and (role != "use" or lo <= a.tok < hi)
                ),
                None,
            )
        if subj is None and not cue.is_verb:
            # "Største mottaker av norske våpen i fjor var Ukraina": the buyer named after the copula
            subj = next((a for a in bare if a.tok > cue.tok and _after_copula(tokens, a.tok)), None)
        if subj is not None and src is not None and cue.role == "receive" and _wins_order(tokens, cue.tok, lex):
            # "Saab har fått en beställning ... från Förenade Arabemiraten": the seller got the order
            return Frame([subj.code], src.code, base, src in strict, won_order=True)
        if subj is not None and src is not None and _order_from(tokens, src.tok, lex) and not subj.genitive:
            # "TKMS steht vor einem Großauftrag aus Indien", "an order from India": the one ordering buys; not the
            # order's owner ("The UAE's 80-jet Rafale order from France": the UAE ordered)
            return Frame([subj.code], src.code, base, src in strict, won_order=True)
        if (
            subj is not None
            and src is not None
            and role in ("order", "buy")
            and src.code != subj.code
            and signs_in(tokens, lo, hi, lex)
            and _sells_to(subj, src, weapons, tokens, lo, hi, lex)
        ):
            # "Sydkorea har tecknat ett avtal med Polen om 180 stridsvagnar", "France signed a contract with India
            # for 26 Rafale jets": the maker, or an exporter signing with a state that is none, sells
            return Frame([subj.code], src.code, base, src in strict, won_order=True)
        if (
            subj is not None
            and src is None
            and role in ("order", "buy")
            and signs_in(tokens, lo, hi, lex)
            and (pair := _maker_among(subj, live, weapons, tokens, cue.tok, lex)) is not None
        ):
            # "South Korea and Poland signed a deal for 180 K2 tanks": of two states signing together, the maker sells
            return Frame([pair[0]], pair[1], base, False, won_order=True)
        if subj is not None and subj.company and src is not None and not src.company and src.code != subj.code:
            # "I augusti tecknade Saab ett kontrakt med Thailand", "LIG Nex1 wins Saudi air defence order": a
            # maker that takes an order sells; it does not buy
            return Frame([subj.code], src.code, base, src in strict, won_order=True)
        more = (
            _listed_before(subj, live, tokens) + _co_suppliers(subj, live, cue, tokens, lex, weapon_toks)[1:]
            if subj
            else []
        )
        gets = next(
            (a for a in dests if cue.tok < a.tok < hi and not a.genitive and subj is not None and a.code != subj.code),
            None,
        )
        if (
            gets is not None
            and subj is not None
            and role in ("buy", "order", "receive")
            and cue.is_verb
            # not "received 14 tanks from Germany as compensation for T-72 tanks it sent to Kyiv"
            and (role != "receive" or not any(t.low in lex.cue_words for t in tokens[cue.tok + 1 : gets.tok]))
        ):
            # "Norge og Danmark kjøper 40 CV90 til Ukraina": the buyers pay for what the maker supplies Ukraine;
            # "Tsjekkia har skaffet 1,5 millioner granater til Ukraina": procured for it
            sellers = _co_suppliers(src, live, cue, tokens, lex, weapon_toks) if src is not None else []
            payers = [c for c in (subj.code, *more, *sellers) if c != gets.code]
            return Frame(payers, gets.code, base, src is not None and src in strict)
        recipient = subj.code if subj else (dests[0].code if dests else None)
        suppliers = _co_suppliers(src, live, cue, tokens, lex, weapon_toks) if src is not None else []
        buyers = tuple(c for c in more if c not in suppliers)
        return Frame(suppliers, recipient, base, src is not None and src in strict, co_recipients=buyers)
    if len(live) > 2:
        # "Danmark sender kampfly, Tyskland lover luftforsvar, og Nordkorea skal have sendt granater til Rusland":
        # a goal after another subject with its own verb is that clause's
        # (not the same subject told again: "Nordkorea lieferte Granaten ... Nordkorea hat ... an Russland geliefert")
        told = {a.code for a in live if a.tok < cue.tok and not a.preps}
        dests = [a for a in dests if a.tok < cue.tok or not _new_subject(live, tokens, cue.tok, a.tok, told, lex)]
    supplied = _supplied_object(bare, tokens, cue, lex) if dests else None
    if supplied is not None:
        # "signed a contract to supply Saudi Arabia with 10 batteries, ..., orders for Seoul's defence industry":
        # the object the verb supplies with the weapon is the recipient, not a later "for"; with no other goal the
        # frame already reads it so
        dests = [supplied]
    dst = dests[0] if dests else None
    listed = _co_recipients(dst, live, tokens, lex, cue.tok) if dst else ()  # "an Griechenland und Kroatien geliefert"
    # "an Polen und die Bundeswehr": the subject's own forces in the list of goals are no other recipient
    # (a bare name inside the list is one of it: "an Syrien, den Iran und die Huthis geliefert")
    if dst is not None:
        before = min(cue.tok, dst.tok)
        listed = tuple(c for c in listed if all(a.code != c for a in bare if a.tok < before))
    exclude = {dst.code, *listed} if dst else set()
    explicit = src is not None and src in strict
    antecedent = _antecedent(live, tokens, cue.tok, lex) if src is None and not cue.passive else None
    if antecedent is not None:
        # "Moscow has turned to North Korea, which has sent it millions of shells": the relative's subject is
        # the name before it; the goal is told after it, else it is the main clause's subject ("it")
        src = antecedent
        later = [a for a in dests if a.tok > antecedent.tok and a.code != antecedent.code]
        dst = later[0] if later else next((a for a in bare if a.tok < antecedent.tok and a.code != src.code), None)
        listed = _co_recipients(dst, live, tokens, lex) if dst is not None and later else ()
    if src is None and not cue.is_verb and lex.capital_nouns:
        # "Die Waffenlieferungen Irans an die Huthis": a genitive name right after a German noun of giving is the giver
        src = next((a for a in bare if a.tok == cue.tok + 1 and a.genitive and a.code not in exclude), None)
    if src is None and dst is None and lex.capital_nouns and _arms_itself(tokens, cue.tok):
        # "Indien und Pakistan rüsten mit ausländischen Kampfjets auf": the subject is armed; with no source named,
        # the giver is not told
        armed = subject(bare, tokens, cue.tok, exclude, lex)
        return Frame([], armed.code if armed else None, base, False)
    if src is None:
        src = subject(bare, tokens, cue.tok, exclude, lex) or _after_participle_clause(bare, tokens, cue, exclude)
        if cue.passive:
            base = 0.6
            src = src if src is not None and src.tok < cue.tok else None
            if (
                src is not None
                and dst is None
                and not src.demonym
                and (src.tok < lo or _supplied_with(weapons, tokens, cue.tok))
                and not _speaks(tokens, src, lex)  # "US officials say the rebels' drones are supplied by Iran"
                and not _struck_by(src, weapons, tokens, lex, bool(dests), cue.tok)
            ):
                # "Filippinerne har 12 af de lette kampfly, som blev leveret i 2015": a passive in a later clause
                # tells what the earlier clause's subject holds; it got them, it did not deliver them. "Die Miliz
                # wird mit Waffen aus dem Ausland versorgt": the one supplied with weapons gets them
                dst, src = src, None
    if src is not None and src.company and dst is None:
        # "Kongsberg har inngått en avtale med Tyskland om levering av NSM": a maker's counterparty buys
        joins = shared().coordinators
        dst = next(
            (a for a in live if "partner" in a.preps and a.tok > src.tok and tokens[a.tok - 1].low not in joins), None
        )
        listed = _co_recipients(dst, live, tokens, lex) if dst is not None else ()
        if dst is not None:
            dests = [dst]
    elif (
        src is not None
        and dst is None
        and not cue.is_verb
        and (counterpart := _counterpart(src, live, tokens, cue.tok, lo)) is not None
    ):
        # "Forsvarsmateriell forhandler med Peru om salg av ti helikoptre": the party dealt with gets what is sold,
        # unless it makes them ("Riyadh har inngått avtale med Beijing om levering av Wing Loong-droner")
        dst, listed = counterpart, _co_recipients(counterpart, live, tokens, lex)
        if _makes(counterpart, weapons, lex):
            src, dst, listed = counterpart, src, ()
        dests = [dst]
    elif src is not None and dst is None and not explicit:
        # "Materielstyrelsen har underskrevet en kontrakt med israelske Elbit Systems om levering af otte
        # raketkastere": a buyer's counterparty that is a maker supplies the buyer
        maker = next((a for a in live if "partner" in a.preps and a.company and a.tok > src.tok), None)
        if maker is not None:
            src, dst, listed = maker, src, ()
            dests = [dst]
    if src is None and cue.passive and (dst is None or dst.code not in shared().rivals[1]):
        # "Archer har nu levererats till Ukraina, bekräftar Försvarsmakten", "Sovjetiske stridsvogner er sendt til
        # Ukraina, sier Polen": the confirming side; not for an embargoed recipient, told by those who watch it
        # ("Nordkoreanske granater er sendt til Rusland, siger Seoul")
        src = next((a for a in actors if a.speaker and a.tok > cue.tok and a.code not in exclude), None)
    if (
        dst is None
        and src is None
        and cue.passive
        and (example := next((a for a in live if a.tok > cue.tok and _example(a, tokens)), None)) is not None
    ):
        # "NSM er tidligere solgt til en rekke land, blant andre Polen, Latvia og Spania": the buyers named as examples
        dst, listed, dests = example, _co_recipients(example, live, tokens, lex), [example]
    if dst is None and explicit and src is not None:
        # "Hizbollah har eit lager på 100 000 rakettar, dei fleste leverte frå Iran"
        holder = subject(bare, tokens, cue.tok, {src.code}, lex)
        dst = (
            holder
            if holder is not None
            and holder.tok < cue.tok
            and not _struck_by(holder, weapons, tokens, lex, bool(dests), cue.tok)
            else None
        )
        if dst is not None:
            # "Mali, Burkina Faso und Niger rüsten ihre Armeen mit Kampfdrohnen aus der Türkei auf": each holds them
            listed, dests = _co_recipients(dst, live, tokens, lex, cue.tok), [dst]
    if (
        dst is None
        and src is not None
        and not cue.passive
        and (held := _relative_of(tokens, cue.tok, weapons, lex)) >= 0
    ):
        # "Riad betreibt 72 Eurofighter, die Großbritannien geliefert hat", "Polen har Abrams-stridsvogner, som USA
        # har levert": a relative on the weapons tells how the main clause's subject got them
        dst = next((a for a in reversed(bare) if a.tok < held and a.code != src.code and not a.genitive), None)
        if dst is None:
            dst = _user_after(tokens, cue.tok, live, src, lex)
    via = None
    if src is None and dst is not None:
        via = _transit(live, dst, lo, hi)
        # "smuglet via Syria til Hizbollah", "Waffen für die RSF über Tschad": a country on the route is not the
        # supplier (where the shipment came from may be told before); "über die tschechische Munitionsinitiative":
        # the adjective names whose channel it is
        src = via if via is not None and via.demonym else None
        base = min(base, _TRANSIT_CONFIDENCE) if src is not None else base
    if dst is None and src is not None and not cue.passive:
        # the object is in the verb's clause: not "X has handed over 19 jets, and the Netherlands completed ..."
        later = [
            a
            for a in bare
            if src.tok < a.tok < hi
            and a.code != src.code
            and (not a.genitive or _owns_force(a, tokens, lex))
            # "Germany sent tanks and Norway sent howitzers to Ukraine": the next clause's subject gets nothing
            and not (
                tokens[a.tok - 1].low in shared().coordinators and new_clause_subject(tokens, a.tok - 1, a.tok, lex)
            )
        ]
        partner = [
            a
            for a in live
            if a.preps == frozenset({"partner"})
            and cue.tok < a.tok < hi  # not "..., medan USA og Nederland òg har sendt Patriot": another clause's
            and not _together(a, tokens)
        ]
        fronted = [
            a for a in bare if lo <= a.tok < src.tok and lex.lang == "de" and _dative_first(tokens, a)
        ]  # "Der Ukraine hat Deutschland ... geliefert"
        dst = later[0] if later else fronted[0] if fronted else (partner[0] if partner and cue.is_verb else None)
        if later and cue.is_verb and (objects := _co_recipients(later[0], live, tokens, lex)):
            # "Deutschland hat Polen und Tschechien Leopard-Panzer überlassen": a list of objects gets them each
            listed, dests = objects, [later[0]]
        if not later and (
            example := next((a for a in live if a.tok > cue.tok and a.code != src.code and _example(a, tokens)), None)
        ):
            # "solgt IRIS-T til flere av partnerne, blant andre Estland og Latvia": the group's members named
            dst, listed, dests = example, _co_recipients(example, live, tokens, lex), [example]
    if dst is None and src is not None and not cue.passive and role in GIVING:
        # "North Korea has supplied KN-23 missiles, which Russia has fired at Ukraine": the user in a relative
        # clause on the weapons got them
        dst = _user_in_relative(weapons, live, tokens, src, cue.tok, lex)
    if dst is None and src is not None and not cue.passive:
        # "Russia supplied 36 percent of India's arms imports": the owner of the imports gets them
        dst = next(
            (a for a in live if a.tok > cue.tok and a.code != src.code and _owns_imports(a, tokens)),
            None,
        )
    suppliers = _co_suppliers(src, live, cue, tokens, lex, weapon_toks) if src is not None else []
    if src is not None and not src.preps and not cue.passive:
        # "The United States, Germany and the Netherlands have delivered": the comma hid the first from the subject
        suppliers += [c for c in _listed_before(src, live, tokens) if c not in suppliers]
    if src is not None:
        # "an Polen und die Bundeswehr": the giver's own forces in a list of goals get nothing from it
        listed = tuple(c for c in listed if c != src.code)
    suppliers = [c for c in suppliers if dst is None or (c != dst.code and c not in listed)]
    if dst is None or not dests or dst is not dests[0]:
        listed = ()
    listed = tuple(c for c in listed if c not in suppliers)
    return Frame(suppliers, dst.code if dst else None, base, explicit, via is not None, listed)


# a noun of importing, alone or closing a compound: "imports", "våbenimport", "Rüstungsimporte" (not "important")
_IMPORTS = re.compile(r"import(?:s|e|en|er|ene|erne|erna|ane)?$")


def _owns_imports(actor: ActorRef, tokens: list[Token]) -> bool:
    """True for a genitive right before a noun of importing: "Aserbajdsjans våpenimport", "India's arms imports"."""
    return actor.genitive and any(_IMPORTS.search(t.low) for t in tokens[actor.tok + 1 : actor.tok + 4])


def _import_owner(live: list[ActorRef], tokens: list[Token]) -> ActorRef | None:
    """A genitive before a noun of importing: "70 prosent av Aserbajdsjans våpenimport kom fra Israel", "Israel
    accounted for 69 percent of Azerbaijan's arms imports" (the one whose imports they are gets them)."""
    return next(
        (
            a
            for a in live
            if _owns_imports(a, tokens)
            # "80 prosent av våpenimporten til Pakistan"
            or ("dest" in a.preps and a.tok >= 2 and _IMPORTS.search(tokens[a.tok - 2].low) is not None)
        ),
        None,
    )


_PERSONNEL = frozenset(
    {"troops", "soldiers", "tropper", "soldater", "trupper", "soldaten", "truppen", "troppar", "soldatar"}
)


_RELATIVE_USER_REACH = 3  # tokens from the weapon to its relative pronoun: "KN-23 missiles, which"


def _user_in_relative(
    weapons: list[WeaponRef], live: list[ActorRef], tokens: list[Token], src: ActorRef, verb: int, lex: Lexicon
) -> ActorRef | None:
    """The subject of a relative clause of use on weapons named after the giving verb: "levererat robotar av typen
    KN-23, som Ryssland använt mot mål i Ukraina"."""
    relatives = shared().relatives
    for w in weapons:
        if w.tok < verb:
            continue
        rel = next(
            (
                k
                for k in range(w.tok + 1, min(len(tokens), w.tok + 1 + _RELATIVE_USER_REACH))
                if tokens[k].low in relatives and tokens[k - 1].low == ","
            ),
            -1,
        )
        if rel < 0:
            continue
        user = next((a for a in live if a.tok == rel + 1 and not a.preps and not a.genitive and not a.demonym), None)
        if user is None or user.code == src.code:
            return None
        hi = clause_of(tokens, rel + 1, lex)[1]
        if any(
            lex.verbs.get(tokens[k].low, ("",))[0] == "use"
            and not (k + 1 < len(tokens) and tokens[k + 1].low in shared().down_particles)
            for k in range(user.tok + 1, hi)
        ):
            return user  # not "som Russland har skutt ned": shot down, not fired
        return None
    return None


def _user_after(tokens: list[Token], tok: int, live: list[ActorRef], src: ActorRef, lex: Lexicon) -> ActorRef | None:
    """The user of the weapons in the main clause after their relative clause holding ``tok``: "Die Drohnen, die
    Teheran geliefert hat, setzt Russland gegen die Ukraine ein", "De droner, som Iran har leveret, bruges nu af
    Rusland": the subject or the passive's agent of a verb of use after the relative clause is the recipient."""
    table = lex.verbs
    use = next(
        (
            k
            for k in range(tok + 1, len(tokens))
            if table.get(tokens[k].low, ("",))[0] == "use" or tokens[k].low in lex.used_passive
        ),
        -1,
    )
    if use < 0:
        return None
    lo, hi = clause_of(tokens, use, lex)
    return next(
        (
            a
            for a in live
            if max(lo, tok + 1) <= a.tok < hi
            and a.code != src.code
            and not a.genitive
            # "used ... by North Korean troops": troops sent abroad, not their state, use them
            and not (a.demonym and any(t.low in _PERSONNEL for t in tokens[a.tok + 1 : a.tok + 3]))
            and (not a.preps or "agent" in a.preps)
        ),
        None,
    )


def _owns_force(actor: ActorRef, tokens: list[Token], lex: Lexicon) -> bool:
    """True for a genitive beside the word for its forces, before it ("supplied Haftar's forces with", "Haftars
    styrkor") or after it ("lieferte der Armee Malis"): the phrase names the party itself, not something the party
    owns ("Israel's military advantage")."""
    if not actor.genitive:
        return False
    k = actor.tok
    return (
        (k + 1 < len(tokens) and tokens[k + 1].low.startswith(lex.owner_forces))
        or (k >= 1 and (tokens[k - 1].low in lex.forces or tokens[k - 1].low.startswith(lex.owner_forces)))
        # "arming Sudan's military in its war": the military as a noun, ended by a word that is no noun's
        or (k + 2 < len(tokens) and tokens[k + 1].low == "military" and tokens[k + 2].low in _AFTER_NOUN)
    )


_AFTER_NOUN = frozenset({"in", "with", "and", "for", "against", "during", "has", "had", "is", "was", ",", ".", "which"})


def _example(actor: ActorRef, tokens: list[Token]) -> bool:
    """True for a name after a word that opens examples: "blant andre Estland", "including Estonia"."""
    k = actor.tok
    including = shared().including
    return k >= 1 and (
        tokens[k - 1].low in including or (k >= 2 and f"{tokens[k - 2].low} {tokens[k - 1].low}" in including)
    )


def _after_copula(tokens: list[Token], tok: int) -> bool:
    """True for a name right after a copula, "var", "war", "was", "er" (an article or a year between allowed: "war
    2024 die Ukraine")."""
    k = tok - 1
    if k >= 1 and tokens[k].low in ARTICLES:
        k -= 1
    if k >= 1 and tokens[k].low.isdigit():
        k -= 1
    return k >= 0 and tokens[k].low in COPULAS


def signs_in(tokens: list[Token], lo: int, hi: int, lex: Lexicon) -> bool:
    """True when ``tokens[lo:hi]`` tell a signing or the entering of an agreement ("tecknat ett avtal", "inngått ein
    avtale", "signed a contract", "unterschrieben"), which tells no direction of its own."""
    for k in range(lo, hi):
        low = tokens[k].low
        if lex.verbs.get(low, ("",))[0] == "sign":
            return True
        if low in lex.enter_verbs and any(
            tokens[j].low.endswith(lex.agreement_nouns)
            for j in _in_clause(tokens, k + 1, k + 1 + _AGREEMENT_REACH, lex)
        ):
            return True  # "tecknade ett avtal", not "skriver Reuters"
        if k > lo and lex.verb_phrases.get(f"{tokens[k - 1].low} {low}", ("",))[0] == "sign":
            return True
    return False


def _sells_to(
    subj: ActorRef, partner: ActorRef, weapons: list[WeaponRef], tokens: list[Token], lo: int, hi: int, lex: Lexicon
) -> bool:
    """True when the subject of a signing is the seller: it makes the weapons and the partner does not, or no
    weapon's maker is told, the clause tells no purchase ("... with Finland to buy shells") and it is a large
    exporter (``Shared.exporters``) signing with a state that is none."""
    if _makes(subj, weapons, lex):
        return not _makes(partner, weapons, lex)
    if any(w.origin or lex.origin_of_system(w.surface) for w in weapons):
        return False
    words = shared()
    if any(tokens[k].low.startswith(words.purchase_words) for k in range(lo, hi)):
        return False
    return subj.code in words.exporters and partner.code not in words.exporters and not partner.company


def named_model(tok: int, tokens: list[Token], lex: Lexicon) -> str | None:
    """The maker of a system named by name beside a loose word that the lexicon has no term for.

    Before it ("40 Chinese J-35 stealth fighters", "Wing Loong drones"), right after it, or after a word for a type
    ("Hubschrauber vom Typ UH-60M Black Hawk", "droner af typen Wing Loong"). The name is capitalised or
    holds a digit, so a common word that begins like a system's name is not read as one.
    """
    places = [tok - 2, tok - 1, tok + 1]  # "das Kurzstreckensystem Spyder"
    after = next((i for i in range(tok + 1, min(tok + 4, len(tokens))) if tokens[i].low in shared().type_words), None)
    if after is not None:
        if after + 1 < len(tokens) and (found := lex.origin_of_system(f"{tokens[after].low} {tokens[after + 1].low}")):
            return found  # "Boote vom Typ 209"
        places += [after + 1, after + 2]
    for i in (i for i in places if 0 <= i < len(tokens)):
        word = tokens[i]
        if not (word.text_upper or any(c.isdigit() for c in word.low)):
            continue
        two = word.low + " " + tokens[i + 1].low if i + 1 < len(tokens) else word.low
        found = lex.origin_of_system(two)
        if found is not None:
            return found
    return None


def _maker_among(
    subj: ActorRef, live: list[ActorRef], weapons: list[WeaponRef], tokens: list[Token], verb: int, lex: Lexicon
) -> tuple[str, str] | None:
    """(seller, buyer) of two states listed as the subject of a signing when exactly one of them makes the weapons."""
    if any(_makes_together(tokens, k) for k in range(verb, min(len(tokens), verb + 4))):
        return None  # "signed a deal for the joint production of TB2 drones"
    if any("dest" in a.preps for a in live) or any(t.low in lex.negation for t in tokens[subj.tok : verb]):
        return None  # "... for 180 K2 tanks for Romania": a third buyer; "did not sign"
    joins = shared().coordinators
    mate = next((a for a in live if subj.tok < a.tok < verb), None)
    if mate is None or mate.company or subj.company or not mate.preps <= _PARTNER_ONLY or mate.code == subj.code:
        return None
    between = tokens[subj.tok + 1 : mate.tok]
    if sum(t.low in joins for t in between) != 1 or not all(t.low in joins or t.text_upper for t in between):
        return None  # only the rest of the first name and one "and"
    makers = {w.origin or lex.origin_of_system(w.surface) or named_model(w.tok, tokens, lex) for w in weapons}
    if subj.code in makers and mate.code not in makers:
        return subj.code, mate.code
    if mate.code in makers and subj.code not in makers:
        return mate.code, subj.code
    return None


def _makes(actor: ActorRef, weapons: list[WeaponRef], lex: Lexicon) -> bool:
    """True when ``actor`` is the state of origin of one of the sentence's weapons."""
    return any(actor.code == (w.origin or lex.origin_of_system(w.surface)) for w in weapons)


def _reseller(live: list[ActorRef], weapons: list[WeaponRef], lo: int, hi: int, lex: Lexicon) -> ActorRef | None:
    """The state a receiver got another's make through: "fått luftvärnssystem av typen Pantsir via Förenade
    Arabemiraten" (AE sold Russian-made systems on). A route with no other state's make told stays a route."""
    via = next((a for a in live if "transit" in a.preps and lo <= a.tok < hi), None)
    if via is None:
        return None
    told = any(w.origin or lex.origin_of_system(w.surface) for w in weapons)
    return via if told and not _makes(via, weapons, lex) else None


def _supplied_object(bare: list[ActorRef], tokens: list[Token], cue: Cue, lex: Lexicon) -> ActorRef | None:
    """The name right after a supplying verb and before "with": "supply Saudi Arabia with", "förse Ukraina med"."""
    if not cue.is_verb or cue.role != "supply":
        return None
    withs = lex.preps.get("partner", frozenset()) - shared().coordinators
    for a in bare:
        if not cue.tok < a.tok <= cue.tok + 2:
            continue
        for k in range(a.tok + 1, min(a.tok + 4, len(tokens))):
            if tokens[k].low in withs:
                return a
            if not tokens[k].text_upper:
                break
    return None


def _new_subject(live: list[ActorRef], tokens: list[Token], lo: int, hi: int, told: set[str], lex: Lexicon) -> bool:
    """True when a bare actor between ``lo`` and ``hi`` (other than one ``told`` before) is followed by a verb or an
    auxiliary: a clause with a subject of its own."""
    words = shared()
    for actor in live:
        nxt = actor.tok + 1
        if not lo < actor.tok < hi or actor.preps or actor.genitive or actor.code in told or nxt >= len(tokens):
            continue
        low = tokens[nxt].low
        if low in lex.verb_forms or low in words.modals:
            return True
    return False


def _counterpart(src: ActorRef, live: list[ActorRef], tokens: list[Token], cue: int, lo: int) -> ActorRef | None:
    """The state dealt with ("med Peru", "mit Peru", "with the Ghanaian navy") before a sale noun, in the noun's
    clause; not one acting on the subject's side ("sammen med Tyskland") or a company."""
    words = shared()
    for actor in live:
        if not lo <= actor.tok < cue or actor.code == src.code or actor.company or actor.preps != _JOINT:
            continue
        before = {t.low for t in tokens[max(0, actor.tok - _PREP_GAP) : actor.tok]}
        if before.isdisjoint(words.coordinators) and before.isdisjoint(words.together):
            return actor
    return None


_LIST_NAME_WORDS = 4  # capitalised words of a name told with its article: "die Vereinigten Arabischen Emirate"


def _listed_article(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """True when the German "die"/"der" at ``k`` after a comma is the article of a listed name, not a relative
    pronoun: "Dänemark, die Niederlande und Norwegen", "Frankreich, der Iran, ...". The name must be one told with
    its article (``article_names``) and the list must go on after it, since "die Miliz, der Iran Raketen liefert"
    is a relative clause."""
    if not lex.article_names or k + 1 >= len(tokens) or tokens[k + 1].low not in lex.article_names:
        return False
    for j in range(k + 2, min(len(tokens), k + 2 + _LIST_NAME_WORDS)):
        if tokens[j].low == "," or tokens[j].low in shared().coordinators:
            return True
        if not tokens[j].text_upper:
            return False
    return False


def _antecedent(live: list[ActorRef], tokens: list[Token], tok: int, lex: Lexicon) -> ActorRef | None:
    """The actor a relative clause holding ``tok`` hangs on: "North Korea, which has sent", "Iran, som har levert"."""
    lo, _hi = clause_of(tokens, tok, lex)
    rel = lo if tokens[lo].low in shared().relatives else lo - 1
    if rel < 2 or tokens[rel].low not in shared().relatives or tokens[rel - 1].low != ",":
        return None
    if _listed_article(tokens, rel, lex):
        return None  # "Dänemark, die Niederlande und Norwegen haben": a list, and "die" is the next name's article
    name_end = rel - 1  # the comma; the name (of one or more capitalised words) ends just before it
    found = [
        a for a in live if 0 < name_end - a.tok <= _NAME_WORDS and all(t.text_upper for t in tokens[a.tok : name_end])
    ]
    return found[-1] if found else None


def _wins_order(tokens: list[Token], tok: int, lex: Lexicon) -> bool:
    """True when an order or contract noun follows the receiving verb in its clause ("fått en kontrakt",
    "erhält einen Großauftrag", "received an order")."""
    for k in range(tok + 1, min(len(tokens), tok + 1 + _ORDER_REACH)):
        low = tokens[k].low
        if low in CLAUSE_BREAKS:
            return False
        if _contract_noun(low, lex):
            return True
    return False


def _contract_noun(low: str, lex: Lexicon) -> bool:
    """True for an order or contract noun, alone or ending a compound ("Großauftrag", "F-35-kontrakten")."""
    nouns = lex.preps.get("contract", frozenset())
    return low in nouns or any(low.endswith(n) and (len(n) >= _MIN_COMPOUND or low.endswith(f"-{n}")) for n in nouns)


def _order_from(tokens: list[Token], tok: int, lex: Lexicon) -> bool:
    """True for an actor right after an order or contract noun and its preposition: "Großauftrag aus Indien",
    "an order from India", "beställning från Förenade Arabemiraten"."""
    skip = lex.preps.get("determiners", frozenset())
    k = tok - 1
    while k > 0 and tokens[k].low in skip:
        k -= 1
    return k >= 1 and "source" in lex.prep_roles.get(tokens[k].low, ()) and _contract_noun(tokens[k - 1].low, lex)


def _transit(live: list[ActorRef], goal: ActorRef | None, lo: int, hi: int) -> ActorRef | None:
    """The country a shipment passed through on its way to ``goal``, in the same clause."""
    if goal is None:
        return None
    return next((a for a in live if "transit" in a.preps and lo <= a.tok < hi and a.code != goal.code), None)


def _beside(tok: int, anchors: set[int], tokens: list[Token], lex: Lexicon) -> bool:
    """An actor right after "verb/weapon + prep" ("kjøpe i Nord-Korea", "Kampfdrohnen in der Türkei") or right
    before a verb-final participle or its weapon ("in den USA bestellt", "in Israel gekaufte")."""
    article = tokens[tok - 1].low in lex.preps.get("determiners", frozenset())
    return tok - 2 in anchors or tok + 1 in anchors or (article and tok - 3 in anchors)


def _before_weapon(tok: int, weapons: list[WeaponRef], tokens: list[Token]) -> bool:
    """An actor right before the counted weapon it is bought from: "in den USA vier weitere Patriot-Systeme
    bestellt" (only numbers and lower-case words between)."""
    for w in weapons:
        between = tokens[tok + 1 : w.tok]
        if 0 < w.tok - tok <= _BEFORE_WEAPON and all(not t.text_upper for t in between):
            return True
    return False


def local_source(
    weapon: WeaponRef, actors: list[ActorRef], cue: Cue | None, tokens: list[Token], lex: Lexicon
) -> str | None:
    """A source right after the weapon: "NASAMS frå Noreg og IRIS-T frå Tyskland", "droner – kjøpt fra Tyrkia"."""
    for actor in actors:
        gap = actor.tok - weapon.tok
        if (
            0 < gap <= _LOCAL
            and "source" in actor.preps
            and not actor.attribution
            # "Transporthubschrauber, aus China kamen gepanzerte Fahrzeuge": after a comma a new clause may begin
            and (
                all(t.low != "," for t in tokens[weapon.tok + 1 : actor.tok])
                or _participle_after(tokens, weapon.tok, lex)
            )
        ):
            return actor.code
        if gap == _LOCAL + 1 and "source" in actor.preps and _participle_after(tokens, weapon.tok, lex):
            return actor.code
        if (
            cue is not None
            and cue.role in RECEIVING
            and 0 < actor.tok - weapon.tok <= _LOCAL
            and "source_buy" in actor.preps
        ):
            return actor.code
    return None


def _participle_after(tokens: list[Token], tok: int, lex: Lexicon) -> bool:
    """True for "droner, kjøpt fra", "drones, bought from": a comma or dash and a past transfer participle after
    the weapon, so the source that follows is the weapon's own."""
    if tok + 2 >= len(tokens) or tokens[tok + 1].low not in (",", "–", "—", "-"):
        return False
    meaning = lex.verbs.get(tokens[tok + 2].low)
    return (
        meaning is not None and meaning[1] in ("past", "passive") and (meaning[0] in RECEIVING or meaning[0] in GIVING)
    )
