"""How a vote was carried is one fact across languages (trial53 F2): tr "oybirliğiyle kabul edildi" (unanimously) and
en "by a majority vote" were two unique claims. vote_type reads it in 16 languages; two units that say it two ways
conflict ("vote: unanimous vs majority"), and the only two such units of two reports are paired whatever their
cosine. A denied "unanimous" says neither; two days are two votes."""

from __future__ import annotations

import numpy as np
import pytest

from storylens.analysis.claims import AlignedPair, ClaimAligner, Unit
from storylens.analysis.conflicts import vote_type
from storylens.report.pipeline import _Measures, _VoteType


@pytest.mark.parametrize(("lang", "text", "vote"), [
    ("tr", "Meclis, yasa tasarısını oybirliğiyle kabul etti.", "unanimous"),
    ("tr", "Teklif oy çokluğuyla kabul edildi.", "majority"),
    ("en", "Parliament approved the bill by a majority vote.", "majority"),
    ("en", "Lawmakers unanimously approved the bill.", "unanimous"),
    ("de", "Der Bundestag stimmte einstimmig zu.", "unanimous"),
    ("de", "Der Plan wurde mehrheitlich angenommen.", "majority"),
    ("fr", "Le Parlement a adopté le texte à la majorité.", "majority"),
    ("fr", "Le texte a été adopté à l'unanimité.", "unanimous"),
    ("es", "El Congreso aprobó la ley por unanimidad.", "unanimous"),
    ("it", "Il Senato ha approvato a maggioranza.", "majority"),
    ("pt", "A lei foi aprovada por unanimidade.", "unanimous"),
    ("nl", "De Kamer stemde unaniem in.", "unanimous"),
    ("ru", "Сенат единогласно одобрил закон.", "unanimous"),
    ("uk", "Рада ухвалила закон більшістю голосів.", "majority"),
    ("pl", "Sejm przyjął ustawę większością głosów.", "majority"),
    ("cs", "Rada přijala zákon jednomyslně.", "unanimous"),
    ("ar", "وافق البرلمان بالإجماع على القانون.", "unanimous"),
    ("zh", "议会一致通过了该法案。", "unanimous"),
    ("ja", "法案は賛成多数で可決された。", "majority"),
    ("ko", "법안은 만장일치로 통과됐다.", "unanimous"),
])
def test_vote_type_in_each_language(lang: str, text: str, vote: str) -> None:
    assert vote_type(text, lang) == vote


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The vote was not unanimous."), ("en", "Parliament approved the bill on Tuesday."),
    ("de", "Die Entscheidung fiel nicht einstimmig."),
])
def test_no_vote_type(lang: str, text: str) -> None:
    assert vote_type(text, lang) is None


def _unit(doc: str, text: str, lang: str, n: int = 1) -> Unit:
    return Unit(doc, f"{doc}:s{n}", text, 0, len(text), lang)


def _measures() -> _Measures:
    return _Measures({"d1": "2026-11-25", "d2": "2026-11-25"})


def test_unanimous_against_majority_is_a_conflict() -> None:
    check = _VoteType(_measures())
    tr = _unit("d1", "Teklif oybirliğiyle kabul edildi.", "tr")
    en = _unit("d2", "Lawmakers approved the bill by a majority vote late on Wednesday.", "en")
    assert check(tr, en) == ["vote: unanimous vs majority"]
    assert check(tr, _unit("d2", "Lawmakers unanimously approved the bill late on Wednesday.", "en")) == []


def test_two_days_are_two_votes() -> None:
    check = _VoteType(_measures())
    a = _unit("d1", "Am Montag stimmte der Ausschuss einstimmig zu.", "de")
    b = _unit("d2", "The plenary approved it by a majority vote on Wednesday.", "en")
    assert check(a, b) == []


def test_the_only_two_votes_are_paired_and_checked_whatever_their_cosine() -> None:
    measures = _measures()
    aligner = ClaimAligner(embed=lambda texts: np.zeros((len(texts), 2)), conflict_checks=(_VoteType(measures),),
                           conflict_cosine=0.65, cross_conflict_cosine=0.50,
                           fact_keys=measures.fact_keys, one_fact=measures.one_fact)
    tr = [_unit("d1", "Meclis iklim kanununu görüştü.", "tr", 0), _unit("d1", "Teklif oybirliğiyle kabul edildi.", "tr", 1)]
    en = [_unit("d2", "Lawmakers approved the bill by a majority vote.", "en", 0),
          _unit("d2", "Opposition parties objected to several articles.", "en", 1)]
    units = tr + en
    found = aligner._fact_pairs(units, [0, 1], [2, 3])
    assert [(int(r), int(c)) for r, c in zip(*np.nonzero(found))] == [(1, 0)]
    pair = AlignedPair(tr[1], en[0], 0.3, 0.2, 0.0, same_fact=True)
    claim = aligner._claim("c1", [tr[1], en[0]], [pair])
    assert claim.status == "conflicting" and claim.conflict == "vote: unanimous vs majority"
