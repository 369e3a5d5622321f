"""A city a company is named after is no place of a text that names the company (trial54: two Toyota recalls,
a RAV4 one and a Prius one, were "same place: Toyota", a city of Aichi): a place right before a company word of
the language's text data ("Toyota Motor Corp", "Toyota Motor Europe", "Mercedes AG") is the company's name, and so
are the text's bare mentions of it ("Toyota said") -- unless the text puts something in the place ("in Toyota")."""

from __future__ import annotations

import pytest

from storylens import similarity as sim
from storylens.text import profile

RAV4 = ("Toyota recalls 480,000 RAV4 SUVs over battery fire risk\n\nTOKYO, Nov 12 (Reuters) - Toyota Motor Corp said "
        "on Wednesday it is recalling about 480,000 RAV4 sport utility vehicles in North America because a loose "
        "battery clamp could cause a short circuit. Toyota said it was aware of eleven fires linked to the defect.")
PRIUS = ("Toyota recalls 310,000 Prius hybrids\n\nTOKYO, Jan 7 (AP) - Toyota is recalling about 310,000 Prius "
         "hybrid cars worldwide because water can get into the switch of the rear doors, the automaker said.")
BY_LANG = {
    "de": "Der Autobauer Toyota Motor ruft weltweit 310.000 Prius zurück. Toyota teilte mit, Wasser könne in die "
          "Schalter der hinteren Türen eindringen.",
    "es": "El fabricante Toyota Motor Corporación llama a revisión a 310.000 Prius. Toyota explicó que el agua puede "
          "entrar en el interruptor de las puertas traseras.",
    "it": "La casa automobilistica Toyota Motor richiama 310.000 Prius. Toyota ha spiegato che l'acqua può entrare "
          "negli interruttori delle portiere posteriori.",
    "fr": "Le constructeur Toyota Motor rappelle 310 000 Prius. Toyota a expliqué que de l'eau peut s'infiltrer dans "
          "les commandes des portes arrière.",
}


@pytest.fixture(scope="module")
def toyota():
    gazetteer = sim.Gazetteer.load()
    return gazetteer, gazetteer.names["toyota"]


def test_a_company_named_after_a_city_is_no_place_of_the_text(toyota):
    gazetteer, city = toyota
    assert city in sim._sides._name_places(RAV4, gazetteer, "en")
    for lang, text in BY_LANG.items():
        assert city in sim._sides._name_places(text, gazetteer, lang), lang


def test_the_city_stays_a_place_where_the_text_puts_something_in_it(toyota):
    gazetteer, city = toyota
    plant = RAV4 + " A fire broke out at its assembly plant in Toyota, Aichi prefecture, last year."
    assert city not in sim._sides._name_places(plant, gazetteer, "en")
    # a bare mention alone (no company word anywhere) is the city, as before
    assert city not in sim._sides._name_places(PRIUS, gazetteer, "en")


def test_two_recalls_share_no_place_toyota(hashing_embedder):
    pa, pb = sim.prepare_text(RAV4), sim.prepare_text(PRIUS)
    f = sim.pair_features([(pa.text, pb.text, "en", "en")], hashing_embedder, sim.Gazetteer.load(),
                          datelines=[(pa.dateline, pb.dateline)])[0]
    assert "Toyota" not in f.shared_places


def test_company_words_are_data_of_several_languages():
    for lang in ("en", "de", "fr", "es", "it", "pt", "nl", "pl"):
        assert profile(lang).company_words, lang
    assert "Corp" in profile("en").company_words and "AG" in profile("de").company_words
