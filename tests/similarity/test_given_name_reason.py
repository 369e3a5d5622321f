"""A given name alone is no shared name (trial 10: "same names: Caillaux, Bernard": Bernard is the given
name of Bernard Caillaux; alone, "same names: Bernard" would join two different men)."""

from __future__ import annotations

import pytest

from storylens import similarity as sim

PARIS_EN = ("A Paris court on Wednesday sentenced former minister Bernard Caillaux to four years in prison for "
            "embezzling public funds. Caillaux, 71, paid assistants who barely worked for him, the court found. "
            "His lawyer said Caillaux would appeal.")
LYON_FR = ("Le tribunal de Lyon a condamné mercredi l'ancien maire Bernard Morel à deux ans de prison avec sursis "
           "pour favoritisme. Morel, 64 ans, avait attribué des marchés publics à des proches, selon le tribunal. "
           "Son avocat a indiqué que Morel ferait appel.")
PARIS_DE = ("Ein Pariser Gericht hat den früheren Minister Bernard Caillaux am Mittwoch zu vier Jahren Haft "
            "verurteilt. Caillaux habe Assistenten bezahlt, die kaum für ihn arbeiteten, befand das Gericht. "
            "Sein Anwalt kündigte an, Caillaux werde in Berufung gehen.")


def _shared_names(a: str, b: str, la: str, lb: str, embedder) -> tuple[str, ...]:
    return sim.pair_features([(a, b, la, lb)], embedder, sim.Gazetteer.load())[0].shared_names


def test_a_given_name_alone_is_no_shared_name(hashing_embedder):
    assert "Bernard" not in _shared_names(PARIS_EN, LYON_FR, "en", "fr", hashing_embedder)


def test_the_surname_stays_and_the_given_name_beside_it_goes(hashing_embedder):
    names = _shared_names(PARIS_EN, PARIS_DE, "en", "de", hashing_embedder)
    assert "Caillaux" in names and "Bernard" not in names


@pytest.mark.parametrize(("sentences", "given"), [
    (["Former minister Bernard Caillaux was sentenced.", "Caillaux will appeal."], {"bernard"}),
    # written alone somewhere: a name of its own ("Paris" of "Paris Criminal Court" and "in Paris.")
    (["The Paris Criminal Court ruled.", "He lives in Paris."], {"the", "criminal"}),
])
def test_given_names_are_words_only_written_before_another_name(sentences, given):
    assert sim._sides._given_names(sentences) == frozenset(given)


LYON_EN = ("A French court in Lyon on Tuesday fined a former mayor for favouritism, French media reported. The "
           "French prosecutor had asked for a suspended sentence. Morel said he would appeal.")
MARSEILLE_EN = ("French police arrested three men in Marseille on Monday over a string of armed robberies, the "
                "French interior ministry said. Officers seized two rifles, the ministry said.")


def test_an_adjective_of_a_nation_is_no_shared_name(hashing_embedder):
    # "same names: French" (trial 10): English writes the adjective capitalised, like a name
    assert "French" not in _shared_names(LYON_EN, MARSEILLE_EN, "en", "en", hashing_embedder)


def test_the_adjectives_are_language_data():
    from storylens.text import nationality_adjectives

    assert {"french", "romanian", "fransız"} <= nationality_adjectives()
    assert "paris" not in nationality_adjectives() and "france" not in nationality_adjectives()


def test_a_latin_text_labelled_chinese_is_scored(hashing_embedder):
    # SemEval dev: a Spanish football report labelled zh raised "Unsupported language: zh" (simplemma)
    text = ("El Liverpool venció 2-0 al Sheffield United por la fecha 21 de la Premier League. Mohamed Salah "
            "Zurbarquino marcó el primer gol y el técnico Jürgen Klopp Wendelinsky celebró la victoria.")
    score = sim.score_pair(text, LYON_FR, "zh", "fr", embedder=hashing_embedder, fast=True)
    assert score.same_story is not None


NM_EN = ("SANTA FE, New Mexico (AP) - Flash floods killed four people in southern New Mexico on Monday. Governor "
         "Michelle Lujan Grisham declared a state of emergency in Dona Ana and Otero counties.")
NM_ES = ("SANTA FE (AP) - Las inundaciones mataron a cuatro personas en el sur de Nuevo México el lunes. La "
         "gobernadora Michelle Lujan Grisham declaró el estado de emergencia en los condados de Doña Ana y Otero.")


@pytest.mark.parametrize(("sentences", "given"), [
    (["Governor Michelle Lujan Grisham declared an emergency in Dona Ana and Otero counties."], "ana"),
    (["La gobernadora declaró la emergencia en los condados de Doña Ana y Otero."], "ana"),
    (["Sir Keir Starmer said so.", "Don Pedro agreed."], "pedro"),
])
def test_a_name_after_an_honorific_is_a_given_name(sentences, given):
    # final31 #9: "same names: Ana, Grisham" for "Dona Ana" / "Doña Ana" (a county named after a lady)
    assert given in sim._sides._given_names(sentences)


def test_the_county_name_is_no_shared_name(hashing_embedder):
    names = _shared_names(NM_EN, NM_ES, "en", "es", hashing_embedder)
    assert "Ana" not in names and "Grisham" in names
