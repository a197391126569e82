"""Decoding feed bytes by RFC 3023 and by what servers really send."""

from __future__ import annotations

import codecs

from hypothesis import given
from hypothesis import strategies as st

from services.fetcher.encoding import as_utf8_xml, decode_feed, http_charset, repair_double_utf8

DECL_LATIN1 = '<?xml version="1.0" encoding="ISO-8859-1"?>'


def test_iso_8859_1_is_read_as_windows_1252() -> None:
    """Bytes declared ISO-8859-1 but holding windows-1252 punctuation decode to €, “ ” and –."""
    text = DECL_LATIN1 + "<t>5 € – “Gripen”</t>"
    decoded = decode_feed(text.encode("cp1252"), "application/rss+xml; charset=ISO-8859-1")
    assert "5 € – “Gripen”" in decoded.text


def test_http_charset_wins_over_xml_declaration() -> None:
    """The HTTP charset decides even when the XML declaration says otherwise."""
    body = (DECL_LATIN1 + "<t>blåbær</t>").encode("utf-8")
    assert "blåbær" in decode_feed(body, "text/xml; charset=utf-8").text


def test_text_xml_without_charset_that_is_not_ascii_falls_back() -> None:
    """``text/xml`` without charset means us-ascii; UTF-8 bytes in it are still read, and noted."""
    decoded = decode_feed("<t>Grüße</t>".encode(), "text/xml")
    assert "Grüße" in decoded.text
    assert any(note.startswith("charset_mismatch") for note in decoded.notes)


def test_bom_is_stripped() -> None:
    """A UTF-8 or UTF-16 byte-order mark decides the encoding and is removed."""
    assert decode_feed(codecs.BOM_UTF8 + "<t>ø</t>".encode(), None).text == "<t>ø</t>"
    assert decode_feed(codecs.BOM_UTF16_LE + "<t>ø</t>".encode("utf-16-le"), None).text == "<t>ø</t>"


def test_double_encoded_utf8_is_repaired() -> None:
    """UTF-8 read as windows-1252 and re-encoded (``Ã¸``) is repaired to ``ø``."""
    broken = "Forsvarsministeren fÃ¸lger KrÃ¤fte â€“ blÃ¥".encode()
    decoded = decode_feed(broken, "application/xml; charset=utf-8")
    assert decoded.text == "Forsvarsministeren følger Kräfte – blå"
    assert "double_encoded_utf8" in decoded.notes
    assert repair_double_utf8("Ærø og Åland")[1] == 0


def test_xml_declaration_is_rewritten_to_utf8() -> None:
    """Re-encoded bytes say UTF-8 in their declaration, so the parser does not decode them twice."""
    decoded = decode_feed((DECL_LATIN1 + "<t>é</t>").encode("latin-1"), None)
    assert as_utf8_xml(decoded).startswith(b'<?xml version="1.0" encoding="utf-8"?>')


def test_http_charset_parsing() -> None:
    """The charset parameter is found whatever its case and quoting."""
    assert http_charset('text/xml; Charset="ISO-8859-1"') == "iso-8859-1"
    assert http_charset("application/rss+xml") is None
    assert http_charset(None) is None


@given(
    st.binary(max_size=2000),
    st.sampled_from(
        [
            None,
            "text/xml",
            "application/xml; charset=bogus",
            "text/html; charset=utf-8",
            "application/rss+xml; charset=utf-16",
        ]
    ),
)
def test_decoding_never_raises(body: bytes, content_type: str | None) -> None:
    """Any bytes under any content type decode to some text without raising."""
    decoded = decode_feed(body, content_type)
    assert isinstance(as_utf8_xml(decoded), bytes)
