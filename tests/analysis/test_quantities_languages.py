"""Numbers and dates in every language: scale words, local formats, day-month order per text."""

import pytest

from storylens.analysis.quantities import (
    build_timeline,
    compare_dates,
    compare_numbers,
    day_first,
    extract_dates,
    extract_numbers,
    unit_key,
)
from storylens.models import Document, Sentence


def _values(text, lang):
    return [(q.text, q.value) for q in extract_numbers(text, lang)]


@pytest.mark.parametrize(
    "text, lang, phrase, value",
    [
        ("Na ulice wyszło 180 tys. osób.", "pl", "180 tys.", 180_000),
        ("Rząd przeznaczy 2,5 mld zł na pomoc.", "pl", "2,5 mld", 2.5e9),
        ("Se destinaron 2,5 millones de euros.", "es", "2,5 millones", 2.5e6),
        ("Hubo 1.500 detenidos.", "es", "1.500", 1500),
        ("تلقى ٤٥ مليون شخص اللقاح.", "ar", "٤٥ مليون", 45e6),
        ("وصل عدد المصابين إلى 3 آلاف شخص.", "ar", "3 آلاف", 3000),
        ("投资8,000 亿元建设。", "zh", "8,000 亿元", 8e11),
        ("全市已有12所学校停课。", "zh", "12", 12),
        ("共有3万人参加。", "zh", "3万", 3e4),
        ("Es kamen 1.500 Menschen.", "de", "1.500", 1500),
        ("Die Kosten: 1,5 Mio. Euro.", "de", "1,5 Mio.", 1.5e6),
        ("Погибли 2,3 тыс. человек.", "ru", "2,3 тыс.", 2300),
        ("Il a coûté 1,2 million d'euros.", "fr", "1,2 million", 1.2e6),
        ("Sono stati stanziati 3,4 miliardi di euro.", "it", "3,4 miliardi", 3.4e9),
        ("Depremde 1,5 milyon kişi etkilendi.", "tr", "1,5 milyon", 1.5e6),
        ("It cost 1.2 million dollars.", "en", "1.2 million", 1.2e6),
    ],
)
def test_scale_words_and_local_formats(text, lang, phrase, value):
    assert (phrase, pytest.approx(value)) in _values(text, lang)


def test_chinese_money_unit():
    (q,) = extract_numbers("投资8,000 亿元建设。", "zh")
    assert q.kind == "money" and q.unit == "CNY"


def test_german_day_month_with_dots_is_a_date_not_a_number():
    text = "Am Donnerstag (13.01.) hat das Parlament in Wien das neue Klimagesetz beschlossen."
    assert extract_numbers(text, "de") == ()
    assert ("13.01.", "2022-01-13") in [(d.text, d.date) for d in extract_dates(text, published="2022-01-14",
                                                                                language="de")]


def test_english_decimal_before_a_full_stop_stays_a_number():
    assert _values("The index rose to 3.10. Then it fell.", "en") == [("3.10", 3.1)]


@pytest.mark.parametrize(
    "text, lang, phrase, date",
    [
        ("Der Entwurf war bereits am 06.01.2022 vorgestellt worden.", "de", "06.01.2022", "2022-01-06"),
        ("Das Gesetz tritt am 1. März in Kraft.", "de", "1. März", "2022-03-01"),
        ("El 6 de enero de 2022 el Congreso aprobó la ley.", "es", "6 de enero de 2022", "2022-01-06"),
        ("W czwartek, 13 stycznia, Sejm przyjął ustawę.", "pl", "13 stycznia", "2022-01-13"),
        ("Ustawa weszła w życie 6 stycznia 2022 r.", "pl", "6 stycznia 2022 r.", "2022-01-06"),
        ("2022年1月6日，市政府宣布。", "zh", "2022年1月6日", "2022-01-06"),
        ("气象部门周四发布暴雨橙色预警。", "zh", "周四", "2022-01-13"),
        ("وقعت الأحداث يوم الخميس", "ar", "الخميس", "2022-01-13"),
        ("في 6 يناير 2022 أعلنت الحكومة", "ar", "6 يناير 2022", "2022-01-06"),
        ("Il 6 gennaio il governo ha approvato il decreto.", "it", "6 gennaio", "2022-01-06"),
        ("6 Ocak 2022 Perşembe günü", "tr", "6 Ocak 2022", "2022-01-06"),
        ("В четверг, 13 января, Госдума приняла закон.", "ru", "13 января", "2022-01-13"),
        ("Le 6 janvier 2022, l'Assemblée a voté la loi.", "fr", "Le 6 janvier 2022", "2022-01-06"),
        ("Jeudi, le gouvernement a présenté le texte.", "fr", "Jeudi", "2022-01-13"),
    ],
)
def test_dates_in_every_language(text, lang, phrase, date):
    assert (phrase, date) in [(d.text, d.date) for d in extract_dates(text, published="2022-01-14", language=lang)]


