"""One sentence in, candidate transfers out: who supplies whom with what, how many, how far.

The direction comes from the transfer cue (a verb or noun with a role: supplying, receiving,
buying, using, being a supplier) and the prepositions around the actors. Sides left open here
may be filled from the surrounding article by :mod:`services.extractor.tagging.article`.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace
from itertools import pairwise

from schemas.mention import Status
from services.extractor.tagging.direction import (
    GIVING,
    Cue,
    Frame,
    cue_for,
    find_cues,
    frame_of,
    local_source,
    named_model,
    signs_in,
    subject,
)
from services.extractor.tagging.lexicon import CLAUSE_BREAKS, Kind, Lexicon, shared
from services.extractor.tagging.quantities import Amount, find_amounts
from services.extractor.tagging.roles import (
    ARTICLES,
    CASE_ARTICLES,
    ActorRef,
    WeaponRef,
    actor_refs,
    article_opens_name,
    clause_after_list,
    clause_of,
    last_token,
    ranked_behind,
    relying_cue,
    verb_particle,
    weapon_refs,
)
from services.extractor.tagging.scanning import Hit
from services.extractor.tagging.sentences import Sentence, Token, normalised
from services.extractor.tagging.status import negated, sentence_status

_AMOUNT_REACH = 6
_MONEY_REACH = 10
_EXCHANGE_WORDS = 3
_PART_REACH = 4
_AIM_REACH = 8  # words from "teknologi til" to the last weapon it is for: "til satellitter og atomdrevne ubåter"
_CARRIED_REACH = 8  # tokens from a transport plane to the "med" that brings its cargo ("landa på ... med")
_ABOARD_REACH = 3  # "aboard C-130 transport planes", "om bord på et fly"
_LIST_REACH = 4  # tokens after a weapon that may still belong to its list: "droner og missil mot"
# words between two amounts of one list: "24 fly og 12 helikoptre". (This read 8 but was shadowed by a later
# constant of 3, which the tuned sets bear out: with 8, a sum of two counts in a sentence is read as one list.)
_AMOUNT_LIST_GAP = 3
SYSTEM_CONFIDENCE = 0.6  # a pair told by a system's maker, not by the sentence's own parties
_GAP_ENDS = frozenset({".", ",", ";", "og", "and", "und", "och", "samt"})  # after its amount
_GROUP_REACH = 3  # words from "from" to its group: "from other European allies", "från andra europeiska länder"
_HOLDER_CONFIDENCE = 0.5  # a state holding weapons of foreign make, told with no transfer word
BUYING = frozenset({"receive", "buy", "order"})  # cues whose subject gets the weapons
# kinds with no hardware of their own ("våben", "know-how"): told by their worth rather than counted
GENERAL = frozenset({"military_equipment_general", "technology_transfer"})


@dataclass(slots=True)
class Candidate:
    """A transfer read from one sentence; ``supplier``/``recipient`` may still be open."""

    supplier: str | None
    recipient: str | None
    weapon: str
    terms: list[str]
    amount: Amount | None
    unit: str | None
    status: Status
    sentence: Sentence
    confidence: float
    cue: str | None
    beside_specific: bool = False
    generic: bool = False
    passive: bool = False
    after_route: bool = False  # the origin of a shipment whose route the sentence names: told before
    returned: bool = False  # "In return, Pyongyang is receiving ...": the other side of the transfer told before
    ranked: bool = False  # "Tyskland er etter USA Israels største våpenleverandør": the US only ranked, told no count


@dataclass(slots=True)
class Reading:
    """All candidates of a sentence and the actors it names (for context in later sentences)."""

    candidates: list[Candidate]
    actors: list[str]
    dests: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    # amounts of weapons the sentence names without a transfer ("Die 400 Raketen kosten 2,35 Milliarden Dollar",
    # "Det er snakk om 16 utskytingseiningar"), by kind: for the transfer told just before
    counts: dict[str, Amount] = field(default_factory=dict)
    count_terms: dict[str, str] = field(default_factory=dict)  # the weapon word each count is of


_ROLE_REACH = 5  # words from "as" to the supplier it was overtaken as: "som Armenias største våpenleverandør"
_PASSING = 0.1  # less sure than the sentence's own transfer: a state overtaken is told in passing


def _overtaken(out: list[Candidate], lows: list[str], actors: list[ActorRef]) -> list[Candidate]:
    """Both the state that overtook another as a party's supplier and the one overtaken supply that party: "India
    has overtaken Russia as Armenia's largest arms supplier" (IN>AM and RU>AM, not India selling to Russia), "Indien
    har gått om Ryssland som Armeniens största vapenleverantör" (``Shared.overtaking``; the one overtaken stands
    right before "as", the one overtaking is the last party named before it)."""
    words = shared()
    norm = f" {' '.join(lows)} "
    if not any(w in norm for w in words.overtaking):
        return out
    named = [a for a in actors if not a.attribution and not a.demonym]
    for k, low in enumerate(lows):
        if low not in words.overtaken_as:
            continue
        behind = next((a for a in named if a.tok in (k - 1, k - 2)), None)
        if behind is None:
            continue
        ahead = next((a for a in reversed(named) if a.tok < behind.tok), None)
        if ahead is None or ahead.code == behind.code:
            continue
        rivals = {ahead.code, behind.code}
        if not any(w in f" {' '.join(lows[ahead.tok : behind.tok + 1])} " for w in words.overtaking) and not any(
            w in f" {' '.join(lows[k:])} " for w in words.overtaking
        ):
            continue  # the word of overtaking between them, or verb-final after the role ("... abgelöst")
        if not any(supplies in w for w in lows[k + 1 : k + 1 + _ROLE_REACH] for supplies in words.supplier_roles):
            continue  # another role: "Kina har gått forbi Russland som Irans viktigste handelspartner"
        kept = [c for c in out if not (c.supplier in rivals and c.recipient in rivals)]
        added: list[Candidate] = []
        for c in kept:
            if c.supplier not in rivals or c.recipient is None or c.recipient in rivals:
                continue
            other = ahead.code if c.supplier == behind.code else behind.code
            if any(x.supplier == other and x.recipient == c.recipient for x in kept):
                continue
            # the one overtaken supplied before, as said in passing: delivered, a little less sure
            if other == behind.code:
                added.append(replace(c, supplier=other, status=Status.DELIVERED, confidence=c.confidence - _PASSING))
            else:  # the sentence read the one overtaken ("som Armenias største våpenleverandør")
                added.append(replace(c, supplier=other))
                c.status, c.confidence = Status.DELIVERED, c.confidence - _PASSING
        return kept + added
    return out


_DEFINITE = frozenset({"de", "dei", "die", "the", "den", "dem", "these", "those", "disse", "dessa"})
_DEFINITE_REACH = 3  # words from a definite article to its weapon: "de gamle F-16'ere", "die ausgemusterten Jets"


def _old_ones_before(tokens: list[Token], tok: int) -> bool:
    """Whether the weapon is told as the old ones, with a definite article ("En del af de gamle F-16'ere blev doneret
    til Ukraine", "the retired jets", "die alten Panzer"): weapons told before, given away by their holder, not by
    their maker; not "Die ersten 18 Leopard-2-Panzer wurden ... geliefert" (the maker's new ones)."""
    before = [t.low for t in tokens[max(0, tok - _DEFINITE_REACH) : tok]]
    return not _DEFINITE.isdisjoint(before) and any(w.startswith(shared().old_words) for w in before)


def _ranked_first(
    out: list[Candidate], tokens: list[Token], hits: list[Hit], tok_of: dict[int, int], lex: Lexicon
) -> None:
    """Add the state a supplier is ranked behind as a supplier of the same recipient ("Tyskland er etter USA Israels
    nest største våpenleverandør", "Tyskland, der efter USA er Israels største våbenleverandør"): ranked first among
    that recipient's suppliers, it is one. A ranking with no recipient ("verdens næststørste våbeneksportør efter USA")
    gives no candidate to copy."""
    told = [c for c in out if c.cue == "supplier" and c.supplier is not None and c.recipient is not None]
    if not told:
        return  # most sentences with "after" or "nach" name no recipient's supplier: actor_refs' ranking test not rerun
    ranked = [h.value for h in hits if h.kind is Kind.ACTOR and ranked_behind(tokens, tok_of[h.start], h.end, lex)]
    for code in dict.fromkeys(ranked):
        for cand in told:
            if code != cand.recipient and not any(c.supplier == code and c.recipient == cand.recipient for c in out):
                out.append(
                    replace(
                        cand,
                        supplier=code,
                        weapon="military_equipment_general",  # ranked as a supplier, not of the counted kind
                        amount=None,
                        unit=None,
                        status=Status.ONGOING,
                        ranked=True,
                    )
                )


def retold(source: Candidate, weapon: str, term: str, sentence: Sentence, confidence: float) -> Candidate:
    """``source``'s pair and status told again for ``weapon`` in another sentence, with no amount of its own (a
    cargo's inventory, local production under licence)."""
    return replace(
        source,
        weapon=weapon,
        terms=[term],
        amount=None,
        unit=None,
        sentence=sentence,
        confidence=min(source.confidence, confidence),
        beside_specific=False,
        generic=False,
    )


def sold_again(
    source: Candidate,
    recipient: str,
    amount: Amount | None,
    status: Status,
    sentence: Sentence,
    confidence: float,
    cue: str | None = None,
) -> Candidate:
    """``source``'s seller and kind told again for another buyer ("..., and Iraq signed a $2.8 billion order",
    "etterfulgt av Nederland med 1,1 milliarder"), with that buyer's own amount, status and sentence."""
    return replace(
        source,
        recipient=recipient,
        terms=list(source.terms),
        amount=amount,
        unit=(amount.currency or amount.counted) if amount is not None else None,
        status=status,
        sentence=sentence,
        confidence=min(source.confidence, confidence),
        cue=cue if cue is not None else source.cue,
    )


def _listed(weapon: WeaponRef, weapons: list[WeaponRef], tokens: list[Token], any_kind: bool = False) -> bool:
    """Whether a general weapon word is an item of its own in a list with a named kind.

    "weapons and drones", "raketter og våpen", "Ausrüstung und gepanzerte Fahrzeuge": the general word is joined
    to the other by a coordinator, so it names more than the kind beside it; "Waffen, unter anderem Rafale" and
    "munitions and related materiel" are not. With ``any_kind``, any weapon word joined to any other counts
    ("kamphelikoptre og transportfly": the transport planes are an item of the list, not its carrier).
    """
    if not any_kind and _radar(weapon):
        return False  # "NASAMS systems and radars": the system's own radars
    joins, bare = shared().coordinators, shared().bare_ammunition
    for other in weapons:
        if (other.category in GENERAL and not any_kind) or other.tok == weapon.tok:
            continue
        lo, hi = sorted((weapon.tok, other.tok))
        between = tokens[lo + 1 : hi]
        # "våpen og droner", "våpen, ammunisjon og droner" (bare ammunition is no item of its own), "Ausrüstung und
        # gepanzerte Fahrzeuge"; not "materiel, däribland F-15-plan"
        if between and between[0].low in joins and len(between) <= 3:
            rest = between[1:]
            if all(t.low in joins or t.low in bare for t in rest) or (len(rest) == 1 and between[0].low != ","):
                return True
    return False


def _radar(weapon: WeaponRef) -> bool:
    """Radars are general equipment that mostly belong to a system named beside them."""
    return "radar" in weapon.surface.lower()


def _one(weapon: WeaponRef, tokens: list[Token], lex: Lexicon) -> Amount | None:
    """ "ein weiteres Flugabwehrsystem", "et THAAD-system", "a frigate": the article counts one."""
    if weapon.category in GENERAL:
        return None  # "eine lokale Produktion", "a factory", "en ny militær støttepakke": no count of items
    for back in (1, 2):
        k = weapon.tok - back
        if (
            k >= 0
            and lex.numbers.words.get(tokens[k].low) == 1.0
            and tokens[k].low not in lex.numbers.scales
            and (back == 1 or tokens[k + 1].low not in _QUANTIFIERS)  # "en række raketkastere": a number of them
        ):
            return Amount(1.0, False, None, k, k, None, tokens[k].start, tokens[k].end, inferred=True)
    return None


def _model_number(tokens: list[Token], tok: int) -> bool:
    """True for a model number joined to the weapon word after a maker's name: "Bell 412-helikoptre"."""
    if tok < 3 or tokens[tok - 1].low != "-" or not tokens[tok - 2].low.isdigit():
        return False
    hyphen, number, name = tokens[tok - 1], tokens[tok - 2], tokens[tok - 3]
    return number.end == hyphen.start and hyphen.end == tokens[tok].start and name.text_upper and name.low.isalpha()


def _category_amount(
    weapon: WeaponRef,
    weapons: list[WeaponRef],
    amounts: list[Amount],
    taken_after: int,
    tokens: list[Token],
    lex: Lexicon,
    actors: list[ActorRef],
) -> Amount | None:
    """The amount of a category in a sentence: summed over its terms ("59 Bradley og 90 Stryker"), not over
    items with a party each ("36 Rafale-fly fra Frankrig, 36 F-15QA fra USA")."""
    designations = {w.tok + 1 for w in weapons}  # "Stridsvagn 122", "stridsfordon 90" name a model
    designations.update(w.tok - 2 for w in weapons if _model_number(tokens, w.tok))
    usable = [a for a in amounts if a.first not in designations]
    found: list[Amount] = []
    for other in weapons:
        if other.category != weapon.category:
            continue
        amount = _amount_for(other, usable, taken_after, weapons, tokens)
        if amount is not None and amount not in found:
            found.append(amount)
    if not found:
        return _one(weapon, tokens, lex)
    packaging = len(found) > 1 and any(not a.packaging for a in found)
    if packaging:
        # "12 000 containrar med ammunition, vilket motsvarar omkring 9 miljoner artillerigranater": the weapon's
        # own count, not its packaging's
        found = [a for a in found if not a.packaging]
    own = _amount_for(weapon, usable, taken_after, weapons, tokens)
    if any(a.currency for a in found):
        # "ett avtal om TB2-drönare för 367 miljoner dollar, och ... Polen köpt 24 TB2": the term's own count
        return own if own is not None else found[0]
    listed = [found[0]]
    for amount in found[1:]:
        named = any(listed[-1].last < a.tok < amount.first and not a.demonym for a in actors)
        if named or not _coordinated(tokens, listed[-1].last, amount.first, lex):
            break  # "14 tanks were handed over ..., part of an order for 116": not a list
        listed.append(amount)
    if own is not None and own not in listed and not (packaging and own.packaging):
        return own  # "24 fly, mens Norge har lovet seks fly": each clause its own amount
    if len(listed) == 1:
        return listed[0]
    first = listed[0]
    return Amount(
        sum(a.value for a in listed),
        any(a.approx for a in listed),
        None,
        first.first,
        listed[-1].last,
        first.counted,
        first.start,
        listed[-1].end,
    )


def _maker(weapon: WeaponRef, weapons: list[WeaponRef], lex: Lexicon, tokens: list[Token]) -> str | None:
    """The country that makes ``weapon`` when no seller is named: "Indonesien køber 48 KAAN-kampfly" (TR).

    A loose word takes the maker (or origin adjective) of a system of its kind in the same sentence:
    "Bayraktar TB2-droner er solgt ..., og Kosovo har fået leveret droner", or of the system named beside it.
    """
    own = lex.origin_of_system(weapon.surface)
    if own is not None:
        return own
    for other in weapons:
        if other.category == weapon.category:
            found = other.origin or lex.origin_of_system(other.surface)
            if found is not None:
                return found
    return named_model(weapon.tok, tokens, lex)


def _from_group(tokens: list[Token], first: int, last: int, lex: Lexicon) -> bool:
    """True when the clauses from ``first`` to ``last`` name a group as the source: "the F-16s it has been
    receiving from European allies", "de F-16 som Ukraina fått från andra europeiska länder", or as the ones asked
    ("has asked its allies for more Patriot batteries", "bad de allierte om flere Patriot-batterier", "hat die
    Nato-Staaten um IRIS-T gebeten"). The sellers are others than the maker."""
    lo, hi = clause_of(tokens, first, lex)[0], clause_of(tokens, last, lex)[1]
    sources, groups = lex.preps.get("source", frozenset()), shared().source_groups
    if any(
        tokens[k].low in sources and any(_group(t.low, groups) for t in tokens[k + 1 : k + 1 + _GROUP_REACH])
        for k in range(lo, hi)
    ):
        return True
    # the ones asked, after or (verb-final) before the verb: "bat ihre Verbündeten um", "die Nato-Staaten ... gebeten"
    return any(lex.verbs.get(t.low, ("",))[0] == "request" for t in tokens[lo:hi]) and any(
        _group(t.low, groups) for t in tokens[lo:hi]
    )


def _group(low: str, groups: frozenset[str]) -> bool:
    """Whether a word names a group of states: "allies", "Verbündeten", "NATO-landene" (its last part)."""
    return low in groups or low.rsplit("-", 1)[-1] in groups


def _no_other_party(
    actors: list[ActorRef], parties: tuple[str, ...], span: tuple[int, int], tokens: list[Token] | None = None
) -> bool:
    """True when every actor in the token range ``span`` is one of ``parties``, an attribution, an adjective or (with
    ``tokens``) a partner the weapon was developed with ("Jagerflyet JF-17, som er utviklet sammen med Kina, er solgt
    til Myanmar": Pakistan's make)."""
    lo, hi = span
    return all(
        a.code in parties
        or a.attribution
        or a.demonym
        or not lo <= a.tok < hi
        or (tokens is not None and _co_developer(a, tokens))
        for a in actors
    )


_DEVELOPED_REACH = 4  # tokens before a partner searched for a word of developing


def _co_developer(actor: ActorRef, tokens: list[Token]) -> bool:
    """True for a partner named after a word of developing: "utviklet sammen med Kina", "developed with China"."""
    developing = shared().developing
    return "partner" in actor.preps and any(
        t.low.startswith(developing) for t in tokens[max(0, actor.tok - _DEVELOPED_REACH) : actor.tok]
    )


def _part_for(weapon: WeaponRef, weapons: list[WeaponRef], tokens: list[Token], lex: Lexicon) -> bool:
    """True for parts named for another weapon ("komponenter til ballistiske missiler", "Bauteile für Drohnen")
    or parts a thing is made with ("en drone med kinesiske komponenter")."""
    k = weapon.tok
    if weapon.category != "technology_transfer" or tokens[k].low not in lex.parts:
        return False
    with_ = lex.preps.get("partner", frozenset()) - shared().coordinators
    for j in range(max(0, k - 2), k):
        # "en drone med kinesiske komponenter", not "beliefert Russland mit Bauteilen"
        if tokens[j].low in with_ and any(0 < j - w.tok <= _PART_REACH // 2 for w in weapons):
            return True
    if k + 1 >= len(tokens) or tokens[k + 1].low not in lex.parts_for:
        return False
    return any(0 < w.tok - k <= _PART_REACH and w.category not in GENERAL for w in weapons)


def _aim_of(weapon: WeaponRef, know_how: list[WeaponRef], tokens: list[Token], lex: Lexicon) -> bool:
    """True for a weapon that technology is for: "teknologi til atomdrevne ubåde", "teknik för satelliter och
    robotar", "submarine technology". The transfer is the technology, not the weapon."""
    if weapon.category == "technology_transfer":
        return False
    for tech in know_how:
        if 0 < tech.tok - weapon.tok <= 1:
            return True  # "satellite and submarine technology"
        if (
            tech.tok + 1 < len(tokens)
            and tokens[tech.tok + 1].low in lex.parts_for
            and 0 < weapon.tok - tech.tok <= _AIM_REACH
            and not any(t.low in CLAUSE_BREAKS for t in tokens[tech.tok + 1 : weapon.tok])
        ):
            return True
    return False


def _coordinated(tokens: list[Token], after: int, before: int, lex: Lexicon) -> bool:
    """True when the amounts ending at ``after`` and starting at ``before`` are items of one list.

    A clause word or a verb between them ("24 fly, mens Norge har lovet seks") ends the list.
    """
    words = shared()
    between = [t.low for t in tokens[after + 1 : before]]
    if len(between) > _AMOUNT_LIST_GAP or words.coordinators.isdisjoint(between):
        return False
    clause = lex.preps.get("clause", frozenset())
    return not any(w in clause or w in lex.verb_forms for w in between)


def _amount_for(
    weapon: WeaponRef, amounts: list[Amount], taken_after: int, weapons: list[WeaponRef], tokens: list[Token]
) -> Amount | None:
    best: Amount | None = None
    for amount in amounts:
        if amount.last < weapon.tok and weapon.tok - amount.last <= _AMOUNT_REACH:
            if not _counts_other(weapon, amount, weapons, tokens):
                best = amount
        elif amount.first > weapon.tok and amount.currency and amount.first - weapon.tok <= _MONEY_REACH:
            best = best or amount
    if best is not None and taken_after >= 0 and best.first > taken_after:
        return None
    return best


def give_amount(candidates: list[Candidate], amount: Amount, unit: str | None) -> None:
    """Give ``amount`` (in ``unit``; None: the weapon's own) to those of ``candidates`` that have none."""
    for cand in candidates:
        if cand.amount is None and not cand.ranked:
            cand.amount, cand.unit = amount, unit


def _sole_sum(candidates: list[Candidate], amounts: list[Amount]) -> None:
    """The one sum of money a transfer sentence names is its worth, however far from the weapon ("Finnland
    entschied sich für David's Sling, ..., der Vertrag hat ein Volumen von rund 316 Millionen Euro"; "Danmark
    bidrager med 500 millioner kroner til det tjekkiskledede initiativ, der skal skaffe artilleriammunition")."""
    sums = [a for a in amounts if a.currency]
    if len(sums) != 1:
        return
    give_amount(candidates, sums[0], sums[0].currency)


def _sole_count(
    candidates: list[Candidate], amounts: list[Amount], weapons: list[WeaponRef], tokens: list[Token]
) -> None:
    """A count told after the weapon as "N of them", "of which N" or "N pieces" counts that weapon, when the
    sentence names one kind ("Norge har til sammen kjøpt 28 av dem fra Hanwha"; "Panzerhaubitzen vom Typ K9,
    von denen mehr als 150 bereits ausgeliefert wurden"; "Von den Panzerhaubitzen K9 sind 100 Exemplare in Polen
    eingetroffen")."""
    if len({c.weapon for c in candidates}) != 1 or all(c.amount is not None for c in candidates):
        return
    words = shared()
    first_weapon = min(w.tok for w in weapons)
    counts = [
        a
        for a in amounts
        if a.currency is None
        and a.first > first_weapon
        and (
            a.counted == "items"
            or (
                a.last + 2 < len(tokens)
                and tokens[a.last + 1].low in words.part_of
                and tokens[a.last + 2].low in words.them
            )
            or any(t.low in words.of_which for t in tokens[max(0, a.first - 3) : a.first])
            or (
                follows_firsts([t.low for t in tokens[max(0, a.first - _FIRSTS_REACH) : a.first]])
                and _counts_the_order(tokens, a.last + 1, weapons)
            )
        )
    ]
    if len(counts) != 1:
        return
    give_amount(candidates, counts[0], None)


_FIRSTS_REACH = 6  # words from "first" to the count of the order ("de første af i alt 24")


def follows_firsts(before: list[str]) -> bool:
    """Whether a count follows "the first of" ("Flya er dei første av i alt 24 som Argentina kjøpte", "the first
    of six it ordered", "die ersten von insgesamt 24"): it counts the whole order, not the items delivered.
    ``before`` holds the lower-cased words before the count."""
    words = shared()
    at = len(before)
    while at and before[at - 1] in words.order_total_words:
        at -= 1
    return at >= 2 and before[at - 1] in words.part_of and before[at - 2] in words.first_items


def _counts_the_order(tokens: list[Token], at: int, weapons: list[WeaponRef]) -> bool:
    """Whether the word at ``at``, right after an order's size, leaves it counting the weapons: none or punctuation,
    a relative, an order's tail ("dei første av i alt 24 som", "the first of 24 on order"), a name (the buyer: "de
    første av tolv Estland har bestilt"), a word of new or used, or a weapon ("av 309 fordon som"); not "the first of
    three reasons", "det første av 12 land"."""
    if at >= len(tokens) or not tokens[at].low.isalpha():
        return True
    word, words = tokens[at], shared()
    if word.low in words.order_tail or word.low in words.relatives or word.low in words.new_or_used or word.text_upper:
        return True
    return any(w.tok in (at, at + 1) for w in weapons)


def _counts_other(weapon: WeaponRef, amount: Amount, weapons: list[WeaponRef], tokens: list[Token]) -> bool:
    """True when ``amount`` counts an earlier item of a comma list of other kinds: "20 stridsfordon 90,
    artilleriammunition och luftvärnsrobotar" gives no number to the ammunition ("millioner av raketter og
    artillerigranater" counts both)."""
    return any(
        amount.last < w.tok < weapon.tok
        and w.category != weapon.category
        and w.category not in GENERAL
        and (
            any(t.low in _LIST_JOINS for t in tokens[w.tok + 1 : weapon.tok])
            # "18 Leopard tanks and ammunition", "50 haubitser og en række raketkastere": ammunition is no count of
            # systems (a vague amount counts both: "millioner av raketter og artillerigranater"), and a quantifier
            # of its own counts the next item
            or (
                weapon.category in _AMMUNITION
                and w.category not in _AMMUNITION
                and not amount.vague
                and any(t.low in shared().coordinators for t in tokens[w.tok + 1 : weapon.tok])
            )
            or any(t.low in _QUANTIFIERS or t.low in _MORE for t in tokens[w.tok + 1 : weapon.tok])
        )
        for w in weapons
    )


_LIST_JOINS = frozenset({",", "&"})  # a list's comma, or one read as a joining word (``_bridge_lists``)
# "12 HIMARS launchers and additional Stinger missiles": a word of more before a listed item counts it apart
_MORE = frozenset(
    {"additional", "further", "weitere", "weiteren", "yderligere", "ytterligere", "ytterlegare", "ytterligare"}
)
_AMMUNITION = frozenset({"artillery_ammunition", "small_arms_ammunition"})
_QUANTIFIERS = frozenset(
    {
        "række", "rekke", "antal", "antall", "tal", "mehrere", "several", "flere", "fleire", "flera", "some",
        "nogle", "noen", "nokre", "några", "einige", "diverse", "number", "reihe",
    }
)  # fmt: skip


def hit_tokens(tokens: list[Token], hits: list[Hit]) -> dict[int, int]:
    """The token each hit starts in, by the hit's start offset."""
    starts = [t.start for t in tokens]
    return {h.start: max(0, bisect_right(starts, h.start) - 1) for h in hits}


def read_sentence(text: str, sentence: Sentence, tokens: list[Token], hits: list[Hit], lex: Lexicon) -> Reading:
    """Return the candidate transfers told in one sentence (possibly none)."""
    tok_of = hit_tokens(tokens, hits)
    lows = [t.low for t in tokens]
    norm = f" {' '.join(lows)} "  # as ``normalised(tokens)``
    if not lex.months.isdisjoint(lows) and any(t.text_upper and t.low in lex.months for t in tokens[1:]):
        # "since May 2023": a month is no "may" of speculation; same token count, so offsets hold
        norm = normalised([Token("#", t.start, t.end) if t.text_upper and t.low in lex.months else t for t in tokens])
    found = lex.matcher.find_all(norm)
    exchange_at = found["exchange"][0] if "exchange" in found else -1
    exchange_tok = norm[:exchange_at].count(" ") if exchange_at >= 0 else -1
    against = lex.preps.get("against", frozenset())
    refs = weapon_refs(text, hits, tok_of, lex.non_heads, lex.compound_heads)
    # most sentences name no verb of downing: the list's items are built only for those that do
    downing = bool(lex.downing) and bool(_downing_verbs(tokens, 0, len(tokens), -1, lex, None))
    items = {w.tok: (last_token(tokens, w.end, w.tok), w.category) for w in refs} if downing else {}
    weapons = [
        w
        for w in refs
        if (w.tok + 1 >= len(tokens) or tokens[w.tok + 1].low not in lex.non_heads or tokens[w.tok + 1].start < w.end)
        and not _target(tokens, w.tok, against, exchange_tok, lex)
        and not (downing and _downed(tokens, w.tok, lex, items))
        and not _carrier(tokens, w.tok)
        # "det finske selskapet Patria": a name after a maker noun is the maker
        and not (w.tok and tokens[w.tok].text_upper and tokens[w.tok - 1].low in shared().makers)
    ]
    if lex.parts and any(w.category == "technology_transfer" for w in weapons):
        weapons = [w for w in weapons if not _part_for(w, weapons, tokens, lex)]
        know_how = [
            w
            for w in weapons
            if w.category == "technology_transfer" and tokens[w.tok].low.startswith(shared().know_how)
        ]
        if know_how:
            weapons = [w for w in weapons if not _aim_of(w, know_how, tokens, lex)]
    if len(weapons) > 1 and "," in lows:
        tokens = _bridge_lists(tokens, weapons, {tok_of[h.start] for h in hits if h.kind is not Kind.WEAPON})
    actors = actor_refs(tokens, hits, tok_of, weapons, lex)
    if len(actors) > 2 and "," in lows:
        tokens = _bridge_names(tokens, actors, hits, tok_of, lex)
    if len(weapons) > 1:
        weapons = _without_carriers(weapons, tokens)  # after the actors: "med amerikanske transportfly" names none
        weapons = _without_platforms(weapons, tokens, lex)
        weapons = _without_accessory_ammunition(weapons, tokens)
        weapons = _without_upkept(weapons, tokens, lex)
    names = [a.code for a in actors if not a.attribution]
    if not weapons:
        return Reading([], names)
    main, verbs, nouns = find_cues(tokens, hits, tok_of, norm, found, lex, actors)
    weak = strong = specific = False
    for w in weapons:
        if w.weak:
            weak = True
        else:
            strong = True
        if w.category not in GENERAL:
            specific = True
    if not strong and main is None:
        return Reading([], names)
    if weak and strong:
        means = lex.preps.get("partner", frozenset()) | lex.preps.get("location", frozenset())
        # a figurative or vehicle word stays only beside a transfer verb and not as a means ("med skip")
        weapons = [
            w
            for w in weapons
            if not w.weak or (main is not None and main.is_verb and tokens[w.tok - 1].low not in means)
        ]
    returned = exchange_tok >= 0 and not any(w.tok < exchange_tok for w in weapons)
    if returned:
        exchange_tok = -1  # "Im Gegenzug erhält Prag ...": the direction is told afresh
    elif exchange_tok >= 0 and not any(w.tok > exchange_tok for w in weapons):
        # "has shipped shells to Russia and received air defence systems in return": what follows the last
        # "and" and its own verb is the return (not "tilbudt våpen og luftvern i bytte mot en base")
        joins = shared().coordinators
        start = max((k for k in range(exchange_tok) if tokens[k].low in joins), default=-1)
        verb = start >= 0 and any(t.low in lex.cue_words for t in tokens[start + 1 : exchange_tok])
        if verb and any(w.tok < start for w in weapons) and any(start < w.tok for w in weapons):
            exchange_tok = start
    amounts = find_amounts(tokens, lex)
    deals = frozenset(tok_of[h.start] for h in hits if h.kind is Kind.NOUN)  # "kjøpet", "Vertrag", "leveransene"
    counts: dict[str, Amount] = {}
    count_terms: dict[str, str] = {}
    readings: dict[int, tuple[Frame, Status]] = {}
    out: list[Candidate] = []
    seen: set[tuple[str | None, str | None, str]] = set()
    for weapon in weapons:
        cue = cue_for(weapon, main, verbs, nouns, tokens, lex)
        if (
            cue is not None
            and cue.role == "seize"
            and weapon.category in _FLYING
            and not any("dest" in a.preps for a in actors)  # "intercepted Iranian missiles bound for the Houthis"
            and _shot_at(tokens, cue.tok, lex)
        ):
            continue  # "Jordan's air force intercepted Iranian drones": downed, not seized from anyone
        key_tok = cue.tok if cue is not None else -1
        if key_tok not in readings:
            frame = frame_of(cue, actors, tokens, lex, weapons)
            told = cue._replace(role="order") if cue is not None and frame.won_order else cue
            readings[key_tok] = (frame, _status(told, tokens, found, lex, deals))
        frame, status = readings[key_tok]
        # the cue of relying, or a participle right after its preposition ("still depend on imported engines")
        relying = (
            cue is not None
            and cue.role == "receive"
            and (relying_cue(tokens, cue.tok) or (cue.tok > 0 and relying_cue(tokens, cue.tok - 1)))
        )
        suppliers: list[str | None] = list(frame.suppliers) or [None]
        if frame.transit:
            suppliers.append(None)  # where the shipment came from may be told in the sentence before
        rec, conf = frame.recipient, frame.confidence
        held = False
        if rec is None and weapon.origin in shared().only_receive and weapon.origin not in frame.suppliers:
            # "Danmark betaler for 18 ukrainske haubitser": made by a state that sells none, for that state
            rec = weapon.origin
        if (
            cue is not None
            and cue.role in ("order", "buy")
            and rec is not None
            and rec == (weapon.origin or _maker(weapon, weapons, lex, tokens))
            and signs_in(tokens, 0, len(tokens), lex)
        ):
            # "Paris hat einen Vertrag über 36 Haubitzen vom Typ Caesar unterschrieben": the maker's state signs
            # as the seller; the buyer is told around it
            suppliers, rec = [rec], None
        local = local_source(weapon, actors, cue, tokens, lex)
        if 0 <= exchange_tok < weapon.tok:
            suppliers, rec = [rec], frame.supplier
        elif local is not None and local != rec and local not in suppliers:
            suppliers = [local]
        elif (
            weapon.origin
            and weapon.origin not in suppliers
            and not frame.explicit
            # "Kroatia ga 14 gamle sovjetiske Mi-8-helikoptre til Ukraina": a giver named as subject gives
            # what it has, whoever made it
            and not (cue is not None and cue.role in GIVING and frame.suppliers and (rec is not None or cue.is_verb))
        ):
            suppliers = [weapon.origin, *weapon.co_origins]
            if (rec is None or rec == weapon.origin) and cue is not None:
                bare = [a for a in actors if not a.preps and not a.attribution and a.origin_of < 0]
                subj = subject(bare, tokens, cue.tok, {weapon.origin, *weapon.co_origins}, lex)
                rec = subj.code if subj else None
            conf = 0.75 if cue is not None else (0.6 if rec is not None else 0.55)
            if rec is None and cue is None and (holder := _holder(weapon, actors, tokens, lex)) is not None:
                # "Venezuela hat russische Luftabwehrsysteme präsentiert", "Colombias flotta av israeliska
                # Kfir-plan": a state holding weapons of another's make got them from it
                rec, conf, held = holder, _HOLDER_CONFIDENCE, True
        if (
            suppliers == [None]
            and rec is not None
            and cue is not None
            # not for a user: "Ukraine flies F-16s" got them second-hand from others, not from the maker
            and cue.role != "use"
            and not (cue.passive and cue.role in GIVING and _old_ones_before(tokens, weapon.tok))
            and (maker := _maker(weapon, weapons, lex, tokens)) is not None
            and maker != rec
            # relied on: a maker only when its state is named ("ist auf weitere Patriot-Systeme angewiesen" names none)
            and (not relying or maker in names)
            and not _from_group(tokens, min(weapon.tok, cue.tok), max(weapon.tok, cue.tok), lex)
            # "Caesar-kanoner, som Danmark har givet til Ukraine": another party in the clauses of weapon and cue
            # may be the seller; one in an earlier or later clause is not ("Även Polen har skrivit på ..., medan
            # den indiska armén fortsätter att ta emot granatgevär av typen Carl-Gustaf"; "..., og de første er i
            # tjeneste ved grensen mot Belarus"), nor the maker's own country ("gjekk Abu Dhabi til Paris og
            # skreiv under på 80 Rafale")
            and _no_other_party(
                actors,
                (rec, maker, *frame.co_recipients),
                (
                    clause_of(tokens, min(weapon.tok, cue.tok), lex)[0],
                    clause_of(tokens, max(weapon.tok, cue.tok), lex)[1],
                ),
                tokens,
            )
        ):
            suppliers, conf = [maker], min(conf, SYSTEM_CONFIDENCE)
        if cue is not None and cue.role == "use" and suppliers[:1] != [weapon.origin]:
            continue  # using weapons is a transfer only when they are someone else's ("iranske droner")
        if cue is not None and cue.role == "use" and _use_target(tokens, cue.tok, weapon.tok, lex):
            # a target: "flew Chinese-made J-10C fighters and claimed to have shot down several Indian aircraft"
            continue
        if relying and (rec is None or None in suppliers or any(a.company for a in actors)):
            # "Gulf governments, long dependent on American Patriot systems": both sides told, or none; a maker
            # relying on parts ("Rheinmetall relies on explosives from Spain") is industry, no transfer
            continue
        if relying and status in (Status.DENIED, Status.REQUESTED):
            if status is Status.REQUESTED or shared().no_longer.isdisjoint(lows):
                continue  # "wants to be less dependent on Russian weapons", "does not want to depend on German tanks"
            status = Status.DELIVERED  # "Vietnam er ikke lenger avhengig av russiske våpen": it got them before
        beside = specific and weapon.category == "military_equipment_general" and not _listed(weapon, weapons, tokens)
        if beside:
            conf -= 0.1
        if cue is None and conf < 0.6 and not held:
            # a sentence naming a party lends its count only when the party stands in a phrase of place or goal ("in
            # den russischen Hafen Olja gebracht"), not as a subject that fires, loses or holds ("Die russische Armee
            # setze täglich 100 Drohnen ein")
            subjects = any(not a.preps for a in actors if not a.attribution)
            count = None if subjects else _category_amount(weapon, weapons, amounts, exchange_tok, tokens, lex, actors)
            if count is not None and count.currency is None and not count.inferred:
                counts.setdefault(weapon.category, count)
                count_terms.setdefault(weapon.category, weapon.surface)
            continue
        if rec is None and _aimed(tokens, weapon.tok, {w.tok for w in weapons}, against):
            continue  # "sende rekordmange dronar mot ukrainske byar": fired at a target, not handed over
        amount = _category_amount(weapon, weapons, amounts, exchange_tok, tokens, lex, actors)
        recipients = [rec, *frame.co_recipients] if rec is not None and rec == frame.recipient else [rec]
        for sup, rec in [(s, r) for r in recipients for s in suppliers]:
            key = (sup, rec, weapon.category)
            if key in seen or (sup is not None and sup == rec):
                continue
            seen.add(key)
            unit = (amount.currency or amount.counted) if amount is not None else None
            out.append(
                Candidate(
                    sup,
                    rec,
                    weapon.category,
                    [weapon.surface],
                    amount,
                    unit,
                    # held: already theirs
                    _in_part(Status.DELIVERED if held and status is Status.PLANNED else status, amount, verbs),
                    sentence,
                    conf,
                    cue.role if cue else None,
                    beside,
                    weapon.generic,
                    cue is not None and cue.passive,
                    frame.transit and sup is None,
                    returned,
                )
            )
    _share_sides(out)
    _sole_sum(out, amounts)
    _sole_count(out, amounts, weapons, tokens)
    if out and not shared().ranked_behind.isdisjoint(lows):
        _ranked_first(out, tokens, hits, tok_of, lex)
    if out and len(actors) > 2 and not shared().overtaken_as.isdisjoint(lows):
        out = _overtaken(out, lows, actors)
    dests = [a.code for a in actors if "dest" in a.preps and not a.attribution]
    sources = [a.code for a in actors if "source" in a.preps and not a.attribution]
    _lone_source(out, sources)
    _gapped(out, tokens, actors, amounts)
    _apposed_buyer(out, tokens, actors, nouns)
    if out and len(actors) > 1:
        _fellow_buyers(out, tokens, actors, weapons, amounts, [*verbs, *nouns], found, lex)
    return Reading(out, names, dests, sources, counts, count_terms)


_APPOSITION_REACH = 3  # tokens from the comma after a giver to the buyer's genitive, and from it to "supplier"


def _apposed_buyer(out: list[Candidate], tokens: list[Token], actors: list[ActorRef], nouns: list[Cue]) -> None:
    """A giver described between commas as a state's supplier gives to that state: "Russia, long India's largest
    supplier, has delivered three S-400 squadrons", "Russland, Indiens größter Lieferant, hat ... geliefert"."""
    suppliers = [n.tok for n in nouns if n.role == "supplier"]
    if not suppliers:
        return  # most sentences: no supplier noun
    for cand in out:
        if cand.supplier is None or cand.recipient is not None:
            continue
        giver = next((a for a in actors if a.code == cand.supplier and not a.genitive and not a.preps), None)
        if giver is None or giver.tok + 1 >= len(tokens) or tokens[giver.tok + 1].low != ",":
            continue
        comma = giver.tok + 1
        buyer = next(
            (
                a
                for a in actors
                if a.genitive and a.code != cand.supplier and comma < a.tok <= comma + _APPOSITION_REACH
            ),
            None,
        )
        if buyer is None:
            continue
        noun = next((k for k in suppliers if buyer.tok < k <= buyer.tok + _APPOSITION_REACH), None)
        if noun is not None and any(t.low == "," for t in tokens[noun + 1 : noun + 3]):
            cand.recipient = buyer.code


def _gapped(out: list[Candidate], tokens: list[Token], actors: list[ActorRef], amounts: list[Amount]) -> None:
    """A gapped clause after the one transfer a sentence tells: "Finnland hat 64 F-35 aus den USA gekauft, die
    Schweiz 36", "og Sveits 36": the name bought that many of the same from the same seller."""
    told = {(c.supplier, c.recipient, c.weapon) for c in out if c.supplier is not None and c.recipient is not None}
    if len(told) != 1:
        return
    base = next(c for c in out if (c.supplier, c.recipient, c.weapon) in told)
    joins = shared().coordinators
    for actor in actors:
        if actor.code in (base.supplier, base.recipient) or actor.genitive or actor.demonym:
            continue
        if actor.preps - _LISTED:
            continue  # "til Ukraine og Norge seks": a list's "til" reaches the name; the count after it gaps
        k = actor.tok - 1
        if k >= 1 and tokens[k].low in ARTICLES:
            k -= 1  # "die Schweiz"
        if k < 1 or (tokens[k].low != "," and tokens[k].low not in joins):
            continue
        amount = next((m for m in amounts if actor.tok < m.first <= actor.tok + 2 and m.currency is None), None)
        if amount is None or (amount.last + 1 < len(tokens) and tokens[amount.last + 1].low not in _GAP_ENDS):
            continue
        # "Finnland hat 64 F-35 aus den USA gekauft, die Schweiz 36", "France sold 24 Rafale jets to Egypt and India
        # 36": a fellow buyer from the same seller
        if (
            base.cue in GIVING
            and not base.passive
            and base.recipient in shared().only_receive
            and actor.code not in shared().only_receive
            and not any(t.low.startswith(_SELLING) for t in tokens)
        ):
            # "The Netherlands will send 18 F-16s to Ukraine and Norway six": Ukraine sells none, so Norway gives
            out.append(replace(base, supplier=actor.code, amount=amount, unit=amount.counted))
        else:
            out.append(replace(base, recipient=actor.code, amount=amount, unit=amount.counted))


_LISTED = frozenset({"dest", "partner"})
# word starts of selling: after a sale the gapped name is another buyer ("har sålt 48 haubitsar till Ukraina och
# Polen 212")
_SELLING = ("sold", "sell", "solg", "sælg", "selg", "sål", "säl", "verkauf", "seld", "selt")


def _fellow_buyers(
    out: list[Candidate],
    tokens: list[Token],
    actors: list[ActorRef],
    weapons: list[WeaponRef],
    amounts: list[Amount],
    cues: list[Cue],
    found: dict[str, tuple[int, int]],
    lex: Lexicon,
) -> None:
    """A second buyer told in a later clause of its own, with no weapon named there: "The United Arab Emirates
    agreed to buy the Korean system for $3.5 billion, and Iraq signed a $2.8 billion order last year", "og i fjor
    fulgte Irak etter med en bestilling verdt 2,8 milliarder dollar". It bought the same kind from the same seller
    (still open when the sentence names none), with its clause's own amount and status. Only where the sentence
    tells one kind from one seller, bought, and the clause tells an order noun with its worth or count, or as like
    the first ("a smaller contract"): a verb with no weapon may buy anything ("a stake in the company")."""
    if len({(c.supplier, c.weapon) for c in out}) != 1:
        return
    base = next((c for c in out if c.recipient is not None and c.cue in BUYING), None)
    if base is None:
        return
    parties = {c.supplier for c in out} | {c.recipient for c in out}
    first = min((w.tok for w in weapons), default=len(tokens))
    joins = shared().coordinators
    alike = shared().alike
    for actor in actors:
        if actor.code in parties or actor.preps or actor.demonym or actor.attribution or actor.company:
            continue
        lo, hi = clause_of(tokens, actor.tok, lex)
        if lo <= first or (tokens[lo].low not in joins and tokens[lo - 1].low != ","):
            continue  # the first clause, or one not joined on ("..., som Irak også kjøper")
        if any(lo <= w.tok < hi for w in weapons) or any(a is not actor and lo <= a.tok < hi for a in actors):
            continue
        mine = [c for c in cues if actor.tok < c.tok < hi]
        amount = next((m for m in amounts if actor.tok < m.first and m.last < hi), None)
        cue = next(
            (c for c in mine if not c.is_verb and c.role in BUYING and not _told_verb(tokens[c.tok], lex)), None
        ) or next(
            (
                c
                for c in mine
                if c.is_verb and (c.role == "sign" or (c.role in BUYING and _bare_count(amount, tokens, lex)))
            ),
            None,
        )
        if cue is None:
            continue  # no order noun nor signing: "bought a stake in the company" may buy anything
        if amount is None and not any(t.low.startswith(alike) for t in tokens[actor.tok : hi]):
            continue  # an order told by its worth or as like the first ("a smaller contract"), not "condemned the
            # purchase"
        if amount is not None:
            for c in out:
                if c.amount == amount:  # the clause's own amount is not the first buyer's
                    c.amount = c.unit = None
        out.append(
            sold_again(
                base, actor.code, amount, _status(cue, tokens, found, lex), base.sentence, SYSTEM_CONFIDENCE, cue.role
            )
        )
        parties.add(actor.code)


def _bare_count(amount: Amount | None, tokens: list[Token], lex: Lexicon) -> bool:
    """Whether ``amount`` is a count standing alone, of the weapons told before ("og Portugal købte fire i 2014"), not
    of something it names ("2 million doses of vaccine")."""
    if amount is None or amount.currency is not None:
        return False
    after = amount.last + 1
    return after >= len(tokens) or tokens[after].low in _GAP_ENDS or tokens[after].low in lex.preps.get("location", ())


def _told_verb(token: Token, lex: Lexicon) -> bool:
    """Whether a transfer noun's token is a past verb ("har købt aktier": the noun "køb" inside "købt")."""
    return lex.verbs.get(token.low, ("", ""))[1] in ("past", "continuing")


def _use_target(tokens: list[Token], cue: int, weapon: int, lex: Lexicon) -> bool:
    """Whether a word of downing, destroying or striking stands between a cue of use and its weapon, which is then a
    target: "used Chinese-made fighters and shot down four Indian jets", "skutt ned flere indiske kampfly" (the cue
    itself shooting, with its particle); not the tool after "with" ("skutt ned flere indiske kampfly med sine
    kinesiskproduserte J-10C-fly")."""
    words = shared()
    downing = next(
        (
            k
            for k in range(cue, weapon)
            if (k > cue and tokens[k].low.startswith(lex.not_held))
            or (tokens[k].low in words.shooting and k + 1 < weapon and tokens[k + 1].low in words.down_particles)
        ),
        -1,
    )
    return downing >= 0 and words.with_words.isdisjoint(t.low for t in tokens[downing + 1 : weapon])


def _holder(weapon: WeaponRef, actors: list[ActorRef], tokens: list[Token], lex: Lexicon) -> str | None:
    """The state before a weapon of foreign make in its clause, as subject or owner ("Colombias flotta av
    israeliska Kfir-plan"), when no other state is named there."""
    lo, hi = clause_of(tokens, weapon.tok, lex)
    against = lex.preps.get("against", frozenset())
    if any(t.low.startswith(lex.not_held) or t.low in against for t in tokens[lo:hi]):
        return None  # "shot down several Indian aircraft", "betaler for 18 ukrainske haubitser"
    named = [
        a
        for a in actors
        if lo <= a.tok < weapon.tok and not a.attribution and a.origin_of < 0 and a.code != weapon.origin
    ]
    if len({a.code for a in named}) != 1:
        return None  # no state, or two that might each hold them
    holder = next((a for a in named if not a.preps and not a.demonym and not a.company and len(a.code) == 2), None)
    return holder.code if holder is not None else None


def _share_sides(out: list[Candidate]) -> None:
    """Fill a side left open by one clause from another clause's reading of the same weapon.

    "The first 14 tanks were handed over to the Polish army ..., part of an order for 116 tanks
    from U.S. stocks": the handover is the transfer the order tells the supplier of.
    """
    complete = [c for c in out if c.supplier is not None and c.recipient is not None]
    for cand in out:
        if cand.supplier is not None and cand.recipient is not None:
            continue
        donor = next(
            (
                c
                for c in complete
                if c.weapon == cand.weapon
                and cand.recipient in (None, c.recipient)
                and cand.supplier in (None, c.supplier)
            ),
            None,
        )
        if donor is not None and not cand.after_route:
            cand.supplier, cand.recipient = donor.supplier, donor.recipient
            cand.confidence = min(cand.confidence, donor.confidence)


def _lone_source(out: list[Candidate], sources: list[str]) -> None:
    """Give a buyer with no seller the one source its sentence names in another clause.

    "Die Maschinen stammen aus Beständen der dänischen Luftwaffe, insgesamt hat Buenos Aires 24 Jets gekauft":
    the jets came from Denmark. Not when the sentence tells of more than one buyer or source.
    """
    named = set(sources)
    buyers = {c.recipient for c in out if c.recipient is not None}
    if len(named) != 1 or len(buyers) != 1 or named == buyers:
        return
    (source,) = named
    for cand in out:
        if cand.supplier is None and cand.recipient is not None and cand.cue in BUYING:
            cand.supplier = source
            cand.confidence = min(cand.confidence, SYSTEM_CONFIDENCE)


def _without_carriers(weapons: list[WeaponRef], tokens: list[Token]) -> list[WeaponRef]:
    """The weapons but the transport planes that carry others of the sentence: after a carrying word ("som fraktades
    till Belgrad med kinesiska transportplan", "aboard an Indian Air Force transport aircraft") or before one that
    brings the others ("seks kinesiske transportfly landa i Beograd med luftvernsystemet FK-3"). Not planes sold
    ("har solgt fire transportfly til Norge, i tillegg til 20 missiler") nor listed ("kamphelikoptre og
    transportfly")."""
    if not any(w.category == "aircraft" for w in weapons):
        return weapons  # most sentences: no plane at all
    transports = shared().transports
    others = {w.tok for w in weapons if not any(t in w.surface.lower() for t in transports)}
    if not others or len(others) == len(weapons):
        return weapons
    return [w for w in weapons if w.tok in others or not _carries(w, weapons, others, tokens)]


def _carries(w: WeaponRef, weapons: list[WeaponRef], others: set[int], tokens: list[Token]) -> bool:
    """Whether the transport plane ``w`` carries the ``others``: a carrying word before it, or after it right before
    one of them; not when it is listed with them."""
    common = shared()
    carrying, together = common.carrying, common.together
    before = any(tokens[k].low in carrying for k in range(max(0, w.tok - _ABOARD_REACH), w.tok))
    after = any(
        tokens[k].low in carrying
        and tokens[k - 1].low not in together  # "along with 200 missiles": a list
        and any(k < o <= k + _ABOARD_REACH for o in others)
        for k in range(w.tok + 1, min(len(tokens), w.tok + _CARRIED_REACH + 1))
    )
    return (before or after) and not _listed(w, weapons, tokens, any_kind=True)


_PLATFORMS = frozenset({"naval_vessels", "aircraft", "helicopters"})
_ARMING = frozenset(
    {
        "missiles_cruise",
        "missiles_ballistic",
        "air_defence",
        "rockets_artillery",
        "artillery_ammunition",
        "small_arms_ammunition",
        "mines_explosives",
    }
)
_PLATFORM_REACH = 3  # tokens between "til" and the platform: "til sine nye fregatter"


def _without_platforms(weapons: list[WeaponRef], tokens: list[Token], lex: Lexicon) -> list[WeaponRef]:
    """The weapons but the ships and aircraft that missiles or munitions just named are for ("bestilt NSM-missiler
    fra Norge til sine nye fregatter", "Naval Strike Missiles for its destroyers"): the platform is the buyer's own.
    The preposition follows the missiles within a few words, and only words of no count stand between it and the
    platform (not "til sammen 12 helikoptre", "for første gang kampfly", "to Egypt two frigates")."""
    if not any(w.category in _PLATFORMS for w in weapons):
        return weapons
    armed = [w.tok for w in weapons if w.category in _ARMING]
    if not armed:
        return weapons
    return [w for w in weapons if w.category not in _PLATFORMS or not _platform(w, armed, tokens, lex)]


def _platform(w: WeaponRef, armed: list[int], tokens: list[Token], lex: Lexicon) -> bool:
    """Whether ``w`` follows "til"/"for" that follows the ``armed`` weapons closely, with no count between."""
    for k in range(max(0, w.tok - _PLATFORM_REACH), w.tok):
        if tokens[k].low not in lex.parts_for or not any(0 < k - t <= _PLATFORM_REACH for t in armed):
            continue
        between = tokens[k + 1 : w.tok]
        if not any(t.low[:1].isdigit() or t.low in lex.numbers.words or t.text_upper for t in between):
            return True
    return False


def _without_accessory_ammunition(weapons: list[WeaponRef], tokens: list[Token]) -> list[WeaponRef]:
    """The weapons but bare "ammunition" listed as a package's accessory or beside a general word: "180 kampvogne
    samt bjærgningskøretøjer, ammunition og uddannelse", "Archer-pjäser, ammunition och minröjning", "våben og
    ammunition". Such ammunition is the system's or the arms' own, not a kind of its own."""
    common = shared()
    bare = [w for w in weapons if w.surface.lower() in common.bare_ammunition]
    if not bare:
        return weapons
    joins = common.coordinators
    # the general word a bare ammunition stands beside: not radars ("howitzers, ammunition and radars")
    general = [w.tok for w in weapons if w.category == "military_equipment_general" and not _radar(w)]

    dropped = set()
    for w in bare:
        items = _neighbours(w.tok, tokens, joins)
        if any(t.low.startswith(common.accessories) for t in items) or any(abs(g - w.tok) <= 2 for g in general):
            dropped.add(w.tok)
    return [w for w in weapons if w.tok not in dropped]


_UPKEEP_OF = frozenset({"av", "af", "of", "för", "der", "des", "von"})
_UPKEEP_REACH = 3  # tokens from "av"/"of" after a word of upkeep to the weapon


def _without_upkept(weapons: list[WeaponRef], tokens: list[Token], lex: Lexicon) -> list[WeaponRef]:
    """The weapons but those whose upkeep or training is paid for: "40 millioner dollar i militær støtte, som skal gå
    til opplæring og vedlikehold av flyene", "maintenance of the jets", "Wartung der Jets". The aid is the
    transfer; the planes were bought before."""
    accessories = shared().accessories
    joins = shared().coordinators

    def upkept(tok: int) -> bool:
        # the word of upkeep, then "av"/"of", then at most two words of the same phrase ("af de nye fly", "of the
        # jets"), not the next item of a list ("opplæring av piloter og F-16-fly") nor counted ones ("uppdatering av
        # 79 befintliga F-16-plan", whose count would pass to another weapon)
        for k in range(max(1, tok - _UPKEEP_REACH), tok):
            if tokens[k].low in _UPKEEP_OF and tokens[k - 1].low.startswith(accessories):
                if tokens[k - 1].low.startswith(("tilh", "tillh", "zugeh", "assoc", "relat")):
                    return False  # the list's adjectives ("tilhørende", "related") are no upkeep
                if (
                    k >= 3
                    and tokens[k - 2].low in joins
                    and not tokens[k - 3].low.startswith(accessories)
                    # "uddannelse af piloter og vedligeholdelse af flyene": upkeep after training
                    and not (k >= 5 and tokens[k - 4].low in _UPKEEP_OF and tokens[k - 5].low.startswith(accessories))
                ):
                    return False  # "the delivery and maintenance of the jets": delivered too
                return all(t.low not in joins and not t.low[:1].isdigit() for t in tokens[k + 1 : tok])
        return False

    def told_after(tok: int) -> bool:
        # "the jets it donated last year", "der Jets, die sie gespendet haben", "the F-35 jets sold to Poland": the
        # weapons' own transfer is told after them
        after = tokens[tok + 1 : tok + 1 + _UPKEEP_REACH]
        return any(t.low in shared().relatives or t.low in lex.verbs for t in after)

    return [w for w in weapons if not upkept(w.tok) or told_after(w.tok)] or weapons


def _neighbours(tok: int, tokens: list[Token], joins: frozenset[str]) -> list[Token]:
    """The nearest words before and after ``tok`` that are no comma or coordinator: its list neighbours, or an
    adjective before it ("med tilhøyrande ammunisjon")."""
    out = []
    for step in (-1, 1):
        k = tok + step
        while 0 <= k < len(tokens) and tokens[k].low in joins:
            k += step
        if 0 <= k < len(tokens):
            out.append(tokens[k])
    return out


def _carrier(tokens: list[Token], tok: int) -> bool:
    """True for the vehicle a shipment travels in: "arrived aboard C-130 transport planes", "an Bord eines Schiffes",
    "fraktats med fartyg och tåg", "shipped by sea and by plane", "mit Schiffen transportiert"."""
    words = shared()
    if any(
        tokens[k].low in words.aboard and tokens[k + 1].low not in _THERE_WERE
        for k in range(max(0, tok - _ABOARD_REACH), tok)
    ):
        return True
    if tok < 1 or tokens[tok - 1].low not in words.carried_by:
        return False
    return (tok >= 2 and tokens[tok - 2].low in words.carrying_verbs) or (
        tok + 1 < len(tokens) and tokens[tok + 1].low in words.carrying_verbs
    )


# "Ombord fanns 2 000 automatgevär", "An Bord befanden sich": what was on board is the cargo, not the vehicle
_THERE_WERE = frozenset(
    {"fanns", "var", "were", "was", "befanden", "befand", "waren", "war", "lå", "låg", "befandt", "befant"}
)


def _aimed(tokens: list[Token], tok: int, weapon_toks: set[int], against: frozenset[str]) -> bool:
    """True for weapons sent at a target: "against" right after the weapon, or after the list it opens ("sende over
    700 droner og missil mot landet")."""
    joins = shared().coordinators
    k = tok + 1
    while k < len(tokens) and k <= tok + _LIST_REACH and (k in weapon_toks or tokens[k].low in joins):
        k += 1
    return k < len(tokens) and tokens[k].low in against


def _target(tokens: list[Token], tok: int, against: frozenset[str], exchange_tok: int, lex: Lexicon) -> bool:
    """True for a weapon aimed at ("verne mot missil", "gegen Drohnen"), not one handed over.

    The "mot" of an exchange ("i bytte mot ammunisjon") and of a verb ("tagit emot drönare", "tatt imot")
    does not count.
    """
    for k in range(max(0, tok - 2), tok):
        if tokens[k].low in against and not (0 <= exchange_tok <= k <= exchange_tok + _EXCHANGE_WORDS):
            if k >= 1 and tokens[k - 1].low in _UP and k + 1 < tok and tokens[k + 1].low[:1].isdigit():
                return False  # "op mod 200 kampvogne", "opp mot 30 fly": up to a count
            # "relied heavily on armed drones": the verb's own preposition
            return not verb_particle(tokens, k, lex) and not relying_cue(tokens, k)
    return False


_UP = frozenset({"op", "opp", "upp"})


# a capability or purpose before or after a downing verb, beside the modals: "kan skjuta ned", "zerstören kann",
# "designed to intercept"
_ABLE = frozenset({"can", "could", "able", "designed", "capable", "kunne", "kunna", "konnte", "können", "sollen"})


_WEAPON_LIST_GAP = 3  # words between a list's comma and its next weapon: "Panzer, 20 schwere Haubitzen"


def _bridge_lists(tokens: list[Token], weapons: list[WeaponRef], named: set[int]) -> list[Token]:
    """The tokens with each comma between two weapons of a list read as a joining word.

    A list's commas are no clause breaks: "Deutschland hat der Ukraine Panzer, Haubitzen und Flugabwehrsysteme
    geliefert" has its subject in the verb's clause. A comma with a name of a state between it and the next weapon
    still parts ("Panzer, Polen Haubitzen"), and so does one whose next weapon does not go on the list with a comma
    or a joining word ("kampfly, kampvogne kom fra Tyskland").
    """
    ends = {last_token(tokens, w.end, w.tok) for w in weapons}
    ordered = sorted(weapons, key=lambda w: w.tok)
    out = tokens
    for k, token in enumerate(tokens):
        if token.low != "," or k - 1 not in ends:
            continue
        following = next((w for w in ordered if w.tok > k), None)
        if following is None or following.tok - k > _WEAPON_LIST_GAP or any(k < n < following.tok for n in named):
            continue
        after = last_token(tokens, following.end, following.tok) + 1
        if after >= len(tokens) or (tokens[after].low != "," and tokens[after].low not in shared().coordinators):
            continue  # "Danmark gav Ukraine kampfly, kampvogne kom fra Tyskland": a new clause, not a list
        if out is tokens:
            out = list(tokens)
        out[k] = Token("&", token.start, token.end)
    return out


_PARTY_PREPS = frozenset({"source", "source_buy", "agent", "dest"})  # a list after these names the parties
_NAME_ARTICLES = ARTICLES | CASE_ARTICLES  # "an Syrien, den Iran und die Huthis"


def _bridge_names(
    tokens: list[Token], actors: list[ActorRef], hits: list[Hit], tok_of: dict[int, int], lex: Lexicon
) -> list[Token]:
    """The tokens with each comma of a list of names after a party's preposition read as a joining word.

    Such a list is no clause break: in "Die Ukraine hat von Dänemark, Schweden und Norwegen 60 Kampfjets erhalten"
    and "Russland hat Waffen an Syrien, den Iran und die Huthis geliefert" the comma hid the list's head from the
    verb told last. A list of subjects stays parted ("Frankreich, die USA und Großbritannien haben": the subject
    search reads it across the comma). Only one comma or one joining word stands between two names (a comma
    before "og"/"und" opens a new clause: "til Egypt, og India forhandler"), and the list closes at its joining
    word ("aus der Türkei und China, Eritrea soll"). An article may open a name only when the name is told with
    one ("den Iran", "the Houthis"), since "Die Ukraine, die Russland ..." opens a relative clause.
    """
    ends = {tok_of[h.start]: last_token(tokens, h.end, tok_of[h.start]) for h in hits if h.kind is not Kind.WEAPON}
    members = sorted({a.tok for a in actors if not a.attribution and not a.genitive})
    governed = {a.tok for a in actors if not _PARTY_PREPS.isdisjoint(a.preps)}
    joins = shared().coordinators
    out = tokens
    commas: list[int] = []  # the commas of the list being read
    for prev, nxt in pairwise(members):
        start = ends.get(prev, prev) + 1
        between = tokens[start:nxt]
        if between and between[-1].low in _NAME_ARTICLES:
            # "Die Ukraine, die Russland ...": an article before a name told with none opens a relative, not a list
            between = between[:-1] if article_opens_name(tokens, nxt - 1, lex) else []
        link = between[0].low if len(between) == 1 and between[0].low in joins else ""
        if link == "," and (commas or prev in governed):
            commas.append(start)
            continue
        if link and link != "," and commas and not clause_after_list(tokens, ends.get(nxt, nxt) - 1, lex):
            # the joining word closes the list, unless its last name opens a clause of its own ("Britain sent
            # missiles to Ukraine, the US and Germany sent tanks")
            out = _joined_at(out, tokens, commas)
        commas = []
    return out


def _joined_at(out: list[Token], tokens: list[Token], commas: list[int]) -> list[Token]:
    """``out`` (a copy of ``tokens`` once changed) with the commas at ``commas`` read as joining words."""
    if out is tokens:
        out = list(tokens)
    for k in commas:
        out[k] = Token("&", tokens[k].start, tokens[k].end)
    return out


_FLYING = frozenset({"drones", "missiles_ballistic", "missiles_cruise", "rockets_artillery"})
# what can be downed: only these items of a list share a downing verb told in another item's clause ("F-16-fly, som
# kan nedskyde droner, kampvogne og artilleri": the tanks and the artillery are handed over; rocket artillery is
# mostly its launchers, "HIMARS launchers")
_DOWNABLE = frozenset({"aircraft", "helicopters", "drones", "missiles_cruise", "missiles_ballistic"})
_LIST_CLAUSES = 3  # comma-parted items of a list read back to the clause of its downing verb


def _shot_at(tokens: list[Token], verb: int, lex: Lexicon) -> bool:
    """True when a seizing verb is one of downing ("intercepted") in a sentence naming no shipment: the flying
    weapons were shot at, not seized on their way ("intercepted a shipment of Iranian missiles" is seized)."""
    word = tokens[verb].low
    if not any(word.startswith(verb_) for verb_, _particle in lex.downing):
        return False
    shipment = shared().shipment_words
    return not any(t.low.startswith(shipment) for t in tokens)


def _downing_verbs(
    tokens: list[Token], lo: int, hi: int, tok: int, lex: Lexicon, items: dict[int, tuple[int, str]] | None
) -> list[int]:
    """Offsets from ``lo`` of the verbs of downing in ``tokens[lo:hi]``, the weapon's own token ``tok`` and every
    weapon word aside ("Abwehrsysteme", "interceptors", "destroyers" are no verbs)."""
    lows = [t.low for t in tokens[lo:hi]]
    weapons = {k for first, (last, _kind) in (items or {}).items() for k in range(first, last + 1)}
    return [
        k
        for k, word in enumerate(lows)
        if k != tok - lo
        and k + lo not in weapons
        and any(word.startswith(verb) and (not particle or particle in lows[k + 1 :]) for verb, particle in lex.downing)
    ]


def _list_clause(
    tokens: list[Token], lo: int, hi: int, items: dict[int, tuple[int, str]], lex: Lexicon
) -> tuple[int, int]:
    """``[lo, hi)`` widened over the commas of a list of weapons: to the clause before while the clause opens with a
    weapon and the word before the comma ends one, to the clause after while the clause ends with a weapon and the
    word after the comma starts one (``items``: each weapon's first token to its last token and kind; only what can
    be downed counts). A clause with a transfer verb of its own is no list item."""
    downable = {first: last for first, (last, kind) in items.items() if kind in _DOWNABLE}
    # the item beside it may be rockets ("intercept rockets, drones and cruise missiles"); the item widened over may
    # not, as it is mostly a launcher ("..., HIMARS launchers, Leopard tanks")
    ends = {last for last, kind in items.values() if kind in _DOWNABLE or kind == "rockets_artillery"}
    for _ in range(_LIST_CLAUSES):
        if (
            lo < 2
            or tokens[lo - 1].low != ","
            or lo not in downable
            or lo - 2 not in ends
            or _has_cue(tokens, lo, hi, lex)
        ):
            break  # not a list item that opens with its weapon ("System IRIS-T, das Flugzeuge ...": a relative)
        lo = clause_of(tokens, lo - 2, lex)[0]
    for _ in range(_LIST_CLAUSES):
        if hi + 1 >= len(tokens) or tokens[hi].low != "," or hi - 1 not in ends or hi + 1 not in downable:
            break
        if _has_cue(tokens, lo, hi, lex):
            break
        hi = clause_of(tokens, hi + 1, lex)[1]
    return lo, hi


def _has_cue(tokens: list[Token], lo: int, hi: int, lex: Lexicon) -> bool:
    """True when ``tokens[lo:hi]`` holds a word of transfer (a list item with a verb of its own is a clause)."""
    return not lex.cue_words.isdisjoint(t.low for t in tokens[lo:hi])


def _downed(tokens: list[Token], tok: int, lex: Lexicon, items: dict[int, tuple[int, str]] | None = None) -> bool:
    """True for a weapon a system is told to down: "das System, das ballistische Raketen ... zerstören kann",
    "Systemet, som kan skjuta ned ballistiska robotar", "Gepard guns to shoot down drones". The verb must tell a
    capability or a purpose (a modal, an infinitive, a relative clause), so that "shot down 30 Iranian drones" is
    left to the rules on attacks. The target follows the verb, or stands between an opening relative, modal or
    infinitive marker and a verb told last ("das ... Raketen zerstören kann", "um Drohnen abzuschießen"); the
    system told before the phrase is what is handed over ("interceptors to destroy incoming missiles")."""
    lo, hi = clause_of(tokens, tok, lex)
    if items:
        # an item of a comma list is a clause of its own, its verb in another item's: "som kan nedskyde både fly,
        # krydsermissiler og ballistiske missiler", "das Flugzeuge, Drohnen und Marschflugkörper abfangen kann"
        lo, hi = _list_clause(tokens, lo, hi, items, lex)
    verbs = _downing_verbs(tokens, lo, hi, tok, lex, items)
    lows = [t.low for t in tokens[lo:hi]]
    at = tok - lo
    if not verbs:
        return False  # most clauses: no verb of downing, nothing more to build
    words = shared()
    able = _ABLE | words.modals
    openers = words.relatives | able | words.infinitive_markers | {"um"}
    relative = lows[0] in words.relatives or (len(lows) > 1 and lows[1] in words.relatives)
    for k in verbs:
        near = [t.low for t in tokens[max(0, lo + k - 2) : lo + k + 2]]  # "för att skjuta ned": "att" parts
        capable = not able.isdisjoint(near) or not words.infinitive_markers.isdisjoint(near)
        if (capable or relative) and (at > k or any(w in openers for w in lows[:at])):
            return True
    return False


def _offset(tokens: list[Token], k: int) -> int:
    """Where token ``k`` starts in the normalised sentence, less one (the space before it): ``_token_at``'s inverse."""
    return sum(len(t.low) + 1 for t in tokens[:k])


def _token_at(tokens: list[Token], at: int) -> int:
    """The token of a phrase found at offset ``at`` of the normalised sentence (``at`` is the space before it)."""
    return normalised(tokens)[: at + 1].count(" ") - 1


def _denial_elsewhere(tokens: list[Token], at: int, clause: tuple[int, int], lex: Lexicon) -> bool:
    """True when the word of refusal at offset ``at`` of the normalised sentence is negated ("har ikke suspendert
    eksporten", "er ikke blevet pauset", "blokkerer ikkje lenger"), or stands in a clause before the transfer's, joined
    to it by "but", "and" or "while" ("Ungarn blokkerer EU-pakken, men Noreg har levert 8 stridsvogner", "Mens Ungarn
    blokkerer EU-pakken, har Polen sendt") or set off by a semicolon ("Der Trainer wurde suspendiert; Deutschland
    liefert"), with none in the transfer's own clause: the refusal is of something else."""
    k = _token_at(tokens, at)
    if any(0 <= j < len(tokens) and tokens[j].low in lex.negation for j in (k - 2, k - 1, k + 1)):
        return True
    start, end = clause
    joiners = shared().clause_joiners
    joined = tokens[0].low in joiners or any(
        0 <= j < len(tokens) and tokens[j].low in joiners for j in (start - 1, start)
    )
    return (
        k < start
        and (joined or any(t.low == ";" for t in tokens[k:start]))
        and "status:denied" not in lex.matcher.find_all(normalised(tokens[start:end]))
    )


# status words read only in the transfer's own clause: interest, consent and a stop are often told of another matter
# in a joined clause ("Parterna kom överens om ett vapenstillestånd, men Ryssland fortsätter att ta emot drönare",
# "Flera länder har visat intresse ..., och Norge har redan köpt 24")
_OWN_CLAUSE = frozenset({"status:interest", "status:consent", "status:stops"})
_STOPPED_REACH = 3  # tokens from a stop to the deal it stops: "stanser alle våpenleveranser", "cancelled its order"


def _own_clause_status(
    found: dict[str, tuple[int, int]],
    tokens: list[Token],
    cue: Cue,
    clause: tuple[int, int],
    limit: int,
    lex: Lexicon,
    deals: frozenset[int],
) -> dict[str, tuple[int, int]]:
    """``found`` without the own-clause status words told outside a verb cue's clause (an infinitive's reaches the
    clause it hangs on); a stop needs a noun of the deal as the cue, in its clause ("stanser alle våpenleveranser",
    not "stanser russiske droner med luftvernet Norge har levert"), and no negation."""
    start, _end = clause
    markers = shared().infinitive_markers
    if (cue.tok > 0 and tokens[cue.tok - 1].low in markers) or (
        # "Die Regierung stimmte zu, dass Deutschland ... liefert"
        start > 0 and (tokens[start - 1].low in markers or tokens[start - 1].low in shared().that_words)
    ):
        # "har gått med på att sälja", "kommit överens om att danska pengar ska finansiera": the clause it hangs on
        start = _governing_start(tokens, start, lex)
    lo = _offset(tokens, start)  # the clause's offsets in the normalised sentence
    hi = limit  # its end, as ``_status`` measured it
    out = dict(found)
    for key in [k for k in found if k in _OWN_CLAUSE]:
        at = found[key]
        if key == "status:stops":
            k = _token_at(tokens, at[0])
            # the deal stopped is named: the noun cue, or a noun of the deal right after the stop ("har kansellert
            # kjøpet av fregatter ... og kjøper i stedet fra Italia")
            named = (
                not cue.is_verb
                or any(k < d <= k + _STOPPED_REACH for d in deals)
                # "cancelled a plan to buy", "skrinla planene om å kjøpe"
                or any(t.low in shared().plans for t in tokens[k + 1 : k + 1 + _STOPPED_REACH])
            )
            if not named or not lo <= at[0] < hi or _denial_elsewhere(tokens, at[0], clause, lex):
                del out[key]
        elif cue.is_verb and (
            not (lo <= at[0] and at[1] <= hi + 1)
            # "The US is interested in a ceasefire and continues to deliver munitions": a clause joined between
            or _joined_between(tokens, _token_at(tokens, at[0]), cue.tok, lex)
        ):
            # a noun cue may stand in another clause than what it tells of ("har vist interesse for J-10C, men ...
            # mangler penger til et så stort kjøp")
            del out[key]
    return out


def _joined_between(tokens: list[Token], first: int, last: int, lex: Lexicon) -> bool:
    """True when a joining word opens a clause between tokens ``first`` and ``last``: after a comma, or before a
    verb ("and continues to deliver"); not between two names ("einigten sich Berlin und Paris")."""
    joiners = shared().clause_joiners
    helpers = shared().helper_verbs
    return any(
        tokens[k].low in joiners
        and (tokens[k - 1].low == "," or tokens[k + 1].low in lex.verb_forms or tokens[k + 1].low in helpers)
        for k in range(max(1, first), min(last, len(tokens) - 1))
    )


def _governing_start(tokens: list[Token], start: int, lex: Lexicon) -> int:
    """The start of the clause an infinitive clause starting at ``start`` hangs on ("Frankrike har gått med på att
    sälja", "Frankreich hat zugestimmt, Armenien ... zu verkaufen"), or ``start`` when a joining word, a relative or
    a semicolon parts them."""
    if start == 0:
        return 0
    j = start - 1  # back past the comma and the word opening the clause: ", dass", "att"
    while j > 0 and (tokens[j].low in lex.clause_breaks or tokens[j].low in shared().infinitive_markers):
        j -= 1
    lo, _hi = clause_of(tokens, j, lex)
    between = [t.low for t in tokens[j : start + 1]]
    words = shared()
    if ";" in between or not words.clause_joiners.isdisjoint(between) or not words.relatives.isdisjoint(between):
        return start
    return lo


_HANDED = frozenset({"supply", "receive", "arrive"})  # verbs telling a part handed over


def _in_part(status: Status, amount: Amount | None, verbs: list[Cue]) -> Status:
    """A delivery or an order told with the part of it delivered is under way: "Hungary has received 12 of the 44
    Leopard tanks it ordered", "Norge har levert åtte av de 32 F-16-flyene", "is still to hand over the last two of
    five"."""
    if amount is None or not amount.partial:
        return status
    if status is Status.DELIVERED:
        # not "took delivery of the last six of twelve jets", which completes the order
        return Status.ONGOING if amount.partial != "last" else status
    if status is Status.AGREED and (
        amount.partial == "last" or any(v.role in _HANDED and v.tense == "past" for v in verbs)
    ):
        # an order whose part is told handed over ("The first three of 42 Rafale jets ordered by Indonesia landed"),
        # not "has signed for 6 of the 18 launchers", a share of a deal
        return Status.ONGOING
    return status


def _status(
    cue: Cue | None,
    tokens: list[Token],
    found: dict[str, tuple[int, int]],
    lex: Lexicon,
    deals: frozenset[int] = frozenset(),
) -> Status:
    if cue is None:
        return sentence_status(found, None, False)
    is_negated = negated(tokens, cue.tok, lex) if cue.is_verb else _negated_noun(tokens, cue.tok, lex)
    clause_start, clause_end = clause_of(tokens, cue.tok, lex)
    limit = _offset(tokens, clause_end)
    if "status:denied" in found and _denial_elsewhere(
        tokens, found["status:denied"][0], (clause_start, clause_end), lex
    ):
        found = {key: at for key, at in found.items() if key != "status:denied"}
    if "status:cleared" in found and not _cleared_at(tokens, found["status:cleared"][0], cue.tok, clause_start):
        found = {key: at for key, at in found.items() if key != "status:cleared"}
    if not _OWN_CLAUSE.isdisjoint(found):
        found = _own_clause_status(found, tokens, cue, (clause_start, clause_end), limit, lex, deals)
    status = sentence_status(found, cue.tense, is_negated, limit, cue.role)
    if status is not Status.DENIED and _yes_no_question(tokens, lex):
        return Status.SPECULATED  # "Får Ukraina Tomahawk-missiler fra USA?", "Bekommt die Ukraine Taurus?"
    return status


_CLEARED_REACH = 4  # words from "fått løyve" / "received approval" to the cue it tells of


def _cleared_at(tokens: list[Token], at: int, cue_tok: int, clause_start: int) -> bool:
    """Whether the leave to buy at offset ``at`` of the normalised sentence is the cue's own ("har fått løyve frå
    Washington til å kjøpe"), not a relative clause's or an earlier clause's ("Noreg, som fekk løyve til kjøp av F-35
    i 2008, har no fått alle 52 flya"; "fikk tillatelse til å kjøpe uniformer, og mottok 20 CV90")."""
    k = _token_at(tokens, at)
    if not (0 <= k <= cue_tok and cue_tok - k <= _CLEARED_REACH):
        return False
    # the cue may open its own infinitive clause ("fått tillstånd att köpa"), but no comma parts them
    return k >= clause_start or all(t.low not in CLAUSE_BREAKS for t in tokens[k:cue_tok])


def _negated_noun(tokens: list[Token], tok: int, lex: Lexicon) -> bool:
    """True for a noun cue after a negative determiner, perhaps with a word of more between: "plant keine Lieferung
    von Kampfjets", "no further deliveries", "ingen nye våbenleverancer" (not "ikke garantere levering")."""
    at = tok - 1 if tok >= 1 and tokens[tok - 1].low in lex.negation else tok - 2
    if at < 0 or tokens[at].low not in lex.negation:
        return False
    if at < tok - 1 and tokens[tok - 1].low not in shared().more_words:
        return False
    # not after a preposition ("Mit keiner Lieferung hat Deutschland so viel bewirkt wie ..."); a headline's "Keine
    # Lieferung von Taurus an die Ukraine" opening the sentence is a refusal
    return at == 0 or not any(tokens[at - 1].low in group for group in lex.preps.values())


def _yes_no_question(tokens: list[Token], lex: Lexicon) -> bool:
    """True for a sentence that opens with its verb and ends with a question mark: a question whether a transfer
    will happen, not one that takes it as told ("How many tanks has Norway delivered?")."""
    if len(tokens) < 3 or tokens[-1].low != "?":
        return False
    first = tokens[0].low
    words = shared()
    return first in lex.verb_forms or first in words.auxiliaries or first in words.modals
