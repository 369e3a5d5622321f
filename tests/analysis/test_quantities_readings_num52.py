"""Figures break50 and break50b found misread (num52): a toll whose change is told with its amount before it ("rose by
20 percent to 12"), a share of the dead or the missing found alive, a group among the dead, the part of a whole
named with its owner ("2,000 of the plant's 9,000 workers"), the saved and the trapped, in several languages."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import compare_numbers, extract_numbers, unit_key


def _read(text: str, lang: str) -> list[tuple[float | None, str | None, bool, bool]]:
    return [(q.value, unit_key(q.unit), q.part, q.whole) for q in extract_numbers(text, lang) if q.kind == "count"]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The death toll rose by 20 percent to 12 on Monday.", "en"),
        ("The death toll has risen by 20 per cent to 12.", "en"),
        ("Le bilan des morts a augmenté de 20 % pour atteindre 12.", "fr"),
        ("Il bilancio dei morti è salito del 20 per cento a 12.", "it"),
        ("Die Zahl der Toten stieg um 20 Prozent auf 12 am Montag.", "de"),
        ("Liczba zabitych wzrosła o 20 procent do 12.", "pl"),
        ("Ölü sayısı yüzde 20 artarak 12'ye yükseldi.", "tr"),
    ],
)
def test_a_toll_told_with_its_change_keeps_its_unit(text, lang):
    """break50 N12 / break50b 9: the verb of change more than three words back left the 12 without its toll; "per
    cento" / "pour cent" gave a count of 100; German "12 am Montag" was dropped as 12 a.m."""
    assert _read(text, lang) == [(12.0, "killed", False, False)]


def test_the_amount_of_a_change_is_no_toll_of_its_own_figure():
    """"the number of dead rose by two to 12": the two is the change, the 12 the toll (num52 pinned both read as the dead;
    num53 reads the change's amount with no unit, break51 N10)."""
    assert [(v, unit) for v, unit, *_ in _read("The number of dead rose by two to 12.", "en")] == [(2.0, None), (12.0, "killed")]
    assert extract_numbers("The train left at 12 am on Monday.", "en") == ()  # English "12 am" is still a time


@pytest.mark.parametrize(
    "text, lang, whole",
    [
        ("Two of the 14 people reported dead were later found alive.", "en", "killed"),
        ("Three of the 20 missing were found alive.", "en", "missing"),
        ("Zwei der 14 als tot gemeldeten Menschen wurden lebend gefunden.", "de", "killed"),
        ("Drei der 20 Vermissten wurden lebend gefunden.", "de", "missing"),
        ("Deux des 14 personnes déclarées mortes ont été retrouvées vivantes.", "fr", "killed"),
        ("Tres de los 20 desaparecidos fueron hallados con vida.", "es", "missing"),
        ("Трое из 20 пропавших без вести были найдены живыми.", "ru", "missing"),
    ],
)
def test_a_share_found_alive_leaves_the_whole_its_count(text, lang, whole):
    """break50b 9: "Two of the 14 people reported dead" lost the 14 dead, "Three of the 20 missing" read three missing."""
    (_, share_unit, share_part, _), (_, whole_unit, whole_part, _) = _read(text, lang)
    assert (share_unit, share_part) == (None, True) and (whole_unit, whole_part) == (whole, False)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Five children among dead in Lagos school fire", "en"),
        ("Fünf Kinder unter den Toten nach Schulbrand in Lagos", "de"),
        ("Cinq enfants parmi les morts dans l'incendie d'une école à Lagos", "fr"),
        ("Cinco niños entre los muertos en el incendio de una escuela", "es"),
        ("Пятеро детей среди погибших при пожаре в школе", "ru"),
    ],
)
def test_a_group_among_the_dead_is_a_part(text, lang):
    """break50 P4: the headline's five children stood against the other report's 15 dead."""
    assert [part for *_, part, _ in _read(text, lang)] == [True]


def test_among_them_names_the_group_after_the_whole():
    """"12 people among them five children": the 12 is the whole, the five its part."""
    assert [p for *_, p, _ in _read("The fire killed 12 people among them five children.", "en")] == [False, True]
    assert [p for *_, p, _ in _read("Погибли 12 человек, среди них пятеро детей.", "ru")] == [False, True]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("About 2,000 of the plant's 9,000 workers walked out.", "en"),
        ("About 2,000 of its 9,000 workers walked out.", "en"),
        ("Environ 2 000 des 9 000 salariés de l'usine ont débrayé.", "fr"),
        ("Circa 2.000 dei 9.000 lavoratori dello stabilimento hanno scioperato.", "it"),
        ("Unos 2.000 de los 9.000 trabajadores de la planta fueron a la huelga.", "es"),
    ],
)
def test_a_whole_named_with_its_owner(text, lang):
    """break50 P2: "worker: 2,000 vs 9,000" set the strikers against the workforce."""
    (a, unit_a, _, whole_a), (b, unit_b, _, whole_b) = _read(text, lang)
    assert (a, b, whole_a, whole_b) == (2000.0, 9000.0, False, True) and unit_a == unit_b == "worker"


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Rescuers saved 40 people trapped in basements.", "en"),
        ("12 people trapped in basements were rescued.", "en"),
        ("Les secours ont sauvé 40 personnes piégées dans les sous-sols.", "fr"),
        ("Los rescatistas salvaron a 40 personas atrapadas en sótanos.", "es"),
        ("Спасатели спасли 40 человек из подвалов.", "ru"),
        ("Die Feuerwehr rettete 40 Menschen, die in Kellern eingeschlossen waren.", "de"),
        ("Doctors saved 12 lives.", "en"),
    ],
)
def test_the_saved_are_rescued(text, lang):
    """break50 P3: "saved" was no rescue, and the people trapped were counted as whatever the next verb said."""
    assert [unit for _, unit, *_ in _read(text, lang)] == ["rescued"]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("共有58名矿工被困。", "zh"),
        ("Fifty-eight miners had been trapped, he said.", "en"),
        ("58 Bergleute waren unter Tage eingeschlossen.", "de"),
        ("58 mineros quedaron atrapados.", "es"),
        ("58 madenci mahsur kaldı.", "tr"),
    ],
)
def test_the_trapped_are_their_own_count(text, lang):
    """break50 P5: 58 trapped miners against 42 rescued was "miner: 58 vs 42"."""
    assert _read(text, lang) == [(58.0, "trapped", False, False)]
    assert compare_numbers(extract_numbers(text, lang), extract_numbers("已有42人获救。", "zh")) == []
