"""Per-language lexicons: the bundled data files turned into lookup tables and one automaton.

A lexicon is built on first use of a language and cached for the life of the process. Country
names come from Babel's CLDR territory names; everything else comes from ``data/<lang>.toml``
merged with ``data/common.toml``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from enum import Enum
from functools import cache
from importlib import resources
from typing import Any

import ahocorasick
from babel import Locale

from schemas.mention import Weapon

LANGUAGES = ("da", "nb", "nn", "sv", "de", "en")
# Punctuation that ends a clause in every language.
CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "–", "—"})
# Blocs frame or pay for a transfer; their members supply: "Staaten außerhalb der EU", "EU military aid".
BLOCS = frozenset({"EU"})

# Territory codes that are not states a transfer can come from or go to.
_NOT_ACTORS = frozenset({"ZZ", "QO", "EZ", "UN", "XA", "XB", "AQ", "BV", "HM", "UM", "TF", "IO", "CP", "DG"})


class Kind(Enum):
    """What an automaton term stands for."""

    ACTOR = "actor"
    DEMONYM = "demonym"
    WEAPON = "weapon"
    MODIFIER = "modifier"
    NOUN = "noun"
    BLOCK = "block"
    SPORT = "sport"
    LINK = "link"  # a later party copying an earlier transfer: "fulgte trop", "gefolgt von", "samma typ"


@dataclass(frozen=True, slots=True)
class Term:
    """One automaton entry: ``value`` is an actor code, a weapon category or a transfer-noun role."""

    kind: Kind
    value: str
    start_bound: bool
    end_bound: bool
    weak: bool = False
    generic: bool = False
    named: bool = False
    refers: str = ""  # a back-reference bound to one kind ("die Maschinen": aircraft only); "" for any kind
    counted: bool = False  # a back-reference only after a number ("fyra nya plan", not "en plan")
    opening: bool = False  # a back-reference only opening its sentence ("Skipet er kjøpt fra Frankrike")


@dataclass(frozen=True, slots=True)
class PhraseMatcher:
    """All whole-word phrase lists a sentence is checked against, in one automaton.

    Groups are ``exchange``, ``passive``, ``status:<key>`` and ``verb:<phrase>``; one pass over a
    sentence normalised as `` tok tok tok `` finds them all, instead of one regex search per list.
    """

    automaton: Any

    def find_all(self, norm: str) -> dict[str, tuple[int, int]]:
        """Return ``group -> (first start, first stop)`` for the groups found in ``norm``.

        ``start`` is the offset of the space before the phrase; ``stop`` the offset just after the
        space following a whole-word phrase (or after a prefix), so a phrase lies wholly inside
        ``norm[:limit + 1]`` when ``stop <= limit + 1``.
        """
        found: dict[str, tuple[int, int]] = {}
        if self.automaton is None:
            return found
        for end, entries in self.automaton.iter(norm):
            for group, length in entries:
                start = end + 1 - length
                old = found.get(group)
                if old is None:
                    found[group] = (start, end + 1)
                elif start < old[0]:  # matches come by end: a longer one may start earlier
                    found[group] = (start, old[1])
        return found


def phrase_matcher(groups: dict[str, list[str] | tuple[str, ...]]) -> PhraseMatcher:
    """Build a :class:`PhraseMatcher` from ``group -> data-file phrases`` (a trailing ``*``: prefix)."""
    table: dict[str, list[tuple[str, int]]] = {}
    for group, items in groups.items():
        for item in items:
            key = f" {item[:-1].lower()}" if item.endswith("*") else f" {item.lower()} "
            bucket = table.setdefault(key, [])
            if (group, len(key)) not in bucket:
                bucket.append((group, len(key)))
    automaton = ahocorasick.Automaton()
    for key, bucket in table.items():
        automaton.add_word(key, tuple(bucket))
    if table:
        automaton.make_automaton()
    return PhraseMatcher(automaton if table else None)


_DIGIT_OR_SYMBOL = re.compile(r"[\d$€£]")
_LETTERS = re.compile(r"[^\W\d_]+")


def _compound_numbers(num: dict[str, Any]) -> dict[str, float]:
    """The number words with their compounds of tens and units: the language's ``compound`` pattern or patterns
    ("{tens}{unit}": "tjuefire", "tjugofyra"; "{unit}og{tens}": "fireogtyve", and in Norwegian beside the first,
    "toogtjue"; "{unit}und{tens}": "vierundzwanzig"; "{tens}-{unit}": "twenty-four") over its words for 20–90 and
    1–9."""
    words = {k.lower(): float(v) for k, v in num.get("words", {}).items()}
    patterns = num.get("compound") or []
    if isinstance(patterns, str):
        patterns = [patterns]
    tens = [(w, v) for w, v in words.items() if 20 <= v <= 90 and v % 10 == 0]
    units = [(w, v) for w, v in words.items() if 1 <= v <= 9 and len(w) > 1]
    compounds = {p.format(tens=t, unit=u): tv + uv for p in patterns for t, tv in tens for u, uv in units}
    return {**compounds, **words}


@dataclass(frozen=True, slots=True)
class NumberHint:
    """A cheap test for "might this stretch of text hold an amount?": a digit, a currency symbol,
    or a counting, scale or vague-amount word. It may say yes wrongly, never no wrongly."""

    words: frozenset[str]

    def found(self, low: str, start: int, end: int) -> bool:
        """True when ``low[start:end]`` may hold an amount."""
        if _DIGIT_OR_SYMBOL.search(low, start, end) is not None:
            return True
        return not self.words.isdisjoint(_LETTERS.findall(low, start, end))


@dataclass(frozen=True, slots=True)
class MeasureHint:
    """A cheap test for "might this stretch of text name money or a counting unit?" (a currency
    symbol or any word of a currency or unit name). It may say yes wrongly, never no wrongly."""

    words: frozenset[str]
    symbols: tuple[str, ...]

    def found(self, low: str, start: int, end: int) -> bool:
        """True when ``low[start:end]`` may name a currency or a unit."""
        part = low[start:end]
        if any(symbol in part for symbol in self.symbols):
            return True
        return not self.words.isdisjoint(_LETTERS.findall(part))


@dataclass(frozen=True, slots=True)
class Numbers:
    """Number words, scale words, vague amounts and approximators of one language."""

    words: dict[str, float]
    scales: dict[str, float]
    vague: dict[str, float]
    approx: frozenset[str]
    decimal: str


@dataclass(frozen=True, slots=True)
class Reports:
    """Words of reports on a state's arms exports (see :mod:`services.extractor.tagging.reports`)."""

    markers: tuple[str, ...]  # folded substrings naming such a report in the title or lead ("rüstungsexport")
    nouns: frozenset[str]  # words for the reported figures ("ausfuhren", "genehmigungen", "exporten")
    approve: tuple[str, ...]  # word starts of licences and approvals: the figures are agreed, not delivered
    refuse: tuple[str, ...]  # word starts of refusals ("avslog", "abgelehnt")


