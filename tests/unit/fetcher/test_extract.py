"""Article text extraction and language choice."""

from __future__ import annotations

import pytest

from services.fetcher.extract import LanguageDetector, extract_page, norwegian_variant
from tests.service.fetcher import samples

DETECTOR = LanguageDetector(0.9)


@pytest.mark.parametrize("language", ["da", "nb", "nn", "sv", "de", "en"])
def test_detects_each_covered_language(language: str) -> None:
    """Each covered language is recognised from two paragraphs of text."""
    text = " ".join(samples.TEXTS[language][1:])
    assert DETECTOR.detect(text)[0] == language


def test_feed_language_wins_unless_detection_is_confident() -> None:
    """Short or ambiguous text keeps the feed's language; clear text in another language overrides it."""
    assert DETECTOR.choose("da", "Nato") == "da"
    assert DETECTOR.choose("da", " ".join(samples.TEXTS["en"][1:])) == "en"
    assert DETECTOR.choose("nb", " ".join(samples.TEXTS["nn"][1:])) == "nn"
    assert DETECTOR.choose("nb", " ".join(samples.TEXTS["nb"][1:])) == "nb"


def test_nynorsk_markers() -> None:
    """Nynorsk marker words decide nn, their Bokmål twins nb, neither: undecided."""
    assert norwegian_variant("Det er ikkje klart kva som skjer, og korleis.") == "nn"
    assert norwegian_variant("Det er ikke klart hva som skjer, og hvordan.") == "nb"
    assert norwegian_variant("Forsvaret") is None


def test_extract_page_finds_article_text_and_metadata() -> None:
    """The article paragraphs, title and author are extracted; navigation and footer are not."""
    page = extract_page(samples.page("de").encode(), "https://example.de/a")
    assert page is not None
    assert "Panzerhaubitzen und Munition" in page.text
    assert "Kontakt" not in page.text
    assert page.title == samples.TEXTS["de"][0]
    assert page.authors == ("Testa Testesen",)


@pytest.mark.parametrize("body", [b"", b"<html><body></body></html>", b"\x00\xff\xfe garbage", b"<html" * 1000])
def test_extract_page_returns_none_for_nothing(body: bytes) -> None:
    """Empty, paywalled or garbage pages yield no page rather than an exception."""
    assert extract_page(body, "https://example.de/a") is None
