"""A shared speaker is no shared fact (final42 W2): "Las autoridades no revocaron la orden …, dijo el
gobernador Marek Nowak" was one shared claim with "Non ci sono vittime, ha detto il governatore regionale
Marek Nowak" on the tails' verb and name. Across languages the aligner scores a pair no higher than its
units' cores, their closing attributions taken off (ClaimAligner ``attribution_cores``)."""

from __future__ import annotations

import numpy as np
import pytest

from storylens.analysis.claims import ClaimAligner, attribution_core

from ._docs import doc_of

CORES = [
    ("es", "Las autoridades no revocaron la orden de evacuación para Klodzko, dijo el gobernador Marek Nowak.",
     "Las autoridades no revocaron la orden de evacuación para Klodzko"),
    ("it", "Non ci sono vittime, ha detto il governatore regionale Marek Nowak.", "Non ci sono vittime"),
    ("pl", "„Takiej wody jeszcze nie widzieliśmy” - powiedział wojewoda Marek Nowak.",
     "„Takiej wody jeszcze nie widzieliśmy”"),
    ("pl", "Nie żyją dwie osoby - poinformowała w poniedziałek policja.", "Nie żyją dwie osoby"),
    ("ru", "Погибших нет, заявил губернатор региона Марек Новак.", "Погибших нет"),
    ("fr", "Aucune victime n'a été signalée, a déclaré le gouverneur régional Marek Nowak.",
     "Aucune victime n'a été signalée"),
    ("de", "Bei dem Hochwasser kamen zwei Menschen ums Leben, teilte die Polizei am Montag mit.",
     "Bei dem Hochwasser kamen zwei Menschen ums Leben"),
    ("en", "Two people were killed, police said.", "Two people were killed"),
    # an opening attribution of a script written without spaces
    ("zh", "地区行政长官马雷克·诺瓦克说，洪灾没有造成人员死亡。", "洪灾没有造成人员死亡。"),
    ("zh", "克拉科夫消防员表示，尼斯市的水位仍在上涨。", "尼斯市的水位仍在上涨。"),
]


@pytest.mark.parametrize(("lang", "text", "core"), CORES)
def test_the_core_is_the_sentence_without_who_said_it(lang: str, text: str, core: str) -> None:
    assert attribution_core(text, lang) == core


KEPT_WHOLE = [
    # the speaker's name in a clause that states a fact of its own
    ("pl", "Władze odwołały we wtorek nakaz ewakuacji dla Kłodzka, który wojewoda Marek Nowak wydał w niedzielę."),
    # a reporting verb inside a clause of content
    ("en", "Officials closed the bridge, which the governor said was unsafe after 2 inspections."),
    # a figure in the piece: no attribution only
    ("es", "El río subió, dijo el alcalde, 3 metros en una noche."),
    # a one-word core is no statement on its own
    ("en", "Yes, he said."),
    # a verb of announcing with its object before the comma states a fact; a spaced comma is no opening
    ("zh", "波兰总理图斯克宣布三个地区进入自然灾害状态，并承诺提供10亿兹罗提援助。"),
    ("en", "Police said, however, that the road was closed."),
]


@pytest.mark.parametrize(("lang", "text"), KEPT_WHOLE)
def test_a_piece_that_states_more_than_who_said_it_is_kept(lang: str, text: str) -> None:
    assert attribution_core(text, lang) == text


ES = ["Inundaciones en Polonia.",
      "Las autoridades no revocaron la orden de evacuación para Klodzko, dijo el gobernador Marek Nowak."]
IT = ["Alluvione in Polonia.", "Non ci sono vittime, ha detto il governatore regionale Marek Nowak."]
NAME = {"d1:s1": [("Marek Nowak", "P:e1")], "d2:s1": [("Marek Nowak", "P:e1")]}


