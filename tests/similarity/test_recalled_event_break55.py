"""A follow-up in another city that names the earlier report's event is one story (break55 F2): the cities rule
("different cities in the openings ... published N days apart", CITIES_APART_DAYS) split "Zelensky said in Kyiv on
Monday that the plan agreed ... at their summit on March 6" from the Brussels summit's report 11 days before, and
"Merz hat ... eine Regierungserklärung zu den Ergebnissen des EU-Gipfels abgegeben" from "Merz hat ... in Brüssel beim
EU-Gipfel ...". :func:`storylens.similarity._events._recalls_event`: one opening dates its event on a day the other's opening
writes ("on September 8", "am 10. März", "du 2 juin", "del 3 de noviembre", "3月6日"), or the other's opening names
its event by what came of it (text data ``recall_cues``: "the outcome of the NATO summit", "die Beschlüsse des
Sondergipfels", "les conclusions du sommet", "la eliminación aprobada en la cumbre"). Two meetings of two leaders in
two cities weeks apart, and a meeting's own "results of the talks", stay apart. Also break55 F4: a Chinese city fused
with its venue ("在莫斯科克里姆林宫") is the opening's city. The texts are written for these tests."""

from __future__ import annotations

import pytest

from storylens import similarity as sim
from storylens.similarity import Gazetteer, VerdictRules

FOLLOW_UPS = {
    "en_date": (("2025-09-08", ("A magnitude 6.8 earthquake struck near Marrakesh on Monday, killing at least 40 people and "
                 "destroying hundreds of homes in the Atlas mountains, Morocco's interior ministry said. King Mohammed VI "
                 "ordered the army to help rescue teams.")),
                ("2025-09-19", ("Morocco's King Mohammed VI on Friday approved a reconstruction plan in Rabat for the villages "
                 "destroyed in the earthquake of September 8, which killed 52 people. The interior ministry said 2,000 "
                 "homes would be rebuilt."))),
    "de_date": (("2025-03-10", ("Bei einem Messerangriff in einem Regionalzug bei Hamburg sind am Montag zwei Menschen getötet "
                 "worden. Der mutmaßliche Täter, der 33-jährige Ibrahim A., wurde festgenommen, teilte die Polizei mit.")),
                ("2025-03-21", ("Der Generalbundesanwalt hat am Freitag in Karlsruhe Anklage gegen Ibrahim A. erhoben. Ihm wird "
                 "vorgeworfen, am 10. März in einem Regionalzug zwei Menschen mit einem Messer getötet zu haben."))),
    "fr_date": (("2025-06-02", ("Un incendie a ravagé lundi un immeuble de six étages à Marseille, faisant quatre morts et une "
                 "quinzaine de blessés, selon les pompiers. Le maire Benoît Payan s'est rendu sur place.")),
                ("2025-06-13", ("Le gouvernement a annoncé vendredi à Paris une aide de 5 millions d'euros aux familles "
                 "sinistrées par l'incendie du 2 juin, qui a fait quatre morts. Le maire Benoît Payan a salué ce geste."))),
    "en_outcome": (("2025-06-25", ("NATO leaders meeting at a summit in The Hague on Wednesday agreed to raise defence "
                    "spending to 5% of GDP by 2035, Secretary General Mark Rutte said. Spain's Pedro Sánchez secured an "
                    "exemption.")),
                   ("2025-07-03", ("Spanish Prime Minister Pedro Sánchez defended in Madrid on Thursday the outcome of the "
                    "NATO summit, saying Spain would not reach 5% of GDP, while Mark Rutte insisted all allies were bound "
                    "by the deal."))),
    "de_outcome": (("2025-03-06", ("Die Staats- und Regierungschefs der EU haben am Donnerstag bei einem Sondergipfel in "
                    "Brüssel ein Programm über 800 Milliarden Euro für die Verteidigung gebilligt. Ungarns "
                    "Regierungschef Viktor Orbán trug die Erklärung zur Ukraine nicht mit.")),
                   ("2025-03-14", ("Bundeskanzler Olaf Scholz hat am Freitag in Berlin die Beschlüsse des Sondergipfels "
                    "verteidigt und gesagt, Deutschland werde seinen Anteil am 800-Milliarden-Programm tragen. Ungarns "
                    "Regierungschef Viktor Orbán kritisierte er erneut."))),
    "fr_outcome": (("2025-06-26", ("Les dirigeants européens réunis en sommet à Bruxelles jeudi ont prolongé de six mois les "
                    "sanctions contre la Russie, a annoncé le président du Conseil européen António Costa. Le Premier "
                    "ministre hongrois Viktor Orban a finalement levé son veto.")),
                   ("2025-07-04", ("Emmanuel Macron a présenté vendredi à Paris les conclusions du sommet européen devant les "
                    "députés, saluant la prolongation des sanctions contre la Russie malgré les réticences de Viktor "
                    "Orban."))),
    "es_outcome": (("2025-07-10", ("Los líderes de la Alianza del Pacífico reunidos en una cumbre en Lima acordaron este "
                    "jueves eliminar aranceles a 200 productos agrícolas, anunció la presidenta peruana Dina Boluarte.")),
                   ("2025-07-18", ("El presidente chileno Gabriel Boric defendió este viernes en Santiago la eliminación de "
                    "aranceles aprobada en la cumbre, en una reunión con la presidenta Dina Boluarte sobre los 200 "
                    "productos agrícolas."))),
}

