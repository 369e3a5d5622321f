"""A fragment of a longer name is no shared name (final30 claim 3): "Mexico" of "New Mexico" / "Nuevo México"
gave "same names: Mexico" (and a Nuevo México fire beside a Chihuahua one "same story"), "Union" of "African
Union" / "L'Union africaine" was the one shared name that kept a Conakry coup and a Bissau coup one story."""

from __future__ import annotations

import pytest

from storylens import similarity as sim

NM_EN = ("Wildfire forces evacuations in New Mexico\n\nA wildfire in northern New Mexico forced 4,000 people to "
         "leave their homes on Friday, state officials said. The blaze has burned 12,000 acres near Taos.")
NM_ES = ("Un incendio obliga a evacuar a 4.000 personas en Nuevo México\n\nUn incendio forestal en el norte de "
         "Nuevo México obligó el viernes a 4.000 personas a abandonar sus hogares, informaron las autoridades "
         "estatales. El fuego ha quemado 12.000 acres cerca de Taos.")
MX_ES = ("Un incendio obliga a evacuar a 4.000 personas en México\n\nCIUDAD DE MÉXICO - Un incendio forestal en el "
         "norte de México obligó el viernes a 4.000 personas a abandonar sus hogares en Chihuahua, informaron las "
         "autoridades. El fuego ha quemado 12.000 acres cerca de Ciudad Juárez.")
GW_EN = ("Soldiers seize state TV in Guinea-Bissau, president detained\n\nSoldiers seized the state broadcaster in "
         "Guinea-Bissau on Friday and detained President Umaro Sissoco Embaló, witnesses said. Gunfire was heard "
         "near the presidential palace in Bissau for three hours. The African Union condemned the attempted coup.")
GW_PT = ("Militares tomam televisão pública na Guiné-Bissau e detêm o Presidente\n\nMilitares tomaram na sexta-feira "
         "a televisão pública da Guiné-Bissau e detiveram o Presidente Umaro Sissoco Embaló, segundo testemunhas. "
         "Foram ouvidos tiros perto do palácio presidencial em Bissau durante três horas. A União Africana "
         "condenou a tentativa de golpe.")
GN_FR = ("Guinée : des militaires prennent la télévision d'État à Conakry\n\nDes militaires ont pris vendredi le "
         "contrôle de la télévision d'État en Guinée, selon des témoins. Des tirs ont été entendus près du palais "
         "présidentiel à Conakry pendant trois heures. L'Union africaine a condamné la tentative de coup d'État.")


def _features(a: str, b: str, la: str, lb: str, embedder) -> sim.PairFeatures:
    return sim.pair_features([(a, b, la, lb)], embedder, sim.Gazetteer.load())[0]


@pytest.mark.parametrize(("a", "b", "la", "lb"), [
    (NM_EN, NM_ES, "en", "es"),
    (NM_ES, MX_ES, "es", "es"),
    (MX_ES, NM_ES, "es", "es"),
])
def test_the_country_word_of_new_mexico_is_no_shared_name(a, b, la, lb, hashing_embedder):
    names = {n.casefold() for n in sim._verdict._reason_names(_features(a, b, la, lb, hashing_embedder))}
    assert not names & {"mexico", "méxico"}


@pytest.mark.parametrize(("a", "b", "la", "lb"), [(GW_EN, GN_FR, "en", "fr"), (GN_FR, GW_EN, "fr", "en")])
def test_union_of_african_union_is_no_shared_name_and_the_place_rule_speaks(a, b, la, lb, hashing_embedder):
    f = _features(a, b, la, lb, hashing_embedder)
    assert not sim._verdict._reason_names(f)
    assert sorted(sim._verdict._other_countries(f) or ()) == ["GN", "GW"]
    # the two sides' places are both listed (the "Guinea" inside "Guinea-Bissau" hid Conakry)
    assert all(f.places_only)


def test_the_whole_compound_name_stays_shared(hashing_embedder):
    names = sim._verdict._reason_names(_features(GW_EN, GW_PT, "en", "pt", hashing_embedder))
    # each text's spelling shown (break57 F10: "Guinea-Bissau / Guiné-Bissau")
    assert "Guinea-Bissau / Guiné-Bissau" in names and "Embaló" in names


@pytest.mark.parametrize(("sentences", "lang", "fragments"), [
    (["Wildfire in New Mexico.", "Officials in New Mexico said."], "en", {"mexico"}),
    (["Incendio en Nuevo México."], "es", {"mexico"}),
    (["The African Union condemned it.", "The European Commission said."], "en", {"union", "commission"}),
    # written alone somewhere too: a name of its own
    (["The African Union condemned it.", "The Union said it would meet."], "en", set()),
    (["Fire in New Mexico spread to Mexico."], "en", set()),
    # Turkish "Irak" is an adjective of Turkish, not of German
    (["Hisbollah-Brigaden im Irak US-Angriffe gehen nach hinten los."], "de", set()),
])
def test_fragment_names(sentences, lang, fragments):
    assert sim._sides._fragment_names(sentences, sim.Gazetteer.load(), lang) == frozenset(fragments)


CZ_EN = ("Babis's ANO wins Czech election but falls short of a majority\n\nPRAGUE - The populist ANO movement of "
         "Andrej Babis won 80 seats in the Czech parliamentary election, the Czech Statistical Office said on "
         "Sunday. ANO took 34.5% of the vote, ahead of the ruling SPOLU coalition with 23.4%.")
HU_EN = ("Orban's Fidesz wins Hungarian election, keeps two-thirds majority\n\nBUDAPEST - Prime Minister Viktor "
         "Orban's Fidesz party won Sunday's parliamentary election in Hungary with 49.2% of the vote, the National "
         "Election Office said on Monday. The opposition Tisza party of Peter Magyar came second with 38.1%.")


def test_a_common_word_only_inside_two_different_english_names_is_no_shared_name(hashing_embedder):
    # final31: "same names: Office" ("Czech Statistical Office" / "National Election Office") switched off
    # the rule that keeps one kind of event in two countries apart
    f = _features(CZ_EN, HU_EN, "en", "en", hashing_embedder)
    assert "Office" not in f.shared_names
    assert not f.shared_names
    both = _features(CZ_EN, CZ_EN.replace("Babis won 80", "Babis won 81"), "en", "en", hashing_embedder)
    assert "Babis" in " ".join(both.shared_names)  # a name written alone is still shared
