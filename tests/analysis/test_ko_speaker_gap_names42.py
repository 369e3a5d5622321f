"""A Korean speaker with a short adverbial between subject and quotation (trial53 F10: «홍명보 감독은 경기 후
"…"고 말했다» had speaker "?"), and sports titles the data lacked (감독 coach, 코치, 선수 player)."""

import pytest

from ._docs import speakers_of


@pytest.mark.parametrize("text, want", [
    ('홍명보 감독은 경기 후 "선수들이 끝까지 포기하지 않았다"고 말했다.', "홍명보"),
    ('손흥민 선수는 경기가 끝난 뒤 "팬들에게 감사하다"고 밝혔다.', "손흥민"),
    ('김민재는 23일 "부상은 심하지 않다"고 말했다.', "김민재"),
    ('이재명 대표는 이날 기자들에게 "끝까지 싸우겠다"고 말했다.', "이재명"),
    ('안나 켈러 코치는 훈련 후 "모두 준비됐다"고 말했다.', "안나 켈러"),
    # the forms read before stay read
    ('구조대의 안나 켈러 대장은 "아직 8명이 실종 상태"라고 밝혔다.', "안나 켈러"),
])
def test_korean_speakers_after_a_gap(text: str, want: str) -> None:
    assert speakers_of(text, "ko") == [want]


def test_no_subject_no_speaker() -> None:
    # no topic-marked subject before the quotation: nobody is guessed from the adverbial
    assert speakers_of('경기 후 "선수들이 끝까지 포기하지 않았다"는 말이 나왔다.', "ko") in ([], [None], ["?"])