_MEMO_SIZE = 10_000  # weapon surfaces remembered per language (names repeat across articles)


@dataclass(frozen=True)
class Lexicon:
    """Everything the tagger knows about one language."""

    lang: str
    automaton: Any
    verbs: dict[str, tuple[str, str]]
    verb_phrases: dict[str, tuple[str, str]]
    verb_forms: frozenset[str]  # the transfer verbs' forms and the shared auxiliaries: a word that is a verb
    preps: dict[str, frozenset[str]]
    negation: frozenset[str]
    numbers: Numbers
    units: dict[str, str]
    currencies: dict[str, str]
    currency_symbols: dict[str, str]
    not_quantity: frozenset[str]
    months: frozenset[str]
    non_heads: frozenset[str]
    # weapon nouns that may close a compound written solid after a named system ("Patriotrobotar")
    compound_heads: tuple[str, ...]
    parts: frozenset[str] = frozenset()  # "komponenter", "Bauteile": parts, named for a weapon or alone
    not_held: tuple[str, ...] = ()  # word beginnings saying a state does not hold a foreign weapon it names
    passive_auxiliaries: frozenset[str] = frozenset()  # "were", "ble", "blev": before a participle, a passive
    # German "wurde", "worden", "werden": the one-word passive markers of ``[phrases] passive``, each bounding a clause
    passive_words: frozenset[str] = frozenset()
    # verb beginnings that down a weapon, each with the particle it needs ("skyte", "ned") or ""
    downing: tuple[tuple[str, str], ...] = ()
    parts_for: frozenset[str] = frozenset()  # "til", "für": the preposition naming the weapon a part is for
    used_passive: frozenset[str] = frozenset()  # "bruges", "brukes": a passive of use after a relative clause
    cargo_bound: frozenset[str] = frozenset()  # words telling where a cargo was bound: "bestimmt", "bound"
    cargo_origin: frozenset[str] = frozenset()  # verbs telling where a cargo came from: "stammte", "kom"
    matcher: PhraseMatcher = PhraseMatcher(None)
    prep_roles: dict[str, frozenset[str]] = field(default_factory=dict)
    clause_breaks: frozenset[str] = frozenset()
    # speech words after a speaker (", sagde Pentagon"); not "ifølge", which opens the source after it
    # ("hvor Hizbollah ifølge vestlige vurderinger har modtaget")
    speech: frozenset[str] = frozenset()
    cue_words: frozenset[str] = frozenset()  # transfer verbs and the first words of verb phrases
    measure_hint: MeasureHint | None = None
    number_starters: frozenset[str] = frozenset()
    number_hint: NumberHint | None = None
    actor_suffixes: tuple[str, ...] = field(default=("s",))
    actor_heads: tuple[str, ...] = ()
    owner_forces: tuple[str, ...] = ()  # "Haftar's forces": after a genitive, the party itself
    # German names told with their article ("die Niederlande", "der Iran"): "die"/"der" right before one is its
    # article, not a relative pronoun ("Dänemark, die Niederlande und Norwegen haben")
    article_names: frozenset[str] = frozenset()
    system_origins: tuple[tuple[str, str], ...] = ()  # (folded prefix, maker's country), longest first
    # "the country" words standing for the state named just before ("Neuester Kunde ist Indonesien. Das
    # südostasiatische Land unterzeichnete ..."), and the articles one of which must stand right before them
    anaphors: frozenset[str] = frozenset()
    anaphor_articles: frozenset[str] = frozenset()
    pronouns: frozenset[str] = frozenset()  # subject pronouns that may stand for a state ("it")
    pronoun_stops: frozenset[str] = frozenset()  # after a pronoun: a passive or an expletive ("es wurden")
    # "hæren", "flygvapnet", "the navy": a state's armed force standing for the state named before it
    forces: frozenset[str] = frozenset()
    accuse: frozenset[str] = frozenset()
    there: frozenset[str] = frozenset()  # "dit", "dorthin": to the state named last before
    referring: frozenset[str] = frozenset()  # anaphors, forces, "there", pronouns: words that make a sentence look back
    system_words: frozenset[str] = frozenset()  # "systemet", "the batteries": weapon words that stand for a kind told
    exchange_phrases: tuple[str, ...] = ()  # "im gegenzug", "til gjengjeld": the other side of an exchange
    capital_nouns: bool = False  # every noun is written with a capital (German): a capital tells no name
    # the verb of a particle verb -> (particle, meaning): "lämnade" -> ("över", supply past); the particle may
    # stand a few words after it, and in German it ends the clause ("particle_last")
    particle_verbs: dict[str, tuple[tuple[str, tuple[str, str]], ...]] = field(default_factory=dict)
    particle_last: bool = False
    # "tecknade" -> "past": verbs that sign when an agreement noun (a word ending in ``agreement_nouns``) follows
    enter_verbs: dict[str, str] = field(default_factory=dict)
    agreement_nouns: tuple[str, ...] = ()
    reports: Reports | None = None
    origin_memo: dict[str, str | None] = field(default_factory=dict, compare=False, repr=False)

    def origin_of_system(self, surface: str) -> str | None:
        """The country a named system comes from ("KAAN-kampfly" -> TR), if it is one country's."""
        low = surface.lower()
        memo = self.origin_memo
        if low in memo:
            return memo[low]
        lengths, table = _origin_table(self.system_origins)
        code = next((c for n in lengths if (c := table.get(low[:n])) is not None), None)  # longest prefix first
        if len(memo) < _MEMO_SIZE:
            memo[low] = code
        return code


def _reports(data: dict[str, list[str]] | None) -> Reports | None:
    if not data:
        return None
    return Reports(
        tuple(m.lower() for m in data.get("markers", [])),
        frozenset(n.lower() for n in data.get("nouns", [])),
        tuple(a.lower() for a in data.get("approve", [])),
        tuple(r.lower() for r in data.get("refuse", [])),
    )


@cache
def _origin_table(origins: tuple[tuple[str, str], ...]) -> tuple[tuple[int, ...], dict[str, str]]:
    """Prefix lengths (longest first) and prefix -> country: one lookup per length, not a scan of every prefix."""
    table: dict[str, str] = {}
    for prefix, code in origins:
        table.setdefault(prefix, code)
    return tuple(sorted({len(p) for p in table}, reverse=True)), table


