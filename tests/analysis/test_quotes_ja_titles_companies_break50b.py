"""break50b #4-#8 (and the same kinds in Korean and Chinese): Japanese speakers behind a minister's title
("河野太郎デジタル相" gave デジタル) or a company ("ソニーグループの吉田憲一郎社長" gave the company), a company's name cut
short ("トヨタ自動車" -> トヨタ), a statement ("との声明を出した") with no speaker, a second quotation with a subject
of its own taking the first speaker, anonymous voices ("との声も上がった") taking the speaker before, and a quoted
name or term inside its clause ("台風"摩羯"は", "当地启动"一级应急响应"。") read as a quotation. Inputs from the
break50b trial and written for these tests; 「」 and ASCII marks alike."""

import pytest

from ._docs import speakers_of

_MARKS = pytest.mark.parametrize("marks", [("「", "」"), ('"', '"')], ids=["kagi", "ascii"])


@_MARKS
@pytest.mark.parametrize("text, speaker", [
    ("河野太郎デジタル相は5日の記者会見で{o}見直す{c}と述べた。", "河野太郎"),
    ("高市早苗経済安保相は{o}対策を急ぐ{c}と述べた。", "高市早苗"),
    ("赤沢亮正経済再生相は{o}交渉を続ける{c}と述べた。", "赤沢亮正"),
    ("武藤容治経産相は{o}支援する{c}と述べた。", "武藤容治"),
    ("中谷元防衛相は3日、{o}警戒を続ける{c}と語った。", "中谷元"),
    ("三原じゅん子こども政策担当相は{o}支援を拡充する{c}と述べた。", "三原じゅん子"),
    ("上川陽子外相は{o}遺憾だ{c}と述べた。", "上川陽子"),
    ("植田和男日銀総裁は{o}緩和を続ける{c}と述べた。", "植田和男"),  # a body between the name and the title
    ("茂木敏充自民党幹事長は{o}結束する{c}と述べた。", "茂木敏充"),
], ids=["digital", "security", "revival", "trade", "defence-day", "in-charge", "foreign", "bank-governor",
        "party-secretary"])
def test_a_ministers_title_goes_from_the_name(text, speaker, marks):
    assert speakers_of(text.format(o=marks[0], c=marks[1]), "ja") == [speaker]


@_MARKS
@pytest.mark.parametrize("text, speaker", [
    ("ソニーグループの吉田憲一郎社長は{o}成長を続ける{c}と述べた。", "吉田憲一郎"),
    ("トヨタの佐藤恒治社長は{o}生産を再開する{c}と述べた。", "佐藤恒治"),
    ("楽天グループの三木谷浩史会長兼社長は{o}挑戦を続ける{c}と述べた。", "三木谷浩史"),
    ("ソフトバンクグループの孫正義会長兼社長は{o}AIに投資する{c}と述べた。", "孫正義"),
    ("日産自動車の内田誠社長は{o}再建を急ぐ{c}と語った。", "内田誠"),
    ("地震学者のアントン・ベリチ氏は{o}余震が続く{c}と語った。", "アントン・ベリチ"),
    ("ロシアのプーチン大統領は{o}交渉の用意がある{c}と述べた。", "プーチン"),
    ("トヨタ自動車は{o}生産を再開する{c}と発表した。", "トヨタ自動車"),
    ("楽天グループは{o}人員を削減する{c}と発表した。", "楽天グループ"),
    ("日本銀行は4日、{o}金融緩和を維持する{c}との声明を出した。", "日本銀行"),
    ("気象庁は{o}最大級の警戒が必要だ{c}との談話を出した。", "気象庁"),
    ("日本銀行は{o}景気は回復している{c}との見方を示した。", "日本銀行"),
], ids=["sony", "toyota-kana", "joined-titles", "latin-opening", "kanji-company", "scholar", "country",
        "company-whole", "group-whole", "statement", "remarks", "view"])
def test_the_person_after_a_company_and_the_company_whole(text, speaker, marks):
    assert speakers_of(text.format(o=marks[0], c=marks[1]), "ja") == [speaker]


