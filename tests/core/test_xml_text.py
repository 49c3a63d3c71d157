"""Cutie's XML text escape is the standard library's, without its imports."""

from __future__ import annotations

from xml.sax.saxutils import escape as standard_escape
from xml.sax.saxutils import quoteattr as standard_quoteattr

from cutie_app.core.formats.xml_text import escape, quoteattr


def test_it_escapes_exactly_as_the_standard_library_does() -> None:
    for text in ["", "plain", "a & b < c > d", "&amp; already", "<<>>&&", "naïve “quotes” 'and' \"these\""]:
        assert escape(text) == standard_escape(text)


def test_attribute_values_are_quoted_exactly_as_the_standard_library_does() -> None:
    for text in ["", "plain", 'say "hi"', "it's", "both \" and '", "tab\tnew\nline\rend", "a & b < c"]:
        assert quoteattr(text) == standard_quoteattr(text)
