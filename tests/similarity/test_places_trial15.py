"""Trial 15 #4: an Arabic report of the ECB's rate cut and a Polish report of the NBP holding rates were
"same story" (overall 0.54, geography 0.97, "same numbers: 25"): the Polish text names Poland only as
"w Polsce" (a stem that alternates: polska -> polsce) and in its central bank's name "Narodowy Bank
Polski", neither of which the place reading knew, so the place rule saw no place on the Polish side.
(The geography score is the model's: its place features read the gazetteer's spellings only, and with
no place on one side it follows the wording; see the report of this change.) Texts written for these tests."""

from __future__ import annotations

import numpy as np
import pytest

from storylens import similarity as sim

from .test_dateline_places import MODEL
from .test_places_trial12 import _features

ECB_AR = ("خفض البنك المركزي الأوروبي يوم الخميس أسعار الفائدة الرئيسية بمقدار 25 نقطة أساس.\n\n"
          "وقالت رئيسة البنك كريستين لاغارد في مؤتمر صحافي في فرانكفورت إن البنك في وضع جيد.\n\n"
          "ويعقد البنك اجتماعه المقبل في 24 يوليو.")
NBP_PL = ("Rada Polityki Pieniężnej (RPP) na posiedzeniu w środę pozostawiła stopy procentowe bez zmian, podał "
          "Narodowy Bank Polski (NBP).\n\nStopa referencyjna wynosi nadal 5,25 proc.\n\nInflacja w Polsce spadła w "
          "maju do 4,1 proc.\n\nEkonomiści spodziewają się obniżki o 25 punktów bazowych w lipcu.")


@pytest.mark.parametrize("text, lang, country", [
    ("Inflacja w Polsce spadła w maju.", "pl", "PL"),  # locative: polska -> polsce
    ("Decyzję ogłosił Narodowy Bank Polski.", "pl", "PL"),  # a national institution's name ends in its country
    ("Решение принял Банк России в пятницу.", "ru", "RU"),
])
def test_a_country_named_by_an_alternating_stem_or_in_an_institutions_name(text, lang, country):
    assert sim._places._place_countries_of(sim._openings._spelled_places(text, lang, sim.Gazetteer.load())) == {country}


@pytest.mark.parametrize("text, lang", [
    ("Jan Polski wygrał turniej w szachy.", "pl"),  # a surname that is a country's adjective, not last in a name
    ("Polski rząd przyjął budżet.", "pl"),  # an adjective opening a sentence: a common word
])
def test_no_country_from_a_persons_first_word_or_a_common_adjective(text, lang):
    assert sim._openings._spelled_places(text, lang, sim.Gazetteer.load()) == frozenset()


def test_another_central_banks_decision_is_not_the_same_story(hashing_embedder):
    feats = _features(ECB_AR, NBP_PL, "ar", "pl", hashing_embedder)
    score = sim._scoring._pair_score(np.array([0.54] + [0.5] * (len(sim.DIMENSIONS) - 1)), feats, MODEL)
    assert score.same_story is False, score.reasons
    assert "(DE / PL)" in score.reasons[0]
