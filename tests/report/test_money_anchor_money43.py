"""Amounts of one currency and one subject of money are compared across languages whatever the sentences' cosine
(trial54 F1): "De schade wordt geschat op 2 miljoen euro" / "maddi hasarın 5 milyon avroyu bulduğunu" (USE cosine
0.42) was "not judged", and a pl/ru pair of one fire's damage was never paired at all. Two subjects (damage / aid,
damage / a fine), two amounts of one subject in one report, or two days are never compared so."""

from __future__ import annotations

import numpy as np
import pytest

from storylens.analysis.claims import AlignedPair, ClaimAligner, Unit
from storylens.analysis.quantities import money_subjects
from storylens.models import NOT_JUDGED
from storylens.report.pipeline import _Measures, _ZeroAgainstCount


def _unit(doc: str, text: str, lang: str, n: int = 1) -> Unit:
    return Unit(doc, f"{doc}:s{n}", text, 0, len(text), lang)


def _aligner(measures: _Measures, money: bool = True) -> ClaimAligner:
    return ClaimAligner(embed=lambda texts: np.zeros((len(texts), 2)),
                        conflict_checks=(measures.measure_conflicts, _ZeroAgainstCount(measures)),
                        difference_checks=(measures.figure_differences, measures.unchecked_figures),
                        conflict_cosine=0.65, cross_conflict_cosine=0.50, cross_conflict_score=0.75,
                        figure_anchor=measures.figure_anchor if money else None,
                        fact_keys=measures.fact_keys if money else None, one_fact=measures.one_fact if money else None)


def _claim(a: Unit, b: Unit, money: bool = True, cosine: float = 0.42, score: float = 0.55):
    measures = _Measures({"d1": "2026-11-26", "d2": "2026-11-26"})
    return _aligner(measures, money)._claim("c1", [a, b], [AlignedPair(a, b, score, cosine, 0.0)])


PLANTED = [
    (("nl", "De schade wordt geschat op 2 miljoen euro, zegt de eigenaar."),
     ("tr", "Fabrika sahibi, maddi hasarın 5 milyon avroyu bulduğunu söyledi."), "eur: 2 miljoen vs 5 milyon"),
    (("es", "Según el Ayuntamiento, la reparación del alcantarillado costará 3 millones de euros."),
     ("pt", "A câmara municipal estima que a reparação dos esgotos vai custar 4,5 milhões de euros."),
     "eur: 3 millones vs 4,5 milhões"),
    (("pl", "Straty właściciel szacuje na 3 mln zł."),
     ("ru", "По оценке владельца, ущерб составил 8 млн злотых."), "pln: 3 mln vs 8 млн"),
    (("de", "Für den Wiederaufbau stellt der Bund Soforthilfen in Höhe von 400 Millionen Euro bereit."),
     ("fr", "L'aide d'urgence fédérale s'élève à 200 millions d'euros pour la reconstruction."),
     "eur: 400 Millionen vs 200 millions"),
    (("it", "Per i primi interventi il governo ha stanziato 2 milioni di euro."),
     ("en", "The government earmarked an initial budget of 5 million euros for the first works."),
     "eur: 2 milioni vs 5 million"),
]


@pytest.mark.parametrize(("a", "b", "conflict"), PLANTED)
def test_one_amount_of_one_subject_is_compared_under_the_floor(a, b, conflict) -> None:
    claim = _claim(_unit("d1", a[1], a[0]), _unit("d2", b[1], b[0]))
    assert claim.status == "conflicting", claim.differs
    assert claim.conflict == conflict


@pytest.mark.parametrize(("a", "b", "conflict"), PLANTED)
def test_without_the_anchor_the_pair_stays_not_judged(a, b, conflict) -> None:
    claim = _claim(_unit("d1", a[1], a[0]), _unit("d2", b[1], b[0]), money=False)
    assert claim.status == "shared"
    assert claim.differs is not None and NOT_JUDGED in claim.differs


