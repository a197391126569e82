"""Build dead letters: the original message, the reason and the service, so nothing is silently dropped."""

from __future__ import annotations

import base64
import hashlib

from schemas import DeadLetter, DeadLetterData, deterministic_event_id


def dead_letter(
    service: str,
    reason: str,
    error: BaseException | str,
    *,
    value: bytes | str | None = None,
    key: bytes | str | None = None,
    topic: str | None = None,
    partition: int | None = None,
    offset: int | None = None,
) -> DeadLetter:
    """A ``DeadLetter`` event for one unprocessable message.

    Its id derives from the source position (or the value), so re-dead-lettering the same message after a
    restart yields the same id.
    """
    text, encoding = _as_text(value)
    key_text = key.decode("utf-8", "replace") if isinstance(key, bytes) else key
    error_type = error if isinstance(error, str) else type(error).__name__
    identity = (
        f"{topic}:{partition}:{offset}"
        if offset is not None
        else f"{service}:{key_text}:{hashlib.sha256((text or '').encode()).hexdigest()}"
    )
    data = DeadLetterData(
        service=service,
        reason=reason[:2000],
        error_type=error_type,
        source_topic=topic,
        source_partition=partition,
        source_offset=offset,
        original_key=key_text,
        original_value=text,
        original_encoding=encoding,
    )
    result: DeadLetter = DeadLetter.new(data, event_id=deterministic_event_id("deadletter", service, identity))
    return result


def _as_text(value: bytes | str | None) -> tuple[str | None, str]:
    if value is None or isinstance(value, str):
        return value, "utf-8"
    try:
        return value.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return base64.b64encode(value).decode("ascii"), "base64"
