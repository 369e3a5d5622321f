"""Cities whose name is a common word or a given name, read by the writing around them (break50 N7 N8, break50b 3 10 11).

An event verb before such a name showed a place even when a person's pronoun followed ("The car struck Regina as she
crossed the road") or the name modified a noun ("Floods hit Mobile phone networks"); "Nice, France, was hit", "In Nice,
3 people died", "toward Nice", "The fire spread to Nice", "Florence's mayor" and "The mayor of Nice" gave no place; a
city written twice counted only in the gazetteer's spelling ("Elazığ'da … Elazığ'da", not "Elazig … Elazig" nor
"Элязыге … Элязыга"); "Hurricane Florence" and "rain hit Florence" were "same names: Florence".
"""

from __future__ import annotations

import pytest

from storylens import similarity as sim
from storylens.similarity import FEATURE_NAMES, PairFeatures


def _cities(text: str, lang: str) -> list[str]:
    g = sim.Gazetteer.load()
    return sorted(g.labels[p] for p in sim._openings._word_cities(text, lang, g))


def _text(text: str, lang: str) -> sim._sides._Text:
    return sim._sides._analyse(text, lang, None, sim.split_sentences(text), sim.Gazetteer.load())


@pytest.mark.parametrize(("text", "lang"), [
    # break50b 3
    ("The car struck Regina as she crossed the road.", "en"),
    ("The news hit Regina hard, her husband said.", "en"),
    ("Floods hit Mobile phone networks across the state.", "en"),
    # the same kinds in other wordings and languages
    ("A bus hit Florence while she was cycling to work.", "en"),
    ("A falling branch struck Vladimir as he walked home.", "en"),
    ("The car struck Regina, 34, outside the school.", "en"),
    ("The outage hit Mobile banking apps on Monday.", "en"),
    ("La nouvelle a frappé Florence, a dit son mari, car elle était là.", "fr"),
    ("La noticia golpeó Regina, dijo ella.", "es"),
])
def test_an_event_verbs_object_that_a_pronoun_or_a_noun_follows_is_no_place(text, lang):
    assert _cities(text, lang) == []


@pytest.mark.parametrize(("text", "lang", "cities"), [
    # break50b 10
    ("Nice, France, was hit by floods.", "en", ["Nice"]),
    ("In Nice, 3 people died.", "en", ["Nice"]),
    ("Storm Regina moved toward Nice.", "en", ["Nice"]),
    ("The fire spread to Nice from Cannes.", "en", ["Nice"]),
    ("Florence's mayor said the museums would close.", "en", ["Florence"]),
    ("The mayor of Nice said 3 people died.", "en", ["Nice"]),
    # the same kinds in other wordings and languages
    ("Mobile, Alabama, was hit by a tornado.", "en", ["Mobile"]),
    ("Regina, Saskatchewan, declared an emergency.", "en", ["Regina"]),
    ("Nice, en France, a été touchée.", "fr", ["Nice"]),
    ("À Nice, 3 personnes sont mortes.", "fr", ["Nice"]),
    ("La tempête se dirige vers Nice.", "fr", ["Nice"]),
    ("Le feu s'est propagé jusqu'à Nice.", "fr", ["Nice"]),
    ("La tormenta avanzó hacia Florence.", "es", ["Florence"]),
    ("Le piogge si estendono fino a Nice.", "it", ["Nice"]),
    ("Regina's streets were flooded.", "en", ["Regina"]),
    ("Le maire de Florence a annoncé 3 morts.", "fr", ["Florence"]),
    ("El alcalde de Florence dijo que 3 personas murieron.", "es", ["Florence"]),
    ("Il sindaco di Nice ha parlato.", "it", ["Nice"]),
    ("The storm hit Nice hard on Monday.", "en", ["Nice"]),
    ("The storm hit Nice airport flights.", "en", ["Nice"]),
    # what must still hold (break50b "What held")
    ("A tornado struck Mobile, Alabama, killing 2 people.", "en", ["Mobile"]),
    ("Des inondations ont frappé Florence mardi.", "fr", ["Florence"]),
    ("Police in Nice arrested two men.", "en", ["Nice"]),
])
def test_a_word_city_the_writing_places_is_a_place(text, lang, cities):
    assert _cities(text, lang) == cities


@pytest.mark.parametrize(("text", "lang"), [
    ("Regina's husband said she was safe.", "en"),
    ("Florence's lawyer declined to comment.", "en"),
    ("The letter to Regina arrived.", "en"),
    ("The family of Florence said she was safe.", "en"),
    ("Nice police arrested two men.", "en"),
    ("Nice weather drew crowds on Sunday.", "en"),
    ("Hurricane Florence hit the Carolinas.", "en"),
    ("Layoffs hit Mobile, the carrier's unit, on Monday.", "en"),
])
def test_a_persons_or_a_words_reading_stays_no_place(text, lang):
    assert _cities(text, lang) == []


