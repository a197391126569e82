"""Property tests: arbitrary text never breaks the tagger, and every evidence span is honest."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from services.extractor.tagging import tag
from services.extractor.tagging.quantities import parse_number
from services.extractor.tagging.sentences import SentenceIndex, split_sentences

_WORDS = st.sampled_from(
    [
        "Nordkorea",
        "Russland",
        "Ukraine",
        "USA",
        "iranske",
        "droner",
        "granater",
        "leveret",
        "til",
        "fra",
        "af",
        "købt",
        "millioner",
        "13,3",
        "milliarder",
        "dollar",
        "1.000.000",
        "geliefert",
        "an",
        "von",
        "Raketen",
        "ikke",
        "avvist",
        "supplied",
        "to",
        "from",
        "North Korea's",
        "i bytte mot",
        "våpen",
        ",",
        ".",
        "\n",
        "\u00a0",
        "Hisbollah",
        "houthiene",
        "122-mm-",
        "F-16-kampfly",
        "etwa",
        "eine",
        "Million",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400), st.sampled_from([None, "da", "nb", "nn", "sv", "de", "en"]))
def test_arbitrary_text_never_raises(text: str, lang: str | None) -> None:
    """Any string is tagged without raising, and evidence spans index the text exactly."""
    for m in tag(text, lang):
        assert text[m.evidence_span.start : m.evidence_span.end] == m.evidence


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, max_size=60).map(" ".join), st.sampled_from(["da", "nb", "nn", "sv", "de", "en"]))
def test_news_like_text_has_honest_spans(text: str, lang: str) -> None:
    """Text built from transfer vocabulary yields valid mentions with honest spans."""
    for m in tag(text, lang):
        assert text[m.evidence_span.start : m.evidence_span.end] == m.evidence
        assert m.supplier != m.recipient
        assert 0.0 <= m.confidence <= 1.0


@given(st.text(max_size=30), st.sampled_from([",", "."]))
def test_parse_number_never_raises(raw: str, decimal: str) -> None:
    """The number parser returns a float or None for any input."""
    value = parse_number(raw, decimal)
    assert value is None or value >= 0


_PIECES = st.sampled_from([*'ab Cd.!?…\n\r\u2028 "»)Æ3-', "ca.", "z.B.", "3.", "TT"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=120).map("".join))
def test_sentence_index_agrees_with_splitting(text: str) -> None:
    """The on-demand sentence index finds the same sentence as splitting the whole text."""
    index = SentenceIndex(text)
    for s in split_sentences(text):
        for pos in (s.start, (s.start + s.end) // 2, s.end - 1):
            assert index.at(pos) == s
