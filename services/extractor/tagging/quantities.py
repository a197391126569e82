"""Amounts in running text: digits in any locale's notation, number words, vague plurals, money.

Calibres, percentages, dates, years, ages and other measures are not amounts and are skipped.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from services.extractor.tagging.lexicon import Lexicon, Numbers, shared
from services.extractor.tagging.sentences import Token

_GROUP_SPACES = re.compile(r"[ \u00a0\u202f\u2009]")
_LOOKAHEAD = 4
# what may stand between "of" and the whole: "8 av de 36", "14 von insgesamt 18" (not "10 of its 120 tanks", a
# share of the giver's own fleet)
_ARTICLES = frozenset({"the", "de", "die", "den", "dei", "insgesamt", "totalt"})
_BARE_SCALE = 1000  # "hundrede", "tusen": scale words that count on their own after "mere end", "über"
_RECENT = (1980, 2035)  # years a news story tells as the time of a transfer


class Amount(NamedTuple):
    """An amount found in a sentence: tokens ``first..last`` inclusive; ``currency`` for money."""

    value: float
    approx: bool
    currency: str | None
    first: int
    last: int
    counted: str | None = None
    start: int = 0
    end: int = 0
    inferred: bool = False  # "et THAAD-system", "a frigate": one read from an article, the weakest amount
    vague: bool = False  # "millions", "hundredvis", "Tausende": an order of magnitude, not a count
    # the whole of an order told with a part of it: "12 of the 44 tanks" ("part"), "the last six of twelve" ("last")
    partial: str = ""

    @property
    def packaging(self) -> bool:
        """A count of containers ("12 000 containrar med ammunition"): of the packaging, not of the weapon."""
        return self.counted == "containers"


def parse_number(raw: str, decimal: str) -> float | None:
    """Parse digits written with ``decimal`` as the decimal mark and any grouping marks.

    Returns ``None`` when ``raw`` is not a number ("1.2.3" with ambiguous groups included).
    """
    raw = _GROUP_SPACES.sub("", raw.strip())
    if not raw or not raw[0].isdigit():
        return None
    group = "." if decimal == "," else ","
    if raw.count(group) >= 1 and raw.count(decimal) == 0:
        parts = raw.split(group)
        if all(len(p) == 3 for p in parts[1:]):
            raw = "".join(parts)
        elif len(parts) == 2:
            raw = parts[0] + "." + parts[1]  # "13.3" written the other way round
        else:
            return None
    else:
        head, _, tail = raw.rpartition(decimal) if decimal in raw else (raw, "", "")
        if decimal in raw:
            head_parts = head.split(group)
            if not all(len(p) == 3 for p in head_parts[1:]):
                return None
            raw = "".join(head_parts) + "." + tail
        else:
            raw = head
    try:
        return float(raw)
    except ValueError:
        return None


def _approx_before(tokens: list[Token], i: int, numbers: Numbers) -> bool:
    one = tokens[i - 1].low if i >= 1 else ""
    two = f"{tokens[i - 2].low} {one}" if i >= 2 else ""
    return one in numbers.approx or two in numbers.approx


def _is_date_or_measure(tokens: list[Token], i: int, lex: Lexicon, *, word: bool = False) -> bool:
    """True for a date, a measure or a share: "15. mars", "155 mm", "tjuefem prosent". A number word after a month
    still counts ("i augusti fyra Gripen")."""
    prev = tokens[i - 1].low if i >= 1 and not word else ""
    if prev in lex.months and not (tokens[i].low.isdigit() and 31 < int(tokens[i].low) < _FIRST_YEAR):
        return True  # "March 15", "mars 1864"; not "i mars 60 pansarfordon", no day nor year
    if prev in {"/", "-", "nr", "no", "kl", "klokken", "§"}:
        return True
    j = i + 1
    while j < len(tokens) and tokens[j].low in {"-", ".", "/"} and j - i <= 2:
        if tokens[j].low == "/":
            return True
        j += 1
    nxt = tokens[j].low if j < len(tokens) else ""
    return (
        nxt in lex.months
        or nxt in lex.not_quantity
        or nxt.split("-")[0] in lex.not_quantity
        # "155-millimetersgranater", "122-Millimeter-Geschosse": a calibre compound; "170 millimeters Koksan-kanoner",
        # "152 millimetres": a calibre in any inflection
        or nxt.startswith(_CALIBRE_WORDS)
    )


_FIRST_YEAR = 1000  # a number after a month from here on is a year ("I april 1864")
_SMALL_RANGE = 10  # a range in digits below this is a firm count and an option ("2 bis 3 Patriot-Systeme": 2)
_CALIBRE_WORDS = ("millimeter", "millimetre", "zentimeter", "centimeter", "kaliber", "calibre", "caliber")
_ORDINAL_SUFFIXES = frozenset({"th", "st", "nd", "rd"})


def _ordinal(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """True for an ordinal, which counts nothing: "its 30th aid package", "sitt 19:e stödpaket", "Den 26.
    donationspakke" (a full stop right after the digits, then a lower-case word), "das 19. Hilfspaket" (German
    capitalises the noun; the sentence splitter has already cut where a new sentence begins)."""
    if i + 1 >= len(tokens) or tokens[i + 1].start != tokens[i].end:
        return False
    nxt = tokens[i + 1].low
    if nxt in _ORDINAL_SUFFIXES:
        return True
    if i + 2 >= len(tokens) or nxt not in (".", ":"):
        return False
    after = tokens[i + 2]
    if nxt == ":":
        return after.low in ("e", "a") and after.start == tokens[i + 1].end  # Swedish "19:e"
    return (
        after.low[:1].isalpha() and (lex.capital_nouns or not after.text_upper) and after.start == tokens[i + 1].end + 1
    )


_WHEELS = re.compile(r"[x×]\d+")


def _designator(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """True for a model number: after a word for a model ("Type 23 frigates", "F-16 Block 70"), or with capital
    letters joined to it ("Type 056A corvettes", "Boeing 777X"; not "$5M", a scale)."""
    if i >= 1 and tokens[i - 1].low in shared().designator_words:
        return True
    if i >= 2 and tokens[i - 1].low == "×" and tokens[i - 1].end == tokens[i].start and tokens[i - 2].low.isdigit():
        return True  # the second wheel count of "8×8"
    if i + 1 >= len(tokens) or tokens[i + 1].start != tokens[i].end:
        return False
    joined = tokens[i + 1]
    if _WHEELS.fullmatch(joined.low) or (joined.low == "×" and i + 2 < len(tokens) and tokens[i + 2].low.isdigit()):
        return True  # a drive, no count: "Hizir 4x4 armoured vehicles", "8×8"
    return (
        joined.low.isalpha()
        and joined.text_upper
        and joined.low not in lex.numbers.scales
        and joined.low != "k"  # "3K FPV drones": thousands
        and joined.low not in lex.numbers.words
    )


def _tonnage(tokens: list[Token], i: int) -> bool:
    """True for a number of tonnes of arms: "750 tonn våpen", "750 tonnes of weapons", "750 Tonnen Waffen"."""
    words = shared()
    if i + 2 >= len(tokens) or tokens[i + 1].low not in words.tonnes:
        return False
    k = i + 3 if tokens[i + 2].low in words.tonnes_of and i + 3 < len(tokens) else i + 2
    return tokens[k].low.startswith(words.cargo)


def _glued_er(tokens: list[Token], i: int) -> bool:
    """Whether German "er" is glued to the number: a decade ("80ern", "2030er-Jahre") or a calibre ("155er")."""
    return i + 1 < len(tokens) and tokens[i + 1].start == tokens[i].end and tokens[i + 1].low.startswith("er")


def _year(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """True when a four-digit number reads as a year ("i 2019", "since 2022", "2024.", "beslutade 2023 att köpa",
    and a recent year right after a transfer verb: "kaufte 2017 gebrauchte Haubitzen", "Flottan fick 2018
    fregatten")."""
    prev = tokens[i - 1].low if i >= 1 else ""
    nxt = tokens[i + 1].low if i + 1 < len(tokens) else ""
    years = shared().year_words
    if prev in years or not nxt or not nxt[0].isalnum() or nxt in years or nxt in shared().infinitive_markers:
        return True
    if (
        i >= 2
        and prev in shared().coordinators
        and len(before := tokens[i - 2].low) == 4
        and before.isdigit()
        and _RECENT[0] <= int(before) <= _RECENT[1]
    ):
        return True  # "Zwischen 2016 und 2021 übergab ...", "in 2019 and 2020": the second year of a span
    value = int(tokens[i].low)
    if _RECENT[0] <= value <= _RECENT[1] and value % 10 != 0 and nxt not in lex.units:
        # "Deutschland gibt der Ukraine 2025 Militärhilfe", "Sverige ger under 2025 Ukraina ...": a count of
        # weapons is rarely a recent year's number unless round ("sender 2000 panservernvåpen") or told with its
        # counted word ("liefert der Ukraine 1998 Granaten")
        return True
    if prev not in lex.verbs or not _RECENT[0] <= value <= _RECENT[1]:
        return False
    # German capitalises nouns, so a lower-case word after the number is no counted noun; elsewhere a year
    # is told apart from a round count ("sender 2000 panservernvåpen") only by not being round
    return (lex.capital_nouns and not tokens[i + 1].text_upper) or value % 50 != 0


_COMPOUND_SCALE = 7  # letters a scale word opening a compound needs ("milliarder|spakke", not "mio|...")


def _scale_prefix(word: str, numbers: Numbers) -> float | None:
    """The scale a hyphenated word is or opens: "billion", "milliarderspakke", "millionen-dollar-paket"."""
    if word in numbers.scales:
        return numbers.scales[word]
    opening = [w for w in numbers.scales if len(w) >= _COMPOUND_SCALE and word.startswith(w)]
    if not opening or not any(p in word for p in (*shared().money_packages, "-")):
        return None  # "2-miljardersförstärkning": no package, no currency named; the number is read alone
    return numbers.scales[max(opening, key=len)]


def _currency_within(word: str, lex: Lexicon) -> str | None:
    """The currency a compound of money names ("millionen-dollar-paket"), or, for a package of money named without
    one ("milliarderspakke", "miljonerspaket"), the language's own krone or euro."""
    for part in word.split("-")[1:]:
        if part in lex.currencies:
            return lex.currencies[part]
    if any(p in word for p in shared().money_packages):
        return next((lex.currencies[c] for c in shared().home_money if c in lex.currencies), None)
    return None


def _scale_after(tokens: list[Token], j: int, numbers: Numbers) -> tuple[float, int]:
    if (
        j + 1 < len(tokens)
        and tokens[j].low == "-"
        and tokens[j].start == tokens[j - 1].end
        and (scale := _scale_prefix(tokens[j + 1].low, numbers)) is not None
    ):
        return scale, j + 1  # "$1.7-billion", "3,5-milliarderspakke", "100-Millionen-Dollar-Paket": joined by a hyphen
    if j < len(tokens) and tokens[j].low in numbers.scales:
        k = j + 1 if j + 1 < len(tokens) and tokens[j + 1].low == "." else j
        return numbers.scales[tokens[j].low], k
    return 1.0, j - 1


def _currency_after(tokens: list[Token], j: int, lex: Lexicon) -> tuple[str | None, int]:
    if j < len(tokens):
        word = tokens[j].low
        two = f"{word} {tokens[j + 1].low}" if j + 1 < len(tokens) else ""
        if two in lex.currencies:
            return lex.currencies[two], j + 1
        if word in lex.currencies:
            return lex.currencies[word], j
        if word in lex.currency_symbols:
            return lex.currency_symbols[word], j
    return None, j - 1


def find_amounts(tokens: list[Token], lex: Lexicon) -> list[Amount]:
    """Return every amount in the sentence ``tokens``, left to right."""
    numbers = lex.numbers
    amounts: list[Amount] = []
    starters = lex.number_starters
    taken = -1
    for i in [i for i, t in enumerate(tokens) if t.low[0].isdigit() or t.low in starters]:
        if i <= taken:
            continue
        amount = _amount_at(tokens, i, lex, numbers)
        if amount is not None:
            amounts.append(amount)
            taken = amount.last
    if len(amounts) > 1:
        part_of = shared().part_of
        # "the first 38 of 108 tanks": a delivery in part counts the whole order, as the writers of the sets do, and
        # tells it under way; not "one of the 12 states" (a member of a group)
        parts = [
            whole is not None and a.value < whole.value and _whole(tokens, a, whole, part_of)
            for a, whole in zip(amounts, [*amounts[1:], None], strict=True)
        ]
        amounts = [
            a._replace(partial=_part_told(tokens, amounts[k - 1])) if k > 0 and parts[k - 1] else a
            for k, a in enumerate(amounts)
            if not parts[k]
        ]
        amounts = _ranges(tokens, amounts, lex.numbers.scales)
    return amounts


def _ranges(tokens: list[Token], amounts: list[Amount], scales: dict[str, float]) -> list[Amount]:
    """Read "mellan 100 och 150", "between 100 and 150", "100 to 150", "100-150" as one approximate
    amount. An estimate in digits is its midpoint ("mellem 20 og 30 haubitser": 25); a range in number words
    or of small counts is its lower bound, a firm count and an option ("three to five submarines", "2 bis 3
    Patriot-Systeme": 3, 2), as the writers of the sets give them. A bare lower number shares the upper one's
    scale and currency ("mellem 8 og 12 millioner": 10 million; "mellem 1,5 og 2 milliarder dollar")."""
    words = shared()
    out: list[Amount] = [amounts[0]]
    for amount in amounts[1:]:
        low = out[-1]
        between = [t.low for t in tokens[low.last + 1 : amount.first]]
        before = tokens[low.first - 1].low if low.first >= 1 else ""
        opened = before in words.range_between
        joined = len(between) == 1 and (between[0] in words.range_to or (between[0] in words.coordinators and opened))
        value = low.value
        if joined and not any(t.low in scales for t in tokens[low.first : low.last + 1]):
            scale = next((scales[t.low] for t in tokens[amount.first + 1 : amount.last + 1] if t.low in scales), 1.0)
            value = value * scale if value * scale <= amount.value else value
        # "mellem 1,5 og 2 milliarder dollar": the currency told once, after the upper bound
        if joined and low.currency in (amount.currency, None) and value < amount.value:
            first = low.first - 1 if opened else low.first
            digits = amount.value >= _SMALL_RANGE and all(
                any(t.low[0].isdigit() for t in tokens[a.first : a.last + 1]) for a in (low, amount)
            )
            out[-1] = low._replace(
                value=(value + amount.value) / 2 if digits else value,
                currency=amount.currency,
                approx=True,
                first=first,
                start=tokens[first].start,
                last=amount.last,
                counted=amount.counted,
                end=amount.end,
            )
        else:
            out.append(amount)
    return out


def _part_told(tokens: list[Token], part: Amount) -> str:
    """How the part of a whole is told: "last" for the part that completes it ("the last six of twelve"), "part"
    for another ("the first 38 of 108"), "" for one of a group ("one of the 12 states")."""
    if part.value <= 1:
        return ""
    return "last" if part.first > 0 and tokens[part.first - 1].low in shared().last_part else "part"


def _whole(tokens: list[Token], part: Amount, amount: Amount, part_of: frozenset[str]) -> bool:
    """True for the whole in "the first 38 of 108 tanks", "38 af de 108": ``amount`` counts the order and
    ``part`` the share of it told."""
    between = " ".join(t.low for t in tokens[part.last + 1 : amount.first])
    if between in part_of:
        return True
    head, _, rest = between.rpartition(" ")
    return head in part_of and rest in _ARTICLES


def _symbol_before(tokens: list[Token], i: int, lex: Lexicon) -> str | None:
    """The currency written before a number: "$", "€", or an ISO code in capitals ("SEK 2.8 billion"; the
    capital keeps Norwegian and Danish "nok" ("enough") from reading as money)."""
    if i < 1:
        return None
    word = tokens[i - 1]
    if word.low in lex.currency_symbols:
        return lex.currency_symbols[word.low]
    code = lex.currencies.get(word.low)
    return code if word.text_upper and code is not None and code == word.low.upper() else None


def _vague_phrase(tokens: list[Token], i: int, numbers: Numbers) -> bool:
    """True when a number word opens a vague phrase: "et dusin", "eit par hundre", "a couple of hundred"."""
    words = [t.low for t in tokens[i : i + 5]]
    return any(" ".join(words[:n]) in numbers.vague for n in (2, 3, 4, 5))


def _and_tens(tokens: list[Token], last: int, value: float, numbers: Numbers) -> tuple[float, int] | None:
    """The number under a hundred (or its hundreds, "tusen og fem hundre") joined by "and" after the number
    ``value`` ending at ``last``, with the index of its last word; None when there is none or the words after "and"
    are a range's upper bound ("mellom hundre og to hundre")."""
    if last + 2 >= len(tokens) or tokens[last + 1].low not in shared().number_ands:
        return None
    more = numbers.words.get(tokens[last + 2].low)
    if more is None or not 1 <= more < 100:
        return None
    end = last + 2
    scale = numbers.scales.get(tokens[end + 1].low) if end + 1 < len(tokens) else None
    if scale is not None:
        if more * scale < value:
            return more * scale, end + 1  # "tusen og fem hundre"
        if scale <= value:
            return None  # "hundre og to hundre": two numbers
    return more, end  # a larger scale after ("hundre og tjue tusen") multiplies the whole


def _amount_at(tokens: list[Token], i: int, lex: Lexicon, numbers: Numbers) -> Amount | None:
    low = tokens[i].low
    first = i
    symbol = _symbol_before(tokens, i, lex)
    if symbol is not None:
        first = i - 1
    if low[0].isdigit():
        if _tonnage(tokens, i):
            # "750 tonn våpen og utstyr": the cargo's weight is its quantity
            value = parse_number(low, numbers.decimal)
            if value is None:
                return None
            approx = _approx_before(tokens, first, numbers)
            return Amount(value, approx, None, first, i + 1, "tonnes", tokens[first].start, tokens[i + 1].end)
        if _is_date_or_measure(tokens, i, lex) or _ordinal(tokens, i, lex) or _designator(tokens, i, lex):
            return None
        value = parse_number(low, numbers.decimal)
        if value is None:
            return None
        scale, last = _scale_after(tokens, i + 1, numbers)
        if scale == 1.0 and symbol is None and 1900 <= value <= 2100 and low.isdigit() and _year(tokens, i, lex):
            return None  # a year
        if scale == 1.0 and _glued_er(tokens, i):
            return None  # "seit den 80ern", "die 155er-Munition": a decade or a calibre
        value *= scale
        approx = False
        if symbol is None and last == i + 2 and tokens[i + 1].low == "-":
            symbol = _currency_within(tokens[last].low, lex)
    elif low in numbers.words and not _vague_phrase(tokens, i, numbers):
        if _is_date_or_measure(tokens, i, lex, word=True):
            return None  # "tjuefem prosent", "i enogtyve år", "twenty-five percent"
        scale, last = _scale_after(tokens, i + 1, numbers)
        value = numbers.words[low] * scale
        if value >= 100 and (rest := _and_tens(tokens, last, value, numbers)) is not None:
            # "hundre og nitti", "to hundre og femti millioner", "a hundred and twenty": the tens after the
            # hundreds, then a larger scale over the whole
            if _is_date_or_measure(tokens, rest[1], lex, word=True):
                return None  # "a hundred and twenty days", "hundert und zwanzig Tage lang"
            value, last, scale = value + rest[0], rest[1], max(scale, 100.0)
            more_scale, scaled = _scale_after(tokens, last + 1, numbers)
            if more_scale > value:
                value, last = value * more_scale, scaled
        if scale == 1.0 and (
            numbers.words[low] <= 1
            or (
                low in numbers.scales
                and not (numbers.words[low] <= _BARE_SCALE and (i == 0 or _approx_before(tokens, i, numbers)))
            )
        ):
            # "en" / "a" / "ein" is an article unless a scale word follows; a bare "hundrede" or "tusen" counts only
            # after a word of approximation ("mere end hundrede pansrede mandskabsvogne") or opening the sentence
            # ("Hundre nye Piranha-vogner")
            return None
        approx = False
    else:
        two = f"{low} {tokens[i + 1].low}" if i + 1 < len(tokens) else ""
        three = f"{two} {tokens[i + 2].low}" if i + 2 < len(tokens) else ""
        four = f"{three} {tokens[i + 3].low}" if i + 3 < len(tokens) else ""
        five = f"{four} {tokens[i + 4].low}" if i + 4 < len(tokens) else ""
        if five in numbers.vague:
            value, last = numbers.vague[five], i + 4  # "a quarter of a million"
        elif four in numbers.vague:
            value, last = numbers.vague[four], i + 3  # "a couple of hundred"
        elif three in numbers.vague:
            value, last = numbers.vague[three], i + 2  # "hundreds of thousands", "tens of thousands"
        elif two in numbers.vague:
            value, last = numbers.vague[two], i + 1
        elif low in numbers.vague:
            value, last = numbers.vague[low], i
        else:
            return None
        scale, scaled = _scale_after(tokens, last + 1, numbers)
        if scale > 1.0:
            value, last = value * scale, scaled  # "flere hundre tusen granater": several hundred thousand
        approx = True
    currency = symbol
    if currency is None:
        currency, cur_last = _currency_after(tokens, last + 1, lex)
        if currency is not None:
            last = cur_last
    counted = lex.units.get(tokens[last + 1].low) if last + 1 < len(tokens) else None
    vague = approx
    approx = approx or _approx_before(tokens, first, numbers)
    return Amount(value, approx, currency, first, last, counted, tokens[first].start, tokens[last].end, vague=vague)
