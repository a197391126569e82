"""Turning a feed's raw bytes into text the way RFC 3023 and real outlets demand.

Order of trust: a byte-order mark; the HTTP charset (``iso-8859-1`` read as windows-1252, because that is
what servers really send); ``text/*`` without charset means us-ascii; the XML declaration; UTF-8; then
windows-1252. A declared charset that cannot decode the bytes is skipped (and noted), and UTF-8 that was
encoded twice (``Ã¸`` for ``ø``) is repaired run by run.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "l1": "cp1252",
    "ascii": "us-ascii",
    "us-ascii": "us-ascii",
    "utf8": "utf-8",
}
_XML_DECL = re.compile(rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._:-]+)[\"']")
_XML_DECL_TEXT = re.compile(r"^(\s*<\?xml[^>]*?encoding\s*=\s*[\"'])([A-Za-z0-9._:-]+)([\"'])")
_CP1252_HIGH = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf" + re.escape(_CP1252_HIGH) + "]{1,3}")
_INVALID_XML_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(slots=True)
class Decoded:
    """The feed as text, the encoding that decoded it, and what had to be fixed on the way."""

    text: str
    encoding: str
    notes: list[str] = field(default_factory=list)


def http_charset(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a Content-Type header, lower-cased, or ``None``."""
    if not content_type:
        return None
    match = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", content_type, re.IGNORECASE)
    return match.group(1).lower() if match else None


def _normal_codec(name: str) -> str | None:
    lowered = name.lower()
    lowered = _ALIASES.get(lowered, lowered)
    try:
        return codecs.lookup(lowered).name if lowered != "us-ascii" else "ascii"
    except LookupError:
        return None


def _try(body: bytes, encoding: str) -> str | None:
    if encoding == "cp1252":
        try:
            return body.decode("cp1252")
        except UnicodeDecodeError:
            # Five bytes are undefined in windows-1252; read them as ISO-8859-1 controls.
            return "".join(
                chunk.decode("cp1252", errors="strict")
                if len(chunk) != 1 or chunk[0] not in b"\x81\x8d\x8f\x90\x9d"
                else chunk.decode("latin-1")
                for chunk in (body[i : i + 1] for i in range(len(body)))
            )
    try:
        return body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def repair_double_utf8(text: str) -> tuple[str, int]:
    """``text`` with runs of UTF-8-read-as-windows-1252 (``Ã¥`` → ``å``) repaired, and how many runs."""
    count = 0

    def fix(match: re.Match[str]) -> str:
        nonlocal count
        run = match.group(0)
        try:
            fixed = run.encode("cp1252").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            try:
                fixed = run.encode("latin-1").decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                return run
        count += 1
        return fixed

    return _MOJIBAKE.sub(fix, text), count


def decode_feed(body: bytes, content_type: str | None) -> Decoded:
    """Decode a feed body; never raises (the last resort is windows-1252, which reads any byte)."""
    notes: list[str] = []
    for bom, name in _BOMS:
        if body.startswith(bom):
            text = _try(body[len(bom) :], name)
            if text is not None:
                return _finish(text, name, notes)
            notes.append("bom_mismatch")
            break
    candidates: list[tuple[str, str]] = []
    declared = http_charset(content_type)
    if declared:
        candidates.append((declared, "http"))
    elif content_type and content_type.split(";")[0].strip().lower().startswith("text/"):
        candidates.append(("us-ascii", "http_default"))
    xml = _XML_DECL.match(body[:200])
    if xml:
        candidates.append((xml.group(1).decode("ascii").lower(), "xml"))
    candidates += [("utf-8", "guess"), ("cp1252", "guess")]
    for name, origin in candidates:
        codec = _normal_codec(name)
        if codec is None:
            notes.append(f"unknown_charset:{name}")
            continue
        text = _try(body, codec)
        if text is not None:
            return _finish(text, codec, notes)
        if origin != "guess":
            notes.append(f"charset_mismatch:{origin}:{name}")
    return _finish(body.decode("latin-1"), "latin-1", notes)  # unreachable: cp1252 always decodes


def _finish(text: str, encoding: str, notes: list[str]) -> Decoded:
    text = text.lstrip("\ufeff")
    text, repaired = repair_double_utf8(text)
    if repaired:
        notes.append("double_encoded_utf8")
    if _INVALID_XML_CHARS.search(text):
        text = _INVALID_XML_CHARS.sub("", text)
        notes.append("invalid_xml_chars")
    return Decoded(text, encoding, notes)


def as_utf8_xml(decoded: Decoded) -> bytes:
    """The decoded feed re-encoded as UTF-8, with its XML declaration saying so."""
    return _XML_DECL_TEXT.sub(r"\g<1>utf-8\g<3>", decoded.text, count=1).encode("utf-8")