def test_day_month_order_is_decided_once_per_text():
    arabic = "في 4/6/2020 اندلعت الاحتجاجات، وفي 26/4/2020 أعلنت الحكومة حالة الطوارئ."
    assert day_first(arabic, "ar")
    dates = [d.date for d in extract_dates(arabic, published="2020-07-01", language="ar")]
    assert dates == ["2020-06-04", "2020-04-26"]
    british = "Protests began on 4/6/2020. The lockdown had started on 26/4/2020."
    assert day_first(british, "en")
    american = "Protests began on 4/6/2020. The lockdown had started on 4/26/2020."
    assert not day_first(american, "en")
    assert [d.date for d in extract_dates(american, published=None, language="en")] == ["2020-04-06", "2020-04-26"]


def test_arabic_indic_digits_in_dates_keep_their_text():
    (d,) = [d for d in extract_dates("في ٤/٦/٢٠٢٠ وقعت", published=None, language="ar") if d.precision == "day"]
    assert d.text == "٤/٦/٢٠٢٠" and d.date == "2020-06-04"


def test_timeline_reads_each_article_in_one_order():
    text = "Protests began on 4/6/2020.\nThe lockdown had started on 26/4/2020."
    sents = (Sentence("d1:s0", "Protests began on 4/6/2020.", 0, 27, 0), Sentence("d1:s1", "The lockdown had started on 26/4/2020.", 28, 66, 1))
    doc = Document(id="d1", source="d1", text=text, sentences=sents, language="en", published="2020-07-01")
    dates = {e.date for e in build_timeline([doc])}
    assert {"2020-06-04", "2020-04-26"} <= dates


@pytest.mark.parametrize("text,language", [
    ("In der Nacht zu Freitag ist in Hamburg ein Feuer ausgebrochen.", "de"),
    ("В ночь на пятницу в Гамбурге начался пожар.", "ru"),
    ("A fire broke out in Hamburg on Thursday night.", "en"),
])
def test_a_night_spans_the_two_days_and_is_no_date_conflict(text, language):
    # "Nacht zu Freitag" is Thursday night: flagged as "Thursday vs Freitag" before.
    night = extract_dates(text, published="2024-03-15", language=language)
    thursday = extract_dates("A fire broke out in Hamburg on Thursday.", published="2024-03-15", language="en")
    assert compare_dates(night, thursday) == []
    wednesday = extract_dates("Am Mittwoch brach in Hamburg ein Feuer aus.", published="2024-03-15", language="de")
    assert compare_dates(thursday, wednesday) != []  # a day apart without a night still conflicts


def test_night_phrases_are_language_data(monkeypatch):
    # The phrases were a regex in analysis/quantities; they are ``night`` in text/data/<xx>.json.
    from dataclasses import replace

    from storylens.analysis.quantities import _dates
    from storylens.text import profile

    assert "nacht zu" in profile("de").night_before and "night" in profile("en").night_after
    text = "En la madrugada del viernes se declaró un incendio en Hamburgo."
    _dates._night_patterns.cache_clear()
    plain = extract_dates(text, published="2024-03-15", language="es")
    assert [d.until for d in plain if d.date] == [None]
    spanish = replace(profile("es"), night_before=("madrugada del",))
    monkeypatch.setattr(_dates, "profile", lambda lang: spanish if lang == "es" else profile(lang))
    _dates._night_patterns.cache_clear()
    try:
        night = [d for d in extract_dates(text, published="2024-03-15", language="es") if d.date]
        assert [(d.date, d.until) for d in night] == [("2024-03-14", "2024-03-15")]  # Thursday into Friday
    finally:
        monkeypatch.undo()
        _dates._night_patterns.cache_clear()


