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


@dataclass(frozen=True, slots=True)
class Term:
    """One automaton entry: ``value`` is an actor code, a weapon category or a transfer-noun role."""

    kind: Kind
    value: str
    start_bound: bool
    end_bound: bool
    needs_capital: bool = False
    weak: bool = False
    generic: bool = False
    named: bool = False


@dataclass(frozen=True, slots=True)
class Phrases:
    """Whole-word phrases matched against a sentence normalised as `` tok tok tok ``."""

    exact: tuple[str, ...]
    prefix: tuple[str, ...]
    pattern: re.Pattern[str] | None = None
    word_pattern: re.Pattern[str] | None = None

    def find(self, norm: str) -> int:
        """Return the character offset in ``norm`` of the first phrase found, or -1."""
        if self.pattern is None:
            return -1
        match = self.pattern.search(norm)
        return match.start() if match else -1

    def words_in(self, low: str) -> set[str]:
        """Return the distinct phrases found as whole words anywhere in the lower-cased ``low``."""
        if self.word_pattern is None:
            return set()
        return set(self.word_pattern.findall(low))


def phrases(items: list[str] | tuple[str, ...]) -> Phrases:
    """Build a :class:`Phrases` from data-file strings; a trailing ``*`` marks a prefix."""
    exact = tuple(sorted({p.lower() for p in items if not p.endswith("*")}, key=len, reverse=True))
    prefix = tuple(sorted({p[:-1].lower() for p in items if p.endswith("*")}, key=len, reverse=True))
    alternatives = [f"{re.escape(p)}(?= )" for p in exact] + [re.escape(p) for p in prefix]
    pattern = re.compile(" (?:" + "|".join(alternatives) + ")") if alternatives else None
    words = [rf"{re.escape(p)}\b" for p in exact] + [re.escape(p) for p in prefix]
    word_pattern = re.compile(r"\b(?:" + "|".join(words) + ")") if words else None
    return Phrases(exact, prefix, pattern, word_pattern)


@dataclass(frozen=True, slots=True)
class Numbers:
    """Number words, scale words, vague amounts and approximators of one language."""

    words: dict[str, float]
    scales: dict[str, float]
    vague: dict[str, float]
    approx: frozenset[str]
    decimal: str


@dataclass(frozen=True)
class Lexicon:
    """Everything the tagger knows about one language."""

    lang: str
    automaton: Any
    verbs: dict[str, tuple[str, str]]
    verb_phrases: dict[str, tuple[str, str]]
    preps: dict[str, frozenset[str]]
    exchange: Phrases
    negation: frozenset[str]
    passive: Phrases
    status: dict[str, Phrases]
    numbers: Numbers
    units: dict[str, str]
    currencies: dict[str, str]
    currency_symbols: dict[str, str]
    not_quantity: frozenset[str]
    months: frozenset[str]
    sports: Phrases
    non_heads: frozenset[str]
    number_starters: frozenset[str] = frozenset()
    number_hint: re.Pattern[str] | None = None
    actor_suffixes: tuple[str, ...] = field(default=("s",))
    actor_heads: tuple[str, ...] = ()


def _load(name: str) -> dict[str, Any]:
    data = resources.files(__package__).joinpath("data", f"{name}.toml").read_text(encoding="utf-8")
    return tomllib.loads(data)


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
    for name, code in _actor_names(lang, data, common).items():
        _add(table, name.lower(), Term(Kind.ACTOR, code, True, True, needs_capital=True))
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
    automaton = ahocorasick.Automaton()
    for key, bucket in table.items():
        # the third field says a match needs a word start, so most stray matches are dropped cheaply
        needs_start = all(t.start_bound or t.kind is Kind.ACTOR for t in bucket)
        automaton.add_word(key, (len(key), tuple(bucket), needs_start))
    automaton.make_automaton()
    return automaton


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


@dataclass(frozen=True, slots=True)
class Shared:
    """Language-independent word lists from ``data/common.toml``."""

    abbreviations: frozenset[str]
    auxiliaries: frozenset[str]
    modals: frozenset[str]
    year_words: frozenset[str]
    nynorsk: frozenset[str]
    bokmal: frozenset[str]


@cache
def shared() -> Shared:
    """Return the cached language-independent word lists."""
    common = _load("common")
    text, language = common.get("text", {}), common.get("language", {})
    return Shared(
        abbreviations=frozenset(text.get("abbreviations", [])),
        auxiliaries=frozenset(text.get("auxiliaries", [])),
        modals=frozenset(text.get("modals", [])),
        year_words=frozenset(text.get("year_words", [])),
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
    currencies = {k.lower(): v for k, v in common.get("currencies", {}).items()}
    currencies.update({k.lower(): v for k, v in data.get("currencies", {}).items()})
    words = {k.lower() for k in num.get("words", {})}
    vague = {k.lower().split()[0] for k in num.get("vague", {})}
    symbols = set(common.get("currency_symbols", {}))
    # a cheap test for "might this text hold an amount?": digits, symbols, counting and scale words
    counting = {w for w, v in num.get("words", {}).items() if float(v) > 1} | vague | set(num.get("scales", {}))
    hint = r"\d|[$€£]|\b(?:" + "|".join(re.escape(w.lower()) for w in sorted(counting, key=len, reverse=True)) + r")\b"
    return Lexicon(
        number_hint=re.compile(hint),
        number_starters=frozenset(words | vague | symbols),
        lang=lang,
        automaton=_build_automaton(lang, data, common),
        verbs=verbs,
        verb_phrases=verb_phrases,
        preps={k: frozenset(v) for k, v in data.get("preps", {}).items()},
        exchange=phrases(data.get("phrases", {}).get("exchange", [])),
        negation=frozenset(data.get("phrases", {}).get("negation", [])),
        passive=phrases(multi + data.get("phrases", {}).get("passive", [])),
        status={k: phrases(v) for k, v in data.get("status", {}).items()},
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
        sports=phrases(data.get("sports", {}).get("cues", [])),
        non_heads=frozenset(data.get("weapon_context", {}).get("non_heads", [])),
        actor_suffixes=tuple(data.get("actor_suffixes", ["s"])),
        actor_heads=tuple(h.lower() for h in data.get("actor_heads", {}).get("words", [])),
    )