@pytest.mark.parametrize(("a", "b"), [
    (("nl", "De schade wordt geschat op 2 miljoen euro, zegt de eigenaar."),
     ("tr", "Belediye, işçilere 5 milyon avroluk yardım yapacağını açıkladı.")),
    (("pl", "Straty właściciel szacuje na 3 mln zł."),
     ("ru", "В прошлом году владелец заплатил штраф в 8 млн злотых за нарушения.")),
    (("es", "El Gobierno destinará 30 millones de euros en ayudas, y los daños superan los 90 millones."),
     ("pt", "As ajudas do Governo somam 50 milhões de euros.")),
    (("de", "Der Schaden wird auf 2 Millionen Euro geschätzt."),
     ("en", "The damage is put at 5 million dollars.")),
])
def test_two_subjects_or_currencies_are_not_compared(a, b) -> None:
    claim = _claim(_unit("d1", a[1], a[0]), _unit("d2", b[1], b[0]))
    assert claim.status == "shared", claim.conflict


def test_one_language_keeps_its_own_floor() -> None:
    a = _unit("d1", "The damage is estimated at 2 million euros, the owner said.", "en")
    b = _unit("d2", "Insurers put the total damage at 5 million euros on Friday.", "en")
    assert _claim(a, b).status == "shared"


def test_two_days_are_not_compared() -> None:
    a = _unit("d1", "Op maandag werd de schade geschat op 2 miljoen euro.", "nl")
    b = _unit("d2", "Hasar 25 Kasım'da 5 milyon avro olarak açıklandı.", "tr")
    assert _claim(a, b).status == "shared"


def _pairs(texts_a, texts_b) -> set[tuple[str, str]]:
    """The money pairs the aligner adds between two documents' units (no cosine: a zero embedder)."""
    measures = _Measures({"d1": "2026-11-26", "d2": "2026-11-26"})
    aligner = _aligner(measures)
    units = [_unit("d1", t, lang, n) for n, (lang, t) in enumerate(texts_a)]
    units += [_unit("d2", t, lang, n) for n, (lang, t) in enumerate(texts_b)]
    ia, ib = list(range(len(texts_a))), list(range(len(texts_a), len(units)))
    found = aligner._fact_pairs(units, ia, ib)
    return {(units[ia[r]].text, units[ib[c]].text) for r, c in zip(*np.nonzero(found))}


def test_the_only_amounts_of_one_subject_are_paired() -> None:
    pl = [("pl", "W nocy spłonęła hala magazynowa w Łodzi."), ("pl", "Straty właściciel szacuje na 3 mln zł.")]
    ru = [("ru", "По оценке владельца, ущерб составил 8 млн злотых."), ("ru", "В Лодзи сгорел склад.")]
    assert _pairs(pl, ru) == {(pl[1][1], ru[0][1])}


def test_two_amounts_of_one_subject_in_one_report_pair_nothing() -> None:
    pl = [("pl", "Straty w hali szacuje się na 3 mln zł."), ("pl", "Straty w sąsiednim sklepie wynoszą 2 mln zł.")]
    ru = [("ru", "По оценке владельца, ущерб составил 8 млн злотых.")]
    assert _pairs(pl, ru) == set()


@pytest.mark.parametrize(("lang", "text", "subject"), [
    ("en", "The damage is put at $5 million.", "damage"), ("de", "Der Sachschaden liegt bei 2 Millionen Euro.", "damage"),
    ("fr", "Les dégâts sont estimés à 2 millions d'euros.", "damage"), ("es", "Los daños ascienden a 2 millones.", "damage"),
    ("it", "I danni ammontano a 2 milioni di euro.", "damage"), ("pt", "Os prejuízos ascendem a 2 milhões.", "damage"),
    ("nl", "De schade bedraagt 2 miljoen euro.", "damage"), ("pl", "Straty sięgają 3 mln zł.", "damage"),
    ("ru", "Ущерб составил 8 млн рублей.", "damage"), ("tr", "Hasar 5 milyon avroyu buldu.", "damage"),
    ("uk", "Збитки сягають 2 млн гривень.", "damage"), ("cs", "Škoda dosáhla 2 milionů korun.", "damage"),
    ("zh", "损失达200万元。", "damage"), ("ja", "被害額は2億円に上る。", "damage"), ("ko", "피해액은 20억 원이다.", "damage"),
    ("ar", "بلغت الأضرار مليوني دولار.", "damage"),
    ("es", "La reparación costará 3 millones de euros.", "cost"), ("pt", "A obra vai custar 4 milhões.", "cost"),
    ("de", "Der Bund stellt Soforthilfen von 400 Millionen Euro bereit.", "aid"),
    ("fr", "L'aide s'élève à 200 millions d'euros.", "aid"), ("tr", "5 milyon avroluk yardım yapılacak.", "aid"),
    ("it", "Il governo ha stanziato 2 milioni.", "budget"), ("en", "A fine of $3 million was imposed.", "fine"),
    ("ru", "Суд назначил штраф в 5 млн рублей.", "fine"),
])
def test_money_subjects_in_each_language(lang: str, text: str, subject: str) -> None:
    assert subject in money_subjects(text, lang)


