"""The names features count a person both reports name in two scripts (issue #11, trial64 F1).

F1: a Turkish and a Russian report of one earthquake scored 0.40, "different stories", with "no names in common":
the full-name features (``fn_shared``, ``fn_cover_*``) compared folded spellings, and "Okay Memiş" / "Окая Мемиша"
(genitive) fold apart, though the entity linker reads them as one person and the reasons listed the name. Now two
texts in two scripts the sentence encoder reads count the names :func:`_shared_full_names` links (the entity
linker's ``same_name`` across Latin and Cyrillic, the abjad sound keys for Arabic, a Chinese or Japanese text's
dotted transliterations). A side the encoder does not read (Ukrainian, Greek, Hebrew) keeps the folded count: its score
reads nothing of that text, and a spokesman of two Warsaw fires both quote made it "same story".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from storylens.similarity import FEATURE_NAMES, Gazetteer, PairFeatures, pair_features, read_prepared
from storylens.similarity._openings import _dotted_full_names, _full_names

DATA = Path(__file__).resolve().parents[1] / "data" / "trial64"
FN = FEATURE_NAMES.index("fn_shared")

EN = ("German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on Monday. Scholz said the two "
      "leaders agreed on a joint plan for energy prices.")
ZH = "德国总理奥拉夫·朔尔茨周一在柏林会见了法国总统埃马纽埃尔·马克龙。朔尔茨表示，两国领导人就能源价格联合计划达成一致。"
JA = "ドイツのオラフ・ショルツ首相は月曜日、ベルリンでエマニュエル・マクロン大統領と会談した。ショルツ氏は合意したと述べた。"
PL = ("Prezydent Andrzej Duda spotkał się w poniedziałek w Warszawie z kanclerzem Olafem Scholzem. Duda powiedział, "
      "że rozmowy były owocne.")
RU_PL = ("Президент Польши Анджей Дуда в понедельник встретился в Варшаве с канцлером Олафом Шольцем. Дуда заявил, "
         "что переговоры были плодотворными.")
DE = ("Der Bundeskanzler Olaf Scholz traf am Montag in Berlin den französischen Präsidenten Emmanuel Macron. "
      "Scholz sagte, man habe sich geeinigt.")
RU_DE = ("Канцлер Германии Олаф Шольц в понедельник встретился в Берлине с президентом Франции Эммануэлем Макроном. "
         "Шольц заявил, что лидеры договорились.")
EN_IL = ("Israeli Prime Minister Benjamin Netanyahu met Defence Minister Yoav Gallant in Jerusalem on Sunday. "
         "Netanyahu said the talks went well.")
AR_IL = ("التقى رئيس الوزراء الإسرائيلي بنيامين نتنياهو وزير الدفاع يوآف غالانت في القدس يوم الأحد. "
         "وقال نتنياهو إن المحادثات سارت بشكل جيد.")


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def _files(a: str, b: str, langs: tuple[str, str], gazetteer: Gazetteer, embedder: Any) -> PairFeatures:
    pa, pb = read_prepared(str(DATA / f"{a}.txt")), read_prepared(str(DATA / f"{b}.txt"))
    return pair_features([(pa.text, pb.text, *langs)], embedder, gazetteer,
                         datelines=[(pa.dateline or "", pb.dateline or "")])[0]


def _fn(f: PairFeatures) -> tuple[float, ...]:
    return f.values[FN : FN + 3]


@pytest.mark.parametrize("order", [0, 1])
def test_the_turkish_and_russian_reports_share_the_afad_head_for_the_model(order, gazetteer, hashing_embedder):
    names = ("e2_tr_aa", "e2_ru_tass")[:: 1 if order == 0 else -1]
    langs = ("tr", "ru")[:: 1 if order == 0 else -1]
    f = _files(*names, langs, gazetteer, hashing_embedder)
    assert "Okay Memiş" in f.shared_full_names
    assert _fn(f)[0] == 1.0 and _fn(f)[2] == 1.0  # one name in common, all the Russian text's two-word names


@pytest.mark.parametrize(("a", "b", "langs", "shared"), [
    (PL, RU_PL, ("pl", "ru"), 2),  # "Andrzej Duda" / "Анджей Дуда", "Olafem Scholzem" / "Олафом Шольцем"
    (DE, RU_DE, ("de", "ru"), 1),  # "Emmanuel Macron" / "Эммануэлем Макроном" (instrumental)
    (EN, ZH, ("en", "zh"), 2),  # "Olaf Scholz" / "奥拉夫·朔尔茨", "Emmanuel Macron" / "埃马纽埃尔·马克龙"
    (EN, JA, ("en", "ja"), 2),  # "Olaf Scholz" / "オラフ・ショルツ", "Emmanuel Macron" / "エマニュエル・マクロン"
    (EN_IL, AR_IL, ("en", "ar"), 2),  # "Benjamin Netanyahu" / "بنيامين نتنياهو", "Yoav Gallant" / "يوآف غالانت"
])
def test_names_in_two_scripts_count_whichever_text_comes_first(a, b, langs, shared, gazetteer, hashing_embedder):
    one, other = pair_features([(a, b, *langs), (b, a, langs[1], langs[0])], hashing_embedder, gazetteer)
    assert _fn(one)[0] == _fn(other)[0] == shared, (one.shared_full_names, other.shared_full_names)
    assert sorted(_fn(one)[1:]) == sorted(_fn(other)[1:]) and max(_fn(one)) <= shared and _fn(one)[2] <= 1.0


def test_a_side_the_encoder_does_not_read_keeps_the_folded_count(gazetteer, hashing_embedder):
    # the Polish and Ukrainian reports of one fire: the spokesman is listed, the model's count stays 0
    f = _files("e3_pl_pap", "e3_uk_pravda", ("pl", "uk"), gazetteer, hashing_embedder)
    assert "Karol Kierzkowski" in f.shared_full_names
    assert _fn(f) == (0.0, 0.0, 0.0)


def test_one_script_counts_the_folded_names_as_before(gazetteer, hashing_embedder):
    f = pair_features([(EN, EN.replace("Monday", "Tuesday").replace("Emmanuel Macron", "Giorgia Meloni"), "en", "en")],
                      hashing_embedder, gazetteer)[0]
    assert _fn(f) == (1.0, 0.5, 0.5)


def test_a_dotted_chinese_or_japanese_name_counts_once_and_only_as_one_name_of_the_other_text():
    names = _full_names(EN)
    assert _dotted_full_names(names, ZH) == ("Olaf Scholz", "Emmanuel Macron")
    assert _dotted_full_names(names, JA) == ("Olaf Scholz", "Emmanuel Macron")
    assert _dotted_full_names(names, "德国总理朔尔茨周一在柏林表示。") == ()  # no dot: no name read
    assert _dotted_full_names(names, "ドナルド・トランプ氏が表明した。") == ()  # a dotted name the other text does not write
    # a dotted name two of the other text's names read as (SemEval dev: "查尔斯·麦克" as "Staff Mick", "State Mike")
    staff = _full_names("Chief of Staff Mick Mulvaney and Secretary of State Mike Pompeo spoke on Monday.")
    assert _dotted_full_names(staff, "白宫幕僚长查尔斯·麦克周一表示。") == ()