def _load(name: str) -> dict[str, Any]:
    data = resources.files(__package__).joinpath("data", f"{name}.toml").read_text(encoding="utf-8")
    return tomllib.loads(data)


def _spellings(name: str) -> tuple[str, ...]:
    """A system's name of several words as written and hyphenated in a compound: "storm shadow" and
    "storm-shadow" ("Storm-Shadow-Raketen", "Storm Shadow-missiler")."""
    hyphenated = name.replace(" ", "-")
    return (name, hyphenated) if hyphenated != name else (name,)


def _term_key(raw: str) -> tuple[str, bool, bool]:
    """Split the ``^term$`` syntax into (key, start_bound, end_bound)."""
    start = raw.startswith("^")
    end = raw.endswith("$")
    return raw.strip("^$").lower(), start, end


def _clean_territory(name: str) -> list[str]:
    base = name.split("(")[0].strip()
    return [base] if base else []


def _actor_names(lang: str, data: dict[str, Any], common: dict[str, Any]) -> dict[str, str]:
    names: dict[str, str] = {}
    stop = set(data.get("actor_stop", {}).get("names", []))
    for code, name in Locale.parse(lang).territories.items():
        if len(code) != 2 or not code.isalpha() or code in _NOT_ACTORS:
            continue
        for variant in _clean_territory(name):
            if variant not in stop and (len(variant) > 2 or variant.isupper()):
                names[variant] = code
    names.update(common.get("actors", {}))
    names.update(common.get("leaders", {}))
    names.update(common.get("companies", {}))
    names.update(data.get("actors", {}))
    return names


def _add(table: dict[str, list[Term]], key: str, term: Term) -> None:
    bucket = table.setdefault(key, [])
    if term not in bucket:
        bucket.append(term)


def _build_automaton(lang: str, data: dict[str, Any], common: dict[str, Any]) -> Any:
    table: dict[str, list[Term]] = {}
    companies = set(common.get("companies", {}))
    for name, code in _actor_names(lang, data, common).items():
        _add(table, name.lower(), Term(Kind.ACTOR, code, True, True, named=name in companies))
    for stem, code in data.get("demonyms", {}).items():
        _add(table, stem.lower(), Term(Kind.DEMONYM, code, True, False))
    weak = {_term_key(t)[0] for t in data.get("figurative", {}).get("terms", [])}
    generic = {_term_key(t)[0] for t in data.get("generic", {}).get("terms", [])}
    for section in ("weapons", "weapons_extra"):
        for source in (common, data):
            for category, terms in source.get(section, {}).items():
                Weapon(category)  # a typo in a data file fails loudly here
                for raw in terms:
                    key, start, end = _term_key(raw)
                    named = source is common  # a system's name ("Javelin") outranks a category noun
                    term = Term(
                        Kind.WEAPON, category, start, end, weak=key in weak, generic=key in generic, named=named
                    )
                    for form in _spellings(key) if named else (key,):
                        _add(table, form, term)
    for raw in data.get("anaphors", {}).get("weapon", []):
        # "systemet", "the batteries": a weapon word whose kind is the one named before it (see scanning)
        key, start, end = _term_key(raw)
        _add(table, key, Term(Kind.WEAPON, "", start, end, generic=True))
    # "Das Land hatte 42 Maschinen bestellt": a word that stands for the weapon named before only when that one is
    # of its kind (the Rafale told before, not the tanks); "counted" ones only after a number ("köpa fyra nya plan"),
    # "opening" ones only as the first words of a sentence ("Chile har fått en ny fregatt. Skipet er kjøpt fra
    # Frankrike", not "the cargo ship" an inspection stops)
    for group, counted, opening in (("kinds", False, False), ("counted", True, False), ("opening", False, True)):
        for category, terms in data.get("anaphors", {}).get(group, {}).items():
            Weapon(category)
            for raw in terms:
                key, start, end = _term_key(raw)
                term = Term(
                    Kind.WEAPON, "", start, end, generic=True, refers=category, counted=counted, opening=opening
                )
                _add(table, key, term)
    for category, terms in data.get("weapon_modifiers", {}).items():
        Weapon(category)
        for raw in terms:
            key, start, end = _term_key(raw)
            _add(table, key, Term(Kind.MODIFIER, category, start, end))
    for raw in data.get("not_weapons", {}).get("terms", []):
        key, start, end = _term_key(raw)
        _add(table, key, Term(Kind.BLOCK, "", start, end))
    for role, terms in data.get("transfer_nouns", {}).items():
        for raw in terms:
            key, start, end = _term_key(raw)
            _add(table, key, Term(Kind.NOUN, role, start, end))
    for role, phrases in data.get("links", {}).items():
        for phrase in phrases:
            _add(table, phrase.lower(), Term(Kind.LINK, role, True, True))
    for cue in data.get("sports", {}).get("cues", []):
        # sports words are counted in the same pass: "Granate" and "Bombe" are metaphors there
        key = cue.lower().rstrip("*")
        _add(table, key, Term(Kind.SPORT, cue.lower(), True, not cue.endswith("*")))
    # word groups whose mere presence gates a costly article pass (``Scan.gates``), found in the same pass: words at
    # a word start of later buyers' deals, payers and choices (``article._next_buyers``, ``_contributors``, ``_losers``)
    gates: dict[str, set[str]] = {}
    for group, words in _gate_words(common.get("text", {})).items():
        for word in words:
            gates.setdefault(word, set()).add(group)
    automaton = ahocorasick.Automaton()
    for key in table.keys() | gates.keys():
        bucket = table.get(key, [])
        # the third field says a match needs a word start, so most stray matches are dropped cheaply;
        # the fourth that the key is a sports word (1), the prefix of sports words (2) or both (3); the fifth the
        # gate groups it opens
        needs_start = all(t.start_bound or t.kind is Kind.ACTOR for t in bucket)
        sport = sum(1 if t.end_bound else 2 for t in bucket if t.kind is Kind.SPORT)
        terms = tuple(t for t in bucket if t.kind is not Kind.SPORT)
        automaton.add_word(key, (len(key), terms, needs_start, sport, frozenset(gates.get(key, ()))))
    automaton.make_automaton()
    return automaton


