"""break51 O8: an elision that is part of a place's name stays in it ("Côte d'Ivoire", "N'Djamena": the rules
blanked "d'" and "N'" as articles, leaving "Côte" + "Ivoire" and "Djamena", linked to nothing); an article's
elision is still taken off ("l'OTAN" is "OTAN")."""

from ._docs import entities_of, joined


def test_cote_d_ivoire_and_n_djamena_whole_and_linked_across_languages():
    ents = entities_of([
        ("fr", ["Le président de la Côte d'Ivoire Alassane Ouattara est arrivé lundi à N'Djamena pour un sommet."]),
        ("en", ["Ivory Coast President Alassane Ouattara arrived in N'Djamena on Monday for a summit."]),
    ])
    names = {e.name for e in ents}
    assert not names & {"Côte", "Ivoire", "Djamena"}
    assert joined(ents, "Côte d'Ivoire", "Ivory Coast")
    assert any(e.name == "N'Djamena" and len({m.doc for m in e.mentions}) == 2 for e in ents)


def test_curly_apostrophes_and_other_languages():
    ents = entities_of([("fr", ["Le sommet s'est tenu à N’Djamena avec des délégués de Côte d’Ivoire."]),
                        ("de", ["Der Präsident der Elfenbeinküste sprach in Berlin."])])
    assert {"N’Djamena", "Côte d’Ivoire"} <= {e.name for e in ents}
    assert joined(ents, "Côte d’Ivoire", "Elfenbeinküste")


def test_an_article_s_elision_is_still_taken_off():
    ents = entities_of([("fr", ["Le secrétaire général de l'OTAN a rencontré le président de l'Ukraine à Bruxelles."])])
    assert {"OTAN", "Ukraine"} <= {e.name for e in ents}
