"""Chinese wire datelines that name the agency's reporter or write their parts apart (stop 79's testers, issue #12):
CNA's "中央社記者王小明臺北2022年3月23日電" and its line "中央社記者 臺北 2022年3月23日" were left in the lead, no date,
no place, no outlet (Xinhua's "新华社柏林3月14日电" was read). A Traditional line is read in Simplified characters
(電 is the mark 电), and the mark closes a dateline only before no Han character (電話, 电力: stop 80's tester)."""

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
    ("中央社臺北2022年3月23日電 ", "2022-03-23", "臺北", ()),  # the dispatch mark 電, read as 电
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


@pytest.mark.parametrize(("line", "published", "place"), [
    ("新華社北京2022年3月23日電 ", "2022-03-23", "北京"),  # stop 80's tester: the place was "新華社北京", no outlet
    ("新华社北京2022年3月23日电 ", "2022-03-23", "北京"),
    ("新華社北京3月23日電（記者李明）", None, "北京"),
])
def test_a_traditional_dispatch_reads_its_agency_in_simplified_characters(line, published, place):
    cleaned = clean_text(line + BODY)
    assert cleaned.text == BODY
    assert (cleaned.outlet, cleaned.published, cleaned.place) == ("新华社", published, place)


def test_a_traditional_dispatch_without_its_agency_keeps_the_place_as_written():
    cleaned = clean_text("臺北3月23日電 " + BODY)
    assert (cleaned.text, cleaned.outlet, cleaned.place) == (BODY, None, "臺北")


@pytest.mark.parametrize("text", [
    "中央社記者23日電話訪問行政院長，他表示支持新措施。",  # stop 80's tester: 電話 (telephone), not the mark
    "新华社记者5日电话采访了该公司负责人，他表示产量正常。",
    "中新社记者23日电邮询问该公司，未获回复。",  # 电邮, e-mail
    "中央社記者王小明臺北23日電話報導，行政院宣布新的防疫措施。",
    "中央社記者今天在臺北23日電告各界，行政院宣布新措施。",
    "新华社记者李明北京3月23日电力公司宣布涨价。",  # 电力公司, the power company (main read it as the mark too)
    "中央社記者王小明攝 2022年3月23日\n行政院宣布新的防疫措施。",  # a photo credit: no place "明攝"
])
def test_a_mark_before_a_han_character_or_a_credit_is_no_dateline(text):
    cleaned = clean_text(text)
    assert cleaned.text == text and cleaned.place is None and not cleaned.removed


@pytest.mark.parametrize(("line", "place", "authors"), [
    ("中央社記者李明屏東縣23日電 ", "屏東縣", ("李明",)),  # stop 80's tester: 李明屏 / 東縣
    ("中央社記者歐陽小明花蓮23日電 ", "花蓮", ("歐陽小明",)),  # 歐陽小 / 明花蓮
    ("中央社記者王小明高雄市23日電 ", "高雄市", ("王小明",)),
    ("中央社記者王小明某某鎮23日電 ", None, ()),  # no listed place: no split guessed, the line still leaves
])
def test_a_glued_reporter_and_place_split_only_at_a_listed_place(line, place, authors):
    cleaned = clean_text(line + BODY)
    assert cleaned.text == BODY
    assert (cleaned.outlet, cleaned.place, tuple(cleaned.authors)) == ("中央社", place, authors)


@pytest.mark.parametrize(("text", "outlet", "body"), [
    # stop 80's re-tester: no space after the mark, the line stayed in the body (main removed it)
    ("新华社北京3月23日电国务院宣布新措施。", "新华社", "国务院宣布新措施。"),
    ("中新社北京3月23日电中国外交部发言人表示。", "中新社", "中国外交部发言人表示。"),
    ("北京3月23日电国务院宣布新措施。", None, "国务院宣布新措施。"),
    ("新华社记者李明北京3月23日电国务院宣布新措施。", "新华社", "国务院宣布新措施。"),
    ("新华社北京3月23日电电力公司宣布涨价。", "新华社", "电力公司宣布涨价。"),  # the mark, then 电力公司
])
def test_after_a_full_date_the_mark_closes_the_dateline_before_a_han_character(text, outlet, body):
    cleaned = clean_text(text)
    assert (cleaned.text, cleaned.outlet, cleaned.place) == (body, outlet, "北京")


@pytest.mark.parametrize("text", [
    "北京3月23日电话会议上，官员表示支持。",  # dateline.dispatch_words: 电话 opens the lead
    "中央社記者王小明臺北3月23日電話報導，官員表示支持。",
])
def test_after_a_full_date_a_dispatch_word_is_no_mark(text):
    cleaned = clean_text(text)
    assert cleaned.text == text and not cleaned.removed
