"""Arabic, Persian and Hebrew names read by another report's Latin names (issue 12, script50 F4/F10): these
scripts write no capitals, so خامنئی / Khamenei, נתניהו / Netanyahu, يائير لابيد / Yair Lapid were no entity
of their report; a Korean title or pronoun is no Chinese name (break48 F12: 장관, 우리, 후보)."""

import pytest

from storylens.analysis.entities import EntityExtractor
from storylens.analysis.entities._scripts import _sound_script_people
from storylens.text import abjad_name_match, sound_match
from storylens.text._hanzi import hangul_chinese_name

from ._docs import doc_of


def _entities(docs):
    return EntityExtractor().extract([doc_of(f"d{i + 1}", s, lang) for i, (lang, s) in enumerate(docs)])


def _joined(entities, a: str, b: str) -> bool:
    return any(a in e.variants and b in e.variants for e in entities)


@pytest.mark.parametrize(("written", "latin"), [
    ("בנימין נתניהו", "Benjamin Netanyahu"), ("יואב גלנט", "Yoav Gallant"), ("יאיר לפיד", "Yair Lapid"),
    ("مسعود پزشکیان", "Masoud Pezeshkian"), ("علی خامنئی", "Ali Khamenei"), ("محمد بن سلمان", "Mohammed bin Salman"),
])
def test_a_name_in_a_consonant_script_reads_as_its_latin_spelling(written: str, latin: str) -> None:
    assert sound_match(written, latin) and abjad_name_match(latin, written)


@pytest.mark.parametrize(("latin", "written"), [
    ("State Antony", "تصريحات نتنياهو"),  # "Secretary of State Antony Blinken" / "Netanyahu's statements"
    ("Antony Blinken", "إن بلينكن"),  # "that Blinken": a particle is no given name
    ("Yair Lapid", "בני גנץ"),
])
def test_every_given_name_must_agree(latin: str, written: str) -> None:
    assert abjad_name_match(latin, written) is None


def test_persian_people_and_places_by_an_english_report() -> None:
    entities = _entities([
        ("fa", ["آیت‌الله علی خامنئی، رهبر ایران، روز چهارشنبه گفت پاسخ ایران قاطع خواهد بود.",
                "عباس عراقچی، وزیر امور خارجه، روز پنجشنبه به بغداد سفر می‌کند."]),
        ("en", ["Iran's Supreme Leader Ayatollah Ali Khamenei said on Wednesday that Iran's response would be decisive.",
                "Foreign Minister Abbas Araghchi will travel to Baghdad on Thursday."])])
    assert any("Ayatollah Ali Khamenei" in e.variants and any("خامنئی" in v for v in e.variants) for e in entities), \
        [e.variants for e in entities]
    assert _joined(entities, "عباس عراقچی", "Abbas Araghchi"), [e.variants for e in entities]
    assert _joined(entities, "ایران", "Iran"), [e.variants for e in entities]


def test_hebrew_people_and_countries_by_an_english_report() -> None:
    entities = _entities([
        ("he", ["ראש הממשלה בנימין נתניהו נפגש ביום שלישי עם מזכיר המדינה אנטוני בלינקן.",
                "בלינקן אמר כי ארצות הברית מחויבת לביטחונה של ישראל."]),
        ("en", ["Prime Minister Benjamin Netanyahu met Secretary of State Antony Blinken on Tuesday.",
                "Blinken said the United States is committed to Israel's security."])])
    assert _joined(entities, "בנימין נתניהו", "Benjamin Netanyahu"), [e.variants for e in entities]
    assert _joined(entities, "בלינקן", "Antony Blinken"), [e.variants for e in entities]
    assert _joined(entities, "ישראל", "Israel") and _joined(entities, "ארצות הברית", "United States")


def test_arabic_people_the_rules_miss() -> None:
    entities = _entities([
        ("ar", ["وجاءت تصريحات نتنياهو بعد أن طالب زعيم المعارضة يائير لابيد ووزير الدفاع السابق بيني غانتس بالانتخابات."]),
        ("en", [("Netanyahu's remarks came after opposition leader Yair Lapid and former defence minister Benny Gantz "
                 "demanded elections.")])])
    assert _joined(entities, "يائير لابيد", "Yair Lapid") and _joined(entities, "بيني غانتس", "Benny Gantz"), \
        [e.variants for e in entities]


def test_no_name_the_other_report_does_not_write() -> None:
    entities = _entities([("he", ["ראש הממשלה בנימין נתניהו נפגש עם שר הביטחון יואב גלנט."]),
                          ("en", ["Prime Minister Benjamin Netanyahu met the defence minister."])])
    assert not any("יואב גלנט" in e.variants for e in entities if len(e.variants) > 1)


@pytest.mark.parametrize("word", ["장관", "우리", "후보", "후보자", "저희", "정부"])
def test_a_korean_common_word_is_no_chinese_name(word: str) -> None:
    assert not hangul_chinese_name(word)


@pytest.mark.parametrize("word", ["리궈창", "왕리", "장웨이밍", "어우양밍"])
def test_chinese_names_in_korean_stay(word: str) -> None:
    assert hangul_chinese_name(word)


@pytest.mark.parametrize("text", ["우리 외교부 대변인은 이날 브리핑에서 입장을 밝혔다.",
                                  "후보 선거관리위원회 위원장은 결과를 발표했다.",
                                  "장관 국방부 대변인은 회견에서 이같이 말했다."])
def test_a_korean_pronoun_or_title_before_a_body_is_no_person(text: str) -> None:
    assert _sound_script_people(text, "ko") == []


def test_a_chinese_name_before_its_title_stays() -> None:
    assert _sound_script_people("장웨이밍 부시장은 사고 원인을 조사하고 있다고 밝혔다.", "ko") == ["장웨이밍"]
