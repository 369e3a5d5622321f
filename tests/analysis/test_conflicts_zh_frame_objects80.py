"""A speaker noun after a deed is the deed's object, no reporting frame (stop 80's re-tester of zh80): the deed clause
is no attribution, so a denial beside it is no "d1 denies" against a report of the deed; a frame whose speaker is
the subject still reads as one."""

import pytest

from storylens.analysis.conflicts import polarity

MET = "The foreign minister met the president on Tuesday."


@pytest.mark.parametrize("text, other", [
    ("外长周二会见总统表示，两国关系没有改变。", MET),
    ("外長週二會見總統表示，兩國關係沒有改變。", MET),
    ("议员周一批评警方表示，警方没有及时出警。", "A lawmaker criticised the police on Monday."),
    ("检方周二起诉公司表示，该公司没有缴纳税款。", "Prosecutors sued the company on Tuesday."),
    ("外长周二会见总理李强表示，两国关系没有改变。", "The foreign minister met Premier Li Qiang on Tuesday."),
    ("警方周一在北京逮捕她宣布，但没有透露她的姓名。", "Police arrested a suspect in Beijing on Monday."),
    ("总统周二接见外交部表示，两国关系没有改变。", MET),
    ("示威者周一抗议政府表示，政府没有兑现承诺。", "Protesters demonstrated against the government on Monday."),
    ("总理周二致电美国总统表示，两国关系没有改变。", "The premier phoned the US president on Tuesday."),
])
def test_a_speaker_noun_after_a_deed_is_no_frame(text: str, other: str) -> None:
    assert polarity(text, "zh", other, "en") is None


@pytest.mark.parametrize("text", [
    "外交部发言人汪文斌周二表示，中方没有向俄罗斯提供武器。",
    "外交部發言人汪文斌週二表示，中方沒有向俄羅斯提供武器。",
    "发言人毛宁23日表示，中方没有向俄罗斯提供武器。",
    "并购部发言人表示，中方没有向俄罗斯提供武器。",
    "她周二对记者表示，中方没有向俄罗斯提供武器。",
])
def test_a_speaker_before_its_time_words_is_a_frame(text: str) -> None:
    other = "The spokesman said China had supplied weapons to Russia."
    assert polarity(text, "zh", other, "en") is not None
