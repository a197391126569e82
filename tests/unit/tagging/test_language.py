"""Language detection among da, nb, nn, sv, de and en."""

from __future__ import annotations

import pytest

from services.extractor.tagging import detect_language

SAMPLES = [
    (
        "Rusland køber millioner af granater af Nordkorea, skriver avisen. Det fremgår ikke, hvornår "
        "ammunitionen bliver leveret.",
        "da",
    ),
    (
        "Danmark donerer kampfly til Ukraine, oplyser Forsvarsministeriet. Flyene bliver leveret i løbet af næste år.",
        "da",
    ),
    (
        "Russland kjøper millioner av raketter og artillerigranater fra Nord-Korea, ifølge en amerikansk "
        "etterretningsrapport. Det er ikke kjent hvor mye våpen det dreier seg om.",
        "nb",
    ),
    (
        "Regjeringen vil gi Ukraina flere luftvernsystemer, opplyser forsvarsministeren. Hun sier at "
        "leveransen kommer raskt.",
        "nb",
    ),
    (
        "Russland kjøper millionar av granatar frå Nord-Korea, ifølgje ein amerikansk rapport. Det er "
        "ikkje kjent kor mykje våpen det dreier seg om, og kva tid dei kjem.",
        "nn",
    ),
    (
        "Noreg skal gje Ukraina fleire luftvernsystem, seier regjeringa. Ho meiner at dei trengst no, "
        "og at det ikkje er tid å miste.",
        "nn",
    ),
    (
        "Ryssland köper raketer av Nordkorea, visar underrättelseuppgifter från USA. Det är oklart när "
        "leveranserna ska ske.",
        "sv",
    ),
    (
        "Nordkorea hat Artilleriemunition an Russland geliefert, sagte der Geheimdienstchef. Die "
        "Lieferungen seien entscheidend gewesen.",
        "de",
    ),
    (
        "North Korea has shipped artillery shells to Russia, the White House said on Friday, citing "
        "newly declassified intelligence.",
        "en",
    ),
]


@pytest.mark.parametrize(("text", "lang"), SAMPLES, ids=[f"{lang}-{i}" for i, (_t, lang) in enumerate(SAMPLES)])
def test_detects_language(text: str, lang: str) -> None:
    """News text is detected as the language it is written in, Bokmål and Nynorsk apart."""
    assert detect_language(text) == lang


@pytest.mark.parametrize("text", ["", "   ", "12345 !!!", "🙂"])
def test_undecidable_text_is_english(text: str) -> None:
    """Text without words falls back to English and never raises."""
    assert detect_language(text) == "en"
