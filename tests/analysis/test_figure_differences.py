"""Figures that differ without contradicting each other (Claim.differs), and zero counts scoped
to a place (storylens.analysis.quantities.differing_numbers, storylens.report.pipeline._Measures).

From the new-user trial (seven reports of one earthquake): "Al menos 57" and "Mindestens 42" read
as plainly shared, because two lower bounds are compatible; "No one was killed in the capital
Tirana" was a conflict with every national toll.
"""

from __future__ import annotations

import pytest

from storylens.analysis.claims import AlignedPair, ClaimAligner, Unit
from storylens.analysis.quantities import compare_numbers, differing_numbers, extract_numbers
from storylens.models import Document, Entity, Mention, Sentence
from storylens.report.pipeline import _Measures, _Places


def _unit(doc: str, text: str, lang: str, n: int = 3) -> Unit:
    return Unit(doc, f"{doc}:s{n}", text, 0, len(text), lang)


@pytest.mark.parametrize(
    "a, b, left, right",
    [
        (("At least 42 people died.", "en"), ("Al menos 57 personas murieron.", "es"), "at least 42", "at least 57"),
        (("Co najmniej 42 osoby zginęły.", "pl"), ("Mindestens 57 Menschen kamen ums Leben.", "de"),
         "at least 42", "at least 57"),
        (("地震造成至少42人遇难。", "zh"), ("Le séisme a fait au moins 57 morts.", "fr"), "at least 42", "at least 57"),
        (("لقي ما لا يقل عن 42 شخصا مصرعهم.", "ar"), ("At least 57 people were killed.", "en"),
         "at least 42", "at least 57"),
        (("At least 42 people died.", "en"), ("57 personas murieron.", "es"), "at least 42", "57"),
        (("Более 300 человек погибли.", "ru"), ("Oltre 250 morti.", "it"), "at least 300", "at least 250"),
    ],
)
def test_compatible_bounds_with_different_figures_differ_but_do_not_conflict(a, b, left, right):
    xs, ys = extract_numbers(*a), extract_numbers(*b)
    assert compare_numbers(xs, ys) == []
    assert differing_numbers(xs, ys) == [("killed", left, right)]


@pytest.mark.parametrize(
    "a, b",
    [
        (("At least 42 people died.", "en"), ("Mindestens 42 Menschen kamen ums Leben.", "de")),  # same figure
        (("At least 42 people died.", "en"), ("42 personas murieron.", "es")),
        (("Dozens were killed.", "en"), ("57 personas murieron.", "es")),  # a word figure
        (("1.5 million people fled.", "en"), ("1,520,000 people fled.", "en")),  # rounding
        (("More than 600 were injured.", "en"), ("600多人受伤。", "zh")),
        (("12 people were killed.", "en"), ("57 personas murieron.", "es")),  # a conflict, not a difference
    ],
)
def test_equal_vague_rounded_or_contradicting_figures_do_not_differ(a, b):
    assert differing_numbers(extract_numbers(*a), extract_numbers(*b)) == []


# -- a zero count scoped to a place ---------------------------------------------------------
_EN = ("Albania quake: government says no one was killed in Tirana",
       "No one was killed in the capital Tirana, the interior ministry said.")
_DE = ("Erdbeben in Albanien: Mindestens 42 Tote",
       "Bei einem schweren Erdbeben im Norden Albaniens sind mindestens 42 Menschen ums Leben gekommen.",
       "Auch in der Hauptstadt Tirana starben 3 Menschen.")


def _doc(doc_id: str, lang: str, texts: tuple[str, ...]) -> Document:
    sentences, at = [], 0
    for n, t in enumerate(texts):
        sentences.append(Sentence(f"{doc_id}:s{n}", t, at, at + len(t), language=lang))
        at += len(t) + 1
    return Document(doc_id, f"{doc_id}.txt", " ".join(texts), tuple(sentences), language=lang)


def _entity(eid: str, name: str, type_: str, *mentions: tuple[str, str, str]) -> Entity:
    return Entity(eid, name, type_, tuple(Mention(d, s, t) for d, s, t in mentions), variants=(name,))


def _measures(en=_EN, de=_DE, tirana_type="PERSON") -> tuple[_Measures, list[Document]]:
    docs = [_doc("d1", "en", en), _doc("d2", "de", de)]
    entities = [
        # typed PERSON as the German extractor does for "Hauptstadt Tirana": the preposition decides
        _entity("e1", "Hauptstadt Tirana", tirana_type, ("d1", "d1:s0", "Tirana"), ("d1", "d1:s1", "Tirana"),
                ("d2", "d2:s2", "Hauptstadt Tirana")),
        _entity("e2", "Albanien", "PERSON", ("d1", "d1:s0", "Albania"), ("d2", "d2:s0", "Albanien"),
                ("d2", "d2:s1", "Norden Albaniens")),
    ]
    return _Measures({}, places=_Places(entities, docs)), docs


def _pair(docs: list[Document], a: str, b: str) -> tuple[Unit, Unit]:
    sa = next(s for d in docs for s in d.sentences if s.id == a)
    sb = next(s for d in docs for s in d.sentences if s.id == b)
    return (Unit(a.split(":")[0], a, sa.text, 0, len(sa.text), sa.language),
            Unit(b.split(":")[0], b, sb.text, 0, len(sb.text), sb.language))