def _gate_words(text: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """The gate groups' words from ``common.toml``'s text lists."""
    return {
        "dealing": (
            *text.get("negotiating", []),
            *text.get("deals", []),
            "aftal",
            "avtal",
            "abkommen",
            "vertrag",
            "contract",
            "agreement",
        ),
        "contributing": tuple(text.get("contributing", [])),
        "choosing": (
            *(w.strip() for w in text.get("preferred_over", [])),
            *(w.strip() for w in text.get("chose_over", [])),
            *(w.strip() for w in text.get("competed", [])),
            *text.get("weighed_also", []),
            *text.get("weighed", []),
            *text.get("offers", []),
            *text.get("offer_words", []),
            *text.get("asked_guarantees", []),
        ),
    }


def _verbs(
    data: dict[str, Any],
) -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]], list[str]]:
    """Split verb forms into single words, multi-word phrases and passive phrases."""
    verbs: dict[str, tuple[str, str]] = {}
    multi: dict[str, tuple[str, str]] = {}
    passive: list[str] = []
    for name, forms in data.get("verbs", {}).items():
        role, tense = name.split("_", 1)
        for form in forms:
            if " " not in form:
                known = verbs.get(form.lower())
                if known is not None and known[0] == role and {known[1], tense} == {"past", "present"}:
                    verbs[form.lower()] = (role, "ambiguous")  # "beliefert": participle or present
                    continue
                verbs.setdefault(form.lower(), (role, tense))
            elif tense == "passive":
                passive.append(form)
            else:
                multi.setdefault(form.lower(), (role, tense))
    return verbs, multi, passive


def _passives(data: dict[str, Any]) -> list[str]:
    """Passive phrases made of an auxiliary right before a past form of a giving or getting verb ("were given",
    "ble gitt", "vart kjøpte", "blev levererade"): the passive marker where the verb lists do not spell the phrase."""
    auxiliaries = data.get("phrases", {}).get("passive_auxiliaries", [])
    if not auxiliaries:
        return []
    verbs = data.get("verbs", {})
    forms = {
        form.lower()
        for role in ("supply", "buy", "receive", "order", "pledge")
        for form in verbs.get(f"{role}_past", [])
        if " " not in form
    }
    return [f"{aux} {form}" for aux in auxiliaries for form in sorted(forms)]


def _word_starts(words: list[str]) -> re.Pattern[str]:
    """One pattern for word starts ("smugl"); a final "$" ends the word ("court$"). No words match nothing."""
    if not words:
        return re.compile(r"(?!)")
    return re.compile(
        r"\b(?:" + "|".join(re.escape(w.rstrip("$")) + (r"\b" if w.endswith("$") else "") for w in words) + ")"
    )


def _approval(needed: list[str], approving: list[str], approval_from: list[str]) -> re.Pattern[str]:
    """A modal of need, at most two words (group 1: the approver's name), then an approving word start; or a word of
    approval followed by "from". No words match nothing."""
    if not (needed and approving and approval_from):
        return re.compile(r"(?!)")
    return re.compile(
        r"\b(?:"
        + "|".join(map(re.escape, needed))
        + r")\b((?:\s+[^\W\d_]+){0,2}?)\s+(?:"
        + "|".join(map(re.escape, approving))
        + r")|\b(?:"
        + "|".join(map(re.escape, approval_from))
        + r")\s"
    )


def _war_sides(wars: list[list[list[str]]]) -> dict[tuple[str, str], str]:
    """(patron, the other side's party) -> the patron's own side's party, for each civil war in ``war_sides``."""
    table: dict[tuple[str, str], str] = {}
    for first, second in wars:
        for own, other in ((first, second), (second, first)):
            for patron in own[1:]:
                table[(patron, other[0])] = own[0]
    return table


def _particle_verbs(
    verbs: dict[str, tuple[str, str]], phrases: dict[str, tuple[str, str]], particles: frozenset[str]
) -> dict[str, tuple[tuple[str, tuple[str, str]], ...]]:
    """Two-word verb phrases ending in a particle, by their verb ("skrev under" -> "skrev": ("under", ...)).

    A verb that is a transfer verb on its own ("stellte") needs no particle and is left out.
    """
    table: dict[str, list[tuple[str, tuple[str, str]]]] = {}
    for phrase, meaning in phrases.items():
        words = phrase.split()
        if len(words) == 2 and words[1] in particles and words[0] not in verbs and meaning[1] != "passive":
            table.setdefault(words[0], []).append((words[1], meaning))
    return {verb: tuple(entries) for verb, entries in table.items()}


