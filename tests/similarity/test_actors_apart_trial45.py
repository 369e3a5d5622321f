"""Two reports of one kind of event about other actors are not the same story (trial45 W3: two court
cases of one template in Kazakhstan, Seitkali / Karaganda / March 2025 and Bekov / Pavlodar / January
2025, scored "same story 0.75", "same place: Kazakhstan", and compare listed "5 vs 4 years" between
them). The actors rule (:func:`storylens.similarity._people._actors_apart`): the openings name other people
(no surname of one named anywhere in the other text, through the entity linker's keys across scripts)
and the texts name no city in common or date their events in other months. Verdict and reasons
only: the model's features are unchanged."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from storylens import similarity as sim

SEITKALI_EN = (
    "Kazakh court jails former mine director for nine years over deadly blast\n"
    "ALMATY, Dec 1 (Reuters) - A court in Kazakhstan on Tuesday sentenced Zhomart Seitkali, the former director "
    "of the Lenin coal mine, to nine years in prison over a methane explosion that killed 32 miners in March 2025.\n"
    "The Karaganda regional court found Seitkali, 54, guilty of breaching safety rules. Two of his deputies were "
    "each sentenced to five years. Prosecutors had asked for 12 years.")
SEITKALI_FR = (
    "Kazakhstan : neuf ans de prison pour l'ancien directeur d'une mine après une explosion meurtrière\n"
    "ALMATY, 1 déc 2026 (AFP) - Un tribunal kazakh a condamné mardi Jomart Seitkali, ancien directeur de la mine "
    "de charbon Lénine, à neuf ans de prison après une explosion de méthane qui avait tué 32 mineurs en mars 2025.\n"
    "Le tribunal régional de Karaganda a reconnu M. Seitkali, 54 ans, coupable de violation des règles de "
    "sécurité. Le parquet avait requis douze ans.")
SEITKALI_RU = (
    "Бывший директор шахты имени Ленина приговорен к девяти годам заключения\n"
    "Алматы, 1 декабря. /ТАСС/. Карагандинский областной суд во вторник приговорил бывшего директора угольной "
    "шахты имени Ленина Жомарта Сейткали к девяти годам лишения свободы. Взрыв метана на шахте в марте 2025 года "
    "унес жизни 32 горняков.\nСуд признал 54-летнего Сейткали виновным в нарушении правил безопасности.")
SEITKALI_TR = (
    "Kazakistan'da eski maden müdürüne 9 yıl hapis\n"
    "Almatı (AA) - Kazakistan'da bir mahkeme, Lenin kömür madeninin eski müdürü Jomart Seytkali'ye, Mart 2025'te "
    "32 madencinin öldüğü metan patlaması nedeniyle salı günü 9 yıl hapis cezası verdi.\n"
    "Karaganda Bölge Mahkemesi, 54 yaşındaki Seytkali'yi güvenlik kurallarını ihlal etmekten suçlu buldu.")
SEITKALI_ZH = (
    "哈萨克斯坦一前矿长因瓦斯爆炸被判九年\n"
    "新华社阿拉木图12月1日电 哈萨克斯坦卡拉干达州法院1日以违反安全规定罪判处列宁煤矿前矿长若马尔特·塞特卡利九年有期徒刑。"
    "2025年3月，该矿发生瓦斯爆炸，造成32名矿工死亡。\n"
    "塞特卡利现年54岁。他的两名副手各被判处五年有期徒刑。检方此前要求判处12年。")
SEITKALI_PL = (
    "Dziewięć lat więzienia dla byłego dyrektora kopalni w Kazachstanie\n"
    "Sąd w Kazachstanie skazał we wtorek byłego dyrektora kopalni węgla im. Lenina, Żomarta Sejtkalego, na "
    "dziewięć lat więzienia. W wybuchu metanu w marcu 2025 roku zginęło 32 górników.\n"
    "Sąd obwodowy w Karagandzie uznał 54-letniego Sejtkalego za winnego naruszenia przepisów bezpieczeństwa.")
BEKOV_EN = (
    "Kazakh court jails former energy official over Ekibastuz heating failure\n"
    "ASTANA, Dec 1 (Reuters) - A court in Kazakhstan on Tuesday sentenced Nurlan Bekov, the former head of the "
    "Ekibastuz power plant, to seven years in prison for negligence that left 150,000 residents without heating "
    "for a week in January 2025.\n"
    "The Pavlodar regional court found Bekov, 61, guilty of abuse of office. Two of his deputies were each "
    "sentenced to four years. Prosecutors had asked for ten years.")
BEKOV_DE = (
    "Kasachstan: Sieben Jahre Haft für früheren Kraftwerkschef\n"
    "Astana (dpa) - Ein Gericht in Kasachstan hat am Dienstag den früheren Leiter des Kraftwerks Ekibastus, "
    "Nurlan Bekow, zu sieben Jahren Haft verurteilt. Wegen seiner Fahrlässigkeit waren im Januar 2025 rund "
    "150.000 Einwohner eine Woche lang ohne Heizung.\n"
    "Das Gebietsgericht in Pawlodar sprach Bekow, 61, des Amtsmissbrauchs schuldig.")
MODEL = SimpleNamespace(threshold_=0.5, variant_="fast")


def _features(a: str, b: str, la: str, lb: str, embedder) -> sim.PairFeatures:
    """The pair's features as every entry point computes them: prepared texts, their datelines apart."""
    pa, pb = sim.prepare_text(a), sim.prepare_text(b)
    return sim.pair_features([(pa.text, pb.text, la, lb)], embedder, sim.Gazetteer.load(),
                             datelines=[(pa.dateline, pb.dateline)])[0]


