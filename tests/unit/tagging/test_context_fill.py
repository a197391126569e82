"""The rules that fill a transfer's open side from its article: a pledge goes to the article's topic recipient,
an offer (a bid that may lose) does not."""

from __future__ import annotations

from schemas.mention import Status
from services.extractor.tagging.article import _fill_from_context
from services.extractor.tagging.relations import Candidate
from services.extractor.tagging.sentences import Sentence


def _pledge(status: Status = Status.PLANNED, cue: str = "pledge") -> Candidate:
    # "mens Belgien har lovet 30 fly frem mod 2028" in an article about jets for Ukraine
    return Candidate("BE", None, "aircraft", ["fly"], None, None, status, Sentence(0, 40), 0.9, cue)


def test_a_pledge_goes_to_the_topic_recipient() -> None:
    cand = _pledge()
    assert _fill_from_context(cand, None, None, topic="UA")
    assert (cand.supplier, cand.recipient) == ("BE", "UA")


def test_an_offer_is_not_given_the_topic_recipient() -> None:
    cand = _pledge()
    assert not _fill_from_context(cand, None, None, topic="AU", offered=True)
    assert cand.recipient is None


def test_a_planned_supply_is_not_given_the_topic_recipient() -> None:
    # only pledges among the planned: "Sverige kan komma att skicka" stays open
    cand = _pledge(cue="supply")
    assert not _fill_from_context(cand, None, None, topic="UA")
