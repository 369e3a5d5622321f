"""A negated verb of knowing says what a word of uncertainty says: "not yet known" against "noch unklar",
"remains unclear" against «n'est pas encore connue» is no polarity conflict (final43 W3). The words are
language data (text/data "uncertainty", predicative forms only); a denial against a plain statement of the
fact still conflicts. Its known cost, as for every negative meaning across languages: an uncertainty in a
side clause ("arrested three men whose identities remain unknown") answers a denial ("arrested no one")."""

import pytest

from storylens.analysis.conflicts import negated, negative_meaning, polarity_conflict

_DENIALS = [
    ("The railway operator CD Cargo said the cause of the derailment was not yet known.", "en"),
    ("La cause du déraillement n'est pas encore connue.", "fr"),
    ("Die Ursache der Entgleisung ist noch nicht bekannt.", "de"),
    ("Причина схода поезда с рельсов пока не установлена.", "ru"),
    ("出轨原因尚不清楚。", "zh"),
]

_UNCERTAIN = [
    ("The cause of the derailment remains unclear.", "en"),
    ("Die Bahngesellschaft CD Cargo teilte mit, die Ursache der Entgleisung sei noch unklar.", "de"),
    ("La causa del deragliamento resta ancora da chiarire.", "it"),
    ("La cause du déraillement reste inconnue.", "fr"),
    ("Se desconocen las causas del descarrilamiento.", "es"),
    ("Przyczyna wykolejenia pozostaje nadal nieznana.", "pl"),
    ("Причина схода поезда с рельсов пока неизвестна.", "ru"),
    ("Raydan çıkma nedeni henüz belirsiz.", "tr"),
    ("سبب خروج القطار عن القضبان لا يزال غير معروف.", "ar"),
    ("脱轨原因目前未知。", "zh"),
]


@pytest.mark.parametrize("text, lang", _UNCERTAIN)
def test_an_uncertainty_word_is_a_negative_meaning_without_a_negation(text, lang):
    assert negative_meaning(text, lang)


@pytest.mark.parametrize("plain, plain_lang", _UNCERTAIN)
@pytest.mark.parametrize("denial, denial_lang", _DENIALS)
def test_not_known_against_unclear_is_no_polarity_conflict(denial, denial_lang, plain, plain_lang):
    if not negated(plain, plain_lang):
        assert negated(denial, denial_lang)
    assert polarity_conflict(denial, denial_lang, plain, plain_lang) is None
    assert polarity_conflict(plain, plain_lang, denial, denial_lang) is None


@pytest.mark.parametrize("text, lang", [
    ("Unknown gunmen killed three police officers on Tuesday.", "en"),
    ("Unbekannte Täter töteten am Dienstag drei Polizisten.", "de"),
    ("Des hommes armés inconnus ont tué trois policiers mardi.", "fr"),
    ("Неизвестные боевики убили трёх полицейских во вторник.", "ru"),
    ("Nieznani sprawcy zabili we wtorek trzech policjantów.", "pl"),
])
def test_an_attributive_unknown_is_no_uncertainty(text, lang):
    assert not negative_meaning(text, lang)


@pytest.mark.parametrize("denial, denial_lang, plain, plain_lang", [
    ("The cause of the derailment was not known.", "en", "Die Ursache der Entgleisung ist bekannt.", "de"),
    ("The police did not arrest the driver.", "en", "La policía detuvo al conductor.", "es"),
])
def test_a_denial_against_a_statement_of_the_fact_still_conflicts(denial, denial_lang, plain, plain_lang):
    assert polarity_conflict(denial, denial_lang, plain, plain_lang) is not None