def _row(overall: float) -> np.ndarray:
    return np.array([overall] + [0.5] * (len(sim.DIMENSIONS) - 1))


@pytest.mark.parametrize(("a", "la", "b", "lb"), [
    (SEITKALI_EN, "en", BEKOV_EN, "en"),
    (SEITKALI_FR, "fr", BEKOV_EN, "en"),
    (SEITKALI_RU, "ru", BEKOV_EN, "en"),
    (SEITKALI_EN, "en", BEKOV_DE, "de"),
    (BEKOV_DE, "de", SEITKALI_RU, "ru"),
    (SEITKALI_TR, "tr", BEKOV_EN, "en"),
    (SEITKALI_ZH, "zh", BEKOV_EN, "en"),
])
def test_two_trials_of_one_template_in_one_country_are_two_stories(a, la, b, lb, hashing_embedder):
    f = _features(a, b, la, lb, hashing_embedder)
    assert f.actors_apart is not None
    assert f.actors_apart[0].startswith("different people: ")
    assert len(f.actors_apart) >= 2  # people and at least one of places, dates
    score = sim._scoring._pair_score(_row(0.75), f, MODEL)
    assert score.same_story is False
    assert score.reasons[0].startswith("different people: ")
    assert "0.75 alone is not a same-story verdict" in score.reasons[0]
    assert not any(r.startswith("different places") for r in score.reasons[1:])  # said once, in the lead


def test_the_reason_names_the_people_places_and_months(hashing_embedder):
    f = _features(SEITKALI_EN, BEKOV_EN, "en", "en", hashing_embedder)
    assert f.actors_apart == ("different people: Zhomart Seitkali / Nurlan Bekov",
                              "different places: Karagandy / Pavlodar",
                              "different dates: March 2025 / January 2025")


@pytest.mark.parametrize(("a", "la", "b", "lb"), [
    # one defendant, one story, in three languages and two scripts ("Сейткали", "Seitkali" one linker key)
    (SEITKALI_EN, "en", SEITKALI_FR, "fr"),
    (SEITKALI_EN, "en", SEITKALI_RU, "ru"),
    (SEITKALI_RU, "ru", SEITKALI_FR, "fr"),
    (BEKOV_EN, "en", BEKOV_DE, "de"),
    # a Turkish case ending after an apostrophe ("Seytkali'ye", "Seytkali'yi") is no part of the name
    (SEITKALI_TR, "tr", SEITKALI_EN, "en"),
    # a dotted Chinese name by sound: 塞特卡利 is Seitkali, and Polish "Sejtkalego" with its case ending
    (SEITKALI_ZH, "zh", SEITKALI_EN, "en"),
    (SEITKALI_PL, "pl", SEITKALI_ZH, "zh"),
    # an identical copy
    (SEITKALI_EN, "en", SEITKALI_EN, "en"),
])
def test_one_defendant_is_one_story(a, la, b, lb, hashing_embedder):
    f = _features(a, b, la, lb, hashing_embedder)
    assert f.actors_apart is None
    assert sim._scoring._pair_score(_row(0.75), f, MODEL).same_story is True


