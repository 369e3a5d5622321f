"""trial57 F18: a wire filing from its desk's city about another city of the country ("ПЕКИН, 21 июня. /ТАСС/. …
в китайском Харбине") had the body's inflected city unread, since the dateline's city already gave the opening a
country: "different places: Harbin vs Beijing" for one blast in Harbin. The dateline says where the desk files
from; the body's spellings are read still."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

from storylens import similarity as sim

MODEL: Any = SimpleNamespace(threshold_=0.5, variant_="fast")
ZH = ("新华社哈尔滨6月21日电 21日18时40分许，黑龙江省哈尔滨市道里区一家餐馆发生燃气爆炸，事故已造成7人死亡、23人受伤。"
      "受伤人员已全部送往医院救治，其中3人伤势较重。警方已控制该餐馆负责人。")
RU = ("ПЕКИН, 21 июня. /ТАСС/. Семь человек погибли, 23 получили ранения в результате взрыва бытового газа в ресторане "
      "в китайском Харбине в субботу вечером. Взрыв произошел около 18:40 по местному времени. Троих пострадавших "
      "доставили в больницу в тяжелом состоянии, сообщили власти Харбина.")
PL = ("PEKIN, 21 czerwca (PAP) - Siedem osób zginęło, a 23 zostały ranne w wybuchu gazu w restauracji w Harbinie w "
      "sobotę wieczorem. Do wybuchu doszło około 18:40 czasu lokalnego. Trzech rannych jest w ciężkim stanie, "
      "podały władze Harbinu.")


def _row(overall: float) -> np.ndarray:
    return np.array([overall] + [0.5] * (len(sim.DIMENSIONS) - 1))


@pytest.mark.parametrize(("raw", "lang"), [(RU, "ru"), (PL, "pl")])
def test_desk_city_is_no_place_apart_when_the_body_names_the_city(raw, lang, hashing_embedder) -> None:
    wire = sim.prepare_text(raw)
    assert wire.dateline  # the desk's city is the dateline's
    feats = sim.pair_features([(ZH, wire.text, "zh", lang)], hashing_embedder, sim.Gazetteer.load(),
                              datelines=[("", wire.dateline)])[0]
    score = sim._scoring._pair_score(_row(0.81), feats, MODEL)
    assert "Harbin" in feats.shared_places, (feats.shared_places, feats.places_only)
    assert not any(r.startswith("different places") for r in score.reasons), score.reasons
