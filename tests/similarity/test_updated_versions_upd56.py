"""Issue #11's guarantee: an updated version of one article is near-identical and scores >= 0.95 (stop 56).

A short wire brief's next filing (its toll raised in the headline and the body, an update marker added) shared
only 51-74 % of its shingles with the first filing, under the copy rule's 80 %, and the model alone scored the six
wires of tests/report/test_wire_versions_versions42.py 0.59-0.67 (a late-interaction model tried at stop 55 put
the Spanish one at 0.519: DIFFERENT STORIES). :func:`~storylens.similarity.shingles.updated_figures` reads such a
pair as one article's versions when every swap is a figure; any other word swapped (another team, "rose" /
"fell"), another day or place, or a publication gap past the version window keeps the model's verdict.
"""

from __future__ import annotations

import pytest

from storylens import similarity as sim
from storylens.similarity.shingles import near_duplicate, updated_figures
from tests.report.test_wire_versions_versions42 import CLOCKS, MARKERS, NUMBERS, WIRES, _text


@pytest.mark.parametrize("lang", sorted(WIRES))
def test_a_wires_updated_filing_is_near_identical(lang, embedder, doc_embedder):
    first = _text(lang, NUMBERS[lang][0], CLOCKS[lang][0])
    update = _text(lang, NUMBERS[lang][1], CLOCKS[lang][1], MARKERS[lang])
    [score] = sim.score_pairs([(first, update, lang, lang)], embedder=embedder, doc_embedder=doc_embedder)
    assert score.same_story and score.overall >= 0.95, score
    assert score.reasons[0].startswith("near-identical text"), score.reasons


LYON = ("Police said three people were killed when a gas explosion destroyed a house in Lyon early in the morning, "
        "and firefighters searched the rubble for more victims of the blast.")


@pytest.mark.parametrize(("a", "b", "changed"), [
    (LYON, LYON.replace("three", "five"), "three / five"),
    (LYON, LYON.replace("three", "at least 5"), "three / at least 5"),
    (("Al menos 3 personas murieron este jueves en el incendio de un edificio de viviendas en Valencia, según "
     "informaron los bomberos, que trabajaron durante horas."),
     ("5 personas murieron este jueves en el incendio de un edificio de viviendas en Valencia, según "
     "informaron los bomberos, que trabajaron durante horas."), "al menos 3 / 5"),
    (("Bei dem Unglück in Tirol sind zwei Menschen ums Leben gekommen, zehn wurden verletzt, teilte die Polizei am "
     "Abend mit. Die Autobahn bleibt gesperrt."),
     ("Bei dem Unglück in Tirol sind drei Menschen ums Leben gekommen, zehn wurden verletzt, teilte die Polizei am "
     "Abend mit. Die Autobahn bleibt gesperrt."), "zwei / drei"),
])
def test_figures_alone_changed_are_an_update(a, b, changed):
    assert updated_figures(a, b) == changed
    found = near_duplicate(a, b, updates=True)
    assert found.is_copy and found.floor >= 0.95


def test_an_update_the_shingles_miss_is_a_copy_with_its_change_as_reason():
    first, update = (_text("de", n, clock, marker) for n, clock, marker in (
        ("zwei", CLOCKS["de"][0], ""), ("drei", CLOCKS["de"][1], MARKERS["de"])))
    assert near_duplicate(first, update).containment < 0.8 and not near_duplicate(first, update).is_copy
    found = near_duplicate(first, update, updates=True)
    assert found.is_copy and found.floor == pytest.approx(0.95)
    assert found.reason == "near-identical text apart from its figures (zwei / drei, 08:10 / 11:45)"


@pytest.mark.parametrize(("a", "b"), [
    # another team beaten, one template
    (("Arsenal beat Chelsea 3-1 at the Emirates on a rainy evening, with goals from Saka, Havertz and Rice, while "
     "Palmer scored for the visitors late in the game."),
     ("Arsenal beat Fulham 2-0 at the Emirates on a rainy evening, with goals from Saka, Havertz and Rice, while "
     "Palmer scored for the visitors late in the game.")),
    # another day's market: a verb swapped with the figures
    (("The DAX rose 1.2 percent to 15,300 points as investors welcomed falling inflation figures and stronger orders "
     "from the car industry, traders in Frankfurt said."),
     ("The DAX fell 0.5 percent to 15,100 points as investors welcomed falling inflation figures and stronger orders "
     "from the car industry, traders in Frankfurt said.")),
    # another weekday, another place: the next event of one template
    (LYON.replace("early in the morning", "on Monday"), LYON.replace("three", "five").replace("early in the morning",
                                                                                              "on Tuesday")),
    (LYON, LYON.replace("three", "five").replace("Lyon", "Marseille")),
    # too much added: a rewritten version is the model's and the version rule's to judge, not a copy
    (LYON, LYON.replace("three", "five") + " The mayor declared a day of mourning for the whole city."),
    # too short to tell
    ("Three people died in Lyon.", "Five people died in Lyon."),
])
def test_other_swaps_are_no_update(a, b):
    assert updated_figures(a, b) is None
    assert near_duplicate(a, b, updates=True) == near_duplicate(a, b)  # the shingle rule's verdict, whatever it is