@pytest.mark.parametrize("text, language", [
    ("Ein Großbrand hat in der Nacht zu Freitag, dem 15. März, eine Lagerhalle zerstört.", "de"),
    ("The fire started on Friday, March 15, in the east of Berlin.", "en"),
])
def test_a_weekday_beside_its_date_is_that_date(text, language):
    # Resolved alone against a Thursday publication day, "Freitag" became 8 March: a date the text never gave.
    found = [d for d in extract_dates(text, published="2024-03-14", language=language) if d.date]
    assert all("2024-03-08" not in (d.date, d.until) for d in found), found
    assert any("2024-03-15" in (d.date, d.until) for d in found if d.text.split()[-1] in ("Freitag", "Friday"))


@pytest.mark.parametrize("text, language", [
    ("Yurt dışı oylarının sonuçları 2 Aralık Çarşamba günü açıklanacak.", "tr"),
    ("The results of the overseas vote will be announced on December 2, Wednesday.", "en"),
    ("I risultati saranno resi noti il 2 dicembre, mercoledì.", "it"),
])
def test_a_weekday_after_its_date_is_that_date_and_leaves_the_date_alone(text, language):
    # Trial 12: "2 Aralık Çarşamba" read against a Monday (30 Nov) took the Wednesday before, 25 November,
    # for both words: a false date conflict with "am Mittwoch" / "2 декабря" (2 December) in every pair.
    found = [d for d in extract_dates(text, published="2026-11-30", language=language) if d.date]
    assert len(found) == 2, found
    assert {d.date for d in found} == {"2026-12-02"}, found


def test_a_weekday_opening_the_next_sentence_is_not_apposed_to_a_date():
    # Review: "on 25 November. On Wednesday, ..." gave Wednesday the 25th (the date took its full stop).
    found = {d.text: d.date for d in extract_dates(
        "The ceasefire began on 25 November. On Wednesday, rebels shelled the city.", published="2026-12-03",
        language="en")}
    assert found["On Wednesday"] == "2026-12-02", found


@pytest.mark.parametrize(
    "text, lang, month, number, value",
    [
        ("Deutschland liefert bis Ende April 10.000 zusätzliche Granaten.", "de", "2024-04", "10.000", 10_000),
        ("Deutschland liefert bis Ende Juni 20.000 Granaten.", "de", None, "20.000", 20_000),
        ("Germany will send by the end of April 10,000 more shells.", "en", "2024-04", "10,000", 10_000),
        ("L'Allemagne livrera d'ici fin avril 10 000 obus.", "fr", "2024-04", "10 000", 10_000),
        ("Niemcy przekażą do końca kwietnia 10 000 pocisków.", "pl", "2024-04", "10 000", 10_000),
        ("Alemania enviará hasta finales de abril 10.000 proyectiles.", "es", "2024-04", "10.000", 10_000),
    ],
)
def test_a_day_is_never_read_from_a_grouped_number(text, lang, month, number, value):
    """"Ende April 10.000" is a month and a number, not 10 April: a day has no thousands group after it."""
    dates = extract_dates(text, published="2024-03-14", language=lang)
    assert all(len(d.date or "") != 10 for d in dates), dates
    assert month is None or month in [d.date for d in dates]
    assert (number, value) in _values(text, lang)


def test_a_day_before_a_year_or_a_comma_is_still_a_day():
    assert [d.date for d in extract_dates("It happened on April 10, 2023 and on June 3 2023.", published=None,
                                          language="en")] == [
        "2023-04-10", "2023-06-03"]


