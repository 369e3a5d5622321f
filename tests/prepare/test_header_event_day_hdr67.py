"""newuser67 H5: a headline or a short lead shaped "X <word before the day> <date> Y" was read as the header line
under the headline in every language with that shape: "الانتخابات في 15 نوفمبر 2025 بمشاركة واسعة" gave outlet
"الانتخابات في", author "بمشاركة واسعة" and the event's day as the publication date; a lead "وزير الخارجية في 15
نوفمبر 2025 - استضاف اجتماعا طارئا." was removed from the text. An outlet's name never ends in a word written before
a day ("في", "le", "am", "el", "on"), and words after the date with no author marker, beside a name no outlet word
names, are an author only when they hold a listed given name."""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text

_EN_TITLE = "Turnout high as polls close across the country"
_EN_LEAD = "The electoral commission said turnout reached 56 percent on Sunday."
_AR_TITLE = "نسبة مشاركة مرتفعة مع إغلاق مراكز الاقتراع"
_AR_LEAD = "وقال رئيس المفوضية إن النتائج الأولية ستعلن خلال يومين."


@pytest.mark.parametrize(("text", "line", "published"), [
    # the tester's hd_ar3.txt, ar_c.txt, ar_lead.txt: the dateline below is the publication's day, or none
    (("الانتخابات في 15 نوفمبر 2025 بمشاركة واسعة\nبغداد، 16 نوفمبر 2025 - أعلنت المفوضية العليا المستقلة"
     " للانتخابات أن نسبة المشاركة بلغت 56 في المئة.\nوقال رئيس المفوضية إن النتائج الأولية ستعلن خلال يومين.\n"),
     "الانتخابات في 15 نوفمبر 2025 بمشاركة واسعة", "2025-11-16"),
    (("القمة العربية في 3 آذار 2026 تبحث إعادة إعمار غزة\nالقاهرة، 1 آذار 2026 - أعلنت جامعة الدول العربية أن القمة"
     " العربية الطارئة ستعقد في القاهرة لبحث خطة إعادة إعمار غزة.\nوقال الأمين العام أحمد أبو الغيط إن 22 دولة"
     " أكدت مشاركتها.\n"), "القمة العربية في 3 آذار 2026 تبحث إعادة إعمار غزة", "2026-03-01"),
    (("اجتماع وزراء الخارجية العرب\nوزير الخارجية في 15 نوفمبر 2025 - استضاف اجتماعا طارئا.\nوقال وزير الخارجية"
     " الأردني أيمن الصفدي إن الاجتماع ناقش سبل إيصال المساعدات الإنسانية إلى القطاع.\n"),
     "وزير الخارجية في 15 نوفمبر 2025 - استضاف اجتماعا طارئا.", None),
])
def test_an_arabic_headline_or_lead_with_in_and_a_date_is_no_header(text, line, published):
    cleaned = clean_text(text)
    assert (cleaned.outlet, cleaned.authors, cleaned.published) == (None, (), published)
    assert line in cleaned.text


@pytest.mark.parametrize(("title", "line", "lead"), [
    *((_EN_TITLE, line, _EN_LEAD) for line in [
        "Arab Summit on 3 March 2026 Discusses Gaza Rebuild",
        "Summit On 3 March 2026 Discusses Gaza",
        "Elections on 15 November 2025 Draw Record Turnout",
        "Gipfel am 3. März 2026, Olaf Scholz",
        "Les élections le 15 novembre 2025, Marie Dupont",
        "Elecciones el 15 de noviembre de 2025 Alta Participación",
        "Vertice il 3 marzo 2026 Giorgia Meloni",
        "Cimeira em 3 de março de 2026 Discute Gaza",
        "Verkiezingen op 15 november 2025 Hoge Opkomst",
    ]),
    # a name after the date does not make the line a header; nor do the word's vowel marks
    (_AR_TITLE, "القمة العربية في 3 آذار 2026 أحمد محمد", _AR_LEAD),
    (_AR_TITLE, "الانتخابات فِي 15 نوفمبر 2025 بمشاركة واسعة", _AR_LEAD),
])
def test_a_line_whose_name_ends_in_a_word_before_the_day_is_no_header(title, line, lead):
    for text in (f"{title}\n\n{line}\n\n{lead}\n", f"{line}\n\n{title}\n\n{lead}\n"):
        cleaned = clean_text(text)
        assert (cleaned.outlet, cleaned.authors, cleaned.published) == (None, (), None)
        assert line in cleaned.text


