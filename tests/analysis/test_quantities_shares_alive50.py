"""break50 N5/N11: a share of a toll found alive, and a count scoped to one part of the area.

"Two of the 14 dead were found alive" corrects the toll of 14: the two are no toll, the 14 stays the (former) toll
(N5: "killed: 2 vs 12"). "In the Kadikoy district alone, 250 people were evacuated" counts one district, never the
city's total (N11: "evacuated: 250 vs 900")."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import compare_numbers, extract_numbers, unit_key


def _read(text: str, lang: str) -> list[tuple[float | None, str | None]]:
    return [(q.value, unit_key(q.unit)) for q in extract_numbers(text, lang)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Two of the 14 dead were found alive on Friday in a neighbouring village, police said."),
    ("de", "Zwei der 14 Toten wurden am Freitag lebend gefunden."),
    ("fr", "Deux des 14 morts ont été retrouvés vivants vendredi."),
    ("es", "Dos de los 14 muertos fueron hallados con vida el viernes."),
    ("it", "Due dei 14 morti sono stati ritrovati vivi venerdì."),
    ("ru", "Двое из 14 погибших были найдены живыми в пятницу."),
])
def test_a_share_of_the_dead_found_alive_is_no_toll(lang: str, text: str) -> None:
    assert _read(text, lang) == [(2.0, None), (14.0, "killed")]


@pytest.mark.parametrize(("text", "expected"), [
    # held: the whole phrase found alive, no share before it
    ("Three people initially reported dead were found alive.", [(3.0, None)]),
    # a toll in another clause keeps its own reading
    ("Three people died and 14 dead were found alive.", [(3.0, "killed"), (14.0, None)]),
])
def test_found_alive_without_a_share_is_unchanged(text: str, expected: list) -> None:
    assert _read(text, "en") == expected


def test_the_toll_and_its_correction_conflict_only_on_the_toll() -> None:
    # break50 n/c3 vs n/c4
    a = [*extract_numbers("The landslide in Benguet killed 14 people, police said on Thursday.", "en"),
         *extract_numbers("Two of the 14 dead were found alive on Friday in a neighbouring village, police said.", "en")]
    b = extract_numbers("The landslide in Benguet killed 12 people, police said on Friday, after two villagers listed "
                        "among the dead were found alive in a neighbouring village.", "en")
    assert compare_numbers(a, b) == ["killed: 14 vs 12"]


_TOTALS = {
    "en": "Heavy rain flooded homes, and 900 people were evacuated across the city, the agency said.",
    "de": "In der ganzen Stadt wurden 900 Menschen evakuiert.",
    "fr": "Dans toute la ville, 900 personnes ont été évacuées.",
    "es": "En toda la ciudad, 900 personas fueron evacuadas.",
    "ru": "По всему городу были эвакуированы 900 человек.",
    "tr": "Kent genelinde 900 kişi tahliye edildi.",
}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "In the Kadikoy district alone, 250 people were evacuated from flooded ground floors."),
    ("de", "Allein im Bezirk Kadıköy wurden 250 Menschen evakuiert."),
    ("fr", "Le quartier de Kadikoy à lui seul compte 250 personnes évacuées."),
    ("fr", "Dans le seul quartier de Kadikoy, 250 personnes ont été évacuées."),
    ("es", "Solo en el distrito de Kadikoy, 250 personas fueron evacuadas."),
    ("ru", "Только в районе Кадыкёй были эвакуированы 250 человек."),
    ("tr", "Sadece Kadıköy ilçesinde 250 kişi tahliye edildi."),
])
def test_a_count_scoped_to_a_part_is_no_total(lang: str, text: str) -> None:
    part, total = extract_numbers(text, lang), extract_numbers(_TOTALS[lang], lang)
    assert [(q.value, unit_key(q.unit), q.part) for q in part] == [(250.0, "evacuated", True)]
    assert [(q.value, unit_key(q.unit), q.part) for q in total] == [(900.0, "evacuated", False)]
    assert compare_numbers(part, total) == []
    assert compare_numbers(total, part) == []


def test_the_scope_word_is_the_count_s_it_stands_by() -> None:
    found = extract_numbers("900 people were evacuated, 250 of them in Kadikoy alone.", "en")
    assert [(q.value, q.part) for q in found] == [(900.0, False), (250.0, True)]
    found = extract_numbers("The quake killed 12 people, and in Kadikoy alone 3 died.", "en")
    assert [(q.value, q.part) for q in found] == [(12.0, False), (3.0, True)]
    found = extract_numbers("In Kadikoy alone 3 people died, and the quake killed 12 people.", "en")
    assert [(q.value, q.part) for q in found] == [(3.0, True), (12.0, False)]


@pytest.mark.parametrize("text, value", [  # break50b 1-2: "alone" after a verb says how they live or die
    ("Authorities said 300 people who live alone were evacuated by boat.", 300.0),
    ("Officials said 12 people died alone in their homes during the heatwave.", 12.0),
    ("40 people who lived alone lost their homes.", 40.0),
])
def test_alone_after_a_verb_scopes_no_count(text: str, value: float) -> None:
    assert [(q.value, q.part) for q in extract_numbers(text, "en")] == [(value, False)]
