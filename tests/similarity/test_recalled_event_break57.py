"""What counts as naming the other report's event (:func:`storylens.similarity._events._recalled_event`; break57). F1: a day
of the month in the later opening that dates ANOTHER act on the earlier event's day ("Der Bundestag hatte das
Sondervermögen am 10. März beschlossen" beside a Paris meeting of 10 March) lifted the cities rule; the date counts
only beside a word the earlier opening also writes, its event's ("the earthquake of September 8", "l'incendie du 2
juin"). F2: "les conclusions du sommet de Londres" named a London summit, not the Brussels one; an occasion phrase
that names a place the earlier opening does not name is another event. The texts are written for these tests."""

from __future__ import annotations

import pytest

from storylens import similarity as sim
from storylens.similarity import Gazetteer, VerdictRules

APART = {
    # F1: the day dates another act
    "de_date_other_act": (("2025-03-10", ("Bundeskanzler Olaf Scholz hat am Montag in Paris den französischen Präsidenten "
                           "Emmanuel Macron getroffen und mit ihm über die Verteidigung Europas beraten.")),
                          ("2025-04-03", ("Bundeskanzler Olaf Scholz hat am Donnerstag in Berlin den französischen "
                           "Präsidenten Emmanuel Macron empfangen und mit ihm über die Verteidigung Europas beraten. Der "
                           "Bundestag hatte das Sondervermögen am 10. März beschlossen."))),
    "fr_date_other_act": (("2025-06-02", ("Emmanuel Macron a reçu lundi à Paris le chancelier allemand Friedrich Merz pour "
                           "parler de défense européenne et de l'Ukraine.")),
                          ("2025-06-25", ("Emmanuel Macron a retrouvé mercredi à Berlin le chancelier allemand Friedrich "
                           "Merz pour parler de défense européenne et de l'Ukraine. Le budget de la défense avait été "
                           "présenté le 2 juin."))),
    "ru_date_other_act": (("2025-03-03", ("Президент России Владимир Путин в понедельник в Москве провел переговоры с "
                           "президентом Белоруссии Александром Лукашенко о союзном государстве.")),
                          ("2025-03-27", ("Президент России Владимир Путин в четверг в Минске провел переговоры с "
                           "президентом Белоруссии Александром Лукашенко о союзном государстве. Бюджет союзного "
                           "государства был утвержден 3 марта."))),
    "es_date_other_act": (("2025-03-03", ("Pedro Sánchez se reunió este lunes en Roma con Giorgia Meloni para hablar de "
                           "migración y defensa europea.")),
                          ("2025-03-27", ("Pedro Sánchez recibió este jueves en Madrid a Giorgia Meloni para hablar de "
                           "migración y defensa europea. El Congreso aprobó el presupuesto el 3 de marzo."))),
    # F2: the recalled occasion is another city's
    "fr_other_summit": (("2025-03-20", ("Emmanuel Macron a retrouvé jeudi au sommet européen de Bruxelles le chancelier "
                         "Friedrich Merz pour parler de défense européenne et de l'Ukraine.")),
                        ("2025-04-10", ("Emmanuel Macron a reçu jeudi à Paris le chancelier Friedrich Merz pour tirer les "
                         "conclusions du sommet de Londres sur la défense européenne et l'Ukraine."))),
    "es_other_summit": (("2025-03-20", ("Pedro Sánchez se reunió este jueves con Giorgia Meloni en la cumbre europea de "
                         "Bruselas para hablar de migración y defensa.")),
                        ("2025-04-10", ("Pedro Sánchez recibió este jueves en Madrid a Giorgia Meloni para analizar los "
                         "resultados de la cumbre de Londres sobre migración y defensa."))),
    "en_other_summit": (("2025-03-20", ("Spanish Prime Minister Pedro Sánchez met Italian Prime Minister Giorgia Meloni "
                         "at the EU summit in Brussels on Thursday to discuss migration and defence.")),
                        ("2025-04-10", ("Spanish Prime Minister Pedro Sánchez hosted Italian Prime Minister Giorgia Meloni "
                         "in Madrid on Thursday to discuss the results of the summit in London on migration and defence."))),
}

