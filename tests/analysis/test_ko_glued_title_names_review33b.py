"""review33b #6: a foreign name written in Hangul that ends in the sound of a short title ("루이사" Luisa,
"라이사" Raisa end in 이사, director) keeps its last syllables; a title glued to a head of two syllables
or to an office prefix ("항만청장", "대표이사", "부시장") still goes."""

import pytest

from ._docs import speakers_of


@pytest.mark.parametrize("text, want", [
    ('마리아 루이사는 "수색을 계속하겠다"고 말했다.', "마리아 루이사"),
    ('라이사 페트로바는 "대피는 끝났다"고 말했다.', "라이사 페트로바"),
    ('카를로스 루이사 회장은 "공장을 다시 연다"고 말했다.', "카를로스 루이사"),
])
def test_a_name_ending_in_a_title_sound_stays_whole(text: str, want: str) -> None:
    assert speakers_of(text, "ko") == [want]


@pytest.mark.parametrize("text, want", [
    ('안나 켈러 대표이사는 "공장을 다시 연다"고 말했다.', "안나 켈러"),
    ('김철수 부시장은 "대피는 끝났다"고 말했다.', "김철수"),
    ('마르코 벨리니 대사는 "협상은 계속된다"고 말했다.', "마르코 벨리니"),
    ('엘레나 페트레스쿠 항만청장은 "구조 작업은 밤새 계속될 것"이라고 말했다.', "엘레나 페트레스쿠"),
])
def test_a_glued_office_title_still_goes(text: str, want: str) -> None:
    assert speakers_of(text, "ko") == [want]


def test_a_japanese_title_after_a_one_kanji_surname_still_goes() -> None:
    assert speakers_of("林市長は「捜索を続ける」と述べた。", "ja") == ["林"]
