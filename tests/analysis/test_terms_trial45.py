"""trial45 W1 (a), (b): a prison term is one kind of figure in every language, whatever its preposition, and
the term a prosecutor asked for is another; Turkish number words and participle tolls are figures.

Before: "Prosecutors had asked for 12 years" was a ``duration`` ("for"), "elf Jahre gefordert" / "11 лет" a
``count``, so the planted 12 vs 11 never met; "jailed for five years" (duration) and "seis años" (count) never
met either; "on iki yıl" was 10 and 2, "beşer yıl" no figure, "32 madencinin öldüğü" no toll."""

from __future__ import annotations

import pytest

from storylens.analysis.claims import Unit
from storylens.analysis.conflicts import filter_numbers
from storylens.analysis.quantities import extract_numbers, unit_key
from storylens.report.pipeline import _Measures


def _kinds(text: str, lang: str) -> dict[str, list[float | None]]:
    return {k: [q.value for q in v] for k, v in filter_numbers(text, extract_numbers(text, lang), lang).items()}


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("en", "Prosecutors had asked for 12 years.", 12),
    ("en", "Prosecutors had sought 12 years in prison.", 12),
    ("de", "Die Staatsanwaltschaft hatte elf Jahre gefordert.", 11),
    ("fr", "Le parquet avait requis douze ans.", 12),
    ("es", "La fiscalía había pedido doce años de prisión.", 12),
    ("it", "La procura aveva chiesto dodici anni.", 12),
    ("pl", "Prokuratura domagała się 12 lat więzienia.", 12),
    ("ru", "Прокуратура просила для Сейткали 11 лет заключения.", 11),
    ("ru", "Прокуратура просила одиннадцать лет заключения.", 11),
    ("tr", "Savcılık 12 yıl hapis istemişti.", 12),
    ("tr", "Savcılık on iki yıl hapis istemişti.", 12),
    ("zh", "检方此前要求判处12年。", 12),
    ("ar", "وطالبت النيابة بالسجن 12 عاما.", 12),
])
def test_term_asked_for_is_one_kind_in_every_language(lang, text, value):
    assert _kinds(text, lang) == {"demanded term": [value]}


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("en", "He was jailed for five years.", 5),
    ("en", "Two of his deputies were each sentenced to five years.", 5),
    ("en", "He was sentenced to nine years in prison in 2025.", 9),  # the calendar year is no term
    ("de", "Er wurde zu neun Jahren Haft verurteilt.", 9),
    ("fr", "Deux de ses adjoints ont été condamnés à cinq ans de prison chacun.", 5),
    ("es", "Dos de sus adjuntos fueron condenados a seis años de prisión cada uno.", 6),
    ("it", "Due suoi vice sono stati condannati a cinque anni di carcere.", 5),
    ("pl", "Dwaj jego zastępcy zostali skazani na pięć lat więzienia.", 5),
    ("ru", "Суд приговорил его к девяти годам заключения.", 9),
    ("ru", "Двое его заместителей получили по пять лет.", 5),
    ("tr", "Seytkali'nin iki yardımcısına da beşer yıl hapis cezası verildi.", 5),
    ("tr", "İki yardımcısına beş yıl hapis cezası verildi.", 5),
    ("zh", "法院判处他9年有期徒刑。", 9),
])
def test_sentence_term_is_one_kind_in_every_language(lang, text, value):
    kinds = _kinds(text, lang)
    assert kinds.get("term") == [value], kinds
    assert not kinds.get("duration") and 2025 not in kinds.get("count", [])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "He had run the mine for 20 years."),
    ("de", "Er leitete die Grube seit 20 Jahren."),
    ("fr", "Il dirigeait la mine depuis 20 ans."),
])
def test_a_period_with_no_penalty_is_no_term(lang, text):
    assert _kinds(text, lang) == {"duration": [20]}


@pytest.mark.parametrize(("text", "value", "key"), [
    ("32 madencinin öldüğü metan patlaması büyük yankı uyandırdı.", 32, "killed"),
    ("12 kişinin hayatını kaybettiği yangın söndürüldü.", 12, "killed"),
    ("Patlamada otuz iki madenci öldü.", 32, "killed"),
    ("Patlamada 32 madenci öldü.", 32, "killed"),
])
def test_turkish_participle_tolls_and_number_words(text, value, key):
    found = [(q.value, unit_key(q.unit)) for q in extract_numbers(text, "tr")]
    assert found == [(value, key)], found


def _unit(doc: str, text: str, lang: str) -> Unit:
    return Unit(doc, f"{doc}-s1", text, 0, len(text), lang)


@pytest.mark.parametrize(("a", "b", "expected"), [
    (("Prosecutors had asked for 12 years.", "en"), ("Die Staatsanwaltschaft hatte elf Jahre gefordert.", "de"),
     ["demanded term: year: 12 vs 11"]),
    (("Prosecutors had asked for 12 years.", "en"), ("Прокуратура просила 11 лет заключения.", "ru"),
     ["demanded term: year: 12 vs 11"]),
    (("Le parquet avait requis douze ans.", "fr"), ("Savcılık on bir yıl hapis istemişti.", "tr"),
     ["demanded term: year: 12 vs 11"]),
    (("He was jailed for five years.", "en"), ("Fue condenado a seis años de prisión.", "es"), ["term: year: 5 vs 6"]),
    (("Two deputies were sentenced to five years.", "en"), ("İki yardımcısına altışar yıl hapis cezası verildi.", "tr"),
     ["term: year: 5 vs 6"]),
    # the term given against the term asked for: two facts, no conflict
    (("He was sentenced to nine years.", "en"), ("Прокуратура просила 11 лет заключения.", "ru"), []),
    # a period with no penalty against a term: two facts
    (("He had run the mine for 20 years.", "en"), ("He was jailed for nine years.", "en"), []),
])
def test_terms_meet_across_languages(a, b, expected):
    measures = _Measures({"d1": "2026-12-01", "d2": "2026-12-01"})
    assert measures.number_conflicts(_unit("d1", *a), _unit("d2", *b)) == expected


@pytest.mark.parametrize(("lang", "text", "year", "count"), [
    ("en", "The blast in 2025 killed 32 miners.", "2025", 32),
    ("en", "Floods in 2019 killed 45 people.", "2019", 45),
    ("en", "Since 2020 dead miners have been honoured; 12 dead were named.", "2020", 12),
])
def test_a_calendar_year_before_a_toll_word_is_no_count(lang, text, year, count):
    from storylens.analysis.quantities import extract_dates

    assert [q.value for q in extract_numbers(text, lang)] == [count]
    assert [d.date for d in extract_dates(text, published="2026-12-01", language=lang)] == [year]


def test_a_count_before_a_toll_word_stays_a_count():
    assert [(q.value, unit_key(q.unit)) for q in extract_numbers("About 2000 killed in the war.", "en")] == [(2000, "killed")]
