"""Greek and Hebrew as language data (issue #12; trial59 F1/F11/F12, trial60: the Greek and Hebrew reports of one
quake had their figures, dates, negations and speakers unread, "Δύο νεκροί" against "killing one woman" was shared).

``text/data/el.json`` and ``he.json`` hold what the other languages' files hold (number and scale words, casualty
words, negation, verbs of saying, roles, weekday forms, Hebrew's prefixed months); the code reads Greek capitals as
capitals, a weekday's name of two words ("יום רביעי") and a Hebrew subject after its verb.
"""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import negated
from storylens.analysis.quantities import extract_dates, extract_numbers
from storylens.text import LANGUAGES, unread_language_note

from ._docs import speakers_of


def test_greek_and_hebrew_are_read_languages():
    assert {"el", "he"} <= set(LANGUAGES)
    assert unread_language_note("el") is None and unread_language_note("he") is None


@pytest.mark.parametrize(("text", "lang", "value", "unit"), [
    ("Δύο άνθρωποι έχασαν τη ζωή τους στις Αρχάνες, όταν κατέρρευσε παλιό σπίτι.", "el", 2, "killed"),
    ("Τρεις νεκροί και 14 τραυματίες από τις πλημμύρες στη Θεσσαλία.", "el", 3, "killed"),
    ("Η περιφέρεια εκτιμά τις ζημιές σε 2,5 εκατομμύρια ευρώ.", "el", 2_500_000, "EUR"),
    ("Χιλιάδες κάτοικοι απομακρύνθηκαν από τα σπίτια τους.", "el", 3000, "evacuated"),
    ("שני בני אדם נהרגו כאשר קרס בית ישן בכפר.", "he", 2, "killed"),
    ("הנזק מוערך ב-2.5 מיליון אירו, כך מסרה הרשות האזורית.", "he", 2_500_000, "EUR"),
    ("אלפי תושבים פונו מבתיהם בלילה.", "he", 3000, "evacuated"),
    ("אישה נהרגה ו-14 בני אדם נפצעו בעת שנמלטו מבתיהם.", "he", 14, "injured"),
    ("אישה בת 81 נהרגה כאשר חלק מביתה קרס.", "he", 81, "age"),
    ("רעידת אדמה בעוצמה 6.1 פקדה את כרתים.", "he", 6.1, "magnitude"),
])
def test_a_figure_with_its_number_or_scale_word_is_read_by_value(text, lang, value, unit):
    assert any(abs(q.value - value) < 1e-6 and q.unit == unit for q in extract_numbers(text, lang)), \
        [(q.value, q.unit) for q in extract_numbers(text, lang)]


@pytest.mark.parametrize(("text", "lang", "speaker"), [
    (("«Δεν υπάρχει λόγος πανικού, αλλά οι πολίτες πρέπει να μείνουν μακριά από παλιά κτίρια», δήλωσε ο Νίκος "
     "Καραλής, πρόεδρος του ΟΑΣΠ."), "el", "Νίκος Καραλής"),
    ("«Τα σχολεία θα παραμείνουν κλειστά», είπε ο δήμαρχος Ηρακλείου Αλέξης Καλοκαιρινός.", "el",
     "Αλέξης Καλοκαιρινός"),
    ('"אין סיבה לפאניקה, אבל על התושבים להתרחק ממבנים ישנים", אמר ניקוס קראליס, ראש הארגון.', "he",
     "ניקוס קראליס"),
    ('"אין סיבה לפאניקה", אמר ראש עיריית הרקליון.', "he", "ראש עיריית הרקליון"),
    ('"ישראלים רבים שוהים באי", אמר שר החוץ ישראל כץ.', "he", "ישראל כץ"),
])
def test_a_quote_has_its_speaker(text, lang, speaker):
    assert speakers_of(text, lang) == [speaker]


@pytest.mark.parametrize(("text", "lang", "date"), [
    ("Ο σεισμός σημειώθηκε στις 1 Δεκεμβρίου 2026 το πρωί.", "el", "2026-12-01"),
    ("Ο σεισμός σημειώθηκε την 1η Δεκεμβρίου.", "el", "2026-12-01"),
    ("Τα σχολεία παραμένουν κλειστά από την Τετάρτη.", "el", "2026-12-02"),
    ("הרעידה התרחשה ב-1 בדצמבר לפנות בוקר.", "he", "2026-12-01"),
    ("בתי הספר במחוז נסגרו ביום רביעי לצורך בדיקות.", "he", "2026-12-02"),
    ("רעידת אדמה פקדה לפנות בוקר יום רביעי את האי.", "he", "2026-12-02"),
])
def test_a_date_is_found(text, lang, date):
    assert date in [d.date for d in extract_dates(text, published="2026-12-03", language=lang)]


def test_a_hebrew_weekday_after_until_is_ahead():
    dates = extract_dates("השביתה בנמל תימשך עד יום שישי.", published="2026-12-03", language="he")
    assert [d.date for d in dates] == ["2026-12-04"]


@pytest.mark.parametrize(("text", "lang", "denies"), [
    ("Δεν υπάρχουν τραυματίες, σύμφωνα με την Πυροσβεστική.", "el", True),
    ("Κανείς δεν τραυματίστηκε σοβαρά.", "el", True),
    ("Δύο άνθρωποι τραυματίστηκαν ελαφρά.", "el", False),
    ("אין דיווח על ישראלים בין הנפגעים.", "he", True),
    ("איש לא נפצע באירוע.", "he", True),
    ("שני בני אדם נפצעו באורח קל.", "he", False),
])
def test_a_negation_is_found(text, lang, denies):
    assert negated(text, lang) is denies
