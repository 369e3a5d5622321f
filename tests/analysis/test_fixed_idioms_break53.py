"""Fixed phrases that hold a negation word and deny nothing (text data "not_negation"; break53 F3).

The Arabic «جزء لا يتجزأ» ("an integral part", literally "a part that does not split") was read as a denial: a
German or English report of «غزة جزء لا يتجزأ من الدولة الفلسطينية» ("Gaza is an integral part of the
Palestinian state") gave a false "polarity: d1 affirms, d2 denies". Of the same kind: Arabic «لا بد» (must),
«لا محالة» (inevitably), and "there is no doubt" in the languages that write it with a negation («لا شك», «no cabe
duda», «sem dúvida», «нет сомнений», "kein Zweifel", «ne fait aucun doute», «non c'è dubbio», «hiç şüphesiz»).
A real denial beside such a phrase still denies."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import negated, polarity_conflict


@pytest.mark.parametrize(("text", "lang"), [
    ("غزة جزء لا يتجزأ من الدولة الفلسطينية", "ar"),
    ("القدس جزء لا يتجزّأ من فلسطين", "ar"),
    ("إن غزة تشكل جزءا لا يتجزأ من الدولة", "ar"),
    ("المنطقة وحدة لا تتجزأ", "ar"),
    ("لا بد من وقف إطلاق النار", "ar"),
    ("سيتم توقيع الاتفاق لا محالة", "ar"),
    ("لا شك أن الاتفاق مهم", "ar"),
    ("No cabe duda de que el acuerdo es importante", "es"),
    ("Sem dúvida, o acordo é importante", "pt"),
    ("Нет сомнений, что соглашение важно", "ru"),
    ("Es besteht kein Zweifel, dass das Abkommen wichtig ist", "de"),
    ("Il ne fait aucun doute que l'accord est important", "fr"),
    ("Non c'è dubbio che l'accordo sia importante", "it"),
    ("Hiç şüphesiz anlaşma önemlidir", "tr"),
])
def test_a_fixed_phrase_with_a_negation_word_denies_nothing(text, lang):
    assert not negated(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("لا شك أن الاتفاق لم يوقع", "ar"),
    ("غزة ليست جزءا من الدولة", "ar"),
    ("No cabe duda de que el acuerdo no se firmó", "es"),
    ("Es besteht kein Zweifel, dass das Abkommen nicht unterzeichnet wurde", "de"),
])
def test_a_denial_beside_such_a_phrase_still_denies(text, lang):
    assert negated(text, lang)


@pytest.mark.parametrize(("a", "la", "b", "lb"), [
    ("Gaza ist ein untrennbarer Teil des palästinensischen Staates, sagte Ministerpräsident Mohammad Mustafa.", "de",
     "قال رئيس الوزراء محمد مصطفى إن غزة جزء لا يتجزأ من الدولة الفلسطينية.", "ar"),
    ("Gaza is an integral part of the Palestinian state, Prime Minister Mohammad Mustafa said.", "en",
     "قال رئيس الوزراء محمد مصطفى إن غزة جزء لا يتجزأ من الدولة الفلسطينية.", "ar"),
    ("A ceasefire must be reached, the minister said.", "en", "قال الوزير إنه لا بد من التوصل إلى وقف لإطلاق النار.", "ar"),
    ("The agreement is undoubtedly important, the minister said.", "en",
     "Il ministro ha detto che non c'è dubbio che l'accordo sia importante.", "it"),
])
def test_an_integral_part_and_no_doubt_give_no_polarity_conflict(a, la, b, lb):
    assert polarity_conflict(a, la, b, lb) is None
