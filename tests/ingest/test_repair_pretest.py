"""repair_text's cheap pre-test (issue 16): a text it lets through is one ftfy.fix_text returns unchanged."""

from __future__ import annotations

import re

import ftfy
import pytest

from storylens.ingest import files


def _ftfy(text: str) -> str:
    return ftfy.fix_text(files._repair_lost_quote(text), normalization="NFC", uncurl_quotes=False,
                         fix_line_breaks=True, fix_character_width=False)


CLEAN = [
    "The minister said on Monday that talks would resume.\nMore follows.",
    "Путин заявил, что переговоры продолжатся.",
    "وقال الوزير إن المحادثات ستستأنف",
    "外交部发言人表示，谈判将继续。",
    "Tabs\tand form\x0cfeeds stay.",
]

# Each changed by ftfy through one kind of fix; a pre-test letting one through would keep the damage.
DAMAGED = [
    "caf\u00c3\u00a9 au lait",  # UTF-8 read as Latin-1
    "The \u00e2\u20ac\u0153quote\u00e2\u20ac\ufffd here",  # cp1252 mojibake with the lost closing quote
    "Fish &amp; chips",  # an HTML entity
    "one\r\ntwo\rthree",  # line breaks
    "\x1b[31mred\x1b[0m alert",  # terminal escapes
    "the \ufb01nal o\ufb00er",  # Latin ligatures
    "a\x00b\x07c and \ufeffmark",  # control characters
    "e\u0301te",  # not NFC
    "next\x85line",  # NEL
    "price \u00c2\u00a3 5",  # a lone cp1252 pair
    "\u0432\u0402\u045a quoted",  # Windows-1251 mojibake of a quotation mark
]


def test_the_pre_test_is_built_from_the_installed_ftfy():
    assert files._ftfy_triggers() is not None  # else every text goes through ftfy (correct, only slower)


@pytest.mark.parametrize("text", CLEAN)
def test_clean_text_skips_ftfy_and_is_unchanged(text):
    assert files._ftfy_leaves_alone(text)
    assert files.repair_text(text) == _ftfy(text) == text


@pytest.mark.parametrize("text", DAMAGED)
def test_damaged_text_goes_through_ftfy(text):
    assert _ftfy(text) != text  # the case is one ftfy repairs
    assert not files._ftfy_leaves_alone(text)
    assert files.repair_text(text) == _ftfy(text)


def test_an_alternative_without_a_non_ascii_item_gives_no_pre_test():
    assert files._badness_needs(re.compile("[\u00c3\u00c2][ ]|ab")) is None
    assert files._badness_needs(re.compile("[\u00c3\u00c2][ ]|x\u00a4")) == {"\u00c3", "\u00c2", "\u00a4"}
    assert files._badness_needs(re.compile("\u00a4|\u0432\u0402")) == {"\u00a4", "\u0402"}  # the capital, not the common letter