# Approximators are language data (text/data/<xx>.json "approximators"): before, "至少2300" was a
# plain 2300 in Chinese, and "co najmniej", "al menos", "oltre", "en az", "ما لا يقل عن" bent nothing.
@pytest.mark.parametrize(
    "text, lang, low, high",
    [
        ("地震造成至少2300人死亡。", "zh", 2300, None),
        ("地震已造成2300多人死亡。", "zh", 2300, None),
        ("事故造成约2300人受伤。", "zh", 1955, 2645),
        ("Zginęło co najmniej 2300 osób.", "pl", 2300, None),
        ("W Turcji zginęło ponad 2300 osób.", "pl", 2300, None),
        ("El terremoto dejó al menos 2.300 muertos.", "es", 2300, None),
        ("Hay más de 2.300 muertos.", "es", 2300, None),
        ("Oltre 2.300 morti nel terremoto.", "it", 2300, None),
        ("Depremde en az 2.300 kişi öldü.", "tr", 2300, None),
        ("لقي ما لا يقل عن 2300 شخص حتفهم", "ar", 2300, None),
        ("at least 2,300 people died", "en", 2300, None),
        ("mindestens 1500 Tote", "de", 1500, None),
        ("не менее 2300 погибших", "ru", 2300, None),
        ("au moins 2300 morts", "fr", 2300, None),
    ],
)
def test_approximators_bend_the_range_in_every_language(text, lang, low, high):
    (q,) = extract_numbers(text, lang)
    assert q.value == 2300 or q.value == 1500
    assert (q.low, q.high) == (pytest.approx(low), high if high is None else pytest.approx(high))
    assert q.vague


def test_approximators_follow_the_document_language():
    # Polish "do" ("to") is no bound and "wzrosła do 2300" keeps its figure; an unknown language reads all
    (q,) = extract_numbers("Liczba ofiar wzrosła do 2300.", "pl")
    assert (q.low, q.high) == (2300, 2300)
    (q,) = extract_numbers("至少2300人", None)
    assert q.high is None


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Zginęło 1500 osób.", "pl"),
        ("W wyniku trzęsienia zginęło co najmniej 2300 osób.", "pl"),
        ("Murieron al menos 2.300 personas.", "es"),
        ("Morirono 300 persone.", "it"),
        ("Погибли более 2300 человек.", "ru"),
        # after the count and its noun: plural forms (a new-user trial: "42 osoby zginęły" was
        # 42 'person'), and Arabic "لقي ... مصرعهم" (met their death)
        ("42 osoby zginęły w piątek w trzęsieniu ziemi.", "pl"),
        ("Trzęsienie ziemi w Albanii. 42 ofiary śmiertelne", "pl"),
        ("W Turcji 17 osób nie żyją.", "pl"),
        ("لقي 42 شخصا مصرعهم في الزلزال.", "ar"),
        ("لقي ما لا يقل عن 57 شخصا حتفهم.", "ar"),
    ],
)
def test_a_toll_verb_or_word_around_the_count_makes_it_a_toll(text, lang):
    (q,) = extract_numbers(text, lang)
    assert unit_key(q.unit, lang) == "killed"


@pytest.mark.parametrize(
    "text, lang",
    [
        ("No one was killed in the attack.", "en"),
        ("There were no deaths.", "en"),
        ("Bei dem Anschlag wurde niemand getötet.", "de"),
        ("Personne n'a été tué dans l'attaque.", "fr"),
        ("En el ataque no murió nadie.", "es"),
        ("Nessuno è morto.", "it"),
        ("Nikt nie zginął.", "pl"),
        ("Никто не погиб.", "ru"),
        ("事故中无人死亡。", "zh"),
    ],
)
def test_nobody_killed_is_a_toll_of_zero_and_conflicts_with_a_toll(text, lang):
    zero = extract_numbers(text, lang)
    assert [(q.value, unit_key(q.unit, lang)) for q in zero] == [(0.0, "killed")]
    assert compare_numbers(extract_numbers("The bombing killed 230 people.", "en"), zero)


@pytest.mark.parametrize(
    "text, lang",
    [("Nobody knows what happened.", "en"), ("Nikt nie wie, co się stało.", "pl"),
     ("Nobody said the 3 dead were soldiers.", "en")],
)
def test_nobody_without_a_toll_is_no_zero(text, lang):
    assert 0.0 not in [q.value for q in extract_numbers(text, lang)]


