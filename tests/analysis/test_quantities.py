"""Numbers, dates, publication fallback, timeline and conflicts (storylens.analysis.quantities)."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from storylens.analysis.quantities import (
    Quantity,
    ResolvedDate,
    build_timeline,
    compare_dates,
    compare_numbers,
    extract_dates,
    extract_numbers,
    publication_dates,
    resolve_publication,
    unit_key,
)
from storylens.models import DateMention, Document, NumberMention, Sentence

PUB = "2022-01-07"  # a Friday


def _doc(doc_id: str, text: str, published: str | None, language: str = "en") -> Document:
    """A Document split on sentence ends, as prepare() would hand it over."""
    sentences: list[Sentence] = []
    for m in re.finditer(r"[^\n]+?(?:[.!?][”\"]?(?=\s)|$)", text):
        if m.group().strip():
            sentences.append(Sentence(f"{doc_id}:s{len(sentences)}", m.group().strip(), m.start(), m.end()))
    return Document(doc_id, f"{doc_id}.txt", text, tuple(sentences), published=published, language=language)


def _seed(path, doc_id: str, published: str | None) -> Document:
    text = path.read_text("utf-8")
    if text.lstrip().startswith("date "):  # the CNN seed's header line
        text = text.split("\n", 1)[1]
    return _doc(doc_id, text, published)


@pytest.fixture()
def seeds(data_dir):
    cnn = _seed(data_dir / "seeds" / "000_f41a21d6102af561.txt", "d1", PUB)
    faz = _seed(data_dir / "seeds" / "001_b69586f12682ff66.txt", "d2", None)
    return cnn, faz


def _one(text: str, language: str | None = "en") -> Quantity:
    found = extract_numbers(text, language)
    assert len(found) == 1, found
    return found[0]


def _dates(text: str, language: str | None = "en", published: str | None = PUB) -> list[tuple[str, str | None]]:
    return [(d.text, d.date) for d in extract_dates(text, published=published, language=language)]


# --------------------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    ("text", "language", "value", "unit"),
    [
        ("In Almaty alone, 20,000 terrorists attacked.", "en", 20000, "terrorists"),
        ("Allein in Almaty griffen 20.000 Terroristen an.", "de", 20000, "terroristen"),
        ("Selon le ministère, 20 000 manifestants se sont rassemblés.", "fr", 20000, "manifestants"),
        ("The damage was put at 1.5 million dollars.", "en", 1_500_000, "USD"),
        ("Der Schaden wird auf 1,5 Millionen Euro geschätzt.", "de", 1_500_000, "EUR"),
        ("Nach Angaben der Polizei zogen zwanzigtausend Menschen durch die Stadt.", "de", 20000, "menschen"),
        ("Two hundred and fifty troops were flown in overnight.", "en", 250, "troops"),
        ("По данным МВД, на площадь вышли двадцать тысяч человек.", "ru", 20000, "человек"),
        ("Les autorités ont déployé vingt mille soldats.", "fr", 20000, "soldats"),
        ("About 2,500 Russian troops arrived.", "en", 2500, "troops"),
        ("Nazarbayev was president for 28 years.", "en", 28, "years"),
        ("Fuel prices rose by 100% at the start of the year.", "en", 100, "%"),
        ("164 people were killed, the health ministry said.", "en", 164, "killed"),
        ("Am Freitag meldete das Ministerium 164 Tote.", "de", 164, "killed"),
        ("Le bilan s'élève à 164 morts selon les autorités.", "fr", 164, "killed"),
        ("В четверг в Алматы погибли 164 человека.", "ru", 164, "killed"),
        ("Вчера задержаны 3 тыс. человек.", "ru", 3000, "arrested"),
    ],
)
def test_numbers_are_normalised_with_what_they_count(text, language, value, unit):
    q = _one(text, language)
    assert q.value == pytest.approx(value)
    assert q.unit == unit


def test_separators_follow_the_language():
    assert _one("It cost 1,500 dollars.", "en").value == 1500
    assert _one("Es kostete 1,5 Millionen Euro.", "de").value == 1_500_000
    assert _one("Es kamen 1.500 Soldaten.", "de").value == 1500
    assert _one("Il a coûté 2,5 millions d'euros.", "fr").value == 2_500_000
    # No language known: German thousands are far likelier than an English "20.0".
    assert _one("20.000 Terroristen griffen an.", None).value == 20000


def test_dozens_is_vague_with_a_range_and_counts_the_killed():
    dozens, hundreds = extract_numbers("Dozens were reported killed and hundreds more injured in clashes there Thursday.", "en")
    assert (dozens.text, dozens.unit, dozens.vague) == ("Dozens", "killed", True)
    assert dozens.low <= 30 <= dozens.high and dozens.high < 164
    assert (hundreds.unit, hundreds.vague) == ("injured", True)


@pytest.mark.parametrize(
    ("text", "language", "value", "kind"),
    [
        ("Two dozen soldiers guarded the airport.", "en", 24, "count"),
        ("A third of the country lost power.", "en", 1 / 3, "fraction"),
        ("Fuel prices have risen twice since the summer.", "en", 2, "multiplier"),
        ("Die Preise haben sich doppelt so schnell erhöht.", "de", 2, "multiplier"),
        ("Dutzende Demonstranten wurden festgenommen.", "de", 36, "count"),
        ("Des dizaines de manifestants ont été interpellés jeudi.", "fr", 30, "count"),
        ("В столкновениях погибли десятки человек.", "ru", 30, "count"),
    ],
)
def test_word_quantities(text, language, value, kind):
    q = _one(text, language)
    assert q.value == pytest.approx(value)
    assert q.kind == kind


def test_approximators_widen_the_range():
    more = _one("More than 100 people were arrested.", "en")
    assert (more.low, more.high, more.vague, more.unit) == (100, None, True, "arrested")
    about = _one("Rund 3000 Demonstranten zogen durch die Innenstadt.", "de")
    assert about.low < 3000 < about.high


@pytest.mark.parametrize(
    "text",
    [
        "Peaceful assembly was legalized in 2020 to promote democracy.",
        "Protests began on January 2nd in the west of the country.",
        "The curfew starts at 11 p.m. and lasts until 07:00.",
        "Die Proteste begannen am 2. Januar 2022 in Schanaosen.",
        "Les manifestations ont commencé le 2 janvier.",
        "Протесты начались 2 января, а в 2020 году закон был принят.",
        "He was President until 2019, when the Soviet era of 1991 was long gone.",
        "It was the 3rd day of protests.",
        "Um 14.30 Uhr fielen Schüsse, à 14h30 aussi, в 10:00 тоже.",
        "Le 1er janvier, rien.",
    ],
)
def test_years_dates_times_and_ordinals_are_not_quantities(text):
    assert [q for q in extract_numbers(text) if q.kind != "fraction"] == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("He judged the two young ladies harshly.", "ladies"),
        ("Two Defense Department officials confirmed it.", "officials"),
        ("The sisters, aged 16 and 13 respectively, were safe.", None),
        ("Hundreds exchanged over months were deleted.", None),
    ],
)
def test_the_counted_noun_in_english(text, unit):
    assert extract_numbers(text, "en")[-1].unit == unit


def test_decades_and_abbreviated_years_are_not_quantities():
    assert extract_numbers("In the 1990s, when he was in his 30s, the hope-and-change campaign of '08 was far off.", "en") == ()


def test_a_year_shaped_count_is_still_a_count():
    assert _one("Around 2000 people gathered on the square.", "en").value == 2000


def test_offsets_point_into_the_text():
    for text in ("Officials said 164 people were killed.", "Officials said more than 1,600 were killed."):
        q = _one(text)
        assert text[q.start : q.end] == q.text


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Dozens were killed in clashes there Thursday.", "en", [("Thursday", "2022-01-06")]),
        ("In a defiant public address Friday, Tokayev spoke.", "en", [("Friday", "2022-01-07")]),
        ("He announced this in a televised address on Friday.", "en", [("on Friday", "2022-01-07")]),
        ("In Kazakhstan on January 2nd, peaceful protests began.", "en", [("January 2nd", "2022-01-02")]),
        ("Rioters stormed public buildings on Tuesday and Wednesday.", "en",
         [("on Tuesday", "2022-01-04"), ("Wednesday", "2022-01-05")]),
        ("Peaceful assembly was legalized in 2020.", "en", [("2020", "2020")]),
        ("During a trip at the end of December, he met Putin.", "en", [("at the end of December", "2021-12")]),
        ("Yesterday the airport was stormed.", "en", [("Yesterday", "2022-01-06")]),
        ("Last Friday the talks failed.", "en", [("Last Friday", "2021-12-31")]),
        ("Talks are due to resume next Monday.", "en", [("next Monday", "2022-01-10")]),
        ("Protests began on 2 January 2022.", "en", [("2 January 2022", "2022-01-02")]),
        ("The decree was signed on Dec. 28.", "en", [("Dec. 28", "2021-12-28")]),
        ("Fuel prices doubled three days ago.", "en", [("three days ago", "2022-01-04")]),
        ("Russische Soldaten trafen am Donnerstag in Kasachstan ein.", "de", [("am Donnerstag", "2022-01-06")]),
        ("Die Proteste begannen am 2. Januar in Schanaosen.", "de", [("2. Januar", "2022-01-02")]),
        ("Gestern wurde der Flughafen gestürmt.", "de", [("Gestern", "2022-01-06")]),
        ("Jeudi, des soldats russes sont arrivés à Almaty.", "fr", [("Jeudi", "2022-01-06")]),
        ("Les manifestations ont commencé le 2 janvier dans l'ouest du pays.", "fr", [("le 2 janvier", "2022-01-02")]),
        ("В четверг в Казахстан прибыли российские военные.", "ru", [("В четверг", "2022-01-06")]),
        ("Протесты начались 2 января в Жанаозене.", "ru", [("2 января", "2022-01-02")]),
        ("Вчера были задержаны сотни человек.", "ru", [("Вчера", "2022-01-06")]),
        ("В 2020 году закон о мирных собраниях был смягчён.", "ru", [("2020 году", "2020")]),
    ],
)
def test_dates_resolve_against_publication(text, language, expected):
    assert _dates(text, language) == expected


def test_earlier_this_week_is_a_range_from_monday():
    (d,) = extract_dates("The unrest began earlier this week.", published=PUB, language="en")
    assert isinstance(d, ResolvedDate)
    assert (d.date, d.until, d.precision) == ("2022-01-03", PUB, "week")


def test_relative_dates_stay_unresolved_without_publication():
    assert _dates("Clashes broke out on Thursday.", "en", None) == [("on Thursday", None)]
    assert _dates("Protests began on 2 January 2022.", "en", None) == [("2 January 2022", "2022-01-02")]


def test_a_day_month_far_after_publication_is_last_year():
    assert _dates("The decree of December 28 was annulled.", "en") == [("December 28", "2021-12-28")]
    assert _dates("Elections are set for January 20.", "en") == [("January 20", "2022-01-20")]


def test_the_future_tense_looks_ahead():
    assert _dates("Mattis will leave at the end of February.", "en", "2018-12-20") == [
        ("at the end of February", "2019-02")
    ]
    assert _dates("Talks will resume on Monday.", "en") == [("on Monday", "2022-01-10")]
    assert _dates("He said on Monday that talks will resume.", "en") == [("on Monday", "2022-01-03")]


def test_names_are_not_relative_dates():
    assert _dates("He wrote last month in USA Today.", "en") == [("last month", "2021-12")]
    assert _dates("Today, the airport reopened.", "en") == [("Today", PUB)]


def test_may_the_verb_is_not_a_month():
    assert _dates("Protesters may march on the capital.", "en") == []


# --------------------------------------------------------------------------- publication and timeline


def test_missing_publication_date_falls_back_to_the_latest_other_document():
    docs = [_doc("d1", "A.", "2022-01-07"), _doc("d2", "B.", None), _doc("d3", "C.", "2022-01-05")]
    assert resolve_publication(docs) == {"d1": "2022-01-07", "d2": "2022-01-07", "d3": "2022-01-05"}
    info = publication_dates(docs)["d2"]
    assert info.inferred and "d1" in info.reason
    lonely = publication_dates([_doc("d1", "A.", None), _doc("d2", "B.", None)])
    assert lonely["d1"].date is None and "unresolved" in lonely["d1"].reason


def test_seed_facts(seeds):
    cnn, faz = seeds
    published = resolve_publication([cnn, faz])
    assert published == {"d1": PUB, "d2": PUB}

    cnn_dates = {d.text: d.date for d in extract_dates(cnn.text, published=published["d1"], language="en")}
    assert cnn_dates["Thursday"] == "2022-01-06"
    faz_dates = {d.text: d.date for d in extract_dates(faz.text, published=published["d2"], language="en")}
    assert faz_dates["January 2nd"] == "2022-01-02"
    assert faz_dates["at the end of December"] == "2021-12"

    faz_numbers = extract_numbers(faz.text, "en")
    terrorists = [q for q in faz_numbers if q.unit == "terrorists"]
    assert [(q.value, q.vague) for q in terrorists] == [(20000, False)]
    assert not any(q.value in (2019, 2020) for q in faz_numbers)  # years are not numbers

    cnn_numbers = extract_numbers(cnn.text, "en")
    assert [(q.text, q.unit, q.vague) for q in cnn_numbers if q.unit == "killed"] == [("Dozens", "killed", True)]
    assert not any(q.value == 2020 for q in cnn_numbers)


def test_timeline_of_the_seeds(seeds):
    cnn, faz = seeds
    timeline = build_timeline([cnn, faz], resolve_publication([cnn, faz]))
    dates = [e.date for e in timeline]
    assert dates == sorted(dates)
    thursday = [e for e in timeline if e.date == "2022-01-06"]
    assert {ev.doc for e in thursday for ev in e.evidence} == {"d1", "d2"}  # CNN clashes, FAZ arrivals
    assert any("2022-01-02" == e.date and e.evidence[0].doc == "d2" for e in timeline)
    # Both outlets report Friday's televised address: one event, two pieces of evidence.
    address = [e for e in timeline if e.date == PUB and {ev.doc for ev in e.evidence} == {"d1", "d2"}]
    assert address and all("address" in ev.text for ev in address[0].evidence)
    week = [e for e in timeline if e.date == "2022-01-03/2022-01-07"]
    assert week and week[0].evidence[0].doc == "d1"


def test_timeline_across_languages():
    en = _doc("d1", "Russian troops arrived in Almaty on Thursday. Prices rose on Monday. "
                    "Dozens were killed in clashes on Thursday.", PUB)
    de = _doc("d2", "Russische Truppen trafen am Donnerstag in Almaty ein. Am Montag stiegen die Gaspreise.", None, "de")
    # Without an embedder few words are shared across languages: same dates, separate events.
    plain = build_timeline([en, de], None)
    assert {ev.doc for e in plain if e.date == "2022-01-06" for ev in e.evidence} == {"d1", "d2"}
    assert [e.date for e in plain] == sorted(e.date for e in plain)


def test_timeline_merges_translations_with_an_embedder(embedder):
    en = _doc("d1", "Russian troops arrived in Almaty on Thursday. Prices rose on Monday. "
                    "Dozens were killed in clashes on Thursday.", PUB)
    de = _doc("d2", "Russische Truppen trafen am Donnerstag in Almaty ein. Am Montag stiegen die Gaspreise.", None, "de")
    timeline = build_timeline([en, de], None, embedder=embedder)
    got = [(e.date, [(ev.doc, ev.sentence) for ev in e.evidence]) for e in timeline]
    assert got == [
        ("2022-01-03", [("d1", "d1:s1"), ("d2", "d2:s1")]),
        ("2022-01-06", [("d1", "d1:s0"), ("d2", "d2:s0")]),
        ("2022-01-06", [("d1", "d1:s2")]),
    ]


# --------------------------------------------------------------------------- conflicts


def test_dozens_vs_164_is_a_conflict_and_dozens_vs_30_is_not():
    cnn = extract_numbers("Dozens were reported killed and hundreds more injured in clashes there Thursday.", "en")
    other = extract_numbers("Officials said 164 people were killed, among them three children.", "en")
    assert compare_numbers(cnn, other) == ["killed: dozens vs 164"]
    thirty = extract_numbers("At least 30 people were killed on Thursday.", "en")
    assert compare_numbers(cnn, thirty) == []


def test_compare_numbers_accepts_plain_number_mentions_and_other_languages():
    assert compare_numbers([NumberMention("dozens", 36.0, "killed")], [NumberMention("164", 164.0, "killed")]) == [
        "killed: dozens vs 164"
    ]
    assert compare_numbers([NumberMention("dozens", 36.0, "killed")], [NumberMention("30", 30.0, "killed")]) == []
    ru = extract_numbers("В четверг в Алматы погибли 164 человека.", "ru")
    assert compare_numbers(extract_numbers("Dozens were killed.", "en"), ru) == ["killed: dozens vs 164"]
    de = extract_numbers("In Almaty griffen 2.000 Terroristen an.", "de")
    assert compare_numbers(extract_numbers("20,000 terrorists attacked.", "en"), de) == ["terrorist: 20,000 vs 2.000"]
    # "allein in Almaty": one city's count, a part of the 20,000 (break50 N11), not another reading of them
    de = extract_numbers("Allein in Almaty griffen 2.000 Terroristen an.", "de")
    assert compare_numbers(extract_numbers("20,000 terrorists attacked.", "en"), de) == []


def test_different_units_and_rounding_are_not_conflicts():
    a = extract_numbers("1.5 million people took part; 20 soldiers were injured.", "en")
    b = extract_numbers("1,520,000 people took part; 45 police officers were arrested.", "en")
    assert compare_numbers(a, b) == []
    assert unit_key("Tote") == "killed" and unit_key("terrorists") == "terrorist"


def test_compare_dates():
    thursday = extract_dates("clashes there Thursday", published=PUB, language="en")
    tue_wed = extract_dates("on Tuesday and Wednesday", published=PUB, language="en")
    assert compare_dates(thursday, tue_wed) == [
        "date: Thursday (2022-01-06) vs on Tuesday (2022-01-04) / Wednesday (2022-01-05)"
    ]
    assert compare_dates(thursday, extract_dates("am Donnerstag", published=PUB, language="de")) == []
    assert compare_dates(extract_dates("earlier this week", published=PUB, language="en"), tue_wed) == []
    assert compare_dates([DateMention("in 2022", "2022")], thursday) == []
    assert compare_dates([DateMention("Thursday", None)], tue_wed) == []


@pytest.mark.parametrize(("day", "latest", "expected"), [
    ("--03-14", "2026-03-15", "2026-03-14"),  # the dateline's day, not the other document's
    ("--12-31", "2027-01-02", "2026-12-31"),  # the nearest such day on or before: last year's
    ("--03-14", "2026-03-14", "2026-03-14"),
    # an update after the other documents (trial 12: "LISBON, Dec 2" beside a story of 2026-11-30
    # went to 2025): the nearest such day, after the latest too
    ("--12-02", "2026-11-30", "2026-12-02"),
    ("--01-02", "2026-12-30", "2027-01-02"),
])
def test_a_dateline_day_takes_the_year_of_the_other_documents(day, latest, expected):
    undated = replace(_doc("d2", "B.", None), dateline_day=day)
    info = publication_dates([_doc("d1", "A.", latest), undated])["d2"]
    assert info.date == expected and info.inferred and "d1" in info.reason and day in info.reason
