"""Issue #12, stop 79 (conflicts79): a part of the injured told beside the total is no second total.

"25 people were injured, four of them seriously" / "Four people were seriously injured" was "injured: 25 vs 4"
(newuser78 M2). A count opened by a part word of its language (text data "part_before" / "part_after": "of them",
davon, dont, "de ellas", "di cui") with no toll word of its own is read in the unit of the toll before it
(quantities._context._part_unit), and a figure of the other report equal to such a part of the injured is that
part, never compared with the total (quantities._compare._told_as_part). Positive evidence only: the part word and
the same figure must both be there. Of the injured only, whose parts are grades a report may give alone. A part of
the dead ("Four people were killed, two of them children") is no toll
of its own: "Two people were killed" stays a conflict, and so do another total, another figure, another toll.
"""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import compare_numbers, extract_numbers

_PART = {
    "en": "25 people were injured, four of them seriously, the prefecture said.",
    "de": "25 Menschen wurden verletzt, davon vier schwer, teilte die Präfektur mit.",
    "fr": "25 personnes ont été blessées, dont quatre grièvement, selon la préfecture.",
    "es": "Resultaron heridas 25 personas, cuatro de ellas de gravedad, según la prefectura.",
    "it": "25 persone sono rimaste ferite, di cui quattro gravemente, secondo la prefettura.",
}
_ALONE = {
    "en": "Four people were seriously injured, the prefecture said.",
    "de": "Vier Menschen wurden schwer verletzt, teilte die Präfektur mit.",
    "fr": "Quatre personnes ont été grièvement blessées, selon la préfecture.",
    "es": "Cuatro personas resultaron heridas de gravedad, según la prefectura.",
    "it": "Quattro persone sono rimaste ferite gravemente, secondo la prefettura.",
}
_PLAIN_FOUR = {
    "en": "Four people were injured, the prefecture said.",
    "de": "Vier Menschen wurden verletzt, teilte die Präfektur mit.",
    "fr": "Quatre personnes ont été blessées, selon la préfecture.",
    "es": "Cuatro personas resultaron heridas, según la prefectura.",
    "it": "Quattro persone sono rimaste ferite, secondo la prefettura.",
}
_OTHER_TOTAL = {
    "en": "31 people were injured, four of them seriously, the prefecture said.",
    "de": "31 Menschen wurden verletzt, davon vier schwer, teilte die Präfektur mit.",
    "fr": "31 personnes ont été blessées, dont quatre grièvement, selon la préfecture.",
    "es": "Resultaron heridas 31 personas, cuatro de ellas de gravedad, según la prefectura.",
    "it": "31 persone sono rimaste ferite, di cui quattro gravemente, secondo la prefettura.",
}
_SIX = {
    "en": "Six people were injured, the prefecture said.",
    "de": "Sechs Menschen wurden verletzt, teilte die Präfektur mit.",
    "fr": "Six personnes ont été blessées, selon la préfecture.",
    "es": "Seis personas resultaron heridas, según la prefectura.",
    "it": "Sei persone sono rimaste ferite, secondo la prefettura.",
}
_KILLED_PART = {
    "en": "Four people were killed, two of them children, the prefecture said.",
    "de": "Vier Menschen kamen ums Leben, darunter zwei Kinder, teilte die Präfektur mit.",
    "fr": "Quatre personnes ont été tuées, dont deux enfants, selon la préfecture.",
    "es": "Cuatro personas murieron, dos de ellas niños, según la prefectura.",
    "it": "Quattro persone sono morte, di cui due bambini, secondo la prefettura.",
}
_KILLED_TWO = {
    "en": "Two people were killed, the prefecture said.",
    "de": "Zwei Menschen kamen ums Leben, teilte die Präfektur mit.",
    "fr": "Deux personnes ont été tuées, selon la préfecture.",
    "es": "Dos personas murieron, según la prefectura.",
    "it": "Due persone sono morte, secondo la prefettura.",
}
_LANGS = sorted(_PART)


def _conflicts(a: tuple[str, str], b: tuple[str, str]) -> list[str]:
    qa, qb = extract_numbers(a[0], a[1]), extract_numbers(b[0], b[1])
    return [*compare_numbers(qa, qb), *compare_numbers(qb, qa)]


@pytest.mark.parametrize("lang", _LANGS)
def test_part_without_toll_word_is_read_in_the_toll_before_it(lang):
    found = [q for q in extract_numbers(_PART[lang], lang) if q.value == 4]
    assert len(found) == 1 and found[0].part and found[0].unit is not None
    assert found[0].unit == next(q.unit for q in extract_numbers(_PART[lang], lang) if q.value == 25)


@pytest.mark.parametrize("lang", _LANGS)
@pytest.mark.parametrize("other", [_ALONE, _PLAIN_FOUR], ids=["seriously", "plain"])
def test_the_part_alone_is_no_second_total(lang, other):
    assert _conflicts((_PART[lang], lang), (other[lang], lang)) == []


@pytest.mark.parametrize(("la", "lb"), [("de", "en"), ("fr", "en"), ("es", "en"), ("en", "it"), ("it", "fr")])
def test_the_part_alone_across_languages(la, lb):
    assert _conflicts((_PART[la], la), (_ALONE[lb], lb)) == []


@pytest.mark.parametrize("lang", _LANGS)
def test_another_total_beside_the_same_part_stays_a_conflict(lang):
    assert any(c.startswith("injured: ") for c in _conflicts((_PART[lang], lang), (_OTHER_TOTAL[lang], lang)))


@pytest.mark.parametrize("lang", _LANGS)
def test_a_figure_that_is_not_the_part_stays_a_conflict(lang):
    assert any(c.startswith("injured: ") for c in _conflicts((_PART[lang], lang), (_SIX[lang], lang)))


@pytest.mark.parametrize("lang", ["en", "de", "fr", "it"])  # es: "dos de ellas niños" is read bare, as on main
def test_a_part_of_the_dead_is_no_toll_of_its_own(lang):
    assert any(c.startswith("killed: ") for c in _conflicts((_KILLED_PART[lang], lang), (_KILLED_TWO[lang], lang)))


def test_a_part_of_the_injured_against_another_toll_stays_a_conflict():
    a = ("Twelve people were killed and 25 injured, four of them seriously, the prefecture said.", "en")
    assert any(c.startswith("killed: ") for c in _conflicts(a, ("Four people were killed, the prefecture said.", "en")))
