"""Japanese and Korean speakers in the forms final34 #1 found unread (spk19): an addressee with に対し(て)
and a comma between subject and quotation, "「…」と、X市長は述べた", an age in full-width brackets before the
particle, a modifier with の/의 before the name, a title the data lacked (대장, 선장, 隊長), a 며-quote closed
by a verb that is no verb of saying, and a phrase linked to the clause before a two-word name."""

import pytest

from ._docs import speakers_of


@pytest.mark.parametrize("text, want", [
    # the final34 sentences
    ("レナ・ヴァルガ知事は記者団に対し「夜通し捜索を続ける」と語った。", "レナ・ヴァルガ"),
    ("「状況は落ち着いている」と、イワン・トカチュク市長は述べた。", "イワン・トカチュク"),
    ("住民の佐藤花子さん（54）は「一瞬で家が揺れた」と話した。", "佐藤花子"),
    # the same kinds in other words
    ("ミラ・コステラツ長官は報道陣に対し「救助は続く」と述べた。", "ミラ・コステラツ"),
    ("田中一郎市長は記者団に対して、「全力を尽くす」と強調した。", "田中一郎"),
    ("「まだ希望はある」と、アンナ・ケラー隊長は語った。", "アンナ・ケラー"),
    ("「支援を急ぐ」と、鈴木太郎首相は述べた。", "鈴木太郎"),
    ("漁師の山本健二さん（61）は「船が全部流された」と話した。", "山本健二"),
    ("主婦の高橋美咲さん(38)は「怖かった」と語った。", "高橋美咲"),
])
def test_japanese_speakers(text: str, want: str) -> None:
    assert speakers_of(text, "ja") == [want]


@pytest.mark.parametrize("text, want", [
    ('소르베나섬 지진과 관련해 레나 바르가 주지사는 "밤새 수색을 계속하겠다"고 말했다.', "레나 바르가"),
    ('구조대의 안나 켈러 대장은 "아직 8명이 실종 상태"라고 밝혔다.', "안나 켈러"),
    ('마르코 벨리 선장은 "파도가 높아 배가 갑자기 기울었다"고 말했다.', "마르코 벨리"),
    ('어민 박철수(61) 씨는 "배가 모두 떠내려갔다"며 한숨을 쉬었다.', "박철수"),
    ('주민 김영희(54) 씨는 "한순간에 집이 흔들렸다"며 울먹였다.', "김영희"),
    ('회의와 관련해 김민서 의원은 "예산이 부족하다"고 말했다.', "김민서"),
])
def test_korean_speakers(text: str, want: str) -> None:
    assert speakers_of(text, "ko") == [want]


def test_a_japanese_quotation_with_no_subject_has_no_speaker() -> None:
    assert speakers_of("「ノルダ号」と「ベラ号」が衝突した。", "ja") in ([], [None], [None, None])
