"""Who is who in a sentence: actor references with the role their preposition gives them, and
weapon references with the adjective of origin that marks their supplier ("iranske droner")."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from services.extractor.tagging.lexicon import CLAUSE_BREAKS, Kind, Lexicon, shared
from services.extractor.tagging.scanning import Hit
from services.extractor.tagging.sentences import Token

_LOOKBACK = 3
PARTICLE_REACH = 5  # words between a verb and its particle: "lämnade redan i fjol över"
_INFLECTION = 5
_MIN_NON_HEAD = 4
_ACCORDING_REACH = 6
_LIST_VERB_REACH = 4  # tokens after a listed name's "and" searched for a verb that makes it a clause
_LIST_CLOSERS = CLAUSE_BREAKS | {".", "!", "?"}  # after a German verb told last
_PARTNER = frozenset({"partner"})
_DEST = frozenset({"dest"})
ARTICLES = frozenset({"die", "der", "das", "the"})  # between a place or a comma and the name after it
CASE_ARTICLES = frozenset({"den", "dem"})  # German only ("den" is a Nordic pronoun): "an Syrien und den Iran"
COPULAS = frozenset(
    {"var", "war", "was", "were", "er", "ist", "är", "is", "are", "sind", "waren", "blev", "ble", "vart"}
)
_AGAINST = frozenset({"against"})
_DIRECTLY = frozenset({"direkte", "direkt", "directly"})  # "men ingen direkte fra USA": still a source denied
# "ingen direkte fra USA" denies the source; "ikke direkte fra Tyskland til Ukraine, men via Polen" tells a route
_NONE = frozenset({"ingen", "inga", "keine", "keiner", "keinen", "none", "no"})
_SOURCE = frozenset({"source"})
_FOR = frozenset({"for", "für"})  # the destination "for" that an export deal turns into its exporter
_DEAL_REACH = 3  # words from "for" back to the deal noun: "order", "yet"; "Exportauftrag", "bislang"
_ORIGIN_GAP = 2
_MADE_GAP = 4  # words an adjective of make (``make_endings``) may stand before its weapon


def _origin_gap(word: str) -> int:
    """How many words an adjective of origin may stand before its weapon."""
    return _MADE_GAP if word.endswith(shared().make_endings) else _ORIGIN_GAP


_DATELINE = 9
_MODIFIER_GAP = 2
_TYPE_GAP = 3
_HEADLINE_SOURCE = 4
# Categories a loose word ("Raketen", "missiles", "rakettar") may stand for.
MISSILE_FAMILY = frozenset({"rockets_artillery", "missiles_ballistic", "missiles_cruise", "air_defence"})
_SPECIFIC_HEADS = frozenset(
    {"rockets_artillery", "missiles_ballistic", "missiles_cruise", "military_equipment_general"}
)


@dataclass(slots=True)
class ActorRef:
    """An actor named in a sentence; ``preps`` are the roles of the preposition before it."""

    code: str
    tok: int
    preps: frozenset[str]
    genitive: bool
    demonym: bool
    attribution: bool = False
    origin_of: int = -1
    speaker: bool = False
    company: bool = False  # a defence company standing for its home state: a seller


@dataclass(slots=True)
class WeaponRef:
    """A weapon term: its category, surface text, token index and the origin adjective's code."""

    category: str
    surface: str
    tok: int
    weak: bool
    origin: str | None = None
    generic: bool = False
    co_origins: tuple[str, ...] = ()
    end: int = -1  # where the matched term ends in the text: "lokal produksjon" spans two words


def clause_of(tokens: list[Token], tok: int, lex: Lexicon) -> tuple[int, int]:
    """Return the token range ``[lo, hi)`` of the clause holding ``tok``.

    Clauses end at punctuation and at the language's subordinators ("at", "dass", "that").
    """
    breaks = lex.clause_breaks
    lo = tok
    while lo > 0:
        if tokens[lo - 1].low == ")" and (opening := _aside_open(tokens, lo - 1)) > 0:
            lo = opening  # "die Miliz Rapid Support Forces (RSF) mit Waffen versorgt": an aside inside the clause
        elif tokens[lo - 1].low in breaks and not _preposition(tokens, lo - 1):
            break
        else:
            lo -= 1
    hi = tok + 1
    n = len(tokens)
    while hi < n:
        if tokens[hi].low == "(" and (closing := _aside_close(tokens, hi)) > 0:
            hi = closing + 1
        elif tokens[hi].low in breaks and not _preposition(tokens, hi):
            break
        else:
            hi += 1
    return lo, hi


def _preposition(tokens: list[Token], k: int) -> bool:
    """True for a subordinator that is a preposition here: German "während" with a genitive ("während des Krieges",
    "während der Kämpfe"), not "während der Iran liefert"."""
    if tokens[k].low != "während" or k + 2 >= len(tokens):
        return False
    article = tokens[k + 1].low
    # the noun: past lowercase adjectives ("während der viertägigen Kämpfe")
    noun = next((t.low for t in tokens[k + 2 : k + 5] if t.text_upper), "")
    return article in _GENITIVE_ONLY or (article == "der" and (noun in shared().war_nouns or noun.endswith(_FEMININE)))


_GENITIVE_ONLY = frozenset({"des", "eines", "einer", "seines", "seiner", "ihres", "ihrer", "dieses", "dieser"})
_FEMININE = ("ung", "ungen", "zeit", "woche", "wochen", "tage", "jahre", "monate", "gespräche", "parade", "reise")
_ASIDE = 3  # tokens inside a parenthesis read as an aside of its clause: "(RSF)", "(2023)", "(Ritzau)"


def _aside_open(tokens: list[Token], close: int) -> int:
    """The index of the "(" of a short aside closed at ``close``, or -1."""
    for k in range(close - 1, max(-1, close - _ASIDE - 2), -1):
        if tokens[k].low == "(":
            return k if k < close - 1 else -1
        if not _aside_word(tokens[k]):
            return -1
    return -1


