"""The events rule reads a day of the month written alone in Japanese, Korean and Chinese ("9日", "16일",
"14号": text data ``day_marks``) in the month of the publication date (final34 claim 2: a ferry sinking on the
9th and another on the 16th, 12 and 2 dead, were one story: their openings dated no event). A day after a
month's mark is a whole date (``not_after``), "30日元" is yen and "3일간" three days; no publication date,
no day."""

from __future__ import annotations

import pytest

from storylens.similarity import events_apart, opening_event

JA_FIRST = ("カレナ湾でフェリー沈没、12人死亡\n\nカレナ湾で9日午前6時ごろ、乗客約320人を乗せたフェリー「ノルダ号」が沈没し、"
            "12人が死亡した。")
KO_SECOND = ("카레나만서 또 여객선 사고…2명 사망\n\n16일 오후 3시께 카레나만에서 승객 85명을 태운 여객선 해성호가 암초에 "
             "부딪혀 침몰해 2명이 숨지고 9명이 다쳤다.")
KO_FOLLOW_UP = ("노르다호 침몰 사망자 15명으로 늘어\n\n지난 9일 카레나만에서 침몰한 여객선 노르다호 사고의 사망자가 15명으로 "
                "늘었다고 해경이 12일 밝혔다.")
ZH_FIRST = "卡雷纳湾渡轮沉没\n\n9日上午，一艘载有约320名乘客的渡轮在卡雷纳湾沉没，造成12人死亡。"
ZH_SECOND = "卡雷纳湾再发沉船事故\n\n16日下午，一艘载有85名乘客的客船在卡雷纳湾触礁沉没，造成2人死亡。"


def test_bare_days_are_read_in_the_month_of_publication():
    assert opening_event(JA_FIRST, language="ja", published="2026-12-10").event_days == {"12-09"}
    assert opening_event(KO_SECOND, language="ko", published="2026-12-17").event_days == {"12-16"}
    assert opening_event(ZH_SECOND, language="zh", published="2026-12-17").event_days == {"12-16"}
    # a day later than the publication's is last month's
    assert opening_event(ZH_FIRST.replace("9日", "29日"), language="zh", published="2027-01-02").event_days == {"12-29"}


@pytest.mark.parametrize(("a", "la", "pa", "b", "lb", "pb"), [
    (JA_FIRST, "ja", "2026-12-10", KO_SECOND, "ko", "2026-12-17"),
    (ZH_FIRST, "zh", "2026-12-10", ZH_SECOND, "zh", "2026-12-17"),
    (JA_FIRST, "ja", "2026-12-10", ZH_SECOND, "zh", "2026-12-17"),
])
def test_a_second_sinking_a_week_later_with_a_lower_toll_is_another_event(a, la, pa, b, lb, pb):
    why = events_apart(opening_event(a, language=la, published=pa), opening_event(b, language=lb, published=pb))
    assert why is not None and "16 December and 9 December" in why


def test_a_follow_up_naming_the_first_day_is_the_same_event():
    follow = opening_event(KO_FOLLOW_UP, language="ko", published="2026-12-12")
    assert follow.event_days == {"12-09", "12-12"}
    assert events_apart(opening_event(JA_FIRST, language="ja", published="2026-12-10"), follow) is None


def test_whole_dates_spans_and_undated_reports_give_no_bare_day():
    assert opening_event("2026年11月23日、地震で38人が死亡した。", language="ja", published="2026-12-10").event_days == {"11-23"}
    assert opening_event("12월 9일 여객선이 침몰해 12명이 숨졌다.", language="ko", published="2026-12-10").event_days == {"12-09"}
    assert opening_event("罚款30日元，3人死亡。", language="zh", published="2026-12-10").event_days == frozenset()
    assert opening_event("3일간 수색했지만 2명이 숨졌다.", language="ko", published="2026-12-10").event_days == frozenset()
    assert opening_event(JA_FIRST, language="ja", published=None).event_days == frozenset()
