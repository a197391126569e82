"""The learned filler: what it is offered, how it chooses, and that the shipped model is the trained one."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from schemas.mention import Status
from services.extractor.tagging.article import tag_article
from services.extractor.tagging.filler import Model, Opening, choose, model
from services.extractor.tagging.lexicon import lexicon
from services.extractor.tagging.relations import Candidate
from services.extractor.tagging.sentences import Sentence
from services.extractor.train_filler import THRESHOLD, corpora, shipped_matches, train

DATA = Path(__file__).resolve().parents[2] / "data"

# The seller the article is about, told in complete transfers before; the last sentence names only the buyer, in a
# paragraph whose sentence before tells no transfer (a fellow buyer told there would lend its seller by rule).
KOREAN_AIR_DEFENCE = (
    "South Korea has in recent years sold K9 howitzers and K2 tanks to Poland. Now Seoul's arms industry has "
    "signed one of its largest export deals in the Gulf. Saudi Arabia has agreed to buy ten batteries of the "
    "Korean Cheongung II medium-range air defence system, South Korea's procurement agency said on Monday.\n\n"
    "It is the third time in a few years that a Korean maker has found a buyer in the region. Qatar received eight "
    "batteries last year, worth 2.6 billion dollars."
)


def _triples(text: str, lang: str, *, rules_only: bool = False) -> set[tuple[str, str, str]]:
    mentions = tag_article(text, lexicon(lang), learn=[] if rules_only else None)
    return {(m.supplier, m.recipient, m.weapon.value) for m in mentions}


def test_the_article_s_seller_fills_a_buyer_told_alone() -> None:
    assert ("KR", "QA", "air_defence") not in _triples(KOREAN_AIR_DEFENCE, "en", rules_only=True)
    assert ("KR", "QA", "air_defence") in _triples(KOREAN_AIR_DEFENCE, "en")


def test_learning_collects_the_open_side_and_fills_nothing() -> None:
    learn: list[Opening] = []
    tag_article(KOREAN_AIR_DEFENCE, lexicon("en"), learn=learn)
    (opening,) = learn
    assert (opening.known, opening.recipient_open) == ("QA", False)
    assert {party for party, _features in opening.options} == {"KR", "SA", "PL"}
    assert opening.cand.supplier is None


def test_what_the_filler_is_offered_on_a_whole_corpus() -> None:
    """Never the known side itself, never a bloc, never a sentence without a transfer verb or about a user."""
    seen = 0
    for line in (DATA / "dev_en.jsonl").read_text(encoding="utf-8").splitlines() + (DATA / "full_de.jsonl").read_text(
        encoding="utf-8"
    ).splitlines():
        row = json.loads(line)
        learn: list[Opening] = []
        tag_article(row["text"], lexicon(row["lang"]), row.get("title"), learn=learn)
        for opening in learn:
            seen += 1
            parties = {party for party, _features in opening.options}
            assert opening.known not in parties
            assert "EU" not in parties
            assert opening.cand.cue not in (None, "use")
            assert opening.recipient_open == (opening.cand.recipient is None)
    assert seen > 0


def test_an_option_is_marked_as_the_subject_before_and_as_an_enemy() -> None:
    """The group opening the sentence before is the likely buyer; a party at war with the seller buys nothing."""
    text = (
        "Hezbollah has fired hundreds of rockets at Israel this year. Iran sold the group dozens of Shahed drones "
        "in the spring, officials said."
    )
    learn: list[Opening] = []
    tag_article(text, lexicon("en"), learn=learn)
    (opening,) = learn
    features = dict(opening.options)
    assert (opening.known, opening.recipient_open) == ("IR", True)
    assert features["hezbollah"]["prev_first"] == features["hezbollah"]["prev_lead"] == 1.0
    assert features["IL"]["hostile"] == 1.0
    assert features["IL"]["prev_first"] == 0.0
    assert features["hezbollah"]["hostile"] == 0.0


def _opening(*parties: str) -> Opening:
    cand = Candidate(
        None, "QA", "air_defence", ["batteries"], None, None, Status.DELIVERED, Sentence(0, 10), 0.45, "receive"
    )
    return Opening(cand, "QA", False, [(party, {"salience": float(i)}) for i, party in enumerate(parties)])


def test_choose_takes_the_best_option_and_only_at_the_threshold() -> None:
    scorer = Model(weights={"salience": 2.0}, bias=-2.0, threshold=0.5)
    assert choose(_opening("SA", "KR"), scorer) == ("KR", 0.5)
    assert choose(_opening("SA"), scorer) is None
    assert _opening("KR").pair("KR") == ("KR", "QA")


def test_the_shipped_model_is_what_training_on_the_tuned_corpora_gives() -> None:
    """No hand-edited weights: retraining must give the shipped model (run `make filler` after changing the
    tagger or the corpora). The blind corpora are never read by the trainer."""
    shipped = model()
    assert shipped is not None
    assert 0.5 <= shipped.threshold < 1.0
    trained = train(corpora())
    assert shipped_matches(trained)
    assert not any(name.startswith("blind") for name in trained["trained_on"])


def test_the_fixed_threshold_stays_on_the_plateau_of_held_out_f1() -> None:
    """The threshold is fixed (``THRESHOLD``) so that retraining does not flip it on differences of 0.001; this
    fails when the held-out figures stored with the model move the best pooled F1 more than 0.005 above it."""
    stored = json.loads(resources.files("services.extractor.tagging").joinpath("data", "filler.json").read_text())
    table = stored["leave_one_corpus_out_pair_f1"]
    best = max(row["pooled"] for label, row in table.items() if label != "rules")
    assert stored["threshold"] == THRESHOLD
    assert table[f"{THRESHOLD:.1f}"]["pooled"] >= best - 0.005, table
