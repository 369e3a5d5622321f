"""One office, two holders (:func:`storylens.similarity._people._offices_apart`): two texts that each name a holder of one
one-holder office (a place's governor, a department's secretary, a firm's chief executive), neither holder written in
the other text, tell two times: different stories. ECB+ train topics 9 (Interior Secretary Dirk Kempthorne's species
rules, 2008, and Interior Secretary Ken Salazar's reversal, 2009) and 20 (two quakes on Qeshm, its governors Mehdi
Irannejad and Heidar Alishvandi) were joined by `stories --refine --judge full`."""

from __future__ import annotations

import pytest

from storylens.similarity import VerdictRules
from storylens.similarity._offices import _office_holders


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


# break55 F1/F4: one event's reports, one naming the office's holder and the other a deputy, an acting or interim
# holder, a holder to come, one side's rival holder or a member of a body of many holders: one story, kept together
_FLOOD_GOV = ("Floods along the Guadalupe River in Kerr County killed at least 24 people on Friday, and more than 20 "
              "girls from a summer camp were missing.\nTexas Governor Greg Abbott said the state had deployed "
              "helicopters and boats. \"We will not stop until every missing person is found,\" Abbott said.")
_FLOOD_OTHER = ("At least 24 people died when the Guadalupe River burst its banks in Kerr County on Friday. More than "
                "20 girls from a summer camp remain missing.\n{} said 500 rescuers were searching the river.")
_STORM_MAYOR = ("Two people were killed by falling trees and about 80,000 homes lost power when a severe storm hit "
                "Houston on Thursday.\nHouston Mayor John Whitmire said the city would get through this together.")
_STORM_OTHER = ("A severe storm knocked out power to about 80,000 homes in Houston on Thursday night, and two people "
                "were killed by falling trees.\n{} urged residents to stay off the roads.")
_CEO = ("A violent storm cut power to 30,000 homes on Wednesday night, and one person was killed by a falling tree.\n"
        "\"We are restoring service street by street,\" Con Edison CEO Tim Cawley said.")
_CEO_OTHER = ("One person died when a tree fell on a car during a violent storm on Wednesday night. About 30,000 "
              "homes lost power.\n{} said service was being restored street by street.")
_MADRID = ("Una fuerte tormenta inundó este miércoles varias estaciones del metro de Madrid y obligó a cortar tres "
           "líneas.\n\"Pedimos a los madrileños que eviten desplazamientos\", dijo el alcalde de Madrid, José Luis "
           "Martínez-Almeida.")
_MADRID_OTHER = ("Las intensas lluvias de este miércoles inundaron varias estaciones de metro en Madrid.\n{}, pidió "
                 "prudencia a los ciudadanos.")
_KHERSON = ("Russian shelling hit a crowded market in Kherson on Saturday morning, killing three people and wounding "
            "eight.\n\"The enemy deliberately struck a place full of civilians,\" Kherson Governor Oleksandr Prokudin "
            "said on Telegram.")
_KHERSON_OTHER = ("Three people were killed and eight wounded when a market in Kherson came under fire on Saturday.\n"
                  "{}, blamed the other side for the attack.")
_DEAL = ("The European Union and the United States agreed on Sunday to a 15% tariff on most EU goods, averting a "
         "trade war.\n{} said the deal was the best they could get.")