APART = {
    # one actor meeting one counterpart in two cities weeks apart (break53 F4's kind)
    "en_meetings": (("2025-03-03", ("Spanish Prime Minister Pedro Sánchez met Ukrainian President Volodymyr Zelensky in "
                     "Kyiv on Monday and pledged one billion euros in military aid for this year.")),
                    ("2025-03-27", ("Spanish Prime Minister Pedro Sánchez met Ukrainian President Volodymyr Zelensky in "
                     "Madrid on Thursday and pledged one billion euros in military aid for this year. The aid package was "
                     "first announced in January."))),
    # a meeting's own talks named by their results are no earlier occasion (text data recall_generic)
    "en_own_talks": (("2025-04-07", ("Italian Prime Minister Giorgia Meloni held talks with German Chancellor Friedrich "
                      "Merz in Rome on Monday on migration and the EU budget.")),
                     ("2025-04-29", ("Italian Prime Minister Giorgia Meloni and German Chancellor Friedrich Merz on "
                      "Tuesday presented in Berlin the results of the talks they held there on migration and the EU "
                      "budget."))),
    # a later summit's opening that names its own summit besides its conclusions
    "de_two_summits": (("2025-03-20", ("Die Staats- und Regierungschefs der EU haben sich am Donnerstag beim EU-Gipfel in "
                        "Brüssel auf mehr Verteidigungsausgaben geeinigt, sagte Ratspräsident António Costa.")),
                       ("2025-10-06", ("Die Staats- und Regierungschefs der EU haben am Montag beim informellen EU-Gipfel in "
                        "Kopenhagen über einen Drohnenwall beraten, sagte Ratspräsident António Costa. Die Ergebnisse des "
                        "Gipfels sollen später beschlossen werden."))),
    # break55 F4: the meeting cities fused with their venues
    "zh_venues": (("2025-02-12", ("俄罗斯总统普京2月12日在莫斯科克里姆林宫会见白俄罗斯总统卢卡申科。")),
                  ("2025-03-13", ("俄罗斯总统普京3月13日在明斯克独立宫会见白俄罗斯总统卢卡申科。"))),
}


@pytest.fixture(scope="module")
def rules() -> VerdictRules:
    r = VerdictRules()
    for kind, cases in (("f", FOLLOW_UPS), ("a", APART)):
        for name, ((da, ta), (db, tb)) in cases.items():
            r.add((kind, name, "a"), ta, None, da)
            r.add((kind, name, "b"), tb, None, db)
    return r


@pytest.mark.parametrize("name", sorted(FOLLOW_UPS))
def test_a_follow_up_naming_the_event_from_another_city_is_not_held_apart(rules, name):
    a, b = ("f", name, "a"), ("f", name, "b")
    assert rules.apart(a, b, countries=False) is None
    assert rules.apart(b, a, countries=False) is None


@pytest.mark.parametrize("name", sorted(APART))
def test_two_occasions_in_two_cities_weeks_apart_stay_apart(rules, name):
    a, b = ("a", name, "a"), ("a", name, "b")
    for x, y in ((a, b), (b, a)):
        why = rules.apart(x, y, countries=False)
        assert why is not None and why.startswith("different cities in the openings"), why


def test_the_evidence_is_named_in_the_reasons_reader():
    """What :func:`_recalls_event` read: the day, or the occasion's word."""
    g = Gazetteer.load()

    def text(date: str, body: str):
        return sim._sides._analyse(body, None, date, sim._sides._kept_sentences(body), g, rules_only=True)

    (da, ta), (db, tb) = FOLLOW_UPS["de_date"]
    assert sim._events._recalls_event(text(da, ta), text(db, tb)) == "dates 10 March"
    (da, ta), (db, tb) = FOLLOW_UPS["de_outcome"]
    assert sim._events._recalls_event(text(da, ta), text(db, tb)) == "names Sondergipfels"
    (da, ta), (db, tb) = APART["en_own_talks"]
    assert sim._events._recalls_event(text(da, ta), text(db, tb)) is None


@pytest.mark.parametrize(("text", "city"), [
    ("习近平5月8日在莫斯科克里姆林宫同俄罗斯总统普京举行会谈。", "Moscow"),
    ("普京在莫斯科克里姆林宫会见卢卡申科", "Moscow"),
    ("马克龙在巴黎爱丽舍宫会见默茨", "Paris"),
])
def test_a_han_city_before_its_venue_is_a_city(text, city):
    g = Gazetteer.load()
    assert city in {g.labels.get(p) for p in g.find(text, strict=True)}