def test_a_region_of_one_word_that_the_text_writes_as_no_city_is_no_place():
    # "Mary" is Turkmenistan's province and city: "The letter from Mary" named Turkmenistan (break50 N7)
    assert _text("The letter from Mary arrived on Monday.", "en").region_countries == frozenset()
    assert "TM" in _text("Floods hit the province of Mary, in the south of the country.", "en").region_countries


@pytest.mark.parametrize(("text", "lang", "twice"), [
    ("Quake damaged homes in Elazig. Residents of Elazig slept outdoors.", "en", True),
    ("Elazığ'da yüzlerce ev hasar gördü, Elazığ'da vatandaşlar geceyi dışarıda geçirdi.", "tr", True),
    ("В Элязыге повреждены сотни домов, жители Элязыга провели ночь на улице.", "ru", True),
    ("À Elazig, des maisons ont été endommagées. Les habitants d'Elazig ont dormi dehors.", "fr", True),
    ("Quake damaged homes in Elazig. Residents spent the night outdoors.", "en", False),
])
def test_a_city_written_twice_counts_in_any_spelling_or_case_form(text, lang, twice):
    # break50 N8: only the gazetteer's spelling "Elazığ" counted
    g = sim.Gazetteer.load()
    place = next(p for p, label in g.labels.items() if label == "Elazığ")
    assert sim._features._written_twice(place, _text(text, lang), g) is twice


def test_a_name_one_text_writes_as_the_city_and_the_other_as_something_else_is_split():
    # break50b 11: "same story: yes", "same names: Florence" / "same names: Mobile"
    g = sim.Gazetteer.load()
    storm = _text("Hurricane Florence hit the Carolinas on Friday, flooding towns.", "en")
    rain = _text("Heavy rain hit Florence on Friday, flooding the old town.", "en")
    assert sim._banks._word_city_split(storm, rain, g) == ("Florence",)
    outage = _text("A nationwide outage hit Mobile phone networks across the country on Tuesday.", "en")
    tornado = _text("A tornado tore through Mobile, Alabama, on Tuesday.", "en")
    assert sim._banks._word_city_split(outage, tornado, g) == ("Mobile",)
    # both the city, or a sentence's first word only (no evidence either way): no split
    again = _text("Floods hit Florence on Friday. The mayor of Florence said 3 died.", "en")
    assert sim._banks._word_city_split(rain, again, g) == ()
    opening = _text("Florence was flooded on Friday, officials said.", "en")
    assert sim._banks._word_city_split(rain, opening, g) == ()


def test_a_split_name_with_nothing_else_in_common_holds_a_pair_apart():
    f = PairFeatures(values=(0.0,) * len(FEATURE_NAMES), word_city_split=("Florence",))
    apart = sim._verdict._apart(f)
    assert apart is not None and apart[0].startswith("one name for two things: Florence")
    shared = PairFeatures(values=(0.0,) * len(FEATURE_NAMES), word_city_split=("Florence",),
                          shared_names=("Uffizi",))
    assert sim._verdict._apart(shared) is None or not sim._verdict._apart(shared)[0].startswith("one name for two things")


@pytest.mark.parametrize(("text", "lang", "cities", "others"), [
    # Turkish locative and ablative endings make even a given name a place ("Van" is one too)
    ("Van'da 3 kişi hayatını kaybetti.", "tr", ["Van"], []),
    ("Van Valiliği açıklama yaptı.", "tr", [], []),
    ("Depremde Van'ın Muradiye ilçesi etkilendi.", "tr", [], []),
    # a storm's, a title holder's, a person's full name: something else than the city
    ("Hurricane Florence hit the Carolinas.", "en", [], ["Florence"]),
    ("Crown Princess Mary visited the school.", "en", [], ["Mary"]),
    ("Mary Cheney spoke on Monday.", "en", [], ["Mary"]),
    ("The outage hit Mobile phone networks.", "en", [], ["Mobile"]),
    ("The La Nación report on Mount St. Mary's Hospital was wrong.", "en", [], []),
    ("La tormenta llegó cerca de Florence.", "es", ["Florence"], []),
])
def test_what_the_writing_shows_a_word_city_to_be(text, lang, cities, others):
    g = sim.Gazetteer.load()
    found, other = sim._openings._word_city_reading(text, lang, g)
    assert sorted(g.labels[p] for p in found) == cities
    assert sorted(other) == others


@pytest.mark.parametrize(("text", "lang", "cities"), [
    ("Der Bürgermeister von Nice sagte, drei Menschen seien gestorben.", "de", ["Nice"]),
    ("Der Sturm zog Richtung Nice.", "de", ["Nice"]),
    ("Die Flut traf Regina schwer, sagte ihr Mann.", "de", []),
    ("Der Bruder von Regina wurde festgenommen.", "de", []),
    ("De burgemeester van Nice zei dat drie mensen stierven.", "nl", ["Nice"]),
    ("O prefeito de Florence disse que três pessoas morreram.", "pt", ["Florence"]),
])
def test_the_same_readings_in_german_dutch_and_portuguese(text, lang, cities):
    assert _cities(text, lang) == cities
