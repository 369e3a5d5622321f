"""break50 N3: Japanese speakers in the usual order, name then title, lost or kept their office's place
("石破茂首相は3日、記者団に「…」" gave no speaker: a day and an addressee stood between the subject and the
quotation; "小池百合子東京都知事は" gave 小池百合子東京都), and a subject marked by も ("全日空も「…」とコメントした")
was passed over for the speaker of the sentence before. The same with 「」 and with ASCII double quotes.
Inputs from the break50 trial (q/ja1-ja5) and written for these tests."""

import pytest

from ._docs import speakers_of

_SENTENCES = [
    ('石破茂首相は3日、記者団に{o}被災地の復旧に全力を挙げる{c}と述べた。', ["石破茂"]),
    ('小池百合子東京都知事は{o}都として支援を惜しまない{c}と語った。', ["小池百合子"]),
    ('東京12月3日 林芳正官房長官は3日の記者会見で、{o}政府として万全の対策を講じる{c}と述べた。', ["林芳正"]),
    ('林芳正官房長官は3日の記者会見で{o}政府として万全の対策を講じる{c}と述べた。', ["林芳正"]),
    ('日本航空の広報担当者は{o}安全を最優先に判断した{c}と説明した。全日空も{o}明日の運航は午前中に決める{c}とコメントした。',
     ["広報担当者", "全日空"]),
    ('吉村洋文大阪府知事は3日、{o}府として全力で支援する{c}と述べた。', ["吉村洋文"]),
    ('鈴木直道北海道知事は{o}道として支援する{c}と語った。', ["鈴木直道"]),
    ('山中竹春横浜市長は{o}市として全力で支援する{c}と述べた。', ["山中竹春"]),
    ('佐藤花子市長は{o}全力を尽くす{c}と述べた。', ["佐藤花子"]),
    ('首相が被災地を訪れた後、林芳正官房長官は{o}万全の対策を講じる{c}と述べた。', ["林芳正"]),
    # a subject of its own before a quotation with no verb of saying: not the speaker before's words
    ('林芳正官房長官は{o}万全の対策を講じる{c}と述べた。気象庁は{o}最大級の警戒{c}を呼びかけた。', ["林芳正", None]),
]


@pytest.mark.parametrize("marks", [("「", "」"), ('"', '"')], ids=["kagi", "ascii"])
@pytest.mark.parametrize("text, speakers", _SENTENCES,
                         ids=["day-addressee", "place-office", "dateline-setting", "setting-no-comma", "mo-subject",
                              "prefecture", "hokkaido", "city-mayor", "no-place", "earlier-clause", "own-topic"])
def test_a_japanese_speaker_named_before_the_title(text, speakers, marks):
    assert speakers_of(text.format(o=marks[0], c=marks[1]), "ja") == speakers
