"""A count of nobody against a count of some of one event (final41 #2): "Погибших нет." / "Nie żyją dwie osoby."
(cosine 0.44, under the 0.50 cross-language conflict floor) was "figures differ: killed: погибших нет vs 2 (not
judged: the sentences are too far apart to check)", though both are the last sentence of one story told twice.
The zero readings of each language are text data ("zero_counts"); the event both count is the anchor."""

from __future__ import annotations

import numpy as np
import pytest

from storylens.analysis.claims import AlignedPair, ClaimAligner, Unit
from storylens.models import NOT_JUDGED
from storylens.report.pipeline import _Measures, _ZeroAgainstCount

ZEROS = [
    ("Погибших нет.", "ru"),
    ("El incendio se saldó sin víctimas mortales.", "es"),
    ("Es gab keine Toten.", "de"),
    ("Il n'y a eu aucun mort.", "fr"),
    ("Aucune victime n'est à déplorer.", "fr"),
    ("无人死亡。", "zh"),
    ("لا وفيات.", "ar"),
    ("لم تسجل أي وفيات.", "ar"),
    ("Nie ma ofiar śmiertelnych.", "pl"),
    ("Non ci sono vittime.", "it"),
    ("Can kaybı yok.", "tr"),
    ("There were no fatalities.", "en"),
]
SOME = [
    ("Nie żyją dwie osoby.", "pl", "2"),
    ("Two people were killed.", "en", "2"),
    ("Zwei Menschen starben.", "de", "2"),
    ("事故造成3人死亡。", "zh", "3"),
]


def _unit(doc: str, text: str, lang: str) -> Unit:
    return Unit(doc, f"{doc}:s1", text, 0, len(text), lang)


def _measures() -> _Measures:
    return _Measures({"d1": "2024-04-08", "d2": "2024-04-08"})


@pytest.mark.parametrize(("text", "lang"), ZEROS)
def test_each_language_reads_its_zero_toll(text: str, lang: str) -> None:
    counts = _measures().kinds(text, lang).get("count", [])
    assert [(q.value, q.unit) for q in counts] == [(0.0, "killed")]


@pytest.mark.parametrize(("zero", "zero_lang"), ZEROS)
@pytest.mark.parametrize(("some", "some_lang", "figure"), SOME)
def test_nobody_against_some_conflicts(zero: str, zero_lang: str, some: str, some_lang: str, figure: str) -> None:
    check = _ZeroAgainstCount(_measures())
    found = check(_unit("d1", zero, zero_lang), _unit("d2", some, some_lang))
    assert len(found) == 1 and found[0].startswith("killed: ") and found[0].endswith(f" vs {figure}"), found
    # either order
    assert len(check(_unit("d1", some, some_lang), _unit("d2", zero, zero_lang))) == 1


@pytest.mark.parametrize(("a", "b"), [
    (("Погибших нет.", "ru"), ("Ranne zostały dwie osoby.", "pl")),  # another event: injured, not killed
    (("Nikt nie zginął.", "pl"), ("No one was killed.", "en")),  # nobody both
    (("Zginęły trzy osoby.", "pl"), ("Two people were killed.", "en")),  # some both: the floor's to judge
    (("Погибших нет.", "ru"), ("Zwei weitere Menschen starben am Dienstag.", "de")),  # a later count
    (("No one was killed on Monday.", "en"), ("Am Dienstag starben zwei Menschen.", "de")),  # another day
    (("No one was killed in the first blast, but two died in the second.", "en"), ("Zwei Menschen starben.", "de")),
    # a zero that holds for now only: an early report, not a contradiction (review36a H5)
    (("暂无人员死亡。", "zh"), ("Two people were killed.", "en")),
    (("目前暂无人员死亡报告，救援工作正在进行。", "zh"), ("Two people were killed.", "en")),
    (("No deaths have been reported so far, a spokesman said.", "en"), ("Zwei Menschen starben in ihren Autos.", "de")),
    (("There were no immediate reports of fatalities.", "en"), ("Two people were killed.", "en")),
    (("Bislang gab es keine Toten.", "de"), ("Two people were killed.", "en")),
    (("Il n'y a pour l'instant aucun mort.", "fr"), ("Zwei Menschen starben.", "de")),
    (("Hasta el momento no hubo muertos.", "es"), ("Two people were killed.", "en")),
    (("Пока погибших нет.", "ru"), ("Nie żyją dwie osoby.", "pl")),
    (("Na razie nie ma ofiar.", "pl"), ("Погибли два человека.", "ru")),
    # a zero in a place or group the other side does not name (review36a H4)
    (("No one was killed in the capital, the ministry said.", "en"), ("Im Norden des Landes starben zwei Menschen.", "de")),
    (("No one in the building was killed.", "en"), ("Two people were killed.", "en")),
    (("There were no fatalities among the crew.", "en"), ("Two passengers were killed.", "en")),
    (("Es gab keine Toten unter den Touristen.", "de"), ("Two people were killed.", "en")),
    (("Nikt nie zginął w stolicy.", "pl"), ("Two people were killed.", "en")),
    (("В столице никто не погиб.", "ru"), ("Two people were killed.", "en")),
    (("Nessun morto nel centro della città.", "it"), ("Two people were killed.", "en")),
])
def test_no_conflict(a: tuple[str, str], b: tuple[str, str]) -> None:
    assert _ZeroAgainstCount(_measures())(_unit("d1", *a), _unit("d2", *b)) == []


