"""final34 / c0ac37b: Czech writes a verb's negation as its prefix ne- ("nebudeme", "nezemřel", "nebyl",
"nechceme", "není"), and only the free word "ne" was a negation in cs.json, so "Nechceme cestující trestat,
ale jinou možnost nemáme" read as an affirmation beside "We do not want to punish passengers" (2 false
'polarity: d1 affirms, d2 denies' conflicts on benchmarks/data/outside_use when e5 cosines opened the
check). The prefix is text data (cs.json negation_form and the common negated auxiliaries); words that
only begin with ne- (nemocnice, neděle, nehoda, Německo, nechal, nejvíce) deny nothing."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import negated, polarity_conflict

DENIES = [
    "Nebudeme zvyšovat daně.", "Nikdo nezemřel.", "Most nebyl poškozen.", "Vláda nechce zvyšovat daně.",
    "Nemáme dost peněz.", "Pátrání nevzdáme.", "Situace není vážná.", "Policie nepotvrdila počet obětí.",
    "Záchranáři nemohou do oblasti.", "Ministr nepodporuje zákon.", "Nechceme válku.", "Tunel nebude otevřen.",
    "Poslanci nesouhlasí s návrhem.", "Hasiči nedělali nic.",
]

AFFIRMS = [
    "Vláda zvýší daně.", "V neděli zemřelo 12 lidí.", "Nehoda se stala nedaleko Prahy.",
    "Nemocnice přijala 30 zraněných.", "Německo poslalo pomoc.", "Nejvíce obětí bylo v Brně.",
    "Nechal dveře otevřené.", "Je to nesmysl, řekl ministr.", "Nebezpečí lavin trvá.",
    "Neštěstí si vyžádalo 12 obětí.", "Nedávno otevřeli nový most.", "Nezaměstnanost klesla.",
    "Zemřel v neděli.", "Nesl tašku.", "Letěli do Nepálu přes Neapol.",
]


@pytest.mark.parametrize("text", DENIES)
def test_the_ne_prefix_denies(text):
    assert negated(text, "cs")


@pytest.mark.parametrize("text", AFFIRMS)
def test_words_that_begin_with_ne_deny_nothing(text):
    assert not negated(text, "cs")


def test_a_czech_denial_and_its_translation_agree():
    cs = "„Nechceme cestující trestat, ale jinou možnost nemáme,“ řekl předseda odborů Jan Kolář."
    en = '"We do not want to punish passengers, but we have no other option," union leader Jan Kolář said.'
    assert polarity_conflict(cs, "cs", en, "en") is None


def test_a_czech_denial_against_an_affirmation_is_a_conflict():
    assert polarity_conflict("Most nebyl poškozen.", "cs", "The bridge was damaged.", "en") is not None
    assert polarity_conflict("Most byl poškozen.", "cs", "The bridge was damaged.", "en") is None
