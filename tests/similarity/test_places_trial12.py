"""Trial 12 (Portugal's election in eight languages; Romania's election the same week): two elections
in two countries were "same story" beside the reason "different places: Romania, Bucharest vs
Montenegro, Portugal". Three things kept the place rule from turning the verdict, each checked here on
inputs written for these tests: the prime minister's surname read as the country Montenegro, a common
word opening two parties' names ("Partito" / "Partido") read as a shared name, and a Polish report
whose places the gazetteer does not spell ("Bukareszt", "w Rumunii")."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from storylens import similarity as sim

from .test_dateline_places import MODEL

# A Spanish report of Portugal's election: the prime minister's surname is a country's name.
LISBON_ES = ("Lisboa, 30 nov (EFE).- La coalición del primer ministro Luís Montenegro ganó el domingo las elecciones "
             "legislativas en Portugal con el 32 % de los votos, aunque sin mayoría absoluta. «Vamos a gobernar», "
             "dijo Montenegro ante sus simpatizantes. Los analistas hablan de una victoria personal de Montenegro, "
             "que tendrá que negociar con los liberales.")
# An Italian report of Croatia's election the same week, and a Polish one of Lithuania's.
ZAGREB_IT = ("ZAGABRIA, 1 dicembre 2026 (ANSA) - Il Partito democratico croato ha vinto le elezioni parlamentari di "
             "domenica in Croazia con il 34% dei voti, ma non ha la maggioranza nel Sabor. I socialdemocratici si "
             "sono fermati al 25%. L'affluenza è stata del 51%.")
# (the gazetteer spells neither "Wilno" nor "Litwie": its Polish names are others)
VILNIUS_PL = ("Wilno, 1 grudnia 2026 r. (PAP) – Rządząca partia wygrała niedzielne wybory parlamentarne na Litwie, "
              "zdobywając 31 proc. głosów.\n\nDrugie miejsce zajęli socjaldemokraci z wynikiem 24 proc. Frekwencja "
              "wyniosła 49 proc.")


def _row(overall: float) -> np.ndarray:
    return np.array([overall] + [0.5] * (len(sim.DIMENSIONS) - 1))


def _features(a: str, b: str, lang_a: str, lang_b: str, embedder: Any) -> sim.PairFeatures:
    pa, pb = sim.prepare_text(a), sim.prepare_text(b)
    return sim.pair_features([(pa.text, pb.text, lang_a, lang_b)], embedder, sim.Gazetteer.load(),
                             datelines=[(pa.dateline, pb.dateline)])[0]


# -- 1. a surname the text introduces after a title and a given name stays the person's

@pytest.mark.parametrize("text, lang", [
    (LISBON_ES, "es"),
    (("The coalition of Prime Minister Luis Montenegro won. It is a personal victory for Montenegro, analysts "
      "said. Montenegro thanked his voters."), "en"),
    ("Die AD von Regierungschef Luís Montenegro hat gewonnen. Es sei ein Sieg von Montenegro, sagten Politologen.", "de"),
    ("La ministra de Trabajo Dana Jordan llegó a Madrid. «Hablaremos con todos», dijo Jordan tras la reunión de Jordan con los sindicatos.", "es"),
])
def test_a_titled_persons_surname_is_no_place_in_any_of_its_mentions(text, lang):
    country = "JO" if "Jordan" in text else "ME"
    assert country in sim._sides._name_places(text, sim.Gazetteer.load(), lang)


@pytest.mark.parametrize("text, lang", [
    ("El presidente de Montenegro, Jakov Milatović, convocó elecciones en Montenegro.", "es"),
    ("Luis Montenegro visited Podgorica. Elections in Montenegro are due in June.", "en"),  # no title: a place too
    # a titled person so named, and the text puts something in the country: a place there too
    ("Prime Minister Luis Montenegro flew to Podgorica. Elections in Montenegro are due in June.", "en"),
])
def test_the_country_stays_a_place_without_a_titled_person_of_that_name(text, lang):
    assert "ME" not in sim._sides._name_places(text, sim.Gazetteer.load(), lang)


# -- 2. a common word opening a name is no shared name

def test_a_common_word_that_opens_a_name_is_a_word_name():
    assert "partito" in sim._sides._word_names(ZAGREB_IT, "it")
    assert "partido" in sim._sides._word_names("Ganó el Partido Socialista (PS) con el 28 %.", "es")


@pytest.mark.parametrize("text, lang, word", [
    ("Por su parte, el secretario general, Pedro Nuno Santos, no reconoció la derrota, dijo Santos.", "es", "santos"),
    ("Lo ha detto il sindaco Mario Rossi. Rossi ha aggiunto che i lavori finiranno.", "it", "rossi"),
    ("Salió el Papa Francisco. Francisco predicó a su audiencia.", "es", "francisco"),
])
def test_a_surname_or_given_name_is_no_word_name(text, lang, word):
    assert word not in sim._sides._word_names(text, lang)


def test_two_elections_sharing_only_the_word_party_are_not_the_same_story(hashing_embedder):
    feats = _features(ZAGREB_IT, LISBON_ES.replace("La coalición", "El Partido Social Demócrata"), "it", "es",
                      hashing_embedder)
    assert not sim._verdict._reason_names(feats)
    score = sim._scoring._pair_score(_row(0.66), feats, MODEL)
    assert score.same_story is False, score.reasons
    assert "(HR / PT)" in score.reasons[0]


# -- 3. places the gazetteer does not spell

def test_a_polish_report_names_its_city_and_inflected_country():
    found = sim._openings._spelled_places(VILNIUS_PL, "pl", sim.Gazetteer.load())
    assert sim._places._place_countries_of(found) == {"LT"}  # Wilno and "na Litwie"; "Drugie" is no city ("Drug")


@pytest.mark.parametrize("text, lang", [
    ("The Buckingham Palace statement came as Samos and Bennie Thompson spoke in the City.", "en"),
    ("Il comunicato di Palace è arrivato in serata.", "it"),
])
def test_no_place_from_words_and_names_of_other_kinds(text, lang):
    assert sim._openings._spelled_places(text, lang, sim.Gazetteer.load()) == frozenset()


@pytest.mark.parametrize("other, lang, country", [(LISBON_ES, "es", "PT"), (ZAGREB_IT, "it", "HR")])
def test_an_election_in_another_country_is_not_the_same_story(other, lang, country, hashing_embedder):
    feats = _features(VILNIUS_PL, other, "pl", lang, hashing_embedder)
    score = sim._scoring._pair_score(_row(0.62), feats, MODEL)
    assert score.same_story is False, score.reasons
    assert f"(LT / {country})" in score.reasons[0]


def test_two_reports_of_one_election_stay_the_same_story(hashing_embedder):
    other = ("VILNIUS, Dec 1 (Reuters) - Lithuania's ruling party won Sunday's parliamentary election with 31% "
             "of the vote, ahead of the Social Democrats on 24%. Turnout in Lithuania was 49%.")
    score = sim._scoring._pair_score(_row(0.62), _features(VILNIUS_PL, other, "pl", "en", hashing_embedder), MODEL)
    assert score.same_story is True, score.reasons


def _info(raw: str, lang: str) -> tuple[Any, frozenset[str]]:
    gazetteer = sim.Gazetteer.load()
    prepared = sim.prepare_text(raw)
    info = sim._sides._analyse(prepared.text, lang, None, sim._sides._kept_sentences(prepared.text), gazetteer, prepared.dateline)
    return info, frozenset(gazetteer.find(prepared.dateline))


def test_the_refine_place_veto_reads_the_places_the_gazetteer_does_not_spell():
    # settings.refine_place_veto (off by default): a Polish opening in Lithuania against a Lisbon one
    lisbon = ("LISBON, Nov 30 (Reuters) - Portugal's centre-right alliance won Sunday's snap election with 32% of "
              "the vote. Turnout in Portugal was 64%, the electoral commission in Lisbon said.")
    (pl, pl_line), (en, en_line) = _info(VILNIUS_PL, "pl"), _info(lisbon, "en")
    assert sim.lead_countries_apart(pl, en, pl_line, en_line)
    vilnius = ("VILNIUS, Dec 1 (Reuters) - Lithuania's ruling party won Sunday's parliamentary election with 31% "
               "of the vote. Turnout in Lithuania was 49%.")
    other, other_line = _info(vilnius, "en")
    assert not sim.lead_countries_apart(pl, other, pl_line, other_line)


# -- trial 13: a country named only by the dateline, and in lower case in the body

SYDNEY_EN = ("SYDNEY (AP) - A wildfire in the Blue Mountains west of Sydney has killed two people and forced about "
             "15,000 residents in New South Wales, Australia, to flee, officials said on Sunday. Some 40 aircraft "
             "fought the flames.")
BOLSON_ES = ("El Bolsón (Argentina), 30 nov (EFE).- Un incendio forestal en la Patagonia argentina obligó a evacuar a "
             "unas 800 personas en la provincia argentina de Río Negro, y la ruta nacional 40 fue cortada, informaron "
             "las autoridades.")


def test_a_country_its_dateline_names_is_a_place_of_the_text(hashing_embedder):
    # Trial 13: "El Bolsón (Argentina), 30 nov (EFE).-" was the report's only capitalised "Argentina"
    # ("la Patagonia argentina" in the body is a lower-case word, no place), so a Sydney fire and a
    # Patagonian one had no place apart and "same numbers: 40" made them the same story (0.59).
    feats = _features(SYDNEY_EN, BOLSON_ES, "en", "es", hashing_embedder)
    assert "Argentina" in feats.places_only[1]
    score = sim._scoring._pair_score(_row(0.59), feats, MODEL)
    assert score.same_story is False, score.reasons
    assert "/ AR)" in score.reasons[0]
