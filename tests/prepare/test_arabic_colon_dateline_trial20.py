"""Arabic papers date a report by the place alone before a colon ("لندن: …"; trial20 #16): unread, the
header line above it ("الشرق الأوسط، ٢٦ نوفمبر ٢٠٢٦") was taken for the dateline, so the outlet became the
place and the real place stayed in the lead. Whether a language's papers write it, and the labels that open
a line so without naming a place ("عاجل:"), are text data (dateline "colon_place", "colon_labels")."""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text

HEADLINE = "المركزي يرفع الفائدة بشكل مفاجئ والعملة تهوي إلى مستوى قياسي"
LEAD = "رفع البنك المركزي يوم الخميس سعر الفائدة الرئيسي بمقدار ١٥٠ نقطة أساس في خطوة فاجأت الأسواق."


@pytest.mark.parametrize(("header", "place", "outlet", "published"), [
    ("الشرق الأوسط، ٢٦ نوفمبر ٢٠٢٦", "سان إيفاريستو", "الشرق الأوسط", "2026-11-26"),
    ("الحياة اللندنية، ٣ ديسمبر ٢٠٢٦", "بيروت", "الحياة اللندنية", "2026-12-03"),
    ("صحيفة النهار، 26 نوفمبر 2026", "القاهرة", "صحيفة النهار", "2026-11-26"),
])
def test_an_outlet_header_above_a_colon_dateline(header, place, outlet, published):
    clean = clean_text(f"{HEADLINE}\n{header}\n{place}: {LEAD}\n")
    assert (clean.outlet, clean.place, clean.published) == (outlet, place, published)
    assert clean.text.splitlines()[-1] == LEAD


@pytest.mark.parametrize(("header", "place"), [
    ("بقلم أحمد محمد، العربية نت، ١٠ ديسمبر ٢٠٢٦", "الرباط"),
    ("العربية نت | 10/12/2026 | بقلم أحمد محمد", "لندن"),
])
def test_a_colon_dateline_under_a_header_of_parts_is_the_place(header, place):
    clean = clean_text(f"{HEADLINE}\n{header}\n{place}: {LEAD}\n")
    assert (clean.place, clean.outlet, clean.authors) == (place, "العربية نت", ("أحمد محمد",))
    assert clean.text.splitlines()[-1] == LEAD


@pytest.mark.parametrize("line", [
    f"لندن: {LEAD}",  # under no header: a name and a colon opening an Arabic text is mostly a speaker's
    f"شادي ريان: {LEAD}",
    f"عاجل: {LEAD}",  # a label, no place
    f"وقال: {LEAD}",  # a verb of saying with its proclitic
    f"اقرأ أيضا: {LEAD}",
    "Analysts: the central bank will raise its rate again in December, economists said.",  # a cased script
    "北京：中国人民银行 今天 宣布 加息 一百五十 个 基点",  # a caseless script whose papers write no such dateline
])
def test_a_label_or_another_script_before_a_colon_stays_text(line):
    clean = clean_text(f"{HEADLINE}\n{line}\n")
    assert clean.place is None
    assert line in clean.text


@pytest.mark.parametrize("line", [f"عاجل: {LEAD}", f"وقال: {LEAD}", "Analysts: the central bank will raise its rate again."])
def test_a_label_under_a_header_stays_text(line):
    clean = clean_text(f"{HEADLINE}\nبقلم أحمد محمد، العربية نت، ١٠ ديسمبر ٢٠٢٦\n{line}\n")
    assert clean.place is None
    assert line in clean.text