@dataclass(frozen=True, slots=True)
class Shared:
    """Language-independent word lists from ``data/common.toml``."""

    abbreviations: frozenset[str]
    auxiliaries: frozenset[str]
    modals: frozenset[str]
    perfect: frozenset[str]
    helper_verbs: frozenset[str]  # the auxiliaries and the modals: what a clause's main verb may hang on
    coordinators: frozenset[str]
    part_of: frozenset[str]
    last_part: frozenset[str]
    plans: frozenset[str]
    alternatives: frozenset[str]
    focus: frozenset[str]
    originally: frozenset[str]
    launching: tuple[str, ...]
    them: frozenset[str]
    of_which: frozenset[str]
    year_words: frozenset[str]
    tonnes: frozenset[str]
    tonnes_of: frozenset[str]
    cargo: tuple[str, ...]
    told_cargo: re.Pattern[str]  # a cargo told before, named again: "inneheldt lastene", "the cargo included"
    infinitive_markers: frozenset[str]
    bans: frozenset[str]  # "forbudet", "ban": before "mot å"/"on" and a giving verb, no transfer
    ban_preps: frozenset[str]
    source_groups: frozenset[str]
    hosted_groups: dict[str, str]  # host state -> the group it hosts ("YE" -> "houthis")
    # "der Golfstaat", "emiratet", "the kingdom" -> the states such an epithet may stand for
    epithets: dict[str, frozenset[str]]
    group_patrons: frozenset[str]
    hostile: frozenset[frozenset[str]]  # parties at war: no transfer between them either way
    rivals: tuple[frozenset[str], frozenset[str]]  # states under each other's arms embargoes
    home_states: dict[str, str]  # language -> the state its papers write from
    conviction: re.Pattern[str]  # a conviction or charge: a court story
    conviction_words: tuple[str, ...]  # the same words as plain substrings: a cheap first test
    rival_cues: re.Pattern[str]  # a court case or smuggling, which makes a pair of rivals credible
    war_sides: dict[tuple[str, str], str]  # (patron, the other side) -> the patron's own side
    warring_states: dict[str, str]  # a state fighting a civil war in ``war_sides`` -> its opponent ("SD" -> "rsf")
    blocking: frozenset[str]
    reacting: frozenset[str]
    approval: re.Pattern[str]  # an approval another needs: group 1 holds the approver's name, if between
    blocking_or_reacting: re.Pattern[str]  # any of either list, as a substring: the cheap first test per sentence
    consent: tuple[str, ...]
    passed_over: tuple[str, ...]
    lost_bid: tuple[str, ...]
    only_receive: frozenset[str]
    exporters: frozenset[str]
    purchase_words: tuple[str, ...]
    makers: frozenset[str]
    governments: frozenset[str]
    built: frozenset[str]
    aboard: frozenset[str]
    carrying_verbs: frozenset[str]
    carried_by: frozenset[str]
    together: frozenset[str]
    equal_to: frozenset[str]
    relying: frozenset[str]
    no_longer: frozenset[str]
    flying: frozenset[str]
    flight_training: tuple[str, ...]
    bring_particles: frozenset[str]
    brought: frozenset[str]
    bring: frozenset[str]
    bearers: tuple[str, ...]
    treaties: frozenset[str]
    borders: frozenset[str]
    nearness: frozenset[str]
    important_words: tuple[str, ...]
    ranked_parties: tuple[str, ...]
    regimes: frozenset[str]
    firms: frozenset[str]
    withdrawal_nouns: frozenset[str]
    export_deals: tuple[str, ...]
    export_deal_nouns: frozenset[str]
    more_words: frozenset[str]
    bare_supplier_stops: frozenset[str]
    with_verbs: frozenset[str]
    deployment: tuple[str, ...]
    visits: tuple[str, ...]
    subordinators: frozenset[str]
    among_others: frozenset[str]
    offered: tuple[str, ...]
    since_words: frozenset[str]
    war_stems: tuple[str, ...]
    whither: frozenset[str]
    attributive_states: frozenset[str]
    sale_heads: frozenset[str]
    agreement_for: frozenset[str]
    that_words: frozenset[str]
    making_stems: tuple[str, ...]
    developing: tuple[str, ...]
    down_particles: frozenset[str]
    ship_words: tuple[str, ...]
    cargo_carrying: re.Pattern[str]
    deploy_break: re.Pattern[str]
    offer_goal: re.Pattern[str]
    future_markers: frozenset[str]
    paying: tuple[str, ...]
    topic_preps: frozenset[str]
    destroying: tuple[str, ...]
    shooting: frozenset[str]
    instruments: frozenset[str]
    war_nouns: frozenset[str]
    protest_nouns: frozenset[str]
    including: frozenset[str]
    licensed_production: tuple[str, ...]
    placed_making: tuple[str, ...]
    contributing: tuple[str, ...]
    alike: tuple[str, ...]
    negotiating: tuple[str, ...]
    deals: tuple[str, ...]
    civil_deals: tuple[str, ...]
    preferred_over: tuple[str, ...]
    chose_over: tuple[str, ...]  # "chose the Swedish jet over the French Rafale": choice words before " over "
    competed: tuple[str, ...]
    competed_with: tuple[str, ...]
    over_words: tuple[str, ...]
    leased_things: frozenset[str]  # "leases land from Djibouti": a lease of no weapon
    weighed_also: tuple[str, ...]
    deal_nouns: frozenset[str]
    money_packages: tuple[str, ...]
    home_money: tuple[str, ...]
    institutions: frozenset[str]
    institution_places: frozenset[str]
    goal_words: frozenset[str]
    goal_met: frozenset[str]
    not_negating: frozenset[str]
    not_negating_pairs: frozenset[str]
    but_chose: tuple[str, ...]
    weighed: tuple[str, ...]
    contrasts: frozenset[str]
    choice_words: frozenset[str]
    dropped_words: frozenset[str]
    dropped_other: tuple[str, ...]
    chose_both: frozenset[str]
    weighed_concluded: tuple[str, ...]
    ranked_before_only: frozenset[str]
    ranked_ordinals: tuple[str, ...]
    pressure_words: tuple[str, ...]
    choice_infinitives: tuple[str, ...]
    ranking_words: tuple[str, ...]
    ranked_behind: frozenset[str]
    ranked_articles: frozenset[str]
    overtaking: tuple[str, ...]
    old_words: tuple[str, ...]
    overtaken_as: frozenset[str]
    supplier_roles: tuple[str, ...]
    ranked_shares: frozenset[str]
    solid_shares: tuple[str, ...]
    asked_guarantees: tuple[str, ...]
    schemes: tuple[str, ...]
    civil_money: tuple[str, ...]
    local_assembly: tuple[str, ...]
    know_how: tuple[str, ...]
    with_know_how: frozenset[str]
    know_how_nouns: tuple[str, ...]
    making: tuple[str, ...]
    offers: tuple[str, ...]
    offer_words: frozenset[str]
    transports: tuple[str, ...]
    carrying: frozenset[str]
    bare_ammunition: frozenset[str]
    accessories: tuple[str, ...]
    first_items: frozenset[str]
    order_total_words: frozenset[str]
    order_tail: frozenset[str]
    new_or_used: frozenset[str]
    make_endings: tuple[str, ...]
    number_ands: frozenset[str]
    making_places: frozenset[str]
    self_made: tuple[str, ...]
    self_made_not_after: frozenset[str]
    self_made_not_before: frozenset[str]
    system_heads: tuple[str, ...]
    type_words: frozenset[str]
    designator_words: frozenset[str]
    shipment_words: tuple[str, ...]
    participle_openers: frozenset[str]
    held_pronouns: frozenset[str]
    clause_joiners: frozenset[str]
    held_quantifiers: frozenset[str]
    with_words: frozenset[str]
    self_arming: tuple[str, str]
    accused_of: frozenset[str]
    own: frozenset[str]
    range_to: frozenset[str]
    relatives: frozenset[str]
    possessives: frozenset[str]
    related_links: tuple[str, ...]
    capital_months: frozenset[str]
    sentence_openers: frozenset[str]
    german_company_nouns: tuple[str, ...]
    range_between: frozenset[str]
    nynorsk: frozenset[str]
    bokmal: frozenset[str]


