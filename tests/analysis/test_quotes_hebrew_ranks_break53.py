"""Hebrew speakers behind a rank or role written with an ASCII double quote for the gershayim ("הרמטכ"ל"), a role in
the construct state with a chained complement ("אלוף פיקוד הדרום ירון פינקלמן"), and a rank and name between commas
whose name opens with the letter of the article ("הרמטכ"ל, רב-אלוף הרצי הלוי, אמר") (break53 F7: no speaker).
Inputs written for these tests."""

import pytest

from storylens.analysis.quotes import extract_quote_spans

from ._docs import segmented_doc


def _speakers(text: str) -> list[str | None]:
    return [s.speaker for s in extract_quote_spans([segmented_doc(text, "he", "d1")])]


@pytest.mark.parametrize(("text", "speaker"), [
    ('הרמטכ"ל הרצי הלוי אמר ביום רביעי כי "צה"ל ימשיך לפעול בעזה".', "הרצי הלוי"),
    ('הרמטכ״ל הרצי הלוי אמר כי "המבצע יימשך".', "הרצי הלוי"),
    ('המפכ"ל דני לוי אמר כי "המשטרה ערוכה".', "דני לוי"),
    ('אלוף פיקוד הדרום ירון פינקלמן אמר כי "המבצע יימשך".', "ירון פינקלמן"),
    ('מפקד פיקוד העורף רפי מילוא אמר כי "המבצע יימשך".', "רפי מילוא"),
    ('הרמטכ"ל, רב-אלוף הרצי הלוי, אמר ביום רביעי כי "צה"ל ימשיך לפעול בעזה".', "הרצי הלוי"),
    ('דובר צה"ל, תא"ל דניאל הגרי, אמר כי "אין שינוי".', "דניאל הגרי"),
])
def test_the_holder_is_the_speaker(text: str, speaker: str):
    assert _speakers(text) == [speaker]


def test_a_spokesmans_principal_in_the_chain_is_no_speaker():
    # "the prime minister's spokesman": ראש is a role, so the name after it is the principal's (break53 F5)
    assert _speakers('דובר ראש הממשלה בנימין נתניהו אמר כי "המבצע יימשך".') == [None]


def test_each_of_three_sentences_keeps_its_own_speaker():
    text = ('הרמטכ"ל הרצי הלוי אמר ביום רביעי כי "צה"ל ימשיך לפעול בעזה". '
            'אלוף פיקוד הדרום ירון פינקלמן אמר כי "המבצע יימשך". '
            'תת-אלוף דניאל הגרי, דובר צה"ל, אמר: "אין שינוי בהנחיות".')
    assert _speakers(text) == ["הרצי הלוי", "ירון פינקלמן", "דניאל הגרי"]


def test_a_name_before_its_role_between_commas_is_the_speaker_after_another_speaker():
    text = 'ראש הממשלה בנימין נתניהו אמר כי "נמשיך". יאיר לפיד, יו"ר האופוזיציה, אמר כי "זו טעות".'
    assert _speakers(text) == ["בנימין נתניהו", "יאיר לפיד"]


@pytest.mark.parametrize(("text", "speaker"), [
    ('הנשיא יצחק הרצוג אמר בטקס: "אנחנו נזכור את הנופלים לעד".', "יצחק הרצוג"),
    ('ראש הממשלה בנימין נתניהו אמר בכנסת: "לא נוותר".', "בנימין נתניהו"),
    ('שר החוץ גדעון סער אמר לעיתונאים: "ההסכם קרוב".', "גדעון סער"),
])
def test_a_word_between_the_verb_and_its_colon_is_the_setting_not_the_speaker(text: str, speaker: str):
    # "at the ceremony", "in the Knesset", "to reporters" (break56 F5: the speaker came out as "בטקס")
    assert _speakers(text) == [speaker]


def test_a_subject_after_the_verb_before_its_colon_still_speaks():
    assert _speakers('ביום שלישי אמר השר: "המבצע יימשך".') == ["השר"]
