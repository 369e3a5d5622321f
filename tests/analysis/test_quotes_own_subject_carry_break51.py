"""break51 N5-N7: a quotation whose sentence has a subject of its own is not the speaker before's. Hebrew and
Persian: a verb of saying with a title or role for someone not named before (no carry; none rather than a wrong
name); Japanese: a は-marked subject anywhere before the quotation, not only right before it."""

import pytest

from ._docs import speakers_of

GALANT = 'שר הביטחון יואב גלנט אמר: "אנחנו פועלים בכל החזיתות". '


@pytest.mark.parametrize("text", [
    GALANT + 'בשבוע שעבר אמר ראש האופוזיציה יאיר לפיד כי "הממשלה נכשלה".',  # fronted time, verb first
    GALANT + 'אתמול אמרה דוברת המשטרה כי "החשוד נעצר".',
    GALANT + 'לפני כן אמר מפקד פיקוד הדרום כי "הכוחות ערוכים".',
])
def test_hebrew_a_new_role_with_its_verb_takes_no_carried_speaker(text):
    assert speakers_of(text, "he")[1] != "יואב גלנט"


@pytest.mark.parametrize("text", [
    'وزیر کشور گفت که «دولت به مردم کمک می‌کند». «وضعیت تحت کنترل است»، این را فرماندار سرپل ذهاب گفت.',
    'وزیر کشور گفت که «دولت به مردم کمک می‌کند». «آب کافی است»، این را شهردار کرمانشاه گفت.',
    'وزیر کشور گفت که «دولت به مردم کمک می‌کند». «جاده باز است»، فرمانده انتظامی استان گفت.',
])
def test_persian_a_new_role_after_the_quotation_takes_no_carried_speaker(text):
    assert speakers_of(text, "fa")[1] != "وزیر کشور"


@pytest.mark.parametrize(("text", "language"), [
    # Arabic: the same office and body as the speaker before still carries (quote gold ar8)
    (('وقال المدير العام لمنظمة الصحة العالمية تيدروس أدهانوم غيبريسوس: "الوضع خطير". '
      'وكان مدير منظمة الصحة العالمية قال أمس إن الفيروس "وباء عالمي".'), "ar"),
    ('Ewa Kowalska powiedziała: "Nie zgadzam się". "Nie możemy pozwolić" – dodała.', "pl"),
    ('Mayor Jane Doe said: "We are ready." "The roads are open," the mayor added.', "en"),
])
def test_the_same_role_or_no_role_still_carries(text, language):
    first, last = speakers_of(text, language)
    assert first is not None and last == first


@pytest.mark.parametrize(("text", "expected"), [
    ("ブリンケン氏は「日米同盟はかつてなく強固だ」と応じた。林官房長官は記者会見で「有意義な会談だった」と評価した。",
     ["ブリンケン", None]),
    ("ブリンケン氏は「同盟は強固だ」と応じた。中国外務省は同日、「内政干渉だ」と批判した。", ["ブリンケン", "中国外務省"]),
    # the subject of its own writes the speaker before's family name: the same person
    ("上川陽子外相は「平和が重要だ」と述べた。上川外相は5日、東京で会談し、「連携する」と述べた。", ["上川陽子", "上川陽子"]),
])
def test_japanese_a_topic_subject_anywhere_before_the_quotation(text, expected):
    assert speakers_of(text, "ja") == expected


@pytest.mark.parametrize(("text", "quoted"), [
    ('דובר צה"ל, תא"ל דניאל הגרי, אמר כי "הכוחות השמידו עשרות מטרות".', "הכוחות השמידו עשרות מטרות"),
    ('מנכ"ל החברה דני כהן אמר כי "המכירות עלו".', "המכירות עלו"),
    ('יו"ר הכנסת אמר: "הדיון יימשך מחר", ודובר צה"ל אישר.', "הדיון יימשך מחר"),
    ('לדברי רמטכ"ל לשעבר, "המצב מורכב".', "המצב מורכב"),
])
def test_hebrew_gershayim_typed_as_ascii_is_no_quotation_mark(text, quoted):
    from storylens.analysis.quotes import extract_quote_spans

    from ._docs import segmented_doc

    assert [q.text for q in extract_quote_spans([segmented_doc(text, "he")])] == [quoted]


def test_an_abbreviation_does_not_hand_the_quotation_to_the_speaker_before():
    text = GALANT + 'דובר צה"ל, תא"ל דניאל הגרי, אמר כי "הכוחות השמידו עשרות מטרות".'
    assert speakers_of(text, "he")[1] != "יואב גלנט"


@pytest.mark.parametrize(("text", "language", "expected"), [
    ('وزیر کشور روز دوشنبه گفت که «دولت به مردم کمک می‌کند».', "fa", ["وزیر کشور"]),
    ("سخنگوی دولت روز سه‌شنبه گفت: «جلسه برگزار شد».", "fa", ["سخنگوی دولت"]),
    ('שר האוצר יום שני אמר: "התקציב יאושר".', "he", [None]),  # the date alone was read as the speaker
    ("Ewa Lis powiedziała: „Nie zgadzam się”.", "pl", ["Ewa Lis"]),  # a surname that is a month (lis.) stays
])
def test_a_date_that_ends_the_speaker_is_no_part_of_it(text, language, expected):
    assert speakers_of(text, language) == expected


@pytest.mark.parametrize(("text", "expected"), [
    (('مجتبی خالدی، سخنگوی اورژانس کشور، گفت: «۱۲ نفر مصدوم شدند». استاندار کرمانشاه اظهار کرد: «خسارت جدی '
      'وارد نشده است». وی افزود: «تیم‌های امدادی در منطقه حضور دارند».'), "استاندار کرمانشاه"),
    ('مجتبی خالدی گفت: «۱۲ نفر مصدوم شدند». شهردار تهران گفت: «مترو باز است». او افزود: «اتوبوس‌ها هم کار می‌کنند».',
     "شهردار تهران"),
])
def test_persian_a_pronoun_after_an_unnamed_role_is_that_role(text, expected):
    assert speakers_of(text, "fa")[-1] == expected


@pytest.mark.parametrize(("text", "language"), [
    ('אמר ראש האופוזיציה יאיר לפיד כי "הממשלה נכשלה".', "he"),
    ('אמר שר האוצר לשעבר כי "התקציב לא יעבור".', "he"),
])
def test_a_role_word_alone_in_a_script_without_capitals_is_no_speaker(text, language):
    assert speakers_of(text, language) != ["ראש"] and speakers_of(text, language) != ["שר"]


def test_a_role_word_in_a_cased_script_still_resolves():
    text = 'Papież Franciszek odwiedził Rzym. „Wiele razy tracimy cierpliwość” – powiedział papież.'
    assert speakers_of(text, "pl") != [None]


@pytest.mark.parametrize(("text", "expected"), [
    ("به گفته سخنگوی هلال احمر، «۵۰ چادر ارسال شده است».", [None]),  # not "هلال"
    ("به گفته سخنگوی وزارت بهداشت، «۵۰ نفر فوت کردند».", [None]),  # not "وزارت"
    ("به گفته علی رضایی، سخنگوی هلال احمر، «۵۰ چادر ارسال شده است».", ["علی رضایی"]),
])
def test_persian_the_first_word_of_a_body_after_a_role_is_no_speaker(text, expected):
    assert speakers_of(text, "fa") == expected
