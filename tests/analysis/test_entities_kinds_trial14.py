"""Trial 14 (defect 13): entity kinds and edges. A name never opens with a lower-case particle
("de Brescia") or a German common noun in apposition ("Strecke Mailand", "Betreibers Trenord");
a place named after a place cue ("cerca de", "the town of") or written with a hyphenated link
("Дезенцано-дель-Гарда") is a PLACE; a hyphenated pair of places is two places ("Milán-Verona");
an all-caps acronym keeps its hyphenated part ("FILT-CGIL"). Sentences written for these tests
in the style of El País, Corriere, Spiegel, RIA and Reuters."""

from __future__ import annotations

import pytest

from storylens.analysis.entities import EntityExtractor
from storylens.analysis.entities._rules import _acronyms_in, _rule_mentions

from ._docs import segmented_doc


def _kinds(text: str, lang: str) -> dict[str, str]:
    return {form: etype for form, etype, _ in _rule_mentions(text, lang)}


@pytest.mark.parametrize(("lang", "text", "name", "kind"), [
    ("es", "El choque ocurrió cerca de Desenzano del Garda, en el norte de Italia.", "Desenzano del Garda", "PLACE"),
    ("it", "L'incidente è avvenuto alle porte di Desenzano del Garda, in provincia di Brescia.",
     "Desenzano del Garda", "PLACE"),
    ("ru", "Поезд врезался в грузовой состав недалеко от города Дезенцано-дель-Гарда.", "Дезенцано-дель-Гарда", "PLACE"),
    ("es", "El sindicato FILT-CGIL lo niega.", "FILT-CGIL", "ORG"),
    ("it", "Il treno era partito da Milano Centrale alle 6.50.", "Milano Centrale", "PLACE"),
    ("it", "Il treno è arrivato a Roma Termini con due ore di ritardo.", "Roma Termini", "PLACE"),
    ("it", "Il treno era diretto a Verona Porta Nuova.", "Verona Porta Nuova", "PLACE"),
    ("fr", "L'écrivain Milan Kundera est mort à Paris.", "Milan Kundera", "PERSON"),  # a city as given name
    ("it", "Il ministro Matteo Salvini ha parlato a Milano.", "Matteo Salvini", "PERSON"),
    ("de", "Nach Angaben des Auswärtigen Amts sind keine Deutschen unter den Opfern.", "Auswärtigen Amts", "ORG"),
])
def test_kind_of_a_name(lang, text, name, kind):
    assert _kinds(text, lang).get(name) == kind, _rule_mentions(text, lang)


@pytest.mark.parametrize(("lang", "text", "places"), [
    ("es", "La línea Milán-Verona permanecerá cerrada hasta el domingo.", ["Milán", "Verona"]),
    ("de", "Die Strecke Mailand-Verona bleibt bis Sonntag gesperrt.", ["Mailand", "Verona"]),
    ("ru", "Движение на линии Милан-Верона будет закрыто до воскресенья.", ["Милан", "Верона"]),
])
def test_a_hyphenated_pair_of_places_is_two_places(lang, text, places):
    kinds = _kinds(text, lang)
    assert all(kinds.get(p) == "PLACE" for p in places), kinds
    assert not any("-" in form for form in kinds), kinds


@pytest.mark.parametrize(("lang", "text", "name", "wrong"), [
    ("de", "Der Regionalzug des Betreibers Trenord fuhr auf einen Güterzug auf.", "Trenord", "Betreibers Trenord"),
    ("de", "Die Strecke Mailand bleibt gesperrt.", "Mailand", "Strecke Mailand"),
    ("de", "Es ist das schwerste Unglück seit dem Unfall von Pioltello.", "Pioltello", "Unfall von Pioltello"),
    ("de", "Die Ermittlungen unter der Leitung von Francesco Prete laufen.", "Francesco Prete", "von Francesco Prete"),
])
def test_a_german_common_noun_opens_no_name(lang, text, name, wrong):
    forms = {form for form, _, _ in _rule_mentions(text, lang)}
    assert name in forms and wrong not in forms, forms


@pytest.mark.parametrize(("lang", "text"), [
    ("es", ("Meloni visitó a los heridos en el hospital Spedali Civili de Brescia. "
           "Los Spedali Civili recibieron a 23 heridos.")),
    ("it", ("Ventitré feriti sono stati trasportati agli Spedali Civili di Brescia. "
           "Gli Spedali Civili hanno ricevuto 23 feriti.")),
])
def test_a_split_name_leaves_no_particle(lang, text):
    entities = EntityExtractor().extract([segmented_doc(text, lang)])
    names = [v for e in entities for v in e.variants]
    assert not any(v.split()[0] in {"de", "di"} for v in names), names
    assert "Brescia" in names, names


def test_english_place_cue_and_hyphenated_acronym():
    text = ("An intercity train derailed near the central Polish town of Kutno on Thursday. "
            "The FILT-CGIL union said the signal had been reported faulty three times.")
    entities = EntityExtractor().extract([segmented_doc(text, "en")])
    kinds = {e.name: e.type for e in entities}
    assert kinds.get("Kutno") == "PLACE", kinds
    assert kinds.get("FILT-CGIL") == "ORG" and "FILT" not in kinds, kinds


def test_a_station_is_not_split_into_a_city_and_a_person():
    text = "Il regionale era partito da Milano Centrale e diretto a Verona Porta Nuova. Verona piange le vittime."
    entities = EntityExtractor().extract([segmented_doc(text, "it")])
    assert not any(e.type == "PERSON" for e in entities), [(e.variants, e.type) for e in entities]


def test_english_tagger_s_acronym_keeps_its_hyphenated_part():
    text = "Prosecutors opened an inquiry. The FILT-CGIL transport union disputed that account."
    names = {e.name: e.type for e in EntityExtractor().extract([segmented_doc(text, "en")])}
    assert names.get("FILT-CGIL") == "ORG" and "FILT" not in names, names


def test_hyphenated_acronym_and_other_hyphenated_words():
    assert _acronyms_in("The FILT-CGIL union and U.S.-led NATO-backed forces.") == ["FILT-CGIL", "U.S", "NATO"]


def test_kinds_travel_across_languages():
    """The Russian hyphenated place and the all-caps acronym type their other spellings."""
    docs = [
        segmented_doc("Il treno è deragliato a Desenzano del Garda. Il sindacato Filt-Cgil ha denunciato i guasti.",
                      "it", "d1"),
        segmented_doc("Поезд столкнулся с составом у Дезенцано-дель-Гарда. Профсоюз FILT-CGIL это отрицает.",
                      "ru", "d2"),
    ]
    entities = EntityExtractor().extract(docs)
    by_variant = {v: e.type for e in entities for v in e.variants}
    assert by_variant.get("Desenzano del Garda") == "PLACE", by_variant
    assert by_variant.get("Filt-Cgil") == "ORG", by_variant
