"""One office, two holders (:func:`storylens.similarity._offices_apart`): two texts that each name a holder of one
one-holder office (a place's governor, a department's secretary, a firm's chief executive), neither holder written in
the other text, tell two times: different stories. ECB+ train topics 9 (Interior Secretary Dirk Kempthorne's species
rules, 2008, and Interior Secretary Ken Salazar's reversal, 2009) and 20 (two quakes on Qeshm, its governors Mehdi
Irannejad and Heidar Alishvandi) were joined by `stories --refine --judge full`."""

from __future__ import annotations

import pytest

from storylens.similarity import VerdictRules, _office_holders


def _apart(a: str, b: str, lang: str = "en") -> str | None:
    rules = VerdictRules()
    rules.add("a", a, lang, None)
    rules.add("b", b, lang, None)
    return rules.apart("a", "b")


# (text a, text b, the office named in the reason): one office, two holders, two times
TWO_HOLDERS = [
    (("A magnitude 5.6 earthquake struck the island of Vardis on Sunday, injuring five people and damaging houses in "
      "two villages, state media said.\n\"So far only walls have collapsed,\" Vardis Governor Mehdi Karimzadeh told "
      "the news agency.\nThe governor said tents were ready for families."),
     ("A powerful earthquake struck the island of Vardis on Sunday, killing ten people and flattening seven villages, "
      "officials said.\nHeidar Tavakkolian, the governor of Vardis, said rescue teams had reached every village.\n"
      "Tavakkolian said 2,000 people needed shelter."),
     "Vardis governor"),
    (("The administration issued new rules on Thursday that let agencies skip the review of projects near protected "
      "wetlands, Interior Secretary Dirk Kempthorne said.\nKempthorne called the change a clarification.\n"
      "Conservation groups said they would sue."),
     ("The government restored the full review of projects near protected wetlands on Tuesday, reversing rules its "
      "critics called a loophole, said Interior Secretary Ken Salazar.\nSalazar said science would guide the "
      "decisions.\nConservation groups welcomed the move."),
     "Interior secretary"),
    (("Norvatek cut its profit forecast on Monday and announced 3,000 job cuts, Norvatek CEO Paula Brennigan told "
      "analysts on a call.\nBrennigan said demand for chips had slowed.\nThe shares fell 9 percent."),
     ("Norvatek cut its profit forecast on Monday and said it would close two plants, Norvatek CEO Marcus Tellwright "
      "told analysts.\nTellwright blamed weak demand for chips.\nThe shares fell 6 percent."),
     "Norvatek CEO"),
]


@pytest.mark.parametrize(("a", "b", "office"), TWO_HOLDERS)
def test_two_holders_of_one_office_are_two_stories(a, b, office):
    why = _apart(a, b)
    assert why is not None and why.startswith("different holders of one office")
    assert office in why


# (text a, text b): one event's reports, one office named with one holder, or no office read
ONE_TIME = [
    # one holder spelled two ways (a transliteration): one person
    (("A strong earthquake struck the island of Vardis on Sunday, killing ten people, Vardis Governor Heydar "
      "Alishbandi said.\nAlishbandi said 2,000 people needed shelter."),
     ("Heidar Alishvandi, the governor of Vardis, said on Sunday that ten people were killed in the earthquake.\n"
      "Alishvandi said rescue teams had reached every village.")),
    # the earlier holder named as such in the other text: the rule does not hold
    (("Interior Secretary Ken Salazar restored the full review of projects near protected wetlands on Tuesday.\n"
      "Salazar reversed a rule issued by his predecessor, Dirk Kempthorne.\nConservation groups welcomed the move."),
     ("The government restored the full review of projects near protected wetlands on Tuesday, undoing a rule of "
      "former Interior Secretary Dirk Kempthorne.\nInterior Secretary Ken Salazar said science would guide "
      "decisions.")),
    # a title without its office's place or department names no one office: two countries' foreign ministers at one
    # meeting
    (("Foreign Minister Annalena Baerbock met her counterparts in Brussels on Monday to discuss sanctions.\nBaerbock "
      "said the package would be ready within a week."),
     ("Foreign Minister Jean-Noel Barrot met his counterparts in Brussels on Monday to discuss sanctions.\nBarrot "
      "said the package would be ready within a week.")),
    # a common word is no office's place ("Police Commissioner" of which city?)
    (("Police Commissioner Raymond Kelly said on Friday that the suspect was arrested in Brooklyn.\nKelly said the "
      "gun was found."),
     ("Police Commissioner Charles Ramsey said on Friday that officers had joined the search for the suspect.\n"
      "Ramsey said the gun was found.")),
]


