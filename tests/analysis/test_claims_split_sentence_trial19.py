"""A sentence one source wrote as two (trial 19 #16): its second half, unique, stated every figure of the
claim its first half is in ("Zginęło co najmniej 38 osób, a 210 zostało rannych" after the Polish lead;
a live page's "At least 38 people are now confirmed dead and 210 injured." before the entry's second
sentence), and was listed as "what the source adds"."""

from __future__ import annotations

from storylens.analysis.claims import _join_split_sentences
from storylens.models import Claim, Evidence

EN = "A magnitude 6.4 earthquake struck on Monday, killing at least 38 people and injuring 210, officials said."
PL_LEAD = "Trzęsienie ziemi o magnitudzie 6,9 nawiedziło w poniedziałek góry na północy kraju."
PL_TOLL = "Zginęło co najmniej 38 osób, a 210 zostało rannych – podała obrona cywilna."
LANGS = {"d1:s0": "en", "d2:s0": "pl", "d2:s1": "pl", "d2:s2": "pl"}


def _ledger(toll: str) -> list[Claim]:
    return [
        Claim("c1", "shared", EN, (Evidence("d1", "d1:s0", EN), Evidence("d2", "d2:s0", PL_LEAD)), docs=("d1", "d2")),
        Claim("c2", "unique", toll, (Evidence("d2", "d2:s1", toll),), docs=("d2",)),
    ]


def test_the_second_half_of_a_split_sentence_joins_its_first_halfs_claim():
    claims = _join_split_sentences(_ledger(PL_TOLL), LANGS)
    assert [c.id for c in claims] == ["c1"]
    assert [e.sentence for e in claims[0].evidence] == ["d1:s0", "d2:s0", "d2:s1"]


def test_a_figure_the_others_do_not_state_stays_the_sources_own():
    other = "Zginęło co najmniej 38 osób, a 260 zostało rannych – podała obrona cywilna."
    assert [c.id for c in _join_split_sentences(_ledger(other), LANGS)] == ["c1", "c2"]


def test_a_sentence_without_figures_is_left_alone():
    plain = "Ratownicy pracowali przez całą noc w zawalonych domach w mieście."
    assert [c.id for c in _join_split_sentences(_ledger(plain), LANGS)] == ["c1", "c2"]


def test_a_sentence_not_next_to_the_claims_one_is_left_alone():
    claims = _ledger(PL_TOLL)
    claims[1] = Claim("c2", "unique", PL_TOLL, (Evidence("d2", "d2:s2", PL_TOLL),), docs=("d2",))
    assert [c.id for c in _join_split_sentences(claims, LANGS)] == ["c1", "c2"]

