"""Real disagreements the ledger missed (new-user trial 12, Portugal's election in seven languages):
a sentence with two changed figures reported one ("89 → 91 seats", "28.4 → 28.2 %"); seats were a unit
of no language, so "89 мандатов" and "91 seats" were never compared; "about 50 seats" / "48 seats" said
nothing (an approximate figure against an exact one differs, it does not conflict); "had not conceded
defeat" / "conceded on Wednesday" (one language, cosine 0.72 under the 0.75 polarity floor) was one
shared claim."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import compare_numbers, differing_numbers, extract_numbers
from storylens.report.pipeline import claim_aligner

from ._docs import doc_of


def _conflicts(a: tuple[str, str], b: tuple[str, str]) -> list[str]:
    return compare_numbers(extract_numbers(*a), extract_numbers(*b))


@pytest.mark.parametrize(
    "a, b, expected",
    [
        (("The AD won 89 seats, ahead of the Socialists with 28.4% and 78 seats.", "en"),
         ("The AD won 91 seats, ahead of the Socialists with 28.2% and 78 seats.", "en"), {"seat: 89 vs 91", "%: 28.4 vs 28.2"}),
        (("Die AD kam auf 89 Sitze, die Sozialisten auf 78 Sitze.", "de"),
         ("Le parti a obtenu 91 sièges, les socialistes 78 sièges.", "fr"), {"seat: 89 vs 91"}),
        (("ДА получает 89 мандатов, СП — 78 мест.", "ru"),
         ("AD 91 sandalye, PS 78 sandalye kazandı.", "tr"), {"seat: 89 vs 91"}),
        (("La AD logró 89 escaños y el PS 78 escaños.", "es"),
         ("L'AD ottiene 91 seggi, il PS 78 seggi.", "it"), {"seat: 89 vs 91"}),
    ],
)
def test_every_changed_figure_of_a_sentence_is_a_conflict(a, b, expected):
    assert set(_conflicts(a, b)) == expected


@pytest.mark.parametrize(
    "a, b",
    [
        # the same figures, a figure written twice, or a figure the other side writes without a unit word
        (("The AD won 89 of the 230 seats.", "en"), ("Die AD kam auf 89 Sitze im Parlament mit 230 Sitzen.", "de")),
        (("The AD would still be some 18 seats short of the 116 needed for a majority.", "en"),
         ("Für eine Mehrheit sind 116 Sitze nötig.", "de")),
        (("组建多数政府需要至少116个议席。", "zh"), ("The AD would still be 18 seats short of the 116 needed.", "en")),
        # one side states more figures than the other: no figure of the other is left
        (("The AD won 89 seats and the PS 78 seats.", "en"), ("ДА получает 89 мандатов.", "ru")),
    ],
)
def test_figures_paired_with_the_other_side_are_no_conflict(a, b):
    assert _conflicts(a, b) == []


@pytest.mark.parametrize(
    "a, b, left, right",
    [
        (("The far-right Chega party took 18.1% and about 50 seats.", "en"),
         ("The far-right Chega party took 18.1% and 48 seats.", "en"), "about 50", "48"),
        (("La ultraderecha de Chega alcanzó el 18,1 % y unos 50 escaños.", "es"),
         ("Aşırı sağcı Chega partisi yüzde 18,1 oy ve 48 sandalye kazandı.", "tr"), "about 50", "48"),
        (("Ультраправая партия «Шега» получила около 50 мандатов.", "ru"),
         ("The far-right Chega party took 48 seats.", "en"), "about 50", "48"),
        (("Chega kommt auf rund 50 Sitze.", "de"), ("Chega a obtenu 48 sièges.", "fr"), "about 50", "48"),
    ],
)
def test_an_approximate_figure_against_an_exact_one_differs(a, b, left, right):
    xs, ys = extract_numbers(*a), extract_numbers(*b)
    assert compare_numbers(xs, ys) == []
    assert differing_numbers(xs, ys) == [("seat", left, right)]


def test_a_denial_and_its_affirmation_in_one_language_conflict(embedder):
    """Under the same-language polarity floor (0.72 < 0.75), the pair without its negation (0.78)
    states one fact: a flat denial, as across languages."""
    a = doc_of("d1", ["Socialist leader Pedro Nuno Santos said his party had not conceded defeat."], "en")
    b = doc_of("d2", ["Socialist leader Pedro Nuno Santos conceded on Wednesday."], "en")
    claims, _ = claim_aligner(embedder.embed, (), {}).claims([a, b])
    assert any(c.status == "conflicting" and "polarity" in (c.conflict or "") for c in claims)


def test_two_statements_of_one_polarity_in_one_language_do_not_conflict(embedder):
    a = doc_of("d1", ["Socialist leader Pedro Nuno Santos said his party had not conceded defeat."], "en")
    b = doc_of("d2", ["Socialist leader Pedro Nuno Santos did not concede on Sunday night."], "en")
    claims, _ = claim_aligner(embedder.embed, (), {}).claims([a, b])
    assert not any("polarity" in (c.conflict or "") for c in claims)


@pytest.mark.parametrize(
    "other, expected",
    [
        (("Явка составила 61,8%.", "ru"), "%: 64.3 vs 61,8"),
        (("Явка на выборах составила 61,8%.", "ru"), "%: 64.3 vs 61,8"),
    ],
)
def test_a_figure_of_one_clause_is_checked_when_the_whole_sentences_score_low(embedder, other, expected):
    """"Turnout was 64.3%, up from 59.8% …, the electoral commission said." / "Явка составила 61,8%."
    scored 0.46, under the 0.50 conflict floor; the clauses "Turnout was 64.3%" / "Явка составила
    61,8%" state one fact (0.63)."""
    en = doc_of("d1", ["Turnout was 64.3%, up from 59.8% in the last election, the electoral commission said."], "en")
    claims, _ = claim_aligner(embedder.embed, (), {}).claims([en, doc_of("d2", [other[0]], other[1])])
    found = [c.conflict for c in claims if c.conflict]
    assert len(found) == 1 and found[0].startswith("%: 64.3") and found[0].endswith(expected.split(" vs ")[1])


def test_a_clause_with_another_figure_of_an_agreeing_sentence_is_no_conflict(embedder):
    en = doc_of("d1", ["Turnout was 64.3%, up from 59.8% in the last election, the electoral commission said."], "en")
    zh = doc_of("d2", ["本次选举投票率为64.3%。"], "zh")
    claims, _ = claim_aligner(embedder.embed, (), {}).claims([en, zh])
    assert not any(c.conflict for c in claims)