FOLLOW_UPS = {
    # the recalled occasion names the earlier opening's own city
    "fr_same_summit": (("2025-03-20", ("Emmanuel Macron a retrouvé jeudi au sommet européen de Bruxelles le chancelier "
                        "Friedrich Merz pour parler de défense européenne et de l'Ukraine.")),
                       ("2025-04-10", ("Emmanuel Macron a reçu jeudi à Paris le chancelier Friedrich Merz pour tirer les "
                        "conclusions du sommet de Bruxelles sur la défense européenne et l'Ukraine."))),
    # the date beside the event's noun after it
    "fr_date_noun": (("2025-06-02", ("Un incendie a ravagé lundi une usine textile à Lyon, faisant six morts, selon les "
                      "pompiers.")),
                     ("2025-06-13", ("Le gouvernement a annoncé vendredi à Paris une aide aux ouvriers de l'usine textile "
                      "détruite le 2 juin par un incendie qui a fait six morts."))),
}


@pytest.fixture(scope="module")
def rules() -> VerdictRules:
    r = VerdictRules()
    for kind, cases in (("a", APART), ("f", FOLLOW_UPS)):
        for name, ((da, ta), (db, tb)) in cases.items():
            r.add((kind, name, "a"), ta, None, da)
            r.add((kind, name, "b"), tb, None, db)
    return r


@pytest.mark.parametrize("name", sorted(APART))
def test_a_date_of_another_act_or_another_citys_summit_does_not_lift_the_cities_rule(rules, name):
    a, b = ("a", name, "a"), ("a", name, "b")
    for x, y in ((a, b), (b, a)):
        why = rules.apart(x, y, countries=False)
        assert why is not None and why.startswith("different cities in the openings"), why


@pytest.mark.parametrize("name", sorted(FOLLOW_UPS))
def test_the_event_named_by_its_city_or_its_noun_still_lifts_it(rules, name):
    a, b = ("f", name, "a"), ("f", name, "b")
    assert rules.apart(a, b, countries=False) is None
    assert rules.apart(b, a, countries=False) is None


def test_the_reasons_phrase_names_the_evidence():
    g = Gazetteer.load()

    def text(date: str, body: str):
        return sim._sides._analyse(body, None, date, sim._sides._kept_sentences(body), g, rules_only=True)

    (da, ta), (db, tb) = FOLLOW_UPS["fr_date_noun"]
    assert sim._events._recalled_event(text(da, ta), text(db, tb), g) == ("dates 2 June", "its date 2 June (incendie)")
    (da, ta), (db, tb) = FOLLOW_UPS["fr_same_summit"]
    assert sim._events._recalled_event(text(da, ta), text(db, tb), g) == ("names sommet", "conclusions du sommet de Bruxelles")


def test_a_han_date_counts_beside_the_event_noun_not_beside_a_verb():
    g = Gazetteer.load()

    def text(date: str, body: str):
        return sim._sides._analyse(body, "zh", date, sim._sides._kept_sentences(body), g, rules_only=True)

    summit = text("2025-03-06", "欧盟领导人3月6日在布鲁塞尔举行特别峰会，批准了8000亿欧元的防务计划。")
    follow_up = text("2025-03-20", "德国总理朔尔茨3月20日在柏林表示，3月6日峰会通过的防务计划将得到落实。")
    other_act = text("2025-03-20", "德国总理朔尔茨3月20日在柏林会见马克龙。联邦议院3月6日批准了预算。")
    assert sim._events._recalled_event(summit, follow_up, g) == ("dates 6 March", "its date 6 March (峰会)")
    assert sim._events._recalled_event(summit, other_act, g) is None
