"""Cutie's XML text escape is the standard library's, without its imports."""

from __future__ import annotations

from xml.sax.saxutils import escape as standard_escape

from cutie_app.core.formats.xml_text import escape


def test_it_escapes_exactly_as_the_standard_library_does() -> None:
    for text in ["", "plain", "a & b < c > d", "&amp; already", "<<>>&&", "naïve “quotes” 'and' \"these\""]:
        assert escape(text) == standard_escape(text)
