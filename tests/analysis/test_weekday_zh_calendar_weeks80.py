"""A Chinese weekday's week named by the word before it, a calendar week running Monday to Sunday (stop 79's
testers, issue #12): 下周五 said on a Wednesday is the Friday of the week after, nine days on, not the coming Friday
two days on, which tests/analysis/test_quantities_weekday_ahead.py had asked of "边境口岸下周五重新开放" reading 下 as
"next" in the English sense; 这周 / 本周 publication's own week; 上周 the week before (zh79). A character that
forms a word with 下 or 本 names no week ("看一下周一的数据", "日本周一宣布", "天皇陛下周五"): only a clause's start or
a word leading to a time (将于, 定, 和, …) may stand before them; elsewhere the weekday is read as before (stop 80's
tester: "边境口岸下周五" keeps the coming Friday, "陛下周五" no longer reads next week's)."""

from __future__ import annotations

import pytest

from ._weekdays import days

# published Wednesday 2026-12-02: this week runs Monday 30 November to Sunday 6 December


@pytest.mark.parametrize(("text", "date"), [
    ("边境口岸将于下周五重新开放。", "2026-12-11"), ("邊境口岸將於下週五重新開放。", "2026-12-11"),
    ("双方定下周五签约。", "2026-12-11"), ("会议推迟到下周三。", "2026-12-09"),
    ("学校下周一将继续关闭。", "2026-12-07"), ("學校下週一將繼續關閉。", "2026-12-07"),
    ("该路段将封闭至下周一。", "2026-12-07"), ("议会将于下个星期二投票。", "2026-12-08"),
    ("議會將於下個禮拜四投票。", "2026-12-10"), ("会议定于下周日举行。", "2026-12-13"),
    ("下下周三开会。", "2026-12-16"), ("新规以下周一起生效。", "2026-12-07"),
    ("本周五将举行会议。", "2026-12-04"), ("這週五將舉行會議。", "2026-12-04"), ("这个星期一他在北京。", "2026-11-30"),
    ("总统上周四会见了外长。", "2026-11-26"),
])
def test_a_weekday_of_a_named_week_is_that_weeks_day(text, date):
    assert days(text, "zh") == [date]


@pytest.mark.parametrize(("text", "date"), [
    ("日本周一宣布新措施。", "2026-11-30"),  # Japan (日本) on Monday: no 本周
    ("日本週五宣布新措施。", "2026-11-27"),
    ("边境口岸关闭至周五。", "2026-12-04"),  # no week named: the coming Friday, as before
    # 下 and 本 at a word's end (stop 80's tester: next week's Friday, 11 December): the weekday read as before
    ("天皇陛下周五将出席典礼。", "2026-12-04"), ("殿下週五抵達北京。", "2026-12-04"),
    ("全国上下周五举行哀悼活动。", "2026-12-04"), ("在这种情况下周五的比赛取消。", "2026-12-04"),
])
def test_a_word_ending_in_a_week_character_names_no_week(text, date):
    assert days(text, "zh") == [date]


def test_next_week_on_a_sunday_and_a_monday():
    # Sunday 6 December is still this week: 下周一 is the next day; Monday 7 December's 下周一 is a week on
    assert days("学校下周一将继续关闭。", "zh", "2026-12-06") == ["2026-12-07"]
    assert days("学校下周一将继续关闭。", "zh", "2026-12-07") == ["2026-12-14"]
    assert days("学校下周五将继续关闭。", "zh", "2026-12-06") == ["2026-12-11"]
