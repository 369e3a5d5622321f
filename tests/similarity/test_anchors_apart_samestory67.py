"""Two reports of one kind of event whose openings name other places and actors, with nothing in common, are two
stories (issue #11, newuser66: "An explosion at a chemical plant in X killed N workers, company Y said" told of two
cities, two companies and two mayors was "same story 0.65-0.73" with ``compare a.txt b.txt``, undated, and the
comparison then listed the two events' tolls and days as conflicts). The anchors rule
(similarity._rules._anchors_apart): one language, each opening naming two or more places, bodies or people the other
text never writes, and (the verdict's guard) no name, place, dated day or count in common. Reasons and verdict only:
the model's features are unchanged."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from storylens import similarity as sim

BASF = ("Explosion at chemical plant kills four workers\n"
        "An explosion at a chemical plant in Ludwigshafen killed four workers on Tuesday, the company BASF said. Fire "
        "crews brought the blaze under control after three hours. Mayor Jutta Steinruck said residents should keep their "
        "windows closed. Two more workers were taken to hospital with burns.")
COVESTRO = ("Explosion at chemical plant kills six workers\n"
            "An explosion at a chemical plant in Leverkusen killed six workers on Thursday, the company Covestro said. Fire "
            "crews brought the blaze under control after four hours. Mayor Uwe Richrath said residents should keep their "
            "windows closed. Three more workers were taken to hospital with burns.")
ARKEMA = ("Explosion dans une usine chimique : trois morts\n"
          "Une explosion dans une usine chimique de Feyzin a fait trois morts mardi, a indiqué le groupe Arkema. Le préfet "
          "Fabienne Buccio a demandé aux habitants de rester chez eux. Les pompiers ont maîtrisé l'incendie après deux "
          "heures.")
SANOFI = ("Explosion dans une usine chimique : cinq morts\n"
          "Une explosion dans une usine chimique de Lacq a fait cinq morts jeudi, a indiqué le groupe Sanofi. Le préfet "
          "Julien Charles a demandé aux habitants de rester chez eux. Les pompiers ont maîtrisé l'incendie après trois "
          "heures.")
# the BASF blast told by another outlet, quoting other officials: the city ties it
BASF_OTHER = ("Four dead in blast at German chemical site\n"
              "Four workers died on Tuesday when a blast tore through a unit at the Ludwigshafen site, fire chief Peter "
              "Friedrich told reporters. Rhineland-Palatinate's interior minister Michael Ebling said investigators were "
              "on site.")
# the BASF blast in German: another language writes its places and bodies its own way, so the rule does not read it
BASF_DE = ("Explosion bei BASF: vier Arbeiter getötet\n"
           "Bei einer Explosion im Chemiewerk von BASF in Ludwigshafen sind am Dienstag vier Arbeiter getötet worden, "
           "teilte das Unternehmen mit. Oberbürgermeisterin Jutta Steinruck rief die Anwohner auf, die Fenster "
           "geschlossen zu halten.")
MODEL = SimpleNamespace(threshold_=0.5, variant_="full")


def _score(a, b, la, lb, embedder):
    f = sim.pair_features([(a, b, la, lb)], embedder, sim.Gazetteer.load())[0]
    return f, sim._scoring._pair_score(np.array([0.73] + [0.5] * (len(sim.DIMENSIONS) - 1)), f, MODEL)


@pytest.mark.parametrize(("a", "b", "lang", "shown"), [
    (BASF, COVESTRO, "en", "Ludwigshafen, Steinruck vs Covestro, Richrath"),
    (ARKEMA, SANOFI, "fr", "Arkema, Buccio vs Lacq, Sanofi"),
])
def test_two_events_with_other_places_and_actors_and_nothing_in_common_are_two_stories(a, b, lang, shown,
                                                                                        hashing_embedder):
    f, score = _score(a, b, lang, lang, hashing_embedder)
    assert score.same_story is False
    assert score.reasons[0].startswith(f"different places and actors in the openings: {shown}, none written in the "
                                       "other text, and no names, places, dates or figures in common")
    assert "0.73 alone is not a same-story verdict" in score.reasons[0]
    assert sim.verdict_apart(f, content=False) is not None  # the refine judge and the online join hold it apart too
    # one event told by another outlet with other officials shares its city; told in German, it is another language
    for other, other_lang in ((BASF_OTHER, "en"), (BASF_DE, "de")):
        f, score = _score(BASF, other, "en", other_lang, hashing_embedder)
        assert score.same_story is True and sim.verdict_apart(f, content=False) is None