@pytest.mark.parametrize("zero, toll", [("d1:s0", "d2:s0"), ("d1:s1", "d2:s0"), ("d1:s1", "d2:s1")])
def test_a_zero_count_in_a_city_does_not_deny_a_national_toll(zero, toll):
    measures, docs = _measures()
    a, b = _pair(docs, zero, toll)
    assert measures.measure_conflicts(a, b) == [] and measures.measure_conflicts(b, a) == []
    (what, mine, theirs), = measures.figure_differences(a, b)
    assert what == "killed" and mine == "no one in Tirana" and theirs == "at least 42"


def test_a_zero_count_in_the_place_the_other_counts_is_still_a_conflict():
    measures, docs = _measures()
    a, b = _pair(docs, "d1:s1", "d2:s2")  # "no one … in Tirana" / "in der Hauptstadt Tirana starben 3"
    assert measures.measure_conflicts(a, b) == ["killed: no one vs 3"]


@pytest.mark.parametrize(
    "en",
    [("No one was killed in the earthquake, the ministry said.",),  # no place: denies every toll
     ("No one was killed in Albania, the ministry said.",)],        # the country the toll is about
)
def test_an_unscoped_or_national_zero_count_still_conflicts(en):
    measures, docs = _measures(en=en)
    a, b = _pair(docs, "d1:s0", "d2:s0")
    assert measures.measure_conflicts(a, b) == ["killed: no one vs 42"]
    assert measures.figure_differences(a, b) == []


@pytest.mark.parametrize(
    "zero, lang",
    [("W Tiranie nikt nie zginął.", "pl"), ("Personne n'a été tué à Tirana.", "fr"),
     ("En Tirana no murió nadie.", "es"), ("在地拉那无人死亡。", "zh")],
)
def test_zero_counts_scoped_by_a_place_preposition_in_other_languages(zero, lang):
    docs = [_doc("d1", lang, (zero,)), _doc("d2", "de", _DE)]
    mention = next(m for m in ("Tiranie", "Tirana", "地拉那") if m in zero)
    entities = [_entity("e1", "Tirana", "PERSON", ("d1", "d1:s0", mention)),
                _entity("e2", "Albanien", "PERSON", ("d2", "d2:s0", "Albanien"))]
    measures = _Measures({}, places=_Places(entities, docs))
    a, b = _pair(docs, "d1:s0", "d2:s0")
    assert measures.measure_conflicts(a, b) == []
    assert [d[0] for d in measures.figure_differences(a, b)] == ["killed"]


def test_without_places_a_zero_count_conflicts_as_before():
    a = _unit("d1", "No one was killed in the capital Tirana.", "en")
    b = _unit("d2", "Mindestens 42 Menschen kamen ums Leben.", "de")
    assert _Measures({}).measure_conflicts(a, b) == ["killed: no one vs 42"]


# -- the claim says which document gave which figure ----------------------------------------
def test_a_claim_names_which_documents_give_which_figure():
    measures = _Measures({})
    units = [_unit("d1", "Mindestens 42 Menschen kamen ums Leben.", "de"),
             _unit("d2", "At least 42 people died.", "en"),
             _unit("d3", "Al menos 57 personas murieron.", "es")]
    pairs = [AlignedPair(x, y, 0.9, 0.9, 0.5) for i, x in enumerate(units) for y in units[i + 1:]]
    aligner = ClaimAligner(embed=lambda texts: None, conflict_checks=(measures.measure_conflicts,),
                           difference_checks=(measures.figure_differences,), pair_model=None)
    claim = aligner._claim("c1", units, pairs, pairs)
    assert claim.status == "shared" and claim.conflict is None
    assert claim.differs == "killed: at least 42 (d1, d2) vs at least 57 (d3)"
    two = aligner._claim("c1", units[1:], pairs[2:], pairs[2:])
    assert two.differs == "killed: at least 42 vs at least 57"
    same = aligner._claim("c1", units[:2], pairs[:1], pairs[:1])
    assert same.differs is None


@pytest.mark.parametrize(("a", "b"), [
    (("KO took 30.70% of the vote.", "en"), ("KO zdobyła 35,6 proc. głosów.", "pl")),
    (("Die KO kam auf 30,70 Prozent der Stimmen.", "de"), ("La KO obtuvo el 35,6 % de los votos.", "es")),
])
def test_figures_of_a_pair_too_far_apart_to_check_are_not_called_no_contradiction(a, b):
    """fixs: a pair under the conflict floor shows its differing figures (trial 17 #12), but nothing judged them,
    so neither its line nor its label may say "not a contradiction"."""
    from storylens.models import NOT_JUDGED
    from storylens.report import DIFFERS_LABEL, differs_label

    measures = _Measures({})
    units = [_unit("d1", *a), _unit("d2", *b)]
    pairs = [AlignedPair(units[0], units[1], 0.2, 0.2, 0.5)]  # under every conflict floor
    aligner = ClaimAligner(embed=lambda texts: None, conflict_checks=(measures.measure_conflicts,),
                           difference_checks=(measures.figure_differences, measures.unchecked_figures), pair_model=None)
    claim = aligner._claim("c1", units, pairs, pairs)
    assert claim.conflict is None and claim.differs is not None and claim.differs.endswith(NOT_JUDGED)
    assert "not a contradiction" not in differs_label(claim.differs)
    assert differs_label("killed: at least 42 vs at least 57") == DIFFERS_LABEL