@pytest.mark.parametrize(("a", "b"), ONE_TIME)
def test_one_holder_or_no_office_stays_together(a, b):
    why = _apart(a, b)
    assert why is None or not why.startswith("different holders of one office")


# (language, text a, text b): the governor's two holders in other languages
TWO_HOLDERS_OTHER = [
    ("es",
     ("Un terremoto de magnitud 5,6 sacudió el domingo la isla de Vardis y dejó cinco heridos.\nEl gobernador de "
      "Vardis, Mehdi Karimzadeh, dijo que solo se derrumbaron muros."),
     ("Un fuerte terremoto mató el domingo a diez personas en la isla de Vardis.\nHeidar Tavakkolian, gobernador de "
      "Vardis, dijo que los equipos de rescate llegaron a todas las aldeas.")),
    ("fr",
     ("Un séisme de magnitude 5,6 a frappé dimanche l'île de Vardis, faisant cinq blessés.\nLe gouverneur de Vardis, "
      "Mehdi Karimzadeh, a indiqué que seuls des murs s'étaient effondrés."),
     ("Un puissant séisme a tué dix personnes dimanche sur l'île de Vardis.\nHeidar Tavakkolian, gouverneur de "
      "Vardis, a déclaré que les secours avaient atteint tous les villages.")),
    ("it",
     ("Un terremoto di magnitudo 5,6 ha colpito domenica l'isola di Vardis, con cinque feriti.\nIl governatore di "
      "Vardis, Mehdi Karimzadeh, ha detto che sono crollati solo dei muri."),
     ("Un forte terremoto ha ucciso domenica dieci persone sull'isola di Vardis.\nHeidar Tavakkolian, governatore di "
      "Vardis, ha detto che i soccorsi hanno raggiunto tutti i villaggi.")),
]


@pytest.mark.parametrize(("lang", "a", "b"), TWO_HOLDERS_OTHER)
def test_two_holders_of_one_office_in_other_languages(lang, a, b):
    why = _apart(a, b, lang)
    assert why is not None and why.startswith("different holders of one office: Vardis governor")


def test_one_holder_in_two_languages_stays_together():
    # one governor quoted in a German and a Spanish report of one quake (two spellings of his surname)
    a = ("Ein Erdbeben hat am Sonntag die Insel Vardis erschüttert und zehn Menschen getötet.\nDer Gouverneur von "
         "Vardis, Heidar Tavakkolian, sagte, alle Dörfer seien erreicht.")
    b = ("Un terremoto mató el domingo a diez personas en la isla de Vardis.\nEl gobernador de Vardis, Heydar "
         "Tavakolian, dijo que los equipos llegaron a todas las aldeas.")
    rules = VerdictRules()
    rules.add("a", a, "de", None)
    rules.add("b", b, "es", None)
    why = rules.apart("a", "b")
    assert why is None or not why.startswith("different holders of one office")


def test_office_holders_read_the_office_in_either_order():
    text = ("Heidar Alishvandi, the governor of Qeshm, said five villages were hit. Qeshm's governor, Heidar "
            "Alishvandi, spoke on television. Secretary of the Interior Dirk Kempthorne and the commerce secretary, "
            "Gary Locke, agreed. Former Interior Secretary Gale Norton did not comment.")
    read = {(key, holder) for key, _, holder in _office_holders(text)}
    assert ("governor|qeshm", "Heidar Alishvandi") in read
    assert ("secretary|interior", "Dirk Kempthorne") in read
    assert ("secretary|commerce", "Gary Locke") in read
    assert not any(holder == "Gale Norton" for _, holder in read)  # a past holder