# New-user trial (an invented earthquake in seven languages): a bound after the counted noun, a
# Chinese day of the month, a verb or a two-character piece read as the unit.
@pytest.mark.parametrize(
    "text, lang, value",
    [
        ("زلزال في ألبانيا يودي بحياة 42 شخصا على الأقل", "ar", 42),
        ("ولقي 42 شخصا على الأقل مصرعهم في الزلزال.", "ar", 42),
        ("وأصيب 600 شخص على الاقل في الهجوم.", "ar", 600),
        ("وتضرر 300 منزل أو أكثر في المدينة.", "ar", 300),
    ],
)
def test_an_arabic_bound_after_the_counted_noun_is_a_lower_bound(text, lang, value):
    q = next(q for q in extract_numbers(text, lang) if q.value == value)
    assert q.vague and q.low == value and q.high is None


def test_a_number_and_a_bound_further_on_are_not_one_count():
    q = extract_numbers("وقتل 42 شخصا في الزلزال على الأقل.", "ar")[0]
    assert q.high == 42  # two words away: the bound is not the count's


@pytest.mark.parametrize(
    "text, absent",
    [
        ("阿尔巴尼亚北部14日上午发生6.8级强烈地震。", 14),
        ("德国总理朔尔茨3日抵达基辅，并于5号返回柏林。", 5),
        ("当地时间28日晚，救援工作仍在继续。", 28),
    ],
)
def test_a_chinese_day_of_the_month_is_not_a_count(text, absent):
    assert absent not in [q.value for q in extract_numbers(text, "zh")]


@pytest.mark.parametrize(
    "text, value",
    [("这台相机售价30日元。", 30), ("患者须在10日内复诊。", 10), ("全市已有12所学校停课。", 12)],
)
def test_yen_and_a_span_of_days_stay_numbers(text, value):
    assert value in [q.value for q in extract_numbers(text, "zh")]


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("阿尔巴尼亚发生6.8级地震 至少42人遇难", 6.8, "magnitude"),
        ("阿尔巴尼亚发生6.8级地震 至少42人遇难", 42, "killed"),
        ("土耳其东部发生7.1级强烈地震。", 7.1, "magnitude"),
        # forced from their homes: the displaced (final41 #3), not the piece "被迫"
        ("港口城市受灾最为严重，约1.2万人被迫离开家园。", 12_000, "evacuated"),
        # after a classifier of people the count is of the noun it counts, whole: "志愿" (of 志愿者) was a
        # piece, not a word, and "名" alone a count of people any other figure of people was compared with
        # (final44 W3: 40名游客, 40 tourists, against 27 injured)
        ("共有3000名志愿者参加救援。", 3000, "志愿者"),
        ("一辆载有40名游客的大巴在高速公路上侧翻。", 40, "tourist"),  # a measure's noun (num45)
        ("造成3名游客死亡。", 3, "killed"),
        ("救出5名被困矿工。", 5, "rescued"),
    ],
)
def test_a_chinese_unit_is_its_measure_not_a_two_character_piece(text, value, unit):
    q = next(q for q in extract_numbers(text, "zh") if q.value == value)
    assert q.unit == unit


@pytest.mark.parametrize(
    "text, lang, value",
    [
        ("W sumie 300 trafiło do szpitali w regionie.", "pl", 300),
        ("Около 5 тыс. ждали помощи в зоне бедствия.", "ru", 5000),
        ("Всего 40 получили помощь врачей.", "ru", 40),
    ],
)
def test_a_verb_after_a_number_is_not_its_unit(text, lang, value):
    q = next(q for q in extract_numbers(text, lang) if q.value == value)
    assert q.unit is None


def test_a_verb_after_a_number_is_not_its_unit_but_its_clause_may_say_what_it_counts():
    # "musiało" is no unit; "opuścić swoje domy" (leave their homes) counts the displaced (final41 #3)
    text = "Ponad 600 osób zostało rannych, a około 12 tys. musiało opuścić swoje domy."
    assert next(q for q in extract_numbers(text, "pl") if q.value == 12_000).unit == "evacuated"


@pytest.mark.parametrize(
    "text, lang, value, unit",
    [("Ponad 600 osób czekało na pomoc.", "pl", 600, "osób"), ("Там 40 жителей остались без света.", "ru", 40, "жителей"),
     ("Straty sięgnęły 50 tys. wartości polisy.", "pl", 50_000, "wartości")],
)
def test_a_noun_after_a_number_stays_its_unit(text, lang, value, unit):
    q = next(q for q in extract_numbers(text, lang) if q.value == value)
    assert q.unit == unit
