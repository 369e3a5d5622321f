"""A measure kept in force and a measure lifted, in every language with text data (final44 W2, final43 W5):
"the road would stay closed until Monday" and «n'a pas levé la fermeture de la route» state one fact (they
were a polarity conflict), while "Asfinag hob die Sperre der Straße … auf" contradicts both (shared).
"Kept" is a continued state (text data "continued_states") or a denied reversal ("reversal_verbs");
"lifted" a reversal, affirmed. Sentences written for the test in the shape of the trial's reports."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import measure_stance, polarity

KEPT = [
    ("The motorway operator Asfinag said the road would stay closed until Monday.", "en"),
    ("The ban remains in force.", "en"),
    ("Die Straße bleibt bis Montag gesperrt.", "de"),
    ("Die Straße soll bis Montag gesperrt bleiben.", "de"),
    ("La route restera fermée jusqu'à lundi.", "fr"),
    ("Le gestionnaire de l'autoroute Asfinag n'a pas levé la fermeture de la route.", "fr"),
    ("La carretera seguirá cerrada hasta el lunes.", "es"),
    ("La strada resterà chiusa fino a lunedì.", "it"),
    ("Droga pozostanie zamknięta do poniedziałku.", "pl"),
    ("Władze nie odwołały w niedzielę nakazu ewakuacji.", "pl"),
    ("Дорога останется перекрытой до понедельника.", "ru"),
    ("Yol pazartesiye kadar kapalı kalacak.", "tr"),
    ("Yetkililer pazar günü tahliye kararını kaldırmadı.", "tr"),
    ("道路将继续封闭至周一。", "zh"),
    ("当局没有解除道路封闭。", "zh"),
    ("ستبقى الطريق مغلقة حتى الاثنين.", "ar"),
]

LIFTED = [
    ("Asfinag lifted the road closure on Sunday evening.", "en"),
    ("The road was reopened on Sunday evening.", "en"),
    ("Der Autobahnbetreiber Asfinag hob die Sperre der Straße am Sonntagabend auf.", "de"),
    ("Die Straße wurde am Sonntag wieder freigegeben.", "de"),
    ("Asfinag a levé dimanche la fermeture de la route.", "fr"),
    ("La route a été rouverte dimanche soir.", "fr"),
    ("La operadora de la autopista Asfinag levantó el cierre de la carretera el domingo por la noche.", "es"),
    ("Il gestore dell'autostrada Asfinag ha revocato la chiusura della strada domenica sera.", "it"),
    ("La strada è stata riaperta domenica sera.", "it"),
    ("Władze odwołały we wtorek nakaz ewakuacji dla Kłodzka.", "pl"),
    ("Власти отменили приказ об эвакуации в Клодзко во вторник.", "ru"),
    ("Yol pazar akşamı yeniden trafiğe açıldı.", "tr"),
    ("当局周日晚间解除了道路封闭。", "zh"),
    ("أعيد فتح الطريق مساء الأحد.", "ar"),
]


@pytest.mark.parametrize(("text", "lang"), KEPT)
def test_a_measure_kept_in_force(text: str, lang: str) -> None:
    assert measure_stance(text, lang) == "kept"


@pytest.mark.parametrize(("text", "lang"), LIFTED)
def test_a_measure_lifted(text: str, lang: str) -> None:
    assert measure_stance(text, lang) == "lifted"


@pytest.mark.parametrize(("text", "lang"), [
    ("The minister resigned on Monday.", "en"),  # no measure
    ("Was the road closure lifted?", "en"),  # a question states nothing
    ("The curfew was lifted, but the road stays closed.", "en"),  # both: no one stance
    ("Il ministro si è dimesso.", "it"),
])
def test_no_stance(text: str, lang: str) -> None:
    assert measure_stance(text, lang) is None


# A continued state and a denied reversal: one fact, no polarity conflict (the trial's d5/d6 line was false).
SAME = [
    ("The motorway operator Asfinag said the road would stay closed until Monday.", "en",
     "Le gestionnaire de l'autoroute Asfinag n'a pas levé la fermeture de la route.", "fr"),
    ("Die Straße bleibt bis Montag gesperrt.", "de", "Asfinag did not lift the road closure.", "en"),
    ("La carretera seguirá cerrada hasta el lunes.", "es", "Il gestore non ha revocato la chiusura della strada.", "it"),
    ("Дорога останется перекрытой до понедельника.", "ru", "Władze nie odwołały zamknięcia drogi.", "pl"),
    ("道路将继续封闭至周一。", "zh", "Asfinag did not lift the road closure.", "en"),
    ("ستبقى الطريق مغلقة حتى الاثنين.", "ar", "Le gestionnaire n'a pas levé la fermeture de la route.", "fr"),
    ("The road will not stay closed.", "en", "Asfinag lifted the road closure.", "en"),
]


@pytest.mark.parametrize(("a", "lang_a", "b", "lang_b"), SAME)
def test_kept_and_not_lifted_agree(a: str, lang_a: str, b: str, lang_b: str) -> None:
    assert polarity(a, lang_a, b, lang_b) is None
    assert polarity(b, lang_b, a, lang_a) is None
    assert measure_stance(a, lang_a) == measure_stance(b, lang_b)


# Lifted against not lifted, in every pair of the trial (fr/es was shared in one compare, conflicting in another).
DENIED = [
    ("Le gestionnaire de l'autoroute Asfinag n'a pas levé la fermeture de la route.", "fr",
     "La operadora de la autopista Asfinag levantó el cierre de la carretera el domingo por la noche.", "es"),
    ("Le gestionnaire de l'autoroute Asfinag n'a pas levé la fermeture de la route.", "fr",
     "Der Autobahnbetreiber Asfinag hob die Sperre der Straße am Sonntagabend auf.", "de"),
    ("The authorities lifted the evacuation order on Sunday.", "en", "Władze nie odwołały w niedzielę nakazu ewakuacji.", "pl"),
    ("The authorities withdrew the evacuation order on Sunday.", "en", "Yetkililer pazar günü tahliye kararını kaldırmadı.", "tr"),
    ("Власти в среду отменили запрет на питьё воды.", "ru", "Władze nie odwołały w środę zakazu picia wody.", "pl"),
]


@pytest.mark.parametrize(("a", "lang_a", "b", "lang_b"), DENIED)
def test_lifted_against_not_lifted_conflicts(a: str, lang_a: str, b: str, lang_b: str) -> None:
    assert polarity(a, lang_a, b, lang_b) is not None
    assert {measure_stance(a, lang_a), measure_stance(b, lang_b)} == {"kept", "lifted"}


@pytest.mark.parametrize(("kept", "lang_k"), KEPT)
def test_kept_against_lifted_are_two_stances_in_every_language(kept: str, lang_k: str) -> None:
    # "stays closed" has no negation, so polarity never sees it against "lifted"; the two stances are the
    # conflict (report.pipeline._measure_stance_conflict)
    for lifted, lang_l in LIFTED:
        assert measure_stance(kept, lang_k) != measure_stance(lifted, lang_l)
