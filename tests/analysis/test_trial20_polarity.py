"""False polarity conflicts of trial 20 #6, as kinds in the text data: a Turkish participle of a negated verb used
as an adjective or adverb ("beklenmedik şekilde", unexpectedly; "görülmedik bir hızla", at an unseen pace) states
the event, it does not deny it; and "no change" says what "unchanged" / «сохранение ставки» says."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import negated, polarity


@pytest.mark.parametrize("text", [
    "Calvera Merkez Bankası, politika faizini perşembe günü beklenmedik şekilde 150 baz puan artırarak yüzde 5,5'e çıkardı.",
    "Lira, görülmedik bir hızla değer kaybetti.",
    "Enflasyon umulmadık ölçüde yükseldi.",
    "Banka, beklenmeyen bir kararla faizi artırdı.",
])
def test_a_turkish_negated_participle_denies_nothing(text):
    assert not negated(text, "tr")


@pytest.mark.parametrize("text", [
    "Merkez Bankası faizi artırmadı.",
    "Bakan toplantıya gelmedik dedi; biz gelmedik.",
    "Banka faizi değiştirmeyecek.",
])
def test_a_turkish_negated_verb_still_denies(text):
    assert negated(text, "tr")


@pytest.mark.parametrize("a, b", [
    (("Economists had expected no change at 4.00%.", "en"), ("Аналитики ожидали сохранения ставки на уровне 4%.", "ru")),
    (("Analysten hatten keine Änderung des Leitzinses erwartet.", "de"), ("Analysts had expected the rate to stay unchanged.", "en")),
    (("Los analistas no esperaban ningún cambio en los tipos.", "es"), ("Analysts had expected rates to stay unchanged.", "en")),
    (("Calvera's central bank unexpectedly raised its benchmark interest rate to 5.50%.", "en"),
     ("Calvera Merkez Bankası politika faizini beklenmedik şekilde yüzde 5,5'e çıkardı.", "tr")),
])
def test_no_change_and_unexpectedly_are_no_denial(a, b):
    assert polarity(a[0], a[1], b[0], b[1]) is None


def test_a_denied_change_still_conflicts_with_a_change():
    assert polarity("The central bank did not raise its rate.", "en", "The central bank raised its rate.", "en") is not None
    assert polarity("Merkez Bankası faizi artırmadı.", "tr", "The central bank raised its rate.", "en") is not None