ONE_EVENT_OTHER_OFFICE = [
    (_FLOOD_GOV, _FLOOD_OTHER.format("Acting Texas Governor Dan Patrick"), "en", "en"),
    (_FLOOD_GOV, _FLOOD_OTHER.format("Texas lieutenant governor Dan Patrick"), "en", "en"),
    (_FLOOD_GOV, _FLOOD_OTHER.format("The acting governor of Texas, Dan Patrick,"), "en", "en"),
    (_FLOOD_GOV, _FLOOD_OTHER.format("Dan Patrick, the lieutenant governor of Texas,"), "en", "en"),
    (_FLOOD_GOV, ("Al menos 24 personas murieron el viernes cuando el río Guadalupe se desbordó en el condado de "
                 "Kerr.\nEl vicegobernador de Texas, Dan Patrick, dijo que 500 rescatistas buscaban en el río."),
     "en", "es"),
    (_STORM_MAYOR, _STORM_OTHER.format("Houston deputy mayor Martha Castex-Tatum"), "en", "en"),
    (_STORM_MAYOR, _STORM_OTHER.format("Houston Vice Mayor Martha Castex-Tatum"), "en", "en"),
    (_CEO, _CEO_OTHER.format("Con Edison interim CEO Matthew Ketschke"), "en", "en"),
    (_CEO, _CEO_OTHER.format("Con Edison co-CEO Matthew Ketschke"), "en", "en"),
    (_MADRID, _MADRID_OTHER.format("La vicealcaldesa de Madrid, Inma Sanz"), "es", "es"),
    (_MADRID, _MADRID_OTHER.format("El teniente de alcalde de Madrid, Borja Carabante"), "es", "es"),
    (_MADRID, ("Une personne est morte mercredi soir lors d'un violent orage à Madrid.\nL'adjoint au maire de "
              "Madrid, Borja Carabante, a appelé les habitants à rester chez eux."), "es", "fr"),
    (_MADRID, ("Il temporale di mercoledì ha allagato la metropolitana di Madrid.\nIl vice sindaco di Madrid, Inma "
              "Sanz, ha invitato i cittadini alla prudenza."), "es", "it"),
    (_MADRID, ("Das Unwetter am Mittwoch hat die Madrider U-Bahn überflutet.\nDie stellvertretende Bürgermeisterin "
              "von Madrid, Inma Sanz, rief die Bürger zur Vorsicht auf."), "es", "de"),
    (_MADRID, ("A tempestade de quarta-feira inundou o metrô de Madri.\nA vice-prefeita de Madrid, Inma Sanz, pediu "
              "cautela aos moradores."), "es", "pt"),
    # one side's governor and the other side's, at one time
    (_KHERSON, _KHERSON_OTHER.format("The Russian-installed governor of Kherson region, Vladimir Saldo"), "en", "en"),
    (_KHERSON, _KHERSON_OTHER.format("The Moscow-appointed governor of Kherson, Vladimir Saldo"), "en", "en"),
    (_KHERSON, ("Der Markt von Cherson wurde am Samstag beschossen, drei Menschen starben.\nDer von Russland "
               "eingesetzte Gouverneur von Cherson, Wladimir Saldo, machte die Gegenseite verantwortlich."), "en", "de"),
    # a body of many holders: the European Commission's commissioners, a US commission's, the Fed's governors
    (_DEAL.format("EU Commissioner Maros Sefcovic"), _DEAL.format("EU Commissioner Valdis Dombrovskis"), "en", "en"),
    (_DEAL.format("European Commissioner Maros Sefcovic"), _DEAL.format("European Commissioner Valdis Dombrovskis"),
     "en", "en"),
    (_DEAL.format("FCC Commissioner Anna Gomez"), _DEAL.format("FCC Commissioner Olivia Trusty"), "en", "en"),
    (_DEAL.format("Federal Reserve Governor Christopher Waller"), _DEAL.format("Federal Reserve Governor Michelle "
                                                                             "Bowman"), "en", "en"),
]


@pytest.mark.parametrize(("a", "b", "lang_a", "lang_b"), ONE_EVENT_OTHER_OFFICE)
def test_a_deputy_acting_rival_or_body_member_is_no_second_holder(a, b, lang_a, lang_b):
    rules = VerdictRules()
    rules.add("a", a, lang_a, None)
    rules.add("b", b, lang_b, None)
    why = rules.apart("a", "b")
    assert why is None or not why.startswith("different holders of one office")


@pytest.mark.parametrize(("text", "lang"), [
    ("Floods hit on Friday. Acting Texas Governor Dan Patrick said boats were sent.", "en"),
    ("Floods hit on Friday. Texas Governor-elect Dan Patrick said boats were sent.", "en"),
    ("Floods hit on Friday. Former Texas Governor Rick Perry said boats were sent.", "en"),
    ("Shelling hit on Saturday. The Ukrainian governor of Kherson, Oleksandr Prokudin, said three died.", "en"),
    ("Shelling hit on Saturday. The self-proclaimed mayor of Donetsk, Alexei Kulemzin, said three died.", "en"),
    ("The vote came on Monday. UN Ambassador Linda Thomas-Greenfield said the draft was weak.", "en"),
    ("La tormenta golpeó el miércoles. Inma Sanz, vicealcaldesa de Madrid, pidió prudencia.", "es"),
    ("Das Unwetter kam am Mittwoch. Der amtierende Bürgermeister von Vardis, Hans Wetzel, rief zur Vorsicht.", "de"),
    ("Das Unwetter kam am Mittwoch. Die Vize-Bürgermeisterin von Vardis, Anna Wetzel, rief zur Vorsicht.", "de"),
])
def test_office_holders_leave_out_other_offices(text, lang):
    assert _office_holders(text, lang) == ()


@pytest.mark.parametrize(("text", "lang", "key"), [
    ("Floods hit on Friday. Texas Governor Greg Abbott said boats were sent.", "en", "governor|texas"),
    ("The arrest came on Friday. NYPD Commissioner Jessica Tisch said the suspect was armed.", "en",
     "commissioner|nypd"),
    ("Shelling hit on Saturday. The governor of Kherson, Oleksandr Prokudin, said three died.", "en",
     "governor|kherson"),
    ("La tormenta golpeó el miércoles. La alcaldesa de Valencia, María José Catalá, pidió prudencia.", "es",
     "mayor|valencia"),
])
def test_office_holders_still_read_the_holder(text, lang, key):
    # the modifiers' check must not drop the office's own holder (the rule's two-holder witnesses above)
    assert [k for k, _, _ in _office_holders(text, lang)] == [key]
