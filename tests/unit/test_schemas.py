"""Event models: frozen, strict, UTC, and their checked-in JSON Schemas current."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from pydantic import ValidationError

from schemas import ArticleFetched, MentionTagged, Quantity
from schemas.export import drifted
from services.core.topics import ALL, model_for
from tests import samples


def test_checked_in_json_schemas_match_the_models() -> None:
    """The files in schemas/json/ are what the models export (run `armswatch schemas export` after a change)."""
    assert drifted() == []


@pytest.mark.parametrize(
    "event", [samples.article(), samples.tagged(), samples.raised(), samples.updated(), samples.deadletter_event()]
)
def test_every_event_round_trips_through_json(event) -> None:  # type: ignore[no-untyped-def]
    """Serialising to bytes and validating back yields an equal event of the right type."""
    model = model_for(event.type)
    assert model.model_validate_json(event.to_bytes()) == event


def test_models_are_frozen() -> None:
    """An event cannot be changed after it is built."""
    event = samples.article()
    with pytest.raises(ValidationError):
        event.data.title = "changed"  # type: ignore[misc]


def test_unknown_keys_are_rejected() -> None:
    """A producer that adds a field the schema does not know is caught at the consumer's boundary."""
    raw = samples.tagged().model_dump(mode="json")
    raw["data"]["surprise"] = 1
    with pytest.raises(ValidationError, match="surprise"):
        MentionTagged.model_validate(raw)


def test_datetimes_become_utc_and_naive_ones_are_rejected() -> None:
    """Aware datetimes are normalised to UTC; a naive datetime is an error, never a guess."""
    data = samples.article().data
    cet = timezone(timedelta(hours=1))
    moved = data.model_copy(update={}).model_dump()
    moved["published_at"] = datetime(2026, 11, 20, 10, 30, tzinfo=cet)
    assert ArticleFetched.model_validate(
        {**samples.article().model_dump(), "data": moved}
    ).data.published_at == datetime(2026, 11, 20, 9, 30, tzinfo=samples.WHEN.tzinfo)
    moved["published_at"] = datetime(2026, 11, 20, 10, 30)
    with pytest.raises(ValidationError, match="time zone"):
        ArticleFetched.model_validate({**samples.article().model_dump(), "data": moved})


def test_actor_codes_are_iso_or_slugs_and_never_self_transfers() -> None:
    """Suppliers are ISO alpha-2 or lowercase slugs, and a state does not supply itself."""
    good = samples.mention()
    assert good.model_copy(update={"supplier": "houthis"}).supplier == "houthis"
    with pytest.raises(ValidationError):
        type(good).model_validate({**good.model_dump(), "supplier": "North Korea"})
    with pytest.raises(ValidationError, match="differ"):
        type(good).model_validate({**good.model_dump(), "recipient": "KP"})


def test_quantities_cannot_be_negative() -> None:
    """A negative amount is a parsing bug upstream, rejected at the model."""
    with pytest.raises(ValidationError):
        Quantity(value=-1, unit="shells", text="-1")


def test_every_topic_names_its_key() -> None:
    """Each topic in the registry says what its key is."""
    assert all(spec.key for spec in ALL)
