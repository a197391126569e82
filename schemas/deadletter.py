"""Dead letters: a message a service could not process, kept with the reason, never dropped."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from schemas.envelope import Envelope, Frozen


class DeadLetterData(Frozen):
    """The original message (as text, or base64 when it was not UTF-8) and why it failed."""

    service: str
    reason: str = Field(max_length=2000)
    error_type: str
    source_topic: str | None = None
    source_partition: int | None = None
    source_offset: int | None = None
    original_key: str | None = None
    original_value: str | None = None
    original_encoding: Literal["utf-8", "base64"] = "utf-8"


class DeadLetter(Envelope[DeadLetterData]):
    """Published on ``armswatch.deadletter``."""

    EVENT_TYPE: ClassVar[str] = "deadletter"
    type: Literal["deadletter"] = "deadletter"