@cache
def shared() -> Shared:
    """Return the cached language-independent word lists."""
    common = _load("common")
    text, language = common.get("text", {}), common.get("language", {})
    arming = text.get("self_arming", ["", ""])  # the preposition after the verb, the particle closing the clause
    west, east = text.get("rivals", [[], []])
    return Shared(
        abbreviations=frozenset(text.get("abbreviations", [])),
        auxiliaries=frozenset(text.get("auxiliaries", [])),
        modals=frozenset(text.get("modals", [])),
        perfect=frozenset(text.get("auxiliaries", [])) - frozenset(text.get("modals", [])),
        helper_verbs=frozenset(text.get("auxiliaries", [])) | frozenset(text.get("modals", [])),
        coordinators=frozenset(text.get("coordinators", [])),
        part_of=frozenset(text.get("part_of", [])),
        last_part=frozenset(text.get("last_part", [])),
        plans=frozenset(text.get("plans", [])),
        alternatives=frozenset(text.get("alternatives", [])),
        focus=frozenset(text.get("focus", [])),
        originally=frozenset(text.get("originally", [])),
        launching=tuple(text.get("launching", [])),
        them=frozenset(text.get("them", [])),
        of_which=frozenset(text.get("of_which", [])),
        year_words=frozenset(text.get("year_words", [])),
        tonnes=frozenset(text.get("tonnes", [])),
        tonnes_of=frozenset(text.get("tonnes_of", [])),
        cargo=tuple(text.get("cargo", [])),
        told_cargo=re.compile(r"\b(?:" + "|".join(map(re.escape, text.get("told_cargo", []))) + r")\b"),
        infinitive_markers=frozenset(text.get("infinitive_markers", [])),
        bans=frozenset(text.get("bans", [])),
        ban_preps=frozenset(text.get("ban_preps", [])),
        source_groups=frozenset(text.get("source_groups", [])),
        hosted_groups={host: group for group, host in text.get("group_hosts", {}).items()},
        epithets={
            word: frozenset(text.get("epithet_states", {}).get(kind, []))
            for kind, words in common.get("epithets", {}).items()
            for word in words
        },
        group_patrons=frozenset(text.get("group_patrons", [])),
        hostile=frozenset(frozenset(pair) for pair in text.get("hostile", [])),
        rivals=(frozenset(west), frozenset(east)),
        home_states=dict(text.get("home_states", {})),
        conviction=_word_starts(text.get("conviction_cues", [])),
        conviction_words=tuple(w.rstrip("$") for w in text.get("conviction_cues", [])),
        war_sides=_war_sides(text.get("war_sides", [])),
        warring_states={
            own[0]: other[0]
            for first, second in text.get("war_sides", [])
            for own, other in ((first, second), (second, first))
            if len(own[0]) == 2 and own[0].isupper()
        },
        rival_cues=_word_starts(text.get("rival_cues", [])),
        approval=_approval(text.get("approval_needed", []), text.get("approving", []), text.get("approval_from", [])),
        blocking=frozenset(text.get("blocking", [])),
        reacting=frozenset(text.get("reacting", [])),
        blocking_or_reacting=re.compile(
            "|".join(
                map(re.escape, sorted({*text.get("blocking", []), *text.get("reacting", [])}, key=len, reverse=True))
            )
        ),
        consent=tuple(text.get("consent", [])),
        passed_over=tuple(text.get("passed_over", [])),
        lost_bid=tuple(text.get("lost_bid", [])),
        only_receive=frozenset(text.get("only_receive", [])),
        exporters=frozenset(text.get("exporters", [])),
        purchase_words=tuple(text.get("purchase_words", [])),
        makers=frozenset(text.get("makers", [])),
        governments=frozenset(text.get("governments", [])),
        built=frozenset(text.get("built", [])),
        aboard=frozenset(text.get("aboard", [])),
        carrying_verbs=frozenset(text.get("carrying_verbs", [])),
        carried_by=frozenset(text.get("carried_by", [])),
        together=frozenset(text.get("together", [])),
        equal_to=frozenset(text.get("equal_to", [])),
        relying=frozenset(text.get("relying", [])),
        no_longer=frozenset(text.get("no_longer", [])),
        flying=frozenset(text.get("flying", [])),
        flight_training=tuple(text.get("flight_training", [])),
        bring_particles=frozenset(text.get("bring_particles", [])),
        brought=frozenset(text.get("brought", [])),
        bring=frozenset(text.get("bring", [])),
        bearers=tuple(text.get("bearers", [])),
        treaties=frozenset(text.get("treaties", [])),
        borders=frozenset(text.get("borders", [])),
        nearness=frozenset(text.get("nearness", [])),
        important_words=tuple(text.get("important_words", [])),
        ranked_parties=tuple(text.get("ranked_parties", [])),
        regimes=frozenset(text.get("regimes", [])),
        firms=frozenset(text.get("firms", [])),
        withdrawal_nouns=frozenset(text.get("withdrawal_nouns", [])),
        export_deals=tuple(text.get("export_deals", [])),
        export_deal_nouns=frozenset(text.get("export_deal_nouns", [])),
        more_words=frozenset(text.get("more_words", [])),
        bare_supplier_stops=frozenset(text.get("bare_supplier_stops", [])),
        with_verbs=frozenset(text.get("with_verbs", [])),
        deployment=tuple(text.get("deployment", [])),
        visits=tuple(text.get("visits", [])),
        subordinators=frozenset(text.get("subordinators", [])),
        # "unter anderem Polen": the word for "others" after a preposition; not the pronouns of "blant dem", whose
        # "dem" is also a German article ("aus dem Iran")
        offered=tuple(text.get("offered", [])),
        since_words=frozenset(text.get("since_words", [])),
        war_stems=tuple(text.get("war_stems", [])),
        whither=frozenset(text.get("whither", [])),
        attributive_states=frozenset(text.get("attributive_states", [])),
        sale_heads=frozenset(text.get("sale_heads", [])),
        agreement_for=frozenset(text.get("agreement_for", [])),
        that_words=frozenset(text.get("that_words", [])),
        making_stems=tuple(text.get("making_stems", [])),
        developing=tuple(text.get("developing", [])),
        down_particles=frozenset(text.get("down_particles", [])),
        ship_words=tuple(text.get("ship_words", [])),
        paying=tuple(text.get("paying", [])),
        topic_preps=frozenset(text.get("topic_preps", [])),
        destroying=tuple(text.get("destroying", [])),
        shooting=frozenset(text.get("shooting", [])),
        instruments=frozenset(text.get("instruments", [])),
        cargo_carrying=re.compile(r"\s+(?:" + "|".join(map(re.escape, text.get("cargo_carrying", []))) + r")\b"),
        # a clause break between weapons and a task: a comma, a dash, or "and" before a word that opens no noun
        # phrase ("und verlegte Eurofighter", not "two warships and a submarine")
        deploy_break=re.compile(
            r"[,;]| – | (?:og|and|und|och) (?!(?:"
            + "|".join(map(re.escape, text.get("noun_openers", [])))
            + r"|\d+)\b)"
        ),
        offer_goal=re.compile(
            r"\b(?:" + "|".join(map(re.escape, text.get("offer_goals", []))) + r")\s+(?:the\s+|die\s+|den\s+)?$"
        ),
        future_markers=frozenset(text.get("future_markers", [])),
        among_others=frozenset(
            w.split()[1]
            for w in text.get("including", [])
            if len(w.split()) == 2 and w.split()[1] not in text.get("among_pronouns", [])
        ),
        war_nouns=frozenset(text.get("war_nouns", [])),
        protest_nouns=frozenset(text.get("protest_nouns", [])),
        including=frozenset(text.get("including", [])),
        licensed_production=tuple(text.get("licensed_production", [])),
        placed_making=tuple(text.get("placed_making", [])),
        contributing=tuple(text.get("contributing", [])),
        alike=tuple(text.get("alike", [])),
        negotiating=tuple(text.get("negotiating", [])),
        deals=tuple(text.get("deals", [])),
        civil_deals=tuple(text.get("civil_deals", [])),
        preferred_over=tuple(text.get("preferred_over", [])),
        chose_over=tuple(text.get("chose_over", [])),
        competed=tuple(text.get("competed", [])),
        competed_with=tuple(text.get("competed_with", [])),
        over_words=tuple(text.get("over_words", [])),
        leased_things=frozenset(text.get("leased_things", [])),
        weighed_also=tuple(text.get("weighed_also", [])),
        deal_nouns=frozenset(text.get("deal_nouns", [])),
        money_packages=tuple(text.get("money_packages", [])),
        home_money=tuple(text.get("home_money", [])),
        institutions=frozenset(text.get("institutions", [])),
        institution_places=frozenset(text.get("institution_places", [])),
        goal_words=frozenset(text.get("goal_words", [])),
        goal_met=frozenset(text.get("goal_met", [])),
        not_negating=frozenset(text.get("not_negating", [])),
        not_negating_pairs=frozenset(text.get("not_negating_pairs", [])),
        but_chose=tuple(text.get("but_chose", [])),
        weighed=tuple(text.get("weighed", [])),
        contrasts=frozenset(text.get("contrasts", [])),
        choice_words=frozenset(text.get("choice_words", [])),
        dropped_words=frozenset(text.get("dropped_words", [])),
        dropped_other=tuple(text.get("dropped_other", [])),
        chose_both=frozenset(text.get("chose_both", [])),
        weighed_concluded=tuple(text.get("weighed_concluded", [])),
        ranked_before_only=frozenset(text.get("ranked_before_only", [])),
        ranked_ordinals=tuple(text.get("ranked_ordinals", [])),
        pressure_words=tuple(text.get("pressure_words", [])),
        choice_infinitives=tuple(text.get("choice_infinitives", [])),
        ranking_words=tuple(text.get("ranking_words", [])),
        ranked_behind=frozenset(text.get("ranked_behind", [])),
        ranked_articles=frozenset(text.get("ranked_articles", [])),
        overtaking=tuple(f" {w} " for w in text.get("overtaking", [])),
        old_words=tuple(text.get("old_words", [])),
        overtaken_as=frozenset(text.get("overtaken_as", [])),
        supplier_roles=tuple(text.get("supplier_roles", [])),
        ranked_shares=frozenset(text.get("ranked_shares", [])),
        solid_shares=tuple(text.get("solid_shares", [])),
        asked_guarantees=tuple(text.get("asked_guarantees", [])),
        schemes=tuple(text.get("schemes", [])),
        civil_money=tuple(text.get("civil_money", [])),
        local_assembly=tuple(text.get("local_assembly", [])),
        know_how=tuple(text.get("know_how", [])),
        with_know_how=frozenset(text.get("with_know_how", [])),
        know_how_nouns=tuple(text.get("know_how_nouns", [])),
        making=tuple(text.get("making", [])),
        offers=tuple(text.get("offers", [])),
        offer_words=frozenset(text.get("offer_words", [])),
        transports=tuple(text.get("transports", [])),
        carrying=frozenset(text.get("carrying", [])) | frozenset(text.get("aboard", [])),
        bare_ammunition=frozenset(text.get("bare_ammunition", [])),
        accessories=tuple(text.get("accessories", [])),
        first_items=frozenset(text.get("first_items", [])),
        order_total_words=frozenset(text.get("order_total_words", [])),
        order_tail=frozenset(text.get("order_tail", [])),
        new_or_used=frozenset(text.get("new_or_used", [])),
        make_endings=tuple(text.get("make_endings", [])),
        number_ands=frozenset(text.get("number_ands", [])),
        making_places=frozenset(text.get("making_places", [])),
        self_made=tuple(text.get("self_made", [])),
        self_made_not_after=frozenset(text.get("self_made_not_after", [])),
        self_made_not_before=frozenset(text.get("self_made_not_before", [])),
        system_heads=tuple(text.get("system_heads", [])),
        type_words=frozenset(text.get("type_words", [])),
        designator_words=frozenset(text.get("designator_words", [])),
        shipment_words=tuple(text.get("shipment_words", [])),
        participle_openers=frozenset(text.get("participle_openers", [])),
        held_pronouns=frozenset(text.get("held_pronouns", [])),
        clause_joiners=frozenset(text.get("clause_joiners", [])),
        held_quantifiers=frozenset(text.get("held_quantifiers", [])),
        with_words=frozenset(text.get("with_words", [])),
        self_arming=(arming[0], arming[1]),
        accused_of=frozenset(text.get("accused_of", [])),
        own=frozenset(text.get("own", [])),
        range_to=frozenset(text.get("range_to", [])),
        relatives=frozenset(text.get("relatives", [])),
        possessives=frozenset(text.get("possessives", [])),
        related_links=tuple(text.get("related_links", [])),
        capital_months=frozenset(text.get("capital_months", [])),
        sentence_openers=frozenset(text.get("sentence_openers", [])),
        german_company_nouns=tuple(text.get("german_company_nouns", [])),
        range_between=frozenset(text.get("range_between", [])),
        nynorsk=frozenset(language.get("nynorsk_strong", [])),
        bokmal=frozenset(language.get("bokmal", [])),
    )


