"""The tagger's public API: one mention per triple, honest spans, titles, versions and languages."""

from __future__ import annotations

import pytest

from schemas.mention import Mention, Status, Weapon
from services.extractor.tagging import LANGUAGES, TAGGER_VERSION, detect_language, tag

ARTICLE = (
    "Nordkorea hat Russland Artilleriemunition geliefert.\n"
    "Ein Sprecher sagte, Nordkorea habe Russland etwa eine Million Schuss Munition geliefert.\n"
    "Die Munition sei bereits an der Front."
)


def test_repeats_merge_into_one_mention_with_the_most_specific_quantity() -> None:
    """Two sentences about the same transfer give one mention carrying the sentence's amount."""
    mentions = tag(ARTICLE, "de")
    ammo = [m for m in mentions if m.weapon is Weapon.ARTILLERY_AMMUNITION]
    assert len(ammo) == 1
    assert (ammo[0].supplier, ammo[0].recipient) == ("KP", "RU")
    assert ammo[0].quantity is not None
    assert ammo[0].quantity.value == pytest.approx(1e6)
    assert ammo[0].quantity.approx
    assert ammo[0].status is Status.DELIVERED


def test_spans_index_the_text_not_the_title() -> None:
    """With a title, evidence spans still index the article text exactly."""
    title = "Nordkorea liefert Munition an Russland"
    for m in tag(ARTICLE, "de", title=title):
        assert isinstance(m, Mention)
        assert ARTICLE[m.evidence_span.start : m.evidence_span.end] == m.evidence


def test_unknown_language_is_detected() -> None:
    """An unsupported or missing language code falls back to detection."""
    assert tag(ARTICLE, "xx") == tag(ARTICLE, None) == tag(ARTICLE, "de")


def test_empty_text_has_no_mentions() -> None:
    """Empty and blank text yield no mentions."""
    assert tag("") == []
    assert tag("  \n ") == []


def test_version_and_languages() -> None:
    """The version is a non-empty string and all six languages are supported."""
    assert TAGGER_VERSION
    assert set(LANGUAGES) == {"da", "nb", "nn", "sv", "de", "en"}
    assert detect_language(ARTICLE) == "de"


def test_exchange_runs_both_ways() -> None:
    """An exchange ("i bytte mot") yields a transfer in each direction."""
    text = "Russland vil motta ammunisjon fra Nord-Korea, i bytte mot avansert våpenteknologi."
    found = {(m.supplier, m.recipient, m.weapon.value) for m in tag(text, "nb")}
    assert ("KP", "RU", "artillery_ammunition") in found
    assert ("RU", "KP", "technology_transfer") in found


def test_sports_story_has_no_mentions() -> None:
    """A football report full of "Granate" and "Bombe" metaphors tells no transfer."""
    text = (
        "Der Stürmer ist eine Granate: In der Bundesliga schoss er eine Bombe ins Tor. "
        "Der Trainer lobte den Spieler nach dem Halbfinale, Bayern liefert die Granate an Chelsea."
    )
    assert tag(text, "de") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russland angrep Kyiv i natt. Ukraina har fått nye kampfly.", "nb"),
        ("Russia struck Kharkiv overnight. Ukraine has received new air-defence systems.", "en"),
        ("Russland griff Kiew an. Die Ukraine hat neue Panzer erhalten.", "de"),
    ],
)
def test_no_party_is_borrowed_from_an_unrelated_sentence(text: str, lang: str) -> None:
    """A missing supplier is not taken from a preceding sentence about something else."""
    assert tag(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Russia struck Kharkiv overnight. Ukraine has received new Patriot systems.", "en", ("US", "UA")),
        ("Indonesien har skrevet under på køb af 48 KAAN-kampfly.", "da", ("TR", "ID")),
        ("Samtidigt har Thailand skrivit på ett kontrakt om fyra Gripen E/F.", "sv", ("SE", "TH")),
        ("Ukraina har fått nye kampfly.", "nb", None),
    ],
)
def test_a_named_system_without_seller_comes_from_its_maker_country(
    text: str, lang: str, expected: tuple[str, str] | None
) -> None:
    """No seller named: a system made in one country (Patriot, KAAN, Gripen) names the supplier, unsurely."""
    found = [(m.supplier, m.recipient, m.confidence) for m in tag(text, lang)]
    if expected is None:
        assert found == []
    else:
        assert [(s, r) for s, r, _ in found] == [expected]
        assert all(c <= 0.6 for *_, c in found)


def test_missing_supplier_comes_from_the_previous_transfer_sentence() -> None:
    """A pronoun's antecedent in the previous transfer sentence supplies the missing side."""
    text = (
        "Den iranske regering har sagt, at den ikke vil sende våben til Rusland. "
        "Men aftalen om at levere hundredvis af droner til Rusland er indgået."
    )
    found = {(m.supplier, m.recipient, m.weapon.value) for m in tag(text, "da")}
    assert ("IR", "RU", "drones") in found