@_MARKS
@pytest.mark.parametrize("text, speakers", [
    ("石破茂首相は{o}増税はしない{c}と述べ、野党は{o}説明が足りない{c}と反発した。", ["石破茂", "野党"]),
    ("石破茂首相は{o}増税はしない{c}と述べ、連合は{o}評価する{c}と歓迎した。", ["石破茂", "連合"]),
    ("石破茂首相は{o}増税はしない{c}と述べたが、野田佳彦代表は{o}説明が足りない{c}と反論した。", ["石破茂", "野田佳彦"]),
    ("岸田文雄首相は{o}賃上げが必要だ{c}と述べ、{o}物価対策も急ぐ{c}と強調した。", ["岸田文雄", "岸田文雄"]),
    ("石破茂首相は{o}増税はしない{c}と述べた。しかし{o}説明が足りない{c}との声も上がった。", ["石破茂", None]),
    ("石破茂首相は{o}増税はしない{c}と述べたが、{o}説明が足りない{c}との声も上がった。", ["石破茂", None]),
    ("石破茂首相は{o}増税はしない{c}と述べた。一方、{o}遅すぎる{c}との指摘もある。", ["石破茂", None]),
    ("首相は{o}増税はしない{c}と述べた。これに対し野党は{o}説明が足りない{c}と反発した。", ["首相", "野党"]),
    # は after a case particle marks no subject: "as for prices", "at the press conference"
    ("石破茂首相は{o}増税はしない{c}と述べ、物価高については{o}対策を急ぐ{c}と語った。", ["石破茂", "石破茂"]),
    ("石破茂首相は{o}増税はしない{c}と述べ、会見では{o}対策を急ぐ{c}と語った。", ["石破茂", "石破茂"]),
    ("石破茂首相は{o}増税はしない{c}と述べた。政府としては{o}対策を急ぐ{c}と語った。", ["石破茂", "石破茂"]),
], ids=["opposition", "any-verb", "but-clause", "same-speaker", "voices", "voices-same-sentence", "remarks",
        "in-response", "as-for", "at-setting", "as-government"])
def test_a_second_quotation_with_a_subject_of_its_own(text, speakers, marks):
    assert speakers_of(text.format(o=marks[0], c=marks[1]), "ja") == speakers


@pytest.mark.parametrize("text, speakers", [
    ('이재명 대표는 "증세는 없다"고 말했고, 여당은 "설명이 부족하다"고 반박했다.', ["이재명", "여당"]),
    ('이재명 대표는 "증세는 없다"고 말했고, "물가 대책도 서두르겠다"고 강조했다.', ["이재명", "이재명"]),
    ('한덕수 총리는 "대응하겠다"고 말했다.', ["한덕수"]),  # one word, then "고 말했다": said, no name
    ('태풍 "힌남노"가 상륙했다.', []),
    ('이재명 대표는 "증세는 없다"고 말했다. 회견에서는 "물가 대책도 서두르겠다"고 강조했다.', ["이재명", "이재명"]),
], ids=["two-subjects", "one-subject", "one-word", "typhoon", "at-setting"])
def test_korean_quotations_joined_by_a_verb_form(text, speakers):
    assert speakers_of(text, "ko") == speakers


@pytest.mark.parametrize("text, lang, speakers", [
    ('台風"摩羯"は9月6日に上陸した。', "ja", []),
    ("台風「摩羯」は9月6日に上陸した。", "ja", []),
    ('台風10号"山竹"が上陸した。', "ja", []),
    ("ハリケーン「ミルトン」は10日に上陸した。", "ja", []),
    ('林芳正官房長官は"ノー"と答えた。', "ja", ["林芳正"]),
    ('当地启动"一级应急响应"。', "zh", []),
    ("当地启动“一级应急响应”。", "zh", []),
    ('国家防总启动防汛"四级应急响应"，派出工作组。', "zh", []),
    ('政府发布"红色预警"。', "zh", []),
    ('省政府要求各地"立即撤离"。', "zh", [None]),  # a demand: a quotation
    ('他的回答是"不知道"。', "zh", [None]),
    ('网友直呼"太震撼"。', "zh", [None]),  # an exclamation: a quotation
    ('他强调，要"全力以赴"。', "zh", [None]),  # a verb of saying earlier in the sentence
    ('王丽说，情况"非常稳定"，救援仍在进行。', "zh", ["王丽"]),
], ids=["ja-typhoon-ascii", "ja-typhoon-kagi", "ja-typhoon-number", "ja-katakana-before", "ja-one-word-said",
        "zh-term-end", "zh-term-end-curly", "zh-term-comma", "zh-warning", "zh-demand", "zh-answer", "zh-exclaimed",
        "zh-said-before",
        "zh-said-clause"])
def test_a_quoted_name_or_term_inside_its_clause(text, lang, speakers):
    assert speakers_of(text, lang) == speakers


@pytest.mark.parametrize("text, speakers", [
    ('李强总理说："全力救援。"', ["李强"]),
    ("王毅外长表示，“中方坚决反对”。", ["王毅"]),
    ("张明局长告诉记者：“救援仍在进行。”", ["张明"]),
    ("韩国总统表示，“将全力支援”。", ["韩国总统"]),  # a country, though 韩 is a surname
    ("市气象台首席预报员王丽说：“雨势将减弱。”", ["王丽"]),
], ids=["premier", "foreign-minister", "told-reporters", "country", "title-first"])
def test_a_chinese_name_before_its_title(text, speakers):
    assert speakers_of(text, "zh") == speakers
