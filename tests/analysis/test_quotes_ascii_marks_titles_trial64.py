"""trial64 F10/F11: a Chinese quotation in ASCII double quotes after a verb and its object (宫崎县知事山本健一呼吁民众"…")
was no quotation (a straight mark after a Han character could not open one, a curly one could); speakers kept their
title or organisation: zh "宫崎县知事山本健一" (知事 was no Chinese title, and a Japanese name of four characters was cut
to its last three), ar "آفاد أوكاي ميميش" (the organisation a title without the article heads, "رئيس آفاد": the head of
AFAD). A name quoted inside its clause stays no quotation whichever mark it has. Inputs written for these tests."""

import pytest

from ._docs import entities_of, speakers_of


@pytest.mark.parametrize("text, language, speaker", [
    ('宫崎县知事山本健一呼吁民众"把保护生命的行动放在首位"。', "zh", "山本健一"),
    ('宫崎县知事山本健一呼吁民众“把保护生命的行动放在首位”。', "zh", "山本健一"),
    ('联合国秘书长古特雷斯呼吁各方"立即停火"。', "zh", "古特雷斯"),
    ('应急管理部部长王祥喜强调"人民生命安全高于一切"。', "zh", "王祥喜"),
    ('外交部发言人毛宁敦促美方"停止干涉中国内政"。', "zh", "毛宁"),
    ('北京市市长殷勇表示"将全力以赴"。', "zh", "殷勇"),
    ('日本首相岸田文雄表示"将全力支援灾区"。', "zh", "岸田文雄"),
    ('东京都知事小池百合子呼吁市民"尽量避免外出"。', "zh", "小池百合子"),
    ('台湾地区领导人赖清德称"将持续关注灾情"。', "zh", "赖清德"),
    ('香港特区行政长官李家超表示"特区政府会全力支援"。', "zh", "李家超"),
    ('岸田文雄首相は"被災地の復旧に全力を尽くす"と述べた。', "ja", "岸田文雄"),
], ids=["zh-ascii-object", "zh-curly-object", "zh-un", "zh-minister", "zh-dunchu", "zh-mayor", "zh-ja-name",
        "zh-ja-governor", "zh-leader", "zh-chief-executive", "ja-ascii"])
def test_a_cjk_quotation_in_ascii_marks_is_one_with_its_named_speaker(text, language, speaker):
    assert speakers_of(text, language) == [speaker]


@pytest.mark.parametrize("text", [
    '台风"海葵"登陆日本九州。',
    '这艘名为"长赐"号的货轮搁浅。',
    '所谓"台独"势力不得人心。',
    '第11号台风"摩羯"9月6日在海南文昌登陆。',  # break50 N2: a date goes on with the clause
    '台风“山竹”16日登陆广东。',
], ids=["typhoon", "ship", "term", "typhoon-date", "typhoon-day-curly"])
def test_a_name_in_ascii_marks_inside_its_clause_is_no_quotation(text):
    assert speakers_of(text, "zh") == []


@pytest.mark.parametrize("text, speaker", [
    ('وقال رئيس آفاد أوكاي ميميش إن "فرقنا في الميدان".', "أوكاي ميميش"),
    ('وقال رئيس آفاد أوكاي ميميش: "لا توجد وفيات حتى الآن".', "أوكاي ميميش"),
    ('وقال مدير ناسا بيل نيلسون إن "المهمة نجحت".', "بيل نيلسون"),
    ('وقال وزير خارجية تركيا هاكان فيدان إن "أنقرة تدعم الحوار".', "هاكان فيدان"),
    ('وقال رئيس وزراء إسرائيل بنيامين نتنياهو إن "الحرب مستمرة".', "بنيامين نتنياهو"),
    ('وقال رئيس بلدية إسطنبول أكرم إمام أوغلو إن "المدينة مستعدة".', "أكرم إمام أوغلو"),
    ('وقال وزير الخارجية المصري سامح شكري "نرفض أي تهجير".', "سامح شكري"),
], ids=["afad", "afad-colon", "nasa", "foreign-of-turkey", "prime-minister-of", "municipality", "defined-title"])
def test_an_arabic_speaker_after_a_title_in_the_construct_state_is_the_name(text, speaker):
    assert speakers_of(text, "ar") == [speaker]


def test_an_arabic_title_and_its_body_alone_stay_a_description():
    assert speakers_of('وقال رئيس آفاد إن "الوضع تحت السيطرة".', "ar") == ["رئيس آفاد"]


@pytest.mark.parametrize("text, person", [
    ('وقال رئيس آفاد أوكاي ميميش إن "الوضع تحت السيطرة".', "أوكاي ميميش"),
    ('وقال مدير ناسا بيل نيلسون إن "المهمة نجحت".', "بيل نيلسون"),
    ('وقال وزير خارجية تركيا هاكان فيدان إن "أنقرة تدعم الحوار".', "هاكان فيدان"),
    ('وقال رئيس وزراء إسرائيل بنيامين نتنياهو إن "الحرب مستمرة".', "بنيامين نتنياهو"),
], ids=["afad", "nasa", "foreign-of-turkey", "prime-minister-of"])
def test_the_arabic_person_of_the_entity_table_is_the_name_alone(text, person):
    people = [v for e in entities_of([("ar", [text])]) if e.type == "PERSON" for v in e.variants]
    assert people == [person]


@pytest.mark.parametrize("latin, lang, sentence, arabic", [
    ("Okay Memiş", "tr", "AFAD Başkanı Okay Memiş, depremde 23 kişinin yaralandığını açıkladı.", "أوكاي ميميش"),
    ("Süleyman Soylu", "tr", "İçişleri Bakanı Süleyman Soylu açıklama yaptı.", "سليمان صويلو"),
], ids=["memis", "suleyman"])
def test_an_arabic_m_before_a_long_vowel_letter_is_no_nasal_before_a_consonant(latin, lang, sentence, arabic):
    # ميميش is m-y-m-y-sh: Memiş's consonants ms, not mns (the y dropped left m before sh)
    ar = f'وقال وزير الداخلية {arabic} إن "الوضع تحت السيطرة".'
    entities = entities_of([(lang, [sentence]), ("ar", [ar])])
    assert any(latin in e.variants and arabic in e.variants for e in entities)