@pytest.mark.parametrize(("zero", "some", "label"), [
    (("No deaths have been reported so far.", "en"), ("Two people died.", "en"), "no deaths (so far)"),
    (("Bislang gab es keine Toten.", "de"), ("Zwei Menschen starben.", "de"), "keine toten (bislang)"),
    (("Пока погибших нет.", "ru"), ("Погибли два человека.", "ru"), "погибших нет (пока)"),
])
def test_a_provisional_zero_is_a_difference_even_in_a_close_pair(zero: tuple[str, str], some: tuple[str, str],
                                                                 label: str) -> None:
    measures = _measures()
    a, b = _unit("d1", *zero), _unit("d2", *some)
    assert measures.measure_conflicts(a, b) == [] and measures.measure_conflicts(b, a) == []
    assert [(what, mine) for what, mine, _ in measures.figure_differences(a, b)] == [("killed", label)]


def test_a_scope_both_sides_name_is_no_scope() -> None:
    check = _ZeroAgainstCount(_measures())
    assert len(check(_unit("d1", "No one was killed in the capital.", "en"),
                     _unit("d2", "Two people were killed in the capital.", "en"))) == 1


@pytest.mark.parametrize(("text", "lang"), [
    ("ولم يتضح ما إذا كانت هناك أي وفيات.", "ar"),  # "whether there were any deaths": no zero (review36a H6)
    ("لم يعرف بعد إن كانت هناك أي وفيات.", "ar"),
    # a question counts nobody
    ("Ölen kimse var mı?", "tr"),
    ("¿No hubo muertos?", "es"),
    ("Was no one killed in the blast?", "en"),
])
def test_no_zero_without_a_negation(text: str, lang: str) -> None:
    assert [q for q in _measures().kinds(text, lang).get("count", []) if q.value == 0] == []


def _aligner(measures: _Measures) -> ClaimAligner:
    # the pairs are given with their cosines: nothing is embedded
    return ClaimAligner(embed=lambda texts: np.zeros((len(texts), 2)), conflict_checks=(measures.measure_conflicts, _ZeroAgainstCount(measures)),
                        difference_checks=(measures.figure_differences, measures.unchecked_figures),
                        conflict_cosine=0.65, cross_conflict_cosine=0.50)


def test_a_claim_under_the_floor_with_nobody_against_two_is_conflicting() -> None:
    ru, pl = _unit("d1", "Погибших нет.", "ru"), _unit("d2", "Nie żyją dwie osoby.", "pl")
    claim = _aligner(_measures())._claim("c5", [ru, pl], [AlignedPair(ru, pl, 0.627, 0.44, 0.0)])
    assert claim.status == "conflicting"
    assert claim.conflict == "killed: погибших нет vs 2"
    assert claim.differs is None


def test_two_counts_under_the_floor_stay_not_judged() -> None:
    pl, en = _unit("d1", "Zginęły trzy osoby.", "pl"), _unit("d2", "Two people were killed.", "en")
    claim = _aligner(_measures())._claim("c5", [pl, en], [AlignedPair(pl, en, 0.627, 0.44, 0.0)])
    assert claim.status == "shared"
    assert claim.differs is not None and NOT_JUDGED in claim.differs