def _aside_close(tokens: list[Token], opening: int) -> int:
    """The index of the ")" of a short aside opened at ``opening``, or -1."""
    for k in range(opening + 1, min(len(tokens), opening + _ASIDE + 2)):
        if tokens[k].low == ")":
            return k if k > opening + 1 else -1
        if not _aside_word(tokens[k]):
            return -1
    return -1


def _aside_word(token: Token) -> bool:
    """A word an aside of its clause may hold: a name, an abbreviation or a number, not "(nicht Russland)" or
    "(Rusland afviser det)", whose words tell something of their own."""
    return token.text_upper or token.low[:1].isdigit() or token.low == "-"


def verb_particle(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """True when ``tokens[k]`` is the particle of a verb told just before it, not a preposition: "tatt imot",
    "tog i all hast emot"."""
    low = tokens[k].low
    if k > 0 and (meaning := lex.verb_phrases.get(f"{tokens[k - 1].low} {low}")) is not None:
        return meaning[0] != "talk"  # "forhandler med Peru": the one dealt with is a party
    return any(
        any(p == low for p, _meaning in lex.particle_verbs.get(tokens[i].low, ()))
        for i in range(max(0, k - PARTICLE_REACH - 1), k)
    )


_NAME_WORDS = 4  # words of a name after its first: "South Korea", "the Netherlands"


def after_name(tokens: list[Token], tok: int, lex: Lexicon) -> int:
    """The token after the name starting at ``tok``: past its capitalised words ("and South Korea delivered"), except
    in German, whose nouns are capitalised too."""
    k = tok + 1
    while not lex.capital_nouns and k < len(tokens) and k - tok < _NAME_WORDS and tokens[k].text_upper:
        k += 1
    return k


def new_clause_subject(tokens: list[Token], join: int, tok: int, lex: Lexicon) -> bool:
    """True for a name after "and" that a verb follows, when a verb stands before the "and" in its clause: the
    subject of a second clause joined with no comma."""
    k = after_name(tokens, tok, lex)
    if k >= len(tokens) or tokens[k].low not in lex.verb_forms:
        return False
    helpers = shared().helper_verbs
    for j in range(join - 1, -1, -1):
        if tokens[j].low in CLAUSE_BREAKS:
            return False
        if tokens[j].low in lex.verb_forms and tokens[j].low not in helpers:
            return True  # a main verb ("Germany sent"), not an auxiliary before an inverted subject ("har Kosovo og")
    return False


def _told_as_made(tokens: list[Token], k: int) -> bool:
    """True for a participle of making told as a clause ("som byggdes av", "er bygde av", "which were built by"),
    not as an attribute ("missiles made by Thales in Belfast", whose seller may be another)."""
    words = shared()
    before = {t.low for t in tokens[max(0, k - 2) : k]}
    return not before.isdisjoint(words.relatives) or not before.isdisjoint(words.auxiliaries)


_RELYING_ON = frozenset({"on", "af", "av", "på", "von", "auf"})  # the preposition closing a phrase of relying


def relying_cue(tokens: list[Token], at: int) -> bool:
    """Whether the verb at ``at`` is one of relying: the word itself ("angewiesen") or the preposition closing its
    phrase ("relies heavily on", "avhengig av"). Relying on weapons is having got them, from a giver the sentence
    must name (``relations``)."""
    words = shared().relying
    low = tokens[at].low
    return low in words or (low in _RELYING_ON and any(t.low in words for t in tokens[max(0, at - 2) : at]))


def _prep_roles(
    tokens: list[Token], tok: int, lex: Lexicon, adjectives: frozenset[int] = frozenset(), genitive: bool = False
) -> tuple[frozenset[str], bool]:
    skip = lex.preps.get("determiners", frozenset())
    speech = lex.preps.get("attribution", frozenset())
    clause = lex.preps.get("clause", frozenset())
    roles_of = lex.prep_roles
    makers = shared().makers
    j = tok - 1
    stop = max(-1, tok - 1 - _LOOKBACK)
    while j > stop:
        token = tokens[j]
        low = token.low
        if low in makers:
            stop = max(-1, stop - 1)  # "fra det israelske firma Elbit": the maker noun is part of the name
            j -= 1
            word = tokens[j].low if j > stop and not tokens[j].text_upper else ""
            if word.isalpha() and word not in roles_of and word not in clause and word not in skip:
                stop, j = max(-1, stop - 1), j - 1  # "til den paramilitære gruppe RSF": the noun's adjective
            continue
        if low in shared().war_nouns:
            return _AGAINST, False  # "Nach dem Überfall der Hamas", "the attack Hamas": the attacker, no party
        if low in shared().withdrawal_nouns:
            return _AGAINST, False  # "Nach dem Abzug der französischen Truppen": the one leaving, no party
        if low in speech:
            # ", sagde X" / ", says X": an inverted speech tag names the source, not a party
            return frozenset(), j == 0 or tokens[j - 1].low in CLAUSE_BREAKS
        if low in clause:
            break
        roles = roles_of.get(low)
        if roles and relying_cue(tokens, j):
            if "against" in roles:
                return _SOURCE, False  # "relies heavily on Israel": the one relied on gives, "on" is no "against"
        elif roles and verb_particle(tokens, j, lex):
            break  # "har tatt imot kinesiske luftvernsystem": the verb's particle, not "against"
        if roles and tokens[j + 1].low in shared().among_others:
            j -= 1  # "som mellom anna Estland har kjøpt", "unter anderem Polen": "among others", no preposition
            continue
        if roles:
            if j > 1 and tokens[j - 1].low in shared().built and "agent" in roles and _told_as_made(tokens, j - 1):
                return _SOURCE, False  # "som byggdes av sydkoreanska DSME": the maker they came from
            if j > 0 and tokens[j - 1].low in shared().war_nouns:
                return _AGAINST, False  # "since its 2020 war with Azerbaijan": the enemy, no party
            if j > 0 and tokens[j - 1].low in shared().protest_nouns and "source" in roles:
                return _AGAINST, False  # "til tross for sterke protester fra Washington": the critic, no seller
            if "source" in roles and (
                (j > 0 and tokens[j - 1].low in lex.negation)
                or (j > 1 and tokens[j - 1].low in _DIRECTLY and tokens[j - 2].low in _NONE)
            ):
                return _AGAINST, False  # "kjøpt fra Tyrkia, ikke fra India": the source it did not come from
            if genitive and "dest" in roles and _export_deal(tokens, j):
                # "the largest export order yet for Ankara's jets": the exporter's deal; a bare state after it is the
                # buyer ("South Korea's record export deal for Poland")
                return _SOURCE, False
            if j > 0 and tokens[j - 1].low in shared().nearness and "dest" in roles:
                return frozenset({"location"}), False  # "sent so close to Taiwan": a place, not a buyer
            if j > 0 and tokens[j - 1].low in shared().governments and "location" in roles:
                return frozenset(), False  # "Regeringen i Bukarest skrev kontrakt": the state acts
            if (
                j > 0
                and "location" in roles
                and (
                    tokens[j - 1].low in lex.forces
                    or (tokens[j - 1].low in shared().firms and _firms_lead(tokens, j - 2, lex))
                )
            ):
                # "til hæren i Bamako", "from companies in China": the army or the firms of the place, in the role of
                # the word before them ("Companies in India provided": none, the subject)
                j -= 2
                continue
            if (
                lex.capital_nouns
                and low == "in"
                and tokens[j + 1].low == "die"
                and "location" in roles
                and _gives_in_clause(tokens, tok, lex)
            ):
                return _DEST, False  # "In die Slowakei hat Deutschland ... geliefert": the accusative goes there
            if roles == _PARTNER and low in shared().coordinators and (j == 0 or tokens[j - 1].low in CLAUSE_BREAKS):
                return frozenset(), False  # ", og Polen har fått levert": "og" joins two clauses, not two names
            if roles == _PARTNER and low in shared().coordinators and new_clause_subject(tokens, j, tok, lex):
                return frozenset(), False  # "Germany sent tanks and Norway sent howitzers": a second clause's subject
            return roles, False
        if low not in skip and not _apposition(token) and j not in adjectives:
            break
        j -= 1
    return frozenset(), False


def _firms_lead(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """True when the firms before a place start their clause or follow a source or agent ("Companies in India
    provided", "from companies in China", "while firms in Thailand provided"); not a gapped list ("and suppliers in
    Thailand $28 million") or a route ("via ett företag i Turkiet"), where the place stays a place."""
    skip = lex.preps.get("determiners", frozenset())
    while k >= 0 and tokens[k].low in skip:
        k -= 1
    if k < 0 or tokens[k].low in CLAUSE_BREAKS or tokens[k].low in lex.preps.get("clause", frozenset()):
        return True
    return not lex.prep_roles.get(tokens[k].low, frozenset()).isdisjoint(_LEADS)


_LEADS = frozenset({"source", "agent", "source_buy"})


def _export_deal(tokens: list[Token], j: int) -> bool:
    """True for "for" ("für") right after an export deal, at most two words between: "the largest export order yet
    for Ankara's", "der größte Exportauftrag bislang für Ankaras"."""
    words = shared()
    if tokens[j].low not in _FOR:
        return False
    for k in range(j - 1, max(-1, j - 1 - _DEAL_REACH), -1):
        low = tokens[k].low
        if low in CLAUSE_BREAKS:
            return False
        if low.startswith(words.export_deals) or (
            low in words.export_deal_nouns and k > 0 and tokens[k - 1].low == "export"
        ):
            return True
    return False


def _heads_word(text: str, hit: Hit, non_heads: frozenset[str], compound_heads: tuple[str, ...] = ()) -> bool:
    """True when the term ends its word, give or take an inflection ("granaterne", "Raketen").

    A hyphenated name heads its word unless a non-head follows ("F-35-programmet"); a name written solid with a
    weapon noun after it stands for its word too ("Patriotrobotar", "Archerpjäser": ``compound_heads``).
    """
    rest = text[hit.end : hit.word_end]
    if text.startswith("- ", hit.word_end):
        return False  # "rakett- og satellitteknologi": an elided compound, the head comes later
    if rest.startswith("-"):
        tail = rest.lstrip("-").lower()
        return not any(tail.startswith(word) for word in non_heads if len(word) >= _MIN_NON_HEAD)
    tail = rest.lower()
    return (
        len(rest) <= _INFLECTION
        or tail.startswith(shared().system_heads)  # "kustrobotbatterier"
        or (hit.named and tail.startswith(compound_heads))
    )


def _apposition(token: Token) -> bool:
    """A title or name between a preposition and its actor: "von US-Hersteller Boeing", "by President"."""
    return ("-" in token.low and token.low[0].isalpha()) or token.text_upper


def weapon_refs(
    text: str,
    hits: list[Hit],
    tok_of: dict[int, int],
    non_heads: frozenset[str] = frozenset(),
    compound_heads: tuple[str, ...] = (),
) -> list[WeaponRef]:
    """Collapse weapon and modifier hits into one reference per word, head (last part) first."""
    by_word: dict[int, Hit] = {}
    modifiers: list[Hit] = []
    cue_words: set[int] = set()
    spans: list[tuple[int, int, Hit]] = []
    blocked: list[tuple[int, int]] = []
    for h in hits:
        if h.kind is Kind.NOUN:
            cue_words.add(h.word_start)
        elif h.kind is Kind.WEAPON:
            if " " in text[h.start : h.end].strip():
                # to the end of its last word ("anti-aircraft guns"), unless the term ends a word ("K9 ")
                spans.append((h.start, h.word_end if text[h.end - 1].isalnum() else h.end, h))
        elif h.kind is Kind.BLOCK:
            blocked.append((h.start, max(h.end, h.word_end)))  # to its word's end: "vandkanoner"
    for hit in hits:
        if hit.kind is not Kind.WEAPON and hit.kind is not Kind.MODIFIER:
            continue
        if spans and any(a <= hit.start and hit.end <= b and span is not hit for a, b, span in spans):
            continue  # "Naval Strike Missile": the words inside a longer name are not terms of their own
        if blocked and any(a <= hit.start and hit.end <= b for a, b in blocked):
            continue  # "flyvåpenet", "Waffenruhe": a weapon word inside a word that names no weapon
        if hit.kind is Kind.MODIFIER:
            modifiers.append(hit)
        elif hit.kind is Kind.WEAPON:
            # a weapon word of its own after the name heads the word instead ("155 mm-haubitser")
            solid = (
                compound_heads
                if hit.named and not any(hit.end <= h.start < hit.word_end for h in hits if h.kind is Kind.WEAPON)
                else ()
            )
            if not _heads_word(text, hit, non_heads, solid) and hit.word_start not in cue_words:
                continue  # "ammunitionsdepot", "Drohnenangriff": the weapon only qualifies another noun
            best = by_word.get(hit.word_start)
            rank = (hit.named, not hit.generic, hit.end, hit.end - hit.start)
            if best is None or rank > (best.named, not best.generic, best.end, best.end - best.start):
                by_word[hit.word_start] = hit  # the head is the last non-generic part: "Patriot-missil"
    heads = list(by_word.values())
    if len(heads) > 1:
        heads.sort(key=lambda h: h.start)
    categories = {h.word_start: h.value for h in heads}
    consumed: set[int] = set()
    modified: set[int] = set()  # "ballistiske missiler": a kind word makes a loose word specific
    for mod in modifiers:
        own = by_word.get(mod.word_start)
        if own is not None and own.end > mod.end:
            continue  # "krydsermissiler": the modifier is already part of its own word's term
        for head in heads:
            same_word = head.word_start == mod.word_start and head.start >= mod.end
            gap = tok_of[head.start] - tok_of[mod.start]
            nearby = head.word_start != mod.word_start and 0 < gap <= _MODIFIER_GAP
            if (same_word or nearby) and head.value in _SPECIFIC_HEADS | {mod.value}:
                categories[head.word_start] = mod.value
                modified.add(head.word_start)
                if nearby and mod.word_start in by_word:
                    consumed.add(mod.word_start)
                break
    if any(h.generic for h in heads):
        heads = _resolve_generic(heads, modifiers, categories, tok_of)
        _holding_system(text, heads, categories)
    return [
        WeaponRef(
            categories[h.word_start],
            text[h.word_start : h.word_end],
            tok_of[h.start],
            h.weak and categories[h.word_start] == h.value,
            generic=h.generic and categories[h.word_start] == h.value and h.word_start not in modified,
            end=h.end,
        )
        for h in heads
        if h.word_start not in consumed
    ]


def _holding_system(text: str, heads: list[Hit], categories: dict[int, str]) -> None:
    """A loose word holding a named system takes its kind: "batteriene med BrahMos-kryssermissiler" are the
    missiles, not the ships the batteries stood for."""
    for h, nxt in pairwise(heads):
        if (
            h.generic and nxt.named and text[h.word_end : nxt.word_start].strip().lower() in shared().with_words
        ):  # "batteriene med BrahMos": a loose word holding a named system
            categories[h.word_start] = categories[nxt.word_start]


def _resolve_generic(
    heads: list[Hit], modifiers: list[Hit], categories: dict[int, str], tok_of: dict[int, int]
) -> list[Hit]:
    """Drop a loose word right after a named system ("Patriot missiles"); let a named system just
    after a loose word say its kind ("nordkoreanische Raketen vom Typ KN-23")."""
    modifier_words = {m.word_start for m in modifiers}
    named = {tok_of[h.start] for h in heads if not h.generic and h.word_start not in modifier_words}
    heads = [h for h in heads if not (h.generic and tok_of[h.start] - 1 in named)]
    for h in heads:
        if h.generic and categories[h.word_start] == h.value and h.value in MISSILE_FAMILY:
            # "nordkoreanische Raketen vom Typ KN-23": the named system says which kind of missile
            tok = tok_of[h.start]
            system = next(
                (n for n in heads if n.named and n.value in MISSILE_FAMILY and 0 < tok_of[n.start] - tok <= _TYPE_GAP),
                None,
            )
            if system is not None:
                categories[h.word_start] = system.value
    return heads


def _whither_after(tokens: list[Token], last: int, weapons: list[WeaponRef], lex: Lexicon) -> bool:
    """True for a place before ", wohin"/", dit" whose clause sends weapons: "in der Ukraine, wohin Deutschland mehrere
    Systeme geliefert hat" (not "In Rumänien, wohin die Ukraine Getreide exportiert")."""
    if not (last + 2 < len(tokens) and tokens[last + 1].low == "," and tokens[last + 2].low in shared().whither):
        return False
    hi = clause_of(tokens, last + 3, lex)[1] if last + 3 < len(tokens) else last + 3
    return any(last + 2 < w.tok < hi for w in weapons)


def _gives_in_clause(tokens: list[Token], tok: int, lex: Lexicon) -> bool:
    """True when the clause of ``tok`` holds a verb of giving and no other goal with "an"/"nach": "In die Slowakei
    hat Deutschland ... geliefert", not "Scholz reiste in die Türkei, während Deutschland ... an Polen lieferte"."""
    lo, hi = clause_of(tokens, tok, lex)
    words = shared()
    giving = any(
        lex.verbs.get(low := tokens[k].low, ("",))[0] in ("supply", "pledge", "arrive")
        or low in words.brought
        or low in words.bring
        for k in range(lo, hi)
    )
    return giving and not any(tokens[k].low in ("an", "nach") for k in range(lo, hi))


def actor_refs(
    tokens: list[Token], hits: list[Hit], tok_of: dict[int, int], weapons: list[WeaponRef], lex: Lexicon
) -> list[ActorRef]:
    """Return the actors of a sentence with prepositional roles; mark adjectives of origin."""
    refs: list[ActorRef] = []
    adjectives = frozenset(tok_of[h.start] for h in hits if h.kind is Kind.DEMONYM)
    if adjectives:
        # "Das polnische Verteidigungsministerium": the adjective's state, not the home one
        hits = [h for h in hits if not _foreign_institution(h, tok_of[h.start], tokens, adjectives, hits, tok_of, lex)]
    places = frozenset(tok_of[h.start] for h in hits if h.kind is Kind.ACTOR)
    pending: list[ActorRef] = []  # "amerikanische und britische": origins waiting for their weapon
    demonyms = [h for h in hits if h.kind is Kind.DEMONYM]
    # the first of two adjectives of origin in one token ("kinesisk-pakistanske") waits for the second
    first_of_two = frozenset(a.start for a, b in pairwise(demonyms) if tok_of[a.start] == tok_of[b.start])
    # most sentences hold no "according to" and no speech verb: skip looking for them around each actor
    lows = [t.low for t in tokens]
    may_accord = not lex.preps.get("according", frozenset()).isdisjoint(lows)
    may_speak = not lex.preps.get("attribution", frozenset()).isdisjoint(lows)
    named_last = -1  # the last token of the last name read: "Rapid Support Forces (RSF)" names one party
    for hit in hits:
        if hit.kind is not Kind.ACTOR and hit.kind is not Kind.DEMONYM:
            continue
        tok = tok_of[hit.start]
        if refs and named_last == tok - 2 and tokens[tok - 1].low == "(" and refs[-1].code == hit.value:
            continue
        if tokens[tok].low in shared().governments and tok + 1 < len(tokens) and tokens[tok + 1].low in ("i", "in"):
            continue  # "Regeringen i Bukarest": the government of the place named next, not Denmark's
        preps, attribution = _prep_roles(tokens, tok, lex, adjectives, hit.genitive)
        if tokens[tok].low in lex.there or _whither_after(tokens, last_token(tokens, hit.end, tok), weapons, lex):
            # "dit": to the place it stands for; "in der Ukraine, wohin Deutschland ... geliefert hat": the place a
            # relative adverb of direction hangs on is the goal of its clause
            preps = _DEST
        elif preps and _fronted_place_of_force(tokens, tok, lex):
            preps = frozenset()  # "I Estland har armén tagit emot": the force is the place's
        elif (
            not preps
            and not hit.genitive
            and (comma := tok - 2 if _listed_with_article(tokens, tok, hit.end, lex) else tok - 1) >= 1
            and tokens[comma].low == ","
            and comma - 1 in places
            and not _counted_after(tokens, last_token(tokens, hit.end, tok))
            and not _verb_after(tokens, last_token(tokens, hit.end, tok), lex)
        ):
            # "from France, Italy, Norway and Germany", "from France, the US and Britain": a comma joins two names
            preps = _PARTNER
        genitive_colon = tok + 2 < len(tokens) and tokens[tok + 2].low == "s"
        if tok + 1 < len(tokens) and tokens[tok + 1].low == ":" and tok <= 1 and not genitive_colon:
            attribution = True
        elif tok <= 1 and hit.genitive and ":" in [t.low for t in tokens[tok + 1 : tok + _HEADLINE_SOURCE]]:
            attribution = True  # "Sydkoreas efterretningstjeneste: Pjöngjang har sendt ...": who tells it
        according = (
            (may_accord and _in_according_phrase(tokens, tok, lex))
            or (tok <= 1 and _dateline(tokens, tok))
            # "nach israelischen Angaben", "efter amerikanske oplysninger": the adjective names who tells it, but
            # not a people before a phrase of its own ("har saudierne ifølge flere analytikere købt")
            or (
                hit.kind is Kind.DEMONYM
                and may_accord
                and tok + 1 < len(tokens)
                and tokens[tok + 1].low in lex.preps["according"]
                and tokens[tok + 1].low not in lex.preps.get("attribution", frozenset())
            )
        )
        if according and hit.kind is Kind.DEMONYM:
            # "nach Angaben der Staatsanwaltschaft nordkoreanische Raketen": the adjective of a weapon is its origin
            last = last_token(tokens, hit.end, tok)
            according = not any(w.tok == last + 1 for w in weapons)
        speaker = (attribution and not according) or (may_speak and _speaker(tokens, tok, lex))
        attribution = attribution or speaker or according
        if hit.kind is Kind.DEMONYM and _names_actor_next(hits, hit, tok_of, tok):
            continue  # "den russiske lejehærgruppe Wagner": the adjective only qualifies Wagner
        if hit.genitive and _names_actor_next(hits, hit, tok_of, tok, groups_only=True):
            continue  # "Yemen's Houthi rebels", "Libanons Hizbollah": the state only places the group
        if hit.kind is Kind.ACTOR and _names_treaty(tokens, last_token(tokens, hit.end, tok)):
            continue  # "the Ottawa Convention", "Minsk-avtalen": a treaty named after a place
        if hit.kind is Kind.ACTOR and ranked_behind(tokens, tok, hit.end, lex):
            continue  # "verdens næststørste våbeneksportør efter USA": the one ranked before, no party
        if tokens[tok].low in lex.forces and _placed_force(tokens, tok, places, lex):
            continue  # "Hæren i Bamako": the army of the place named next, not Norway's
        demonym = hit.kind is Kind.DEMONYM or (
            not preps and not hit.genitive and _attributive_state(tokens, tok, weapons, lex)
        )
        owner = demonym and tok >= 2 and tokens[tok - 1].low in lex.parts_for and tokens[tok - 2].low in lex.parts
        if owner:
            preps = _DEST  # "komponentar til russiske dronar", "parts for Russian drones": for Russia's drones
        elif demonym and _war_after(tokens, last_token(tokens, hit.end, tok)) and _since_before(tokens, tok):
            preps = _AGAINST  # "Seit Beginn des russischen Angriffskrieges": the attacker, no party
        ref = ActorRef(hit.value, tok, preps, hit.genitive, demonym, attribution, speaker=speaker, company=hit.named)
        # "mot russiske rakettar": a target, not a delivery; "nach ukrainischen Angaben": who tells it
        last = last_token(tokens, hit.end, tok) if ref.demonym else tok
        # "kinesisk-pakistanske JF-17": a maker joined by a hyphen to the next adjective shares its weapon
        joined = (
            ref.demonym
            and "against" not in preps
            and not according
            and (
                (last + 2 < len(tokens) and tokens[last + 1].low == "-" and last + 2 in adjectives)
                or hit.start in first_of_two  # "kinesisk-pakistanska" is one token
            )
        )
        if joined:
            pending.append(ref)
        elif (
            ref.demonym
            and not owner
            and "against" not in preps
            and not according
            and not _before_force(tokens, last, lex)
        ):
            for w in weapons:
                if (
                    (0 < w.tok - last <= _origin_gap(tokens[last].low) or _elided_between(tokens, last, w.tok))
                    and w.origin is None
                    # "Russerne kjøper droner", "Svenskerne købte kampvogne": a people doing, no adjective
                    and not any(tokens[k].low in lex.verb_forms for k in range(last + 1, w.tok))
                    and not _imports(tokens, w.tok)
                ):
                    w.origin = ref.code
                    ref.origin_of = w.tok
                    # "American and British aircraft": each adjective of a list names a supplier
                    w.co_origins = tuple(p.code for p in pending if p.code != ref.code)
                    for p in pending:
                        p.origin_of = w.tok
                    break
            coordinated = last + 2 < len(tokens) and tokens[last + 1].low in shared().coordinators
            if ref.origin_of < 0 and coordinated and last + 2 in adjectives:
                pending.append(ref)
            else:
                pending = []
        refs.append(ref)
        named_last = last_token(tokens, hit.end, tok)
    return refs


def _imports(tokens: list[Token], tok: int) -> bool:
    """True for a word of arms imports ("der pakistanischen Waffenimporte", "de vietnamesiska vapenimporterna",
    "India's arms imports"): its adjective names the buyer, not the maker."""
    low = tokens[tok].low
    return ("import" in low and not any(firm in low for firm in _IMPORTERS)) or (
        tok + 1 < len(tokens) and tokens[tok + 1].low in ("imports", "import")
    )


_IMPORTERS = ("importø", "importö", "importeur")  # a firm that imports, not imports: "importører"


def article_opens_name(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """True when the article at ``k`` is the next name's own: English "the", or a German article before a name told
    with one ("den Niederlanden", "die Türkei": ``article_names``). Before another German name it may open a
    relative clause ("Die Ukraine, die Russland ...")."""
    article = tokens[k].low
    if article not in ARTICLES and article not in CASE_ARTICLES:
        return False
    return article == "the" or (k + 1 < len(tokens) and tokens[k + 1].low in lex.article_names)


def _listed_with_article(tokens: list[Token], tok: int, end: int, lex: Lexicon) -> bool:
    """True for a name after its article that a comma or "and" follows: an item of a list of names ("from France,
    the US and Britain", "von Dänemark, den Niederlanden und Norwegen"), not a subject after a fronted place ("In
    Washington, the State Department has approved")."""
    if tok < 4 or "location" in lex.prep_roles.get(tokens[tok - 4].low, ()):
        return False  # not "In Berlin, the US"
    if not article_opens_name(tokens, tok - 1, lex):
        return False
    after = last_token(tokens, end, tok) + 1
    if after >= len(tokens) or not (tokens[after].low == "," or tokens[after].low in shared().coordinators):
        return False
    return not clause_after_list(tokens, after, lex)


def clause_after_list(tokens: list[Token], joint: int, lex: Lexicon) -> bool:
    """True when a verb follows the name after a list's comma or joining word at ``joint``: "Britain sent missiles
    to Ukraine, the US and Germany sent tanks" opens a new clause. A German verb told last ends the list's own
    clause ("von Dänemark, den Niederlanden und Norwegen erhalten.")."""
    return any(
        t.low in lex.verb_forms
        and not (lex.capital_nouns and (k + 1 >= len(tokens) or tokens[k + 1].low in _LIST_CLOSERS))
        for k, t in enumerate(tokens[joint + 1 : joint + _LIST_VERB_REACH], joint + 1)
    )


def _attributive_state(tokens: list[Token], tok: int, weapons: list[WeaponRef], lex: Lexicon) -> bool:
    """True for an English state abbreviation standing as the adjective of a weapon right after it: "the largest
    recipient of U.S. weapons", "Poland received US tanks"."""
    if lex.lang != "en" or tokens[tok].low not in shared().attributive_states:
        return False
    lo = clause_of(tokens, tok, lex)[0]
    if not any(t.low in lex.verb_forms for t in tokens[lo:tok]):
        return False  # "US tanks were also sent to Ukraine": the subject, which may be the giver
    if any(lex.verbs.get(t.low, ("",))[0] in ("use", "seize") for t in tokens):
        return False  # "used US rifles left in Afghanistan", "seized US weapons": no transfer from the US
    return any(
        0 < w.tok - tok <= _ORIGIN_GAP
        and not any(t.low in lex.verb_forms for t in tokens[tok + 1 : w.tok])
        # "U.S. arms sales to Taiwan": the seller of a sale, as before
        and not (w.tok + 1 < len(tokens) and tokens[w.tok + 1].low in shared().sale_heads)
        for w in weapons
    )


_SINCE_REACH = 4  # words from "since" to the adjective: "Seit Beginn des russischen"


def _since_before(tokens: list[Token], tok: int) -> bool:
    """True for a phrase of time or cause before the adjective ("Seit Beginn des russischen Angriffskrieges", "since
    the Russian invasion"), not a goal ("for the Russian war", "til den russiske krigen") or a subject."""
    return any(t.low in shared().since_words for t in tokens[max(0, tok - _SINCE_REACH) : tok])


def _war_after(tokens: list[Token], last: int) -> bool:
    """True for an adjective of origin on a word for war or attack: "des russischen Angriffskrieges", "den
    russiske invasjonen", "Russia's war" (the adjective names the attacker)."""
    if last + 1 >= len(tokens):
        return False
    word = tokens[last + 1].low
    return (
        word in shared().war_nouns
        or word.startswith(shared().war_stems)  # not "warship", "krigsmateriel", "attackhelikoptrar"
        or word.endswith(("krieg", "krieges", "kriegs", "krigen", "kriget"))
    )


def _counted_after(tokens: list[Token], last: int) -> bool:
    """True when a number follows a name: "from the US, Switzerland 36" opens a gapped clause, not a list."""
    return last + 1 < len(tokens) and tokens[last + 1].low[:1].isdigit()


def _verb_after(tokens: list[Token], last: int, lex: Lexicon) -> bool:
    """True when a verb follows a name: "After talks in Paris, Egypt bought" opens the main clause, not a list."""
    if last + 1 >= len(tokens):
        return False
    low = tokens[last + 1].low
    return low in lex.verbs or low in shared().auxiliaries or low in shared().modals


def _fronted_place_of_force(tokens: list[Token], tok: int, lex: Lexicon) -> bool:
    """True for a place opening the sentence before a verb whose subject is a force or a government with no name:
    "I Estland har armén tagit emot", "In Lettland hat die Regierung bestellt"."""
    if tok != 1 or tok + 1 >= len(tokens) or "location" not in lex.prep_roles.get(tokens[0].low, ()):
        return False
    k = tok + 2
    if k < len(tokens) and tokens[k].low in ARTICLES:
        k += 1
    return (
        tokens[tok + 1].low in lex.verb_forms
        and k < len(tokens)
        and (tokens[k].low in lex.forces or tokens[k].low in shared().governments)
    )


def _placed_force(tokens: list[Token], tok: int, places: frozenset[int], lex: Lexicon) -> bool:
    """True for an armed force followed by "i"/"in" and a place: "hæren i Bamako", "the army in Lima"."""
    return tok + 2 < len(tokens) and tok + 2 in places and "location" in lex.prep_roles.get(tokens[tok + 1].low, ())


def _foreign_institution(
    hit: Hit,
    tok: int,
    tokens: list[Token],
    adjectives: frozenset[int],
    hits: list[Hit],
    tok_of: dict[int, int],
    lex: Lexicon,
) -> bool:
    """True for a home institution named with another state's adjective right before it ("Das polnische
    Verteidigungsministerium", "das estnische Verteidigungsministerium"): German writes every noun with a capital, so
    the home ministry's name matches; the adjective says whose it is."""
    home = shared().home_states.get(lex.lang)
    if hit.kind is not Kind.ACTOR or tok - 1 not in adjectives:
        return False
    if hit.value != home and tokens[tok].low not in _institution_words():
        return False  # a home institution, or a parliament read as one state's ("Das zyprische Repräsentantenhaus")
    return any(h.kind is Kind.DEMONYM and tok_of[h.start] == tok - 1 and h.value != hit.value for h in hits)


@cache
def _institution_words() -> frozenset[str]:
    """The first words of the parliaments read as one state's (``Shared.institutions``)."""
    return frozenset(name.split()[0] for name in shared().institutions)


def ranked_behind(tokens: list[Token], tok: int, end: int, lex: Lexicon) -> bool:
    """True when the name at ``tok`` follows "after"/"behind" in a ranking ("Frankrig er verdens næststørste
    våbeneksportør efter USA", "nach den USA der zweitgrößte Waffenexporteur", "the second-largest exporter behind the
    United States"): the state ranked before is no party to a transfer. The superlative stands within a few words
    before the preposition or after the name, in the same clause, and no verb but a copula follows the name ("the
    largest delivery came after Germany approved" is a time); German "nach" ranks only before its ranking."""
    words = shared()
    k = tok - 1
    if k >= 1 and tokens[k].low in words.ranked_articles:
        k -= 1
    if k < 0 or tokens[k].low not in words.ranked_behind:
        return False
    last = last_token(tokens, end, tok)
    if last + 1 < len(tokens) and tokens[last + 1].low in lex.verb_forms and tokens[last + 1].low not in _BEING:
        return False
    if last + 2 < len(tokens) and tokens[last + 1].low == "," and tokens[last + 2].low in words.relatives:
        return False  # "Indias viktigste våpenleverandør etter Russland, som har levert S-400": a party of its own
    after = tokens[last + 1 : last + 1 + _RANK_REACH]
    if tokens[k].low in words.ranked_before_only:  # "nach den USA der zweitgrößte", not "nach Indien die größte"
        if k >= 1 and tokens[k - 1].low in lex.verb_forms and tokens[k - 1].low not in _BEING:
            return False  # "lieferte nach Ungarn die zweitgrößten Exporte": a destination
        return any(
            t.low.startswith(words.ranked_ordinals) and _ranks(t, n, after, after[:n]) for n, t in enumerate(after)
        )
    before = tokens[max(0, k - _RANK_REACH) : k]
    return any(_ranks(t, n, before, before[n + 1 :]) for n, t in enumerate(before)) or any(
        _ranks(t, n, after, after[:n]) for n, t in enumerate(after)
    )


def _ranks(token: Token, n: int, nearby: list[Token], between: list[Token]) -> bool:
    """Whether ``token`` is a superlative of rank, not a share ("zum größten Teil", "größtenteils"), with no clause
    break ``between`` it and the ranked name."""
    words = shared()
    low = token.low
    if not any(stem in low for stem in words.ranking_words) or any(share in low for share in words.solid_shares):
        return False
    if n + 1 < len(nearby) and nearby[n + 1].low in words.ranked_shares:
        return False
    if any(stem in low for stem in words.important_words) and not any(
        party in t.low for t in nearby[n + 1 : n + 3] for party in words.ranked_parties
    ):
        return False  # "Den viktigste hjelpen kom etter Norges vedtak": no trading party ranked
    return all(t.low not in CLAUSE_BREAKS for t in between)


_BEING = COPULAS | {"has", "have", "had", "har", "hat", "hatte", "hade", "havde", "hadde", "habe", "haben"}
_RANK_REACH = 5  # words between a superlative and the preposition or name it ranks: "second-largest exporter of
# major weapons behind"


def _names_treaty(tokens: list[Token], last: int) -> bool:
    """True when the word after a name (or after its hyphen) is a treaty or talks word."""
    k = last + 1
    if k < len(tokens) and tokens[k].low == "-" and tokens[k].start == tokens[last].end:
        k += 1
    return k < len(tokens) and tokens[k].low in shared().treaties


def _dateline(tokens: list[Token], tok: int) -> bool:
    """True for the place of a dateline: "KYIV (Reuters) -", "WASHINGTON, Oct 13 (AP) —"."""
    if tok > 1:
        return False
    for k in range(tok + 1, min(len(tokens) - 1, tok + _DATELINE)):
        if tokens[k].low == ")" and tokens[k + 1].low in ("-", "–", "—"):
            return True
    return False


def last_token(tokens: list[Token], end: int, tok: int) -> int:
    """Index of the token holding character ``end - 1`` ("North Korean" ends on "Korean")."""
    while tok + 1 < len(tokens) and tokens[tok + 1].start < end:
        tok += 1
    return tok


def _in_according_phrase(tokens: list[Token], tok: int, lex: Lexicon) -> bool:
    """True inside "ifølge en rapport fra X" / "according to X" up to the next punctuation."""
    according = lex.preps.get("according", frozenset())
    prep = tok - 1
    while prep > 0 and (tokens[prep].low in ARTICLES or tokens[prep].low in lex.preps.get("determiners", ())):
        prep -= 1  # "an die Ukraine"
    if prep >= 2 and tokens[tok].text_upper and according.isdisjoint((tokens[prep].low, tokens[prep - 1].low)):
        before = lex.prep_roles.get(tokens[prep].low, ())
        if (
            ("dest" in before or "partner" in before)
            and tokens[prep].low not in shared().topic_preps
            and tokens[prep].low not in shared().coordinators
        ):
            # "Ifølge planen for leveransene til Ukraina skal Norge sende": a party inside the phrase (not "according
            # to X" itself, nor a panel "for Jemen", "für Sudan": its topic)
            return False
    j = tok - 1
    while j >= 0 and tok - j <= _ACCORDING_REACH and tokens[j].low not in CLAUSE_BREAKS:
        if tokens[j].low in according:
            if j < tok - 2 and tokens[tok].text_upper and _finite_verb(tokens, tok, lex):
                return False  # "Ifølge Reuters forsøger Iran at": a verb we do not list ended the phrase
            if (
                j + 2 < tok
                and tokens[j + 1].text_upper
                and not tokens[j + 1].low.endswith("s")  # "Ifølge FNs ekspertpanel for Jemen": a genitive's noun
                and _finite_verb(tokens, j + 3, lex)
            ):
                return False  # "Enligt Sipri kom 69 procent av landets": the verb after the source's name
            return j == 0 or not tokens[j].text_upper or _phrase_goes_on(tokens, j, tok, lex)
        if tokens[j].low in lex.verb_forms:
            return False  # "Ifølge kilder har Nordkorea sendt": the phrase ended before the verb
        j -= 1
    return False


def _finite_verb(tokens: list[Token], tok: int, lex: Lexicon) -> bool:
    """True for a lower-case word that no preposition, article or conjunction list holds, right before a name
    in a fronted "according to" phrase: in the verb-second languages that is the verb, and the name its
    subject ("Enligt armén försöker Iran", "Laut Reuters versucht Iran"). Names inside the phrase follow a
    preposition or an article ("ifølge en rapport fra FN", "nach Angaben aus Kiew"), or have the verb after
    them ("Ifølgje FNs ekspertpanel for Jemen har houthiane")."""
    low = tokens[tok - 1].low
    after = tokens[tok + 1].low if tok + 1 < len(tokens) else ""
    return (
        not tokens[tok - 1].text_upper
        and after not in shared().auxiliaries
        and low.isalpha()
        and low not in lex.prep_roles
        and low not in lex.preps.get("determiners", frozenset())
        and low not in lex.clause_breaks
    )


def _phrase_goes_on(tokens: list[Token], noun: int, tok: int, lex: Lexicon) -> bool:
    """After a capitalised "according" noun the source follows at once or through an article or "von":
    "nach Angaben des Ministeriums", "nach Erkenntnissen von X"; "nach israelischen Angaben weiterhin von
    Teheran" ended at the noun."""
    if tok == noun + 1:
        return True
    nxt = tokens[noun + 1].low
    return nxt in lex.preps.get("determiners", frozenset()) or nxt in lex.preps.get("source", frozenset())


def _speaker(tokens: list[Token], tok: int, lex: Lexicon) -> bool:
    """True for ", the White House said" / ", sagde Pentagon" / "U.S. Africa Command said ...":
    a speaker after a comma or at the start of the sentence."""
    speech = lex.speech
    after = tok + 1
    while after < len(tokens) and after - tok <= 3 and tokens[after].low not in speech:
        if tokens[after].low in CLAUSE_BREAKS:
            return False
        after += 1
    if after >= len(tokens) or tokens[after].low not in speech or after - tok > 3:
        return False
    j = tok - 1
    while j >= 0 and tok - j <= 3:
        if tokens[j].low in CLAUSE_BREAKS:
            return True
        j -= 1
    if j >= 0 or after + 1 >= len(tokens):
        return False
    # at the start: "U.S. Africa Command said Russia had ...", "Pentagon sier at ..." (not "sagt ... zu")
    nxt = tokens[after + 1]
    clause = lex.preps.get("clause", frozenset())
    return nxt.low in clause or nxt.low in CLAUSE_BREAKS or nxt.text_upper


def _before_force(tokens: list[Token], last: int, lex: Lexicon) -> bool:
    """True for an adjective before an armed force: "den libanesiske hæren", "der libanesischen Armee" name the
    state, not the make of the weapon after them."""
    return last + 1 < len(tokens) and tokens[last + 1].low in lex.forces


def _elided_between(tokens: list[Token], last: int, tok: int) -> bool:
    """True when only the first parts of an elided compound stand between: "russiske Su-27- og Su-30-fly"."""
    between = tokens[last + 1 : tok]
    joins = shared().coordinators
    return (
        0 < len(between) <= 2 * _ORIGIN_GAP
        and any(t.low.endswith("-") for t in between)
        and all(t.low.endswith("-") or t.low in joins for t in between)
    )


def _names_actor_next(hits: list[Hit], hit: Hit, tok_of: dict[int, int], tok: int, groups_only: bool = False) -> bool:
    """True when an actor (with ``groups_only``, a non-state group, whose codes are lower case) follows closely."""
    return any(
        other.kind is Kind.ACTOR
        and 0 < tok_of[other.start] - tok <= _ORIGIN_GAP
        and (not groups_only or other.value.islower())
        for other in hits
    )
