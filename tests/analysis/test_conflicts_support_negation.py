"""A negated verb that promises support is no denial (new-user trial 16 #1, an earthquake in Van told in
nine languages): "the state would stand by the victims" / "versprach den Opfern Hilfe" against "el
Estado no dejará solos a los afectados" / "государство не оставит пострадавших" was "d1 affirms, d5
denies". "Will not leave anyone alone", "won't abandon" are litotes for "stand by, help" (text/data
"support_negation"); a denial conflicts only when it denies the same predicate, so "not leave office"
still contradicts "leave office"."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import affirmed, negated, polarity_conflict

_STAND_BY = ("President Tayyip Erdogan said the state would stand by the victims.", "en")
_HELP = ("Präsident Recep Tayyip Erdoğan versprach den Opfern Hilfe.", "de")


@pytest.mark.parametrize(
    "promise, lang",
    [
        ("Erdoğan dijo que el Estado no dejará solos a los afectados.", "es"),
        ("No dejaremos solo a nadie, dijo el presidente.", "es"),
        ('"No dejaremos solo a ninguno de nuestros ciudadanos", escribió Erdogan.', "es"),
        ("«Мы не оставим ни одного нашего гражданина без помощи», — написал Эрдоган.", "ru"),
        ("„Wir werden keinen unserer Bürger im Stich lassen“, schrieb Erdoğan.", "de"),
        ("« Nous n'abandonnerons aucun de nos concitoyens », a assuré Erdogan.", "fr"),
        ("وكتب على منصة إكس: «لن نترك أياً من مواطنينا وحيداً».", "ar"),
        ("Эрдоган заявил, что государство не оставит пострадавших.", "ru"),
        ("«Мы никого не оставим в беде», — сказал Эрдоган.", "ru"),
        ('Erdogan wrote: "We will not leave any of our citizens alone."', "en"),
        ("The government won't abandon the survivors, the minister said.", "en"),
        ("Le président a assuré que l'État n'abandonnera pas les sinistrés.", "fr"),
        ("« Nous ne laisserons aucun de nos citoyens seul », a écrit Erdogan.", "fr"),
        ("Il presidente ha detto che lo Stato non lascerà soli i terremotati.", "it"),
        ("Wir werden die Menschen nicht im Stich lassen, sagte Erdoğan.", "de"),
        ("Erdoğan: Hiçbir vatandaşımızı yalnız bırakmayacağız.", "tr"),
        ("埃尔多安在社交媒体上写道：我们不会让任何一位公民独自面对困难。", "zh"),
        ("وتعهد الرئيس التركي رجب طيب أردوغان بعدم التخلي عن المتضررين.", "ar"),
        ("Prezydent zapewnił, że państwo nie zostawi poszkodowanych samych.", "pl"),
    ],
)
def test_a_negated_promise_of_support_is_no_denial(promise, lang):
    assert not negated(promise, lang)
    for other in (_STAND_BY, _HELP):
        assert polarity_conflict(promise, lang, *other) is None
    # the fact the promise states keeps its words (nothing to take out)
    assert affirmed(promise, lang) == " ".join(promise.split())


@pytest.mark.parametrize(
    "denial, lang, plain, plain_lang",
    [
        ("El presidente no dejará el cargo.", "es", "The president will leave office.", "en"),
        ("Президент не покинет пост.", "ru", "The president will leave office.", "en"),
        ("The minister did not leave the country.", "en", "The minister left the country.", "en"),
        ("The dam did not fail.", "en", "The dam failed.", "en"),
        ("Die Regierung hat die Hilfe nicht zugesagt.", "de", "The government promised help.", "en"),
        ("L'enquête n'a pas été abandonnée.", "fr", "L'enquête a été abandonnée.", "fr"),
    ],
)
def test_a_denial_of_the_same_predicate_still_conflicts(denial, lang, plain, plain_lang):
    assert polarity_conflict(denial, lang, plain, plain_lang) is not None
