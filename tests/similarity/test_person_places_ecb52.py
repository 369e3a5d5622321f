"""A person's or an office's name is no place of an opening (ecb52).

The cities rule reads an opening's names the other text never writes as the places the gazetteer does not know
("Valdivia"), and the recalled rule reads them as the earlier event's place or thing. On ECB+ train "Betty Ford" (a
clinic named after a person) was read as two cities, "District Attorney Steve Cooley"'s "Attorney" as one, and a
co-worker quoted by name ("Kenneth Dorsey says") as the earlier report's place: follow-ups of one story a month apart
were held apart (:func:`storylens.similarity._openings._person_words`, :func:`storylens.similarity._openings._place_names`).
"""

from __future__ import annotations

import numpy as np
import pytest

from storylens import similarity as sim


def _side(text: str, lang: str, published: str) -> sim._sides._Side:
    prepared = sim.prepare_text(text)
    info = sim._sides._analyse(prepared.text, lang, published, sim._sides._kept_sentences(prepared.text), sim.Gazetteer.load(),
                        prepared.dateline)
    return sim._sides._Side(info, np.zeros(4, dtype=np.float32), np.zeros((max(1, len(info.sentences)), 4), dtype=np.float32),
                     None)


def _veto(a: str, b: str, lang: str) -> tuple[str | None, sim.PairFeatures]:
    # two weeks apart: the cities rule reads two cities apart then
    f = sim._features._features(_side(a, lang, "2024-03-05"), _side(b, lang, "2024-02-20"), sim.Gazetteer.load())
    veto = sim._verdict._apart(f, content=False)
    return (veto[0] if veto else None), f


PEOPLE = [
    ("en", ("Gang member charged in killing of deputy\nDistrict Attorney Steve Cooley announced on Tuesday that murder "
           "charges were filed against a gang member accused of killing a deputy.\nCooley said the suspect was "
           "arrested after a search. Cooley asked for the death penalty."),
     ("Deputy shot dead in Los Angeles\nA sheriff's deputy was shot dead in Los Angeles on Friday while investigating "
     "a shooting, officials said.\nThe suspect was arrested in a house nearby. The deputy was 35.")),
    ("en", ("Singer enters rehab again\nThe singer has checked into the Betty Ford Treatment Center for a 30-day "
           "program, her spokesman said.\nThe Betty Ford Treatment Center declined to comment. Ford founded it in 1982."),
     ("Singer checks into rehab in Phoenix\nThe singer has checked into a rehab facility in Phoenix, her spokesman "
     "said on Monday.\nShe is expected to stay for 30 days.")),
    ("de", ("Anklage gegen Schützen erhoben\nOberstaatsanwalt Thomas Becker hat am Dienstag Anklage gegen einen Mann "
           "erhoben, der einen Polizisten erschossen haben soll.\nBecker sagte, der Mann habe aus Rache gehandelt. "
           "Becker fordert lebenslange Haft."),
     ("Polizist in Dortmund erschossen\nEin Polizist ist am Freitag in Dortmund bei einer Kontrolle erschossen worden, "
     "teilte die Polizei mit.\nDer Täter wurde kurz darauf festgenommen.")),
    # "Jean" is in no name list (its genders disagree): the surname written again alone tells the person
    ("fr", ("Un homme mis en examen pour le meurtre d'un gendarme\nLe procureur Jean Dupont a annoncé mardi la mise "
           "en examen d'un homme soupçonné d'avoir tué un gendarme.\nDupont a précisé que le suspect avait avoué. "
           "Selon Dupont, il encourt la perpétuité."),
     ("Un gendarme tué à Marseille\nUn gendarme a été tué vendredi à Marseille lors d'un contrôle routier, a indiqué "
     "la préfecture.\nLe suspect a été interpellé peu après.")),
    ("es", ("Herido grave un policía\nEl alcalde Carlos Ruiz visitó el martes al policía herido en un tiroteo.\nRuiz "
           "dijo que el agente está estable. Ruiz pidió calma a los vecinos."),
     ("Un policía herido en un tiroteo en Valencia\nUn policía resultó herido el viernes en un tiroteo en Valencia, "
     "informó la Delegación del Gobierno.\nEl autor fue detenido poco después.")),
]


@pytest.mark.parametrize(("lang", "a", "b"), PEOPLE)
def test_a_person_or_an_office_is_no_city_of_the_opening(lang, a, b):
    veto, f = _veto(a, b, lang)
    assert f.lead_names_only[0] == ()
    assert veto is None


@pytest.mark.parametrize(("lang", "a", "b", "start"), [
    ("es", ("Terremoto sacude el sur\nUn terremoto sacudió el martes Valdivia y dejó tres heridos, informó la "
           "Onemi.\nEn Valdivia se cayeron muros. Valdivia sigue sin luz."),
     ("Terremoto sacude el norte\nUn terremoto sacudió el viernes Antofagasta y dejó tres heridos, informó la "
     "Onemi.\nHubo cortes de luz."), "different cities in the openings: Valdivia vs Antofagasta"),
    ("en", ("Bobsled crash injures two\nTwo athletes were injured in a bobsled crash at Lake Placid on Tuesday, "
           "organisers said.\nLake Placid hosted the race. Lake Placid officials closed the track."),
     ("Bobsled crash injures two in Calgary\nTwo athletes were injured in a bobsled crash in Calgary on Friday, "
     "organisers said.\nThe track was closed."), "different cities in the openings: Lake, Placid vs Calgary"),
])
def test_a_town_the_gazetteer_does_not_know_is_still_one(lang, a, b, start):
    veto, _ = _veto(a, b, lang)
    assert veto is not None and veto.startswith(start)


def test_person_words():
    words = sim._openings._person_words("Kenneth Dorsey says the woman accused of the shooting is a good person. Dorsey has "
                              "worked at the plant for 37 years. Sheriff Lee Baca said the Mother of three died.",
                              "en", sim.Gazetteer.load())
    assert {"kenneth", "dorsey", "sheriff", "lee", "baca", "mother"} <= words
    assert "plant" not in words
