"""The dateline is part of the opening for the verdict's place rule (trial 10: a Xinhua report of a
Paris verdict and "BUCHAREST, Nov 27 (Reuters) - A Romanian appeals court ..." were "same story: yes"
at 0.62 beside the reason "different places: France, Paris vs Romania, Constanţa": cleaning the text
removed the dateline, and the opening left named no place, so the rule had nothing to read)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

from storylens import similarity as sim

MODEL: Any = SimpleNamespace(threshold_=0.5, variant_="fast")  # what _pair_score reads of a model
# My own inputs of the kind: one kind of event (a former minister sentenced) in two countries, the
# second opening naming its country only by an adjective, its dateline naming the city.
WARSAW_RAW = ("WARSAW, March 3 (Reuters) - A Polish court on Tuesday sentenced a former deputy finance minister "
              "to five years in prison for taking bribes from companies that bid for state contracts. The court "
              "also banned him from public office for ten years. His lawyer said he would appeal.\n\n"
              "Prosecutors had sought seven years. The verdict was read in a courtroom in Warsaw, where the "
              "trial had lasted two years, and Poland's anti-corruption office welcomed it.")
LISBON_ZH = ("新华社里斯本3月3日电 葡萄牙里斯本一家法院3日以受贿罪判处前副部长五年监禁，并禁止其十年内担任公职。"
             "法院认定，他在任职期间收受多家企业贿赂。检方此前要求判处其七年监禁。其律师表示将提出上诉。"
             "葡萄牙反腐部门对判决表示欢迎。")
LYON_FR = ("Le tribunal correctionnel de Lyon a condamné mardi un ancien ministre délégué à cinq ans de prison pour "
           "corruption. Il avait perçu des pots-de-vin d'entreprises candidates à des marchés publics, a jugé le "
           "tribunal, qui lui interdit aussi toute fonction publique pendant dix ans. Son avocat a annoncé qu'il "
           "ferait appel. Le parquet de Lyon avait requis sept ans de prison ferme en France.")


def _row(overall: float) -> np.ndarray:
    return np.array([overall] + [0.5] * (len(sim.DIMENSIONS) - 1))


def _verdict(other: str, lang: str, hashing_embedder, dateline: bool = True) -> tuple[sim.PairScore, sim.PairFeatures]:
    warsaw = sim.prepare_text(WARSAW_RAW)
    assert "WARSAW" in warsaw.dateline and "Warsaw" not in warsaw.text[: sim.PLACE_LEAD_CHARS]
    feats = sim.pair_features([(other, warsaw.text, lang, "en")], hashing_embedder, sim.Gazetteer.load(),
                              datelines=[("", warsaw.dateline if dateline else "")])[0]
    return sim._scoring._pair_score(_row(0.62), feats, MODEL), feats


@pytest.mark.parametrize(("other", "lang", "country"), [(LISBON_ZH, "zh", "PT"), (LYON_FR, "fr", "FR")])
def test_a_dateline_in_another_country_decides_against_the_same_story(other, lang, country, hashing_embedder):
    score, feats = _verdict(other, lang, hashing_embedder)
    assert score.same_story is False, score.reasons
    assert score.reasons[0].startswith("different places") and f"({country} / PL)" in score.reasons[0]
    # the dateline's Warsaw is a place of the opening; without it the opening names none
    assert sim._places._place_countries_of(feats.lead_place_ids[1]) == {"PL"}
    assert not _verdict(other, lang, hashing_embedder, dateline=False)[1].lead_place_ids[1]


def test_a_dateline_abroad_with_a_place_in_common_stays_the_same_story(hashing_embedder):
    # "PARIS (AFP) -" over a report of the Warsaw verdict that names Warsaw: a place in common
    report = ("A court in Warsaw on Tuesday sentenced a former Polish deputy finance minister to five years in "
              "prison for taking bribes, the court said. His lawyer said he would appeal the verdict.")
    paris = sim.prepare_text("PARIS, March 3 (AFP) - " + report)
    assert "PARIS" in paris.dateline
    warsaw = sim.prepare_text(WARSAW_RAW)
    feats = sim.pair_features([(paris.text, warsaw.text, "en", "en")], hashing_embedder, sim.Gazetteer.load(),
                              datelines=[(paris.dateline, warsaw.dateline)])[0]
    assert sim._scoring._pair_score(_row(0.62), feats, MODEL).same_story is True


def test_a_file_read_for_scoring_keeps_its_dateline(tmp_path):
    path = tmp_path / "warsaw.txt"
    path.write_text(WARSAW_RAW, encoding="utf-8")
    prepared = sim.read_prepared(path)
    assert "WARSAW" in prepared.dateline and not prepared.text.startswith("WARSAW")


def test_an_opening_without_a_place_reads_the_one_country_of_its_places(hashing_embedder):
    # the Warsaw report with its dateline cut: "A Polish court ..." names Warsaw and Poland further down
    warsaw = WARSAW_RAW.split(" - ", 1)[1]
    feats = sim.pair_features([(LISBON_ZH, warsaw, "zh", "en")], hashing_embedder, sim.Gazetteer.load())[0]
    assert not feats.lead_place_ids[1] and sim._verdict._other_countries(feats) == ("PT", "PL")
    assert sim._scoring._pair_score(_row(0.62), feats, MODEL).same_story is False


@pytest.mark.parametrize("ids", [frozenset({"PL"}), frozenset({"PL", "PT"}), frozenset()])
def test_one_place_or_two_countries_give_no_country(ids):
    assert sim._verdict._one_country(ids) == frozenset()


def test_compare_documents_give_their_dateline_place(monkeypatch):
    seen = {}

    def fake(pairs, **options):
        seen.update(options)
        return []

    monkeypatch.setattr(sim._scoring, "score_pairs", fake)
    doc = SimpleNamespace(title="t", text="x", sentences=(), language="en", published=None, place="Warsaw, Poland")
    sim.score_document_pairs([(doc, SimpleNamespace(**{**vars(doc), "place": None}))])
    assert seen["datelines"] == [("Warsaw, Poland", None)]