# Known misses (strict xfails): the rule that read these (an unmarked author after the date must hold a listed given
# name) went after tester final67b: no list holds Arabic given names, so every unlisted Arabic outlet's header
# ("الشروق، 14 مارس 2026، أحمد محمد") lost its outlet, author and date.
@pytest.mark.xfail(strict=True, reason="a comma-parted headline with a date reads as a header (final67b H2)")
@pytest.mark.parametrize(("title", "line", "lead"), [
    # "... discusses rebuilding Gaza": a verb-led phrase after the date, no author
    (_AR_TITLE, "القمة العربية، 3 آذار 2026، تبحث إعادة إعمار غزة", _AR_LEAD),
    (_EN_TITLE, "Arab Summit, 3 March 2026, Discusses Gaza Rebuild", _EN_LEAD),
])
def test_a_phrase_after_the_date_beside_a_name_no_outlet_word_names_is_no_author(title, line, lead):
    cleaned = clean_text(f"{title}\n\n{line}\n\n{lead}\n")
    assert (cleaned.outlet, cleaned.authors, cleaned.published) == (None, (), None)
    assert line in cleaned.text


@pytest.mark.parametrize("line", [
    "Gipfel am 3. März 2026 – von Olaf Scholz",
    "Élections le 15 novembre 2025 | Par Marie Dupont",
    "Elections on 15 November 2025 - By Jane Tan",
    "الانتخابات في 15 نوفمبر 2025 - بقلم أحمد محمد",
])
def test_a_part_ending_in_a_word_before_the_day_is_no_outlet_beside_a_marked_author(line):
    # the parts' reading (_take_parts_header) took the words before the date for the outlet and the event's day
    # for the publication's
    cleaned = clean_text(f"{_EN_TITLE}\n\n{line}\n\n{_EN_LEAD}\n")
    assert (cleaned.outlet, cleaned.published) == (None, None)
    assert line in cleaned.text


@pytest.mark.parametrize(("line", "outlet", "authors", "published"), [
    ("صحيفة الأهرام، 14 مارس 2026، أحمد محمد", "صحيفة الأهرام", ("أحمد محمد",), "2026-03-14"),
    ("Bergland Kurier, 23 November 2026, Jane Tan", "Bergland Kurier", ("Jane Tan",), "2026-11-23"),
    ("Gazzetta delle Alpi, 23 novembre 2026, di Marco Ferrante", "Gazzetta delle Alpi", ("Marco Ferrante",),
     "2026-11-23"),
    ("Гірський вісник, 24 листопада 2026, Олена Марченко", "Гірський вісник", ("Олена Марченко",), "2026-11-24"),
    ("HVG, 2026. november 26., Kovács Péter", "HVG", ("Kovács Péter",), "2026-11-26"),
])
def test_real_outlet_headers_still_read(line, outlet, authors, published):
    # coverage: these read on int67 too
    cleaned = clean_text(f"{_EN_TITLE}\n\n{line}\n\n{_EN_LEAD}\n")
    assert (cleaned.outlet, cleaned.authors, cleaned.published) == (outlet, authors, published)



@pytest.mark.parametrize(("line", "outlet", "authors", "published"), [
    # tester final67b H1: a name ending in a word written before a day ("Le", "Il"), parted from the date, is a name
    ("By Thanh Le, Reuters, 3 March 2026", "Reuters", ("Thanh Le",), "2026-03-03"),
    ("By Kim Jong Il, Yonhap, 3 March 2026", "Yonhap", ("Kim Jong Il",), "2026-03-03"),
    ("Par Thanh Le, AFP, 14 mars 2026", "AFP", ("Thanh Le",), "2026-03-14"),
    ("AP - Thanh Le - March 3, 2026", "AP", ("Thanh Le",), "2026-03-03"),
    # H2: an unlisted Arabic outlet with an author no list names
    ("الشروق، 14 مارس 2026، أحمد محمد", "الشروق", ("أحمد محمد",), "2026-03-14"),
])
def test_a_header_with_a_name_ending_like_a_day_word_still_reads(line, outlet, authors, published):
    text = (f"Vietnam raises key interest rate to curb inflation\n\n{line}\n\nHANOI - The State Bank of Vietnam raised "
            "its refinancing rate by 50 basis points on Tuesday, the central bank said.\n\nInflation rose in February.\n")
    got = clean_text(text)
    assert (got.outlet, tuple(got.authors), got.published) == (outlet, authors, published)