def _embed(whole: float, core: float):
    """The headlines identical; the two tailed sentences at ``whole`` cosine, their cores at ``core``."""
    e0, e1, e2 = (np.eye(3, dtype=np.float32)[i] for i in range(3))
    table = {ES[0]: e0, IT[0]: e0, ES[1]: e1, IT[1]: whole * e1 + np.sqrt(1 - whole ** 2) * e2,
             attribution_core(ES[1], "es"): e1, attribution_core(IT[1], "it"): core * e1 + np.sqrt(1 - core ** 2) * e2}
    return lambda texts: np.stack([table[t] for t in texts])


def _shared(whole: float, core: float, **kw) -> set[frozenset[str]]:
    aligner = ClaimAligner(embed=_embed(whole, core), extra_keys=NAME, pair_model=None, **kw)
    claims, _ = aligner.claims([doc_of("d1", ES, "es"), doc_of("d2", IT, "it")])
    return {frozenset(e.sentence for e in c.evidence) for c in claims if c.status != "unique"}


PAIR = frozenset({"d1:s1", "d2:s1"})


def test_units_that_share_only_their_speaker_are_no_shared_claim() -> None:
    assert PAIR in _shared(0.62, 0.10)  # the tails alone join them
    assert PAIR not in _shared(0.62, 0.10, attribution_cores=True)
    assert frozenset({"d1:s0", "d2:s0"}) in _shared(0.62, 0.10, attribution_cores=True)


def test_units_whose_cores_agree_stay_shared() -> None:
    assert PAIR in _shared(0.80, 0.80, attribution_cores=True)


# final42 W8: "…في جنوب بولندا، وقال رجال الإطفاء في كراكوف إن منسوب المياه لا يزال يرتفع" states a second
# fact, as "…, and firefighters from Krakow said the water was still rising" does: a unit of its own.
AR_LEAD = ("أجبرت الفيضانات 13 ألف شخص على مغادرة منازلهم في جنوب بولندا، وقال رجال الإطفاء في كراكوف إن منسوب "
           "المياه لا يزال يرتفع في مدينة نيسا.")


def test_a_glued_reporting_clause_after_a_comma_is_a_unit_of_its_own() -> None:
    from storylens.analysis.claims import split_units

    units = [u.text for u in split_units(doc_of("d1", [AR_LEAD], "ar"))]
    assert units == ["أجبرت الفيضانات 13 ألف شخص على مغادرة منازلهم في جنوب بولندا",
                     "وقال رجال الإطفاء في كراكوف إن منسوب المياه لا يزال يرتفع في مدينة نيسا."]


def test_an_apposition_after_a_comma_is_no_cut() -> None:
    from storylens.analysis.claims import split_units

    text = "قال وزير الخارجية، وزير الدولة السابق، إن الوضع في المدينة مستقر تماما."
    assert [u.text for u in split_units(doc_of("d1", [text], "ar"))] == [text]


PL = ["Powódź w Polsce.", "Władze odwołały nakaz ewakuacji dla Kłodzka, który wojewoda Marek Nowak wydał w niedzielę."]


def test_a_unit_that_names_the_speaker_in_what_it_states_keeps_its_pair() -> None:
    # only the Spanish unit closes with an attribution: the Polish one names the governor as the order's
    # author, so the pair is scored whole ("no revocaron" / "odwołały" is a polarity conflict to find)
    e0, e1, e2 = (np.eye(3, dtype=np.float32)[i] for i in range(3))
    table = {ES[0]: e0, PL[0]: e0, ES[1]: e1, PL[1]: 0.62 * e1 + np.sqrt(1 - 0.62 ** 2) * e2,
             attribution_core(ES[1], "es"): e2}
    aligner = ClaimAligner(embed=lambda texts: np.stack([table[t] for t in texts]), extra_keys=NAME,
                           pair_model=None, attribution_cores=True)
    claims, _ = aligner.claims([doc_of("d1", ES, "es"), doc_of("d2", PL, "pl")])
    assert PAIR in {frozenset(e.sentence for e in c.evidence) for c in claims if c.status != "unique"}
