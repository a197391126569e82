"""The rules that fill a transfer's open side from its article: a pledge goes to the article's topic recipient,
a bid or a pledge to buy for one's own forces does not, nor a pledge denied."""

from __future__ import annotations

from schemas.mention import Status
from services.extractor.tagging.article import _fill_from_context, _own_pledge
from services.extractor.tagging.relations import Candidate
from services.extractor.tagging.sentences import Sentence


def _pledge(status: Status = Status.PLANNED, cue: str = "pledge", end: int = 40) -> Candidate:
    # "mens Belgien har lovet 30 fly frem mod 2028" in an article about jets for Ukraine
    return Candidate("BE", None, "aircraft", ["fly"], None, None, status, Sentence(0, end), 0.9, cue)


def test_a_pledge_goes_to_the_topic_recipient() -> None:
    """A pledge with no recipient named goes to the recipient the article is about."""
    cand = _pledge()
    assert _fill_from_context(cand, None, None, topic="UA")
    assert (cand.supplier, cand.recipient) == ("BE", "UA")


def test_a_bid_or_a_denied_pledge_is_not_given_the_topic_recipient() -> None:
    """A bid may lose and a denied pledge gives nothing: neither goes to the topic."""
    cand = _pledge()
    assert not _fill_from_context(cand, None, None, topic="AU", own_pledge=True)
    assert cand.recipient is None
    denied = _pledge(status=Status.DENIED)
    assert not _fill_from_context(denied, None, None, topic="UA")


def test_a_planned_supply_is_not_given_the_topic_recipient() -> None:
    """Only pledges among the planned transfers: "Sverige kan komma att skicka" stays open."""
    cand = _pledge(cue="supply")
    assert not _fill_from_context(cand, None, None, topic="UA")


def test_offers_and_buying_for_ones_own_forces_are_told_apart_from_pledges() -> None:
    """An offer or a purchase in the sentence makes the pledge no gift; "offer" alone (a victim) does not."""
    for text, own in [
        ("TKMS, som tilbød en versjon av MEKO A-200, tapte.", True),
        ("Tyskland har lovet at købe 35 F-35-fly til sit eget luftvåben.", True),
        ("Belgien har lovet 30 fly, og civile er ofte offer for angreb.", False),
    ]:
        assert _own_pledge(_pledge(end=len(text)), text.lower()) is own, text