def test_other_people_alone_leave_the_verdict_to_the_model(hashing_embedder):
    # two defendants of one trial, each report about one of them: one court, one city, one month
    other = SEITKALI_EN.replace("Zhomart Seitkali", "Arman Dosov").replace("Seitkali, 54", "Dosov, 48")
    f = _features(SEITKALI_EN, other, "en", "en", hashing_embedder)
    assert f.actors_apart is None
    assert sim._people._actors_apart(*_texts(SEITKALI_EN, other), sim.Gazetteer.load(), min_other=0) == (
        "different people: Zhomart Seitkali / Arman Dosov",)


def test_a_person_named_lower_down_in_the_other_text_is_one_story(hashing_embedder):
    # the other report is about Bekov but names Seitkali's case too: no evidence of two sets of actors
    both = BEKOV_EN + " The verdict came a week after Zhomart Seitkali was jailed over a mine blast."
    assert _features(SEITKALI_EN, both, "en", "en", hashing_embedder).actors_apart is None


def test_a_turkish_case_ending_leaves_the_person_read():
    gaz = sim.Gazetteer.load()
    text = sim.prepare_text(SEITKALI_TR).text
    assert sim._sides._analyse(text, "tr", None, sim._sides._kept_sentences(text), gaz).opening.people == ("Jomart Seytkali",)


def test_a_chinese_report_names_its_people_by_their_dotted_names():
    text = sim.prepare_text(SEITKALI_ZH).text
    # (若 opens the name once the text data counts it a transliteration character: main after mend37a)
    people = _opening(text).actors
    assert len(people) == 1 and people[0].endswith("马尔特·塞特卡利")
    # a name written once, in the body, is nobody the report is about
    assert _opening("法院1日判处前矿长九年有期徒刑。律师努尔拉诺娃·艾格琳说将上诉。").actors == ()


def _opening(text: str) -> sim.Opening:
    return sim._sides._analyse(text, "zh", None, sim._sides._kept_sentences(text), sim.Gazetteer.load()).opening


def test_names_across_chinese_match_by_sound_and_a_short_surname_is_no_evidence():
    english = frozenset({"anderson", "koper", "andi", "kohen"})  # Anderson Cooper, Andy Cohen
    chinese = frozenset({"安德森", "库珀"})
    # 库珀 (Cooper) has too few sounds to tell (a SemEval dev pair of one story): taken as named
    assert sim._events._named_in("安德森·库珀", english)
    assert sim._events._named_in("马尔特·塞特卡利", frozenset({"seitkali", "karaganda"}))
    assert not sim._events._named_in("马尔特·塞特卡利", frozenset({"bekov", "nurlan", "marat"}))
    assert not sim._events._named_in("Nurlan Bekov", frozenset({"塞特卡利", "马尔特"}))
    assert sim._events._named_in("Zhomart Seitkali", frozenset({"塞特卡利", "马尔特"}))
    assert not sim._events._named_in("Anderson Cooper", frozenset({"塞特卡利"})) and sim._events._named_in("安德森·库珀", chinese)


def _texts(a: str, b: str) -> tuple:
    gaz = sim.Gazetteer.load()
    out = []
    for text, lang in ((a, "en"), (b, "en")):
        prepared = sim.prepare_text(text)
        out.append(sim._sides._analyse(prepared.text, lang, None, sim._sides._kept_sentences(prepared.text), gaz,
                                prepared.dateline))
    return tuple(out)
