"""The verdict's reasons write no dateline city and no place someone was taken to as the event's place (try46 F10).

``storylens similarity`` gave "different places: Yibin, Chengdu vs Beijing" for a Xinhua report (新华社成都…电) and a
Yonhap one ((베이징=연합뉴스)) of one Yibin fire, and "different places: Leverkusen vs Köln" for a Leverkusen blast whose
injured one report says were taken to clinics in Köln: a desk's city and a destination are no places of the event.
The places the event is in still differ where the texts name two (en Dresden / de Magdeburg of one template)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

from storylens import similarity as sim
from storylens.text import destination_spans

MODEL: Any = SimpleNamespace(threshold_=0.5, variant_="fast")  # what _pair_score reads of a model

EN_CHEMPARK = ("Explosion at Leverkusen chemical park injures 12\n\n"
               "An explosion at the Chempark in Leverkusen injured 12 people on Monday morning, the operator Currenta said.\n"
               "The blast happened at 9:40 a.m. in a solvent tank. Residents were told to keep windows closed.")
DE_CHEMPARK = ("Explosion im Chempark: zwölf Verletzte\n\n"
               "Bei einer Explosion im Chempark sind am Montagmorgen zwölf Menschen verletzt worden; sie wurden in "
               "Kliniken in Köln gebracht, teilte der Betreiber Currenta mit.\n"
               "Die Explosion ereignete sich um 9.40 Uhr in einem Lösungsmitteltank. Anwohner sollten Fenster geschlossen halten.")
DE_BITTERFELD = ("Explosion in Chemiewerk in Bitterfeld: 14 Verletzte\n\n"
                 "BERLIN (dpa) - Bei einer Explosion in einem Chemiewerk in Bitterfeld sind am Dienstag 14 Menschen "
                 "verletzt worden.\nDie Explosion ereignete sich gegen 10.30 Uhr in einer Produktionshalle.")
EN_BITTERFELD = ("Blast at German chemical plant injures 14\n\n"
                 "An explosion at a chemical plant in Bitterfeld injured 14 people on Tuesday, the operator said. "
                 "The injured were taken to hospitals in Leipzig.\nThe blast happened at about 10:30 a.m. in a production hall.")
ZH_YIBIN = ("四川宜宾化工仓库火灾致7人死亡\n\n"
            "新华社成都12月1日电 四川省宜宾市翠屏区一化工仓库1日凌晨发生火灾，造成7人死亡、15人受伤。\n"
            "副市长张伟明在现场表示，火灾发生在凌晨3时左右，消防部门出动了40辆消防车。")
KO_YIBIN = ("중국 쓰촨성 화학물질 창고 화재로 7명 사망\n\n"
            "(베이징=연합뉴스) 중국 쓰촨성 이빈시의 한 화학물질 창고에서 1일 새벽 화재가 발생해 7명이 숨지고 15명이 다쳤다.\n"
            "장웨이밍 부시장은 현장에서 화재가 새벽 3시께 발생했으며 소방차 40대가 출동했다고 밝혔다.")
EN_DRESDEN = ("Elbe floods old town as river peaks\n\n"
              "The Elbe burst its banks on Tuesday and flooded the old town of Dresden, forcing 2,000 people from their "
              "homes, city officials said.\nThe river peaked at 8.7 metres at noon.")
DE_MAGDEBURG = ("Elbe-Hochwasser überflutet Altstadt\n\n"
                "Die Elbe ist am Dienstag über die Ufer getreten und hat die Altstadt von Magdeburg überflutet; 2000 "
                "Menschen mussten ihre Wohnungen verlassen, teilte die Stadt mit.\nDer Pegel erreichte am Mittag 8,70 Meter.")


def _reasons(a: str, b: str, la: str, lb: str, embedder) -> list[str]:
    pa, pb = sim.prepare_text(a), sim.prepare_text(b)
    f = sim.pair_features([(pa.text, pb.text, la, lb)], embedder, sim.Gazetteer.load(),
                          datelines=[(pa.dateline, pb.dateline)])[0]
    return list(sim._scoring._pair_score(np.array([0.75] + [0.5] * (len(sim.DIMENSIONS) - 1)), f, MODEL).reasons)


@pytest.mark.parametrize(("a", "b", "la", "lb", "instead"), [
    (EN_CHEMPARK, DE_CHEMPARK, "en", "de", None),  # Köln: where the injured were taken
    (DE_BITTERFELD, EN_BITTERFELD, "de", "en", None),  # Berlin: dpa's desk; Leipzig: the hospitals
    (ZH_YIBIN, KO_YIBIN, "zh", "ko", "different datelines: Chengdu vs Beijing"),  # two desks, said as such
])
def test_no_different_places_from_a_desk_or_a_destination(a, b, la, lb, instead, hashing_embedder):
    reasons = _reasons(a, b, la, lb, hashing_embedder)
    assert not any(r.startswith("different places") for r in reasons), reasons
    if instead:
        assert any(r.startswith(instead) for r in reasons), reasons


def test_two_places_of_the_event_still_differ(hashing_embedder):
    reasons = _reasons(EN_DRESDEN, DE_MAGDEBURG, "en", "de", hashing_embedder)
    assert any(r.startswith("different places: Dresden vs Magdeburg") for r in reasons), reasons


@pytest.mark.parametrize(("text", "lang", "names"), [
    ("Twelve people were injured and taken to hospital in Cologne, the operator said.", "en", ["Cologne"]),
    ("The injured were rushed to the nearby Rambam hospital in Haifa.", "en", ["Haifa"]),
    ("sie wurden in Kliniken in Köln gebracht, teilte der Betreiber mit.", "de", ["Köln"]),
    ("Die Verletzten kamen ins Krankenhaus nach Düsseldorf.", "de", ["Düsseldorf"]),
    ("Los heridos fueron trasladados al hospital de Sevilla.", "es", ["Sevilla"]),
    ("Les blessés ont été transportés à l'hôpital de Lyon.", "fr", ["Lyon"]),
    ("Пострадавшие доставлены в больницу в Казани.", "ru", ["Казани"]),
    ("Ranni zostali przewiezieni do szpitala w Krakowie.", "pl", ["Krakowie"]),
    ("Zranění byli převezeni do nemocnice v Brně.", "cs", ["Brně"]),
    # where the event is: a hospital that burned, an event in a city
    ("A fire broke out at a hospital in Haifa on Monday.", "en", []),
    ("Ein Brand im Krankenhaus in Köln.", "de", []),
    ("An explosion in Leverkusen injured 12 people.", "en", []),
    ("Twelve people were injured in Cologne.", "xx", []),  # no data: no destination
])
def test_destination_spans(text, lang, names):
    assert [text[s:e] for s, e in destination_spans(text, lang)] == names
