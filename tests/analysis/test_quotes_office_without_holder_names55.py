"""An office named without its holder reads no name from the verb and object after it, in scripts without capitals
(break58: he "ראש העירייה ביקש סיוע נוסף" gave the speaker "ביקש סיוע", fa "استاندار خراسان رضوی خواستار کمک … شد"
"خواستار کمک", ar "وطالب المحافظ الحكومة بمساعدات إضافية" "بمساعدات إضافية"): a verb or a compound verb's noun
(text data "predicate_words", he/fa) ends the holder's run, and an Arabic word that is bi-/li- glued to a verbal
noun or a feminine noun opens no name. A full stop ends a Hebrew name's run ('"…", כך אמר ראש הממשלה נתניהו. לפיד
תקף …' gave the speaker "נתניהו. לפיד", the next sentence's subject). Inputs written for these tests."""

import pytest

from storylens.analysis.quotes import extract_quote_spans
from storylens.analysis.quotes._names import _NameIndex
from storylens.analysis.quotes._scripts import _ar_prepositional

from ._docs import segmented_doc


def _speakers(text: str, lang: str) -> list[str | None]:
    return [s.speaker for s in extract_quote_spans([segmented_doc(text, lang, "d1")])]


def _names(text: str, lang: str) -> list[str]:
    return [n for _, n, _ in _NameIndex.build(text, lang).names]


@pytest.mark.parametrize(("lang", "text"), [
    ("he", 'ראש העירייה ביקש סיוע נוסף מהממשלה. "אנחנו צריכים כסף", אמר.'),
    ("he", 'ראש העירייה קרא לממשלה להעביר סיוע נוסף. "אנחנו צריכים כסף", אמר.'),
    ("he", 'שר הביטחון הגיע לבסיס בצפון. "המצב מורכב", אמר.'),
    ("he", 'ראש העיר שדרות ביקש תקציב נוסף בשדרות. "אין זמן", אמר.'),
    ("fa", 'استاندار خراسان رضوی خواستار کمک بیشتر دولت شد. «ما به پول نیاز داریم» او گفت.'),
    ("fa", 'استاندار گیلان درخواست کمک فوری کرد. «وضعیت جدی است» او گفت.'),
    ("ar", 'وطالب المحافظ الحكومة بمساعدات إضافية. وقال: «نحتاج إلى المال».'),
    ("ar", 'ودعا وزير الصحة المواطنين بضرورة الالتزام بالتعليمات. وقال: «الوضع صعب».'),
    ("ar", 'وطالب الرئيس المجتمع الدولي بتقديم المساعدة. وقال: «نحتاج إلى المال».'),
])
def test_an_office_without_its_holder_gives_no_name(lang: str, text: str):
    assert _names(text, lang) == []
    assert _speakers(text, lang) == [None]


@pytest.mark.parametrize(("lang", "text", "speakers"), [
    ("he", '"נעשה הכול", כך אמר ראש הממשלה נתניהו. לפיד תקף את הממשלה.', ["ראש הממשלה נתניהו"]),
    ("he", '"נעשה הכול", כך אמר ראש הממשלה בנימין נתניהו. יו"ר האופוזיציה יאיר לפיד תקף את הממשלה.', ["בנימין נתניהו"]),
    ("he", '"נעשה הכול", כך אמרה שרת התחבורה מירי רגב. ראש העיר אשקלון תומר גלאם ביקש תקציב.', ["מירי רגב"]),
    # the occasion after the name is no part of it (was "נתניהו בישיבה")
    ("he", '"נעשה הכול", אמר ראש הממשלה נתניהו בישיבה.', ["ראש הממשלה נתניהו"]),
    # the holders the offices name stay people (break57's)
    ("he", 'ראש הממשלה בנימין נתניהו ביקר בשדרות. "המצב קשה", אמר ראש הממשלה.', ["בנימין נתניהו"]),
    ("fa", 'استاندار خراسان رضوی غلامحسین مظفری خواستار کمک بیشتر دولت شد. «ما به پول نیاز داریم.» او این را گفت.',
     ["غلامحسین مظفری"]),
])
def test_the_speaker_is_the_holder_of_the_quotes_own_sentence(lang: str, text: str, speakers: list[str]):
    assert _speakers(text, lang) == speakers


def test_a_full_stop_ends_a_hebrew_name():
    assert _names('"נעשה הכול", כך אמר ראש הממשלה בנימין נתניהו. שר האוצר בצלאל סמוטריץ\' הגיע לשדרות.', "he") \
        == ["בנימין נתניהו", "בצלאל סמוטריץ'"]


@pytest.mark.parametrize(("word", "prepositional"), [
    ("بمساعدات", True), ("بتقديم", True), ("بضرورة", True), ("لمواجهة", True),
    ("بوتين", False), ("بشار", False), ("بلينكن", False), ("بتول", False), ("لمياء", False), ("البرهان", False),
])
def test_arabic_prepositional_words(word: str, prepositional: bool):
    assert _ar_prepositional(word) is prepositional