def test_an_update_is_read_within_the_version_window_only():
    from storylens.settings import DEFAULT
    from storylens.similarity._features import _may_update

    assert _may_update(None) and _may_update(1.0) and _may_update(-DEFAULT.version_max_days_apart)
    assert not _may_update(DEFAULT.version_max_days_apart + 1)


# break56a 1: one template's two occasions, their figures changed (two constituencies, two trading days, two quakes
# dated by their figures, a market up and down, a rate "expected" and "not expected")
TEMPLATES = [
    (("Im Wahlkreis 75 hat die CDU bei der Landtagswahl 34,1 Prozent der Erststimmen geholt, die SPD kam auf 27,8 "
     "Prozent, die Grünen auf 15,2 Prozent und die AfD auf 12,9 Prozent. Die Wahlbeteiligung lag bei 61,3 Prozent."),
     ("Im Wahlkreis 81 hat die CDU bei der Landtagswahl 29,6 Prozent der Erststimmen geholt, die SPD kam auf 31,4 "
     "Prozent, die Grünen auf 11,0 Prozent und die AfD auf 17,5 Prozent. Die Wahlbeteiligung lag bei 58,7 Prozent.")),
    (("ROME, 2024-08-14 (AP) — A magnitude 4.6 earthquake struck south-west of Norcia in central Italy, the institute "
     "said. There were no immediate reports of damage or injuries in the area around the town."),
     ("ROME, 2024-08-16 (AP) — A magnitude 5.1 earthquake struck south-west of Norcia in central Italy, the institute "
     "said. There were no immediate reports of damage or injuries in the area around the town.")),
    (("Центральный банк России установил официальный курс доллара США на 14.08.2024 на уровне 89,45 рубля, сообщил "
     "регулятор на своем сайте в понедельник вечером после торгов."),
     ("Центральный банк России установил официальный курс доллара США на 21.08.2024 на уровне 89,45 рубля, сообщил "
     "регулятор на своем сайте в понедельник вечером после торгов.")),
    (("Wall Street stocks closed up 1.2 percent, with technology shares leading the moves as chipmakers rallied and "
     "bond yields eased, traders said at the end of a busy session."),
     ("Wall Street stocks closed down 0.7 percent, with technology shares leading the moves as chipmakers rallied and "
     "bond yields eased, traders said at the end of a busy session.")),
    ("据中国地震台网测定，8月14日3时41分在四川发生4.6级地震，震源深度9千米，目前暂无人员伤亡报告，当地政府已启动应急响应。",
     "据中国地震台网测定，8月16日7时12分在四川发生5.1级地震，震源深度8千米，目前暂无人员伤亡报告，当地政府已启动应急响应。"),
]


@pytest.mark.parametrize(("a", "b"), TEMPLATES)
def test_one_templates_two_occasions_are_no_update(a, b):
    assert updated_figures(a, b) is None


def test_a_digit_does_not_glue_the_cjk_text_after_it_into_one_token():
    from storylens.similarity.shingles import _tokens

    assert _tokens("3人の作業員が転落") == ["3", "人", "の", "作", "業", "員", "が", "転", "落"]
    assert _tokens("iPhone发布") == ["iphone", "发", "布"]
    fall = "新宿区の工事現場で3人の作業員が転落して死亡しました。警察が事故の原因を調べています。"
    robbery = "新宿区の工事現場で3人組の男が現金を奪って逃走しました。警察が事故の原因を調べています。"
    assert not near_duplicate(fall, robbery, updates=True).is_copy


def test_a_joined_figure_reads_whole_in_the_reason():
    # break57 F6: a changed match score "3-0" -> "3-1" swaps one token; the reason showed "(0 / 1)"
    text = ("MADRID (Reuters) - Real Madrid beat Getafe 3-0 at the Santiago Bernabeu on Saturday, with two goals from "
            "Vinicius Junior and one from Jude Bellingham, to go top of La Liga. Carlo Ancelotti praised his side.")
    assert updated_figures(text, text.replace("3-0", "3-1")) == "3-0 / 3-1"