PL_FIRE = """Pożar hali w Łodzi

ŁÓDŹ (PAP) - W nocy z poniedziałku na wtorek spłonęła hala magazynowa przy ulicy Źródłowej w Łodzi.
Z ogniem walczyło 30 zastępów straży pożarnej.
Straty właściciel szacuje na 3 mln zł.
Nikt nie został ranny.
"""
RU_FIRE = """В Лодзи сгорел склад

ЛОДЗЬ (ТАСС) - В польском городе Лодзь в ночь на вторник сгорел складской ангар на улице Зрудловой.
С огнём боролись 30 пожарных расчётов.
По оценке владельца, ущерб составил 8 млн злотых.
Никто не пострадал.
"""


def test_a_pair_the_aligner_left_apart_is_compared_end_to_end(embedder, tmp_path) -> None:
    from storylens import Comparer

    paths = [tmp_path / "pl.txt", tmp_path / "ru.txt"]
    for path, text in zip(paths, (PL_FIRE, RU_FIRE)):
        path.write_text(text, encoding="utf-8")
    claims = Comparer(embedder=embedder, similarity_model="fast").compare(paths).claims
    claim = next(c for c in claims if any("3 mln zł" in e.text for e in c.evidence))
    assert claim.status == "conflicting" and claim.conflict == "pln: 3 mln vs 8 млн", (claim.status, claim.conflict)


ES_STORM = """Un temporal azota la costa de Valencia

VALENCIA, 14 nov (EFE).- Un fuerte temporal de lluvia y viento azotó el martes la costa de Valencia.
{toll}
El alcalde, Diego Gomar, pidió a los vecinos que no salgan de casa.
Los colegios permanecerán cerrados hasta el jueves.
"""
PT_STORM = """Temporal atinge costa de Valência

VALÊNCIA, 14 nov (Lusa) - Um forte temporal de chuva e vento atingiu na terça-feira a costa de Valência.
{toll}
O presidente da câmara, Diego Gomar, pediu aos moradores que não saiam de casa.
As escolas vão continuar fechadas até quinta-feira.
"""


def _storm_claim(embedder, tmp_path, es_toll: str, pt_toll: str):
    from storylens import Comparer

    paths = [tmp_path / "es.txt", tmp_path / "pt.txt"]
    for path, text in zip(paths, (ES_STORM.format(toll=es_toll), PT_STORM.format(toll=pt_toll))):
        path.write_text(text, encoding="utf-8")
    claims = Comparer(embedder=embedder, similarity_model="fast").compare(paths).claims
    return next(c for c in claims if any(es_toll in e.text for e in c.evidence))


def test_one_toll_of_one_storm_is_compared_across_languages(embedder, tmp_path) -> None:
    claim = _storm_claim(embedder, tmp_path, "Según Protección Civil, el temporal se ha cobrado la vida de cinco personas en la provincia.",
                         "Sete pessoas morreram na sequência do mau tempo, informaram as autoridades.")
    assert claim.status == "conflicting" and claim.conflict == "killed: 5 vs 7", (claim.status, claim.conflict)


def test_the_tolls_of_two_places_are_not(embedder, tmp_path) -> None:
    claim = _storm_claim(embedder, tmp_path, "En Alzira murieron dos personas arrastradas por el agua.",
                         "No total, o temporal fez sete mortos em toda a província de Valência.")
    assert claim.status != "conflicting", claim.conflict