@cache
def lexicon(lang: str) -> Lexicon:
    """Return the cached lexicon of ``lang``.

    Raises ``ValueError`` when ``lang`` is not one of :data:`LANGUAGES`.
    """
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language: {lang!r}")
    common = _load("common")
    data = _load(lang)
    verbs, verb_phrases, multi = _verbs(data)
    num = data.get("numbers", {})
    num = {**num, "words": _compound_numbers(num)}
    currencies = {k.lower(): v for k, v in common.get("currencies", {}).items()}
    currencies.update({k.lower(): v for k, v in data.get("currencies", {}).items()})
    words = {k.lower() for k in num.get("words", {})}
    vague = {k.lower().split()[0] for k in num.get("vague", {})}
    symbols = set(common.get("currency_symbols", {}))
    # a cheap test for "might this text hold an amount?": digits, symbols, counting and scale words
    counting = {w for w, v in num.get("words", {}).items() if float(v) > 1} | vague | set(num.get("scales", {}))
    preps = {k: frozenset(v) for k, v in data.get("preps", {}).items()}
    prep_roles: dict[str, set[str]] = {}
    for role, members in preps.items():
        if role not in ("determiners", "attribution", "clause", "articles", "relatives"):
            for member in members:
                prep_roles.setdefault(member, set()).add(role)
    groups: dict[str, list[str] | tuple[str, ...]] = {f"status:{k}": v for k, v in data.get("status", {}).items()}
    groups["exchange"] = data.get("phrases", {}).get("exchange", [])
    passives = multi + _passives(data)
    # "NSM er tidligere solgt", "were also sold": an adverb between the auxiliary and the participle
    adverbs = data.get("phrases", {}).get("passive_adverbs", [])
    passives += [
        f"{a} {adv} {b}"
        for a, _, b in (p.partition(" ") for p in passives if p.count(" ") == 1)
        if not b.endswith("ing")  # "are already flying missions" is no passive
        for adv in adverbs
    ]
    groups["passive"] = passives + data.get("phrases", {}).get("passive", [])
    for phrase in verb_phrases:
        groups[f"verb:{phrase}"] = [phrase]
    return Lexicon(
        number_hint=NumberHint(frozenset(w.lower() for w in counting)),
        matcher=phrase_matcher(groups),
        prep_roles={k: frozenset(v) for k, v in prep_roles.items()},
        clause_breaks=CLAUSE_BREAKS | preps.get("clause", frozenset()),
        speech=preps.get("attribution", frozenset()) - preps.get("according", frozenset()),
        cue_words=frozenset(verbs) | frozenset(p.split()[0] for p in verb_phrases),
        measure_hint=MeasureHint(
            frozenset(
                w for key in [*currencies, *(k.lower() for k in data.get("units", {}))] for w in _LETTERS.findall(key)
            ),
            tuple(common.get("currency_symbols", {})),
        ),
        number_starters=frozenset(words | vague | symbols),
        anaphors=frozenset(data.get("anaphors", {}).get("country", [])),
        anaphor_articles=frozenset(data.get("anaphors", {}).get("articles", [])),
        pronouns=frozenset(data.get("anaphors", {}).get("pronouns", [])),
        pronoun_stops=frozenset(data.get("anaphors", {}).get("pronoun_stops", [])),
        forces=frozenset(data.get("anaphors", {}).get("forces", [])),
        accuse=frozenset(data.get("phrases", {}).get("accuse", [])),
        there=frozenset(data.get("anaphors", {}).get("there", [])),
        referring=frozenset(
            w for k in ("country", "forces", "there", "pronouns") for w in data.get("anaphors", {}).get(k, [])
        ),
        system_words=frozenset(_term_key(w)[0] for w in data.get("anaphors", {}).get("weapon", [])),
        exchange_phrases=tuple(data.get("phrases", {}).get("exchange", [])),
        reports=_reports(data.get("export_report")),
        capital_nouns=bool(data.get("capital_nouns", False)),
        particle_verbs=_particle_verbs(verbs, verb_phrases, frozenset(common.get("text", {}).get("particles", []))),
        particle_last=bool(data.get("particle_last", False)),
        enter_verbs={w: tense for tense in ("past", "present") for w in data.get("enter_agreement", {}).get(tense, [])},
        agreement_nouns=tuple(data.get("enter_agreement", {}).get("nouns", [])),
        lang=lang,
        automaton=_build_automaton(lang, data, common),
        verbs=verbs,
        verb_phrases=verb_phrases,
        verb_forms=frozenset(verbs) | frozenset(common.get("text", {}).get("auxiliaries", [])),
        preps=preps,
        negation=frozenset(data.get("phrases", {}).get("negation", [])),
        numbers=Numbers(
            words={k.lower(): float(v) for k, v in num.get("words", {}).items()},
            scales={k.lower(): float(v) for k, v in num.get("scales", {}).items()},
            vague={k.lower(): float(v) for k, v in num.get("vague", {}).items()},
            approx=frozenset(a.lower().rstrip(".") for a in num.get("approx", [])),
            decimal=num.get("decimal", ","),
        ),
        units={k.lower(): v for k, v in data.get("units", {}).items()},
        currencies=currencies,
        currency_symbols=dict(common.get("currency_symbols", {})),
        not_quantity=frozenset(data.get("not_quantity", {}).get("words", [])),
        months=frozenset(data.get("not_quantity", {}).get("months", [])),
        non_heads=frozenset(data.get("weapon_context", {}).get("non_heads", [])),
        compound_heads=tuple(data.get("weapon_context", {}).get("compound_heads", [])),
        parts=frozenset(data.get("weapon_context", {}).get("parts", [])),
        parts_for=frozenset(data.get("weapon_context", {}).get("parts_for", [])),
        not_held=tuple(data.get("weapon_context", {}).get("not_held", [])),
        used_passive=frozenset(data.get("weapon_context", {}).get("used_passive", [])),
        cargo_bound=frozenset(data.get("weapon_context", {}).get("cargo_bound", [])),
        cargo_origin=frozenset(data.get("weapon_context", {}).get("cargo_origin", [])),
        passive_auxiliaries=frozenset(data.get("phrases", {}).get("passive_auxiliaries", [])),
        passive_words=frozenset(w for w in data.get("phrases", {}).get("passive", []) if " " not in w),
        downing=tuple(
            (verb, particle)
            for verb, _, particle in (d.partition(" ") for d in data.get("weapon_context", {}).get("downing", []))
        ),
        actor_suffixes=tuple(data.get("actor_suffixes", ["s"])),
        actor_heads=tuple(h.lower() for h in data.get("actor_heads", {}).get("words", [])),
        owner_forces=tuple(h.lower() for h in data.get("actor_heads", {}).get("owner_forces", [])),
        article_names=frozenset(h.lower() for h in data.get("actor_heads", {}).get("article_names", [])),
        system_origins=tuple(
            sorted(
                (
                    (form, code)
                    for code, prefixes in common.get("system_origins", {}).items()
                    for p in prefixes
                    for form in _spellings(p.lower())
                ),
                key=lambda pc: -len(pc[0]),
            )
        ),
    )
