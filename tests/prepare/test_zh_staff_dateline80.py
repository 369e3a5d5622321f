"""Chinese wire datelines that name the agency's reporter or write their parts apart (stop 79's testers, issue #12):
CNA's "中央社記者王小明臺北2022年3月23日電" and its line "中央社記者 臺北 2022年3月23日" were left in the lead, no date,
no place, no outlet (Xinhua's "新华社柏林3月14日电" was read). The Traditional dispatch mark 電 is text data now too."""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text

BODY = "行政院23日宣布新的防疫措施。"


@pytest.mark.parametrize(("line", "published", "place", "authors"), [
    ("中央社記者王小明臺北2022年3月23日電 ", "2022-03-23", "臺北", ("王小明",)),
    ("中央社记者王小明台北2022年3月23日电 ", "2022-03-23", "台北", ("王小明",)),
    ("（中央社記者王小明臺北2022年3月23日電）", "2022-03-23", "臺北", ("王小明",)),
    ("中央社記者王小明臺北2022年3月23日電）", "2022-03-23", "臺北", ("王小明",)),
    ("（中央社記者王小明、李大華臺北23日電）", None, "臺北", ("王小明", "李大華")),
    ("中央社記者 臺北 2022年3月23日\n", "2022-03-23", "臺北", ()),
    ("中央社記者王小明 臺北 2022年3月23日\n", "2022-03-23", "臺北", ("王小明",)),
    ("中央社記者李明東京23日電 ", None, "東京", ("李明",)),  # two characters left after three: a name of two
    ("中央社記者王小明華盛頓2022年3月22日電 ", "2022-03-22", "華盛頓", ("王小明",)),  # a listed city decides
    ("新华社记者李明北京2022年3月23日电 ", "2022-03-23", "北京", ("李明",)),
    ("中央社臺北2022年3月23日電 ", "2022-03-23", "臺北", ()),  # the dispatch mark 電
])
def test_a_chinese_wire_dateline_with_its_reporter_leaves_the_body(line, published, place, authors):
    cleaned = clean_text(line + BODY)
    assert cleaned.text == BODY
    assert (cleaned.outlet, cleaned.published, cleaned.place) == (line.strip("（ ")[:3], published, place)
    assert tuple(cleaned.authors) == authors
    assert [r.kind for r in cleaned.removed] == ["dateline"]


@pytest.mark.parametrize("text", [
    "中央社記者會上，總統表示支持。",  # the agency's press conference: no date, no dateline
    "中央社記者 臺北 2022年3月23日 行政院宣布新的防疫措施。",  # no dispatch mark and more on the line: a sentence
    "中央社記者王小明臺北報導，行政院宣布新的防疫措施。",  # no date
])
def test_no_dateline_without_its_date_or_mark(text):
    cleaned = clean_text(text)
    assert cleaned.text == text and cleaned.published is None and not cleaned.removed
