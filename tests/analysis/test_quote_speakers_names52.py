"""Speakers of break50 P7 and issue 12's Hebrew quotes (names52): a body's description is never the person titled
before it, a capitalised office before a name is no part of it, an Arabic nisba closes a titled name, and a Hebrew
speaker is read before its verb, after its role's complement and in apposition."""

import pytest

from ._docs import speakers_of


@pytest.mark.parametrize(("text", "language", "expected"), [
    # break50 q/en15: the stem "minist-" of "ministry" matched Prime Minister al-Sudani's role
    (('Iraqi Prime Minister Mohammed Shia al-Sudani said: "Iraq will not be an arena for conflict." '
      'The Palestinian health ministry said "the death toll has risen to 45."'), "en",
     ["Mohammed Shia al-Sudani", "The Palestinian health ministry"]),
    (('Defence Minister Denys Shmyhal said "the front is holding." The defence ministry later said "two drones '
      'were shot down."'), "en", ["Denys Shmyhal", "The defence ministry"]),
    # a capitalised body word heads the body's name: not "Health", "Santé"
    (('Health Minister Wes Streeting said "the strike will hurt patients." The Ministry of Health said "about 4,000 '
      'operations were postponed."'), "en", ["Wes Streeting", "The Ministry of Health"]),
    (("Le ministre de la Santé Yannick Neuder a déclaré : « La grève pénalise les patients. » Le ministère de la "
      "Santé a précisé : « Quelque 4 000 opérations ont été reportées. »"), "fr", ["Yannick Neuder", "Le ministère de la Santé"]),
    ('El ministerio de Sanidad afirmó: "Unas 4.000 operaciones fueron aplazadas".', "es", ["El ministerio de Sanidad"]),
])
def test_a_body_is_not_the_person_titled_before_it(text, language, expected):
    assert speakers_of(text, language) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('WHO Director-General Tedros Adhanom Ghebreyesus said "the pandemic is far from over".', "Tedros Adhanom Ghebreyesus"),
    ('Hong Kong Chief Executive John Lee said "the government will support residents".', "John Lee"),
    ('UN Secretary-General Antonio Guterres said "the world cannot look away."', "Antonio Guterres"),
    ('Attorney-General Pam Bondi said "we will prosecute."', "Pam Bondi"),
    ('Apple Chief Executive Tim Cook said "we are investing more."', "Tim Cook"),
])
def test_an_office_before_a_name_is_no_part_of_the_speaker(text, expected):
    assert speakers_of(text, "en") == [expected]


@pytest.mark.parametrize(("sentence", "expected"), [
    ('وقال رئيس الوزراء العراقي محمد شياع السوداني: "العراق لن يكون ساحة للصراع".', "محمد شياع السوداني"),
    ('وقال رئيس الوزراء السابق مصطفى الكاظمي في بيان: "يجب حماية المدنيين".', "مصطفى الكاظمي"),
    ('وقال وزير الخارجية فؤاد حسين: "نرفض أي تدخل".', "فؤاد حسين"),  # two words stay two
])
def test_an_arabic_nisba_closes_a_titled_name(sentence, expected):
    assert speakers_of(sentence, "ar") == [expected]


def test_hebrew_speakers_before_the_verb_after_a_complement_and_in_apposition():
    text = ('שריפה גדולה פרצה ביום שלישי במפעל כימיקלים בחיפה. "הצוותים שלנו פועלים במקום", אמר מפקד הכבאות במחוז, '
            'אייל כספי. ראש העירייה יונה יהב אמר: "פינינו את בית הספר הסמוך". דוברת המשטרה אמרה כי "החקירה בשלביה '
            'הראשונים". "לא התקבלו דיווחים על נפגעים", אמרה דוברת מד״א, מיכל לוי. מנהל המכון הגיאופיזי יואב כהן אמר '
            'כי "מדובר ברעידה חלשה". בהמשך היום אמר השר: "אנחנו ערוכים לכל תרחיש".')
    assert speakers_of(text, "he") == ["אייל כספי", "יונה יהב", "דוברת המשטרה", "מיכל לוי", "יואב כהן", "השר"]


def test_a_fronted_hebrew_time_is_no_speaker():
    # "ביום שלישי" (on Tuesday) before the verb: the subject follows it
    assert speakers_of('ביום שלישי אמר ראש העיר: "הכבישים ייפתחו מחר".', "he") == ["ראש העיר"]


def test_persian_speakers_before_the_verb():
    # Persian puts the verb last (text/data/fa.json "verb_final"): the name before an apposition, the name after a
    # title and its comma, a title with its complement, a name alone, a pronoun for the person just named
    text = ("زلزله‌ای به بزرگی ۵.۶ ریشتر روز سه‌شنبه استان کرمانشاه را لرزاند. مجتبی خالدی، سخنگوی اورژانس کشور، "
            "گفت: «تاکنون ۴۵ نفر مصدوم شده‌اند». وی افزود: «هیچ کس جان نباخته است». استاندار کرمانشاه اظهار کرد: "
            "«تیم‌های امدادی اعزام شده‌اند». سخنگوی سازمان مدیریت بحران، حسین مقدم، گفت: «۱۲ روستا تخلیه شده است». "
            'علی رضایی گفت "مدارس فردا تعطیل است".')
    assert speakers_of(text, "fa") == ["مجتبی خالدی", "مجتبی خالدی", "استاندار کرمانشاه", "حسین مقدم", "علی رضایی"]
