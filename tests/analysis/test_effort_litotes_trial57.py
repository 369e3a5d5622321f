"""Trial57 F14: "We will spare no effort to treat the injured" is an affirmation (litotes: every effort will be
made), and read as a denial it made the vice mayor's quote a polarity conflict with «Мы приложим все силы» (en-ru).
The kind in every language with the text data's "support_negation": negated forms that promise effort."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import negated


@pytest.mark.parametrize(("language", "text"), [
    ("en", "We will spare no effort to treat the injured and hold those responsible to account."),
    ("en", "The city said no expense would be spared in rebuilding the school."),
    ("en", "Investigators will leave no stone unturned, the minister said."),
    ("de", "Wir werden nichts unversucht lassen, um die Verletzten zu retten."),
    ("de", "Die Stadt will keine Mühen scheuen, die Ursache aufzuklären."),
    ("fr", "Nous n'épargnerons aucun effort pour soigner les blessés."),
    ("fr", "Le gouvernement ne ménagera pas ses efforts pour reconstruire."),
    ("ru", "Мы не пожалеем сил для спасения раненых."),
    ("es", "No escatimaremos esfuerzos para atender a los heridos."),
    ("it", "Non risparmieremo sforzi per soccorrere i feriti."),
    ("it", "Non lasceremo nulla di intentato per trovare i responsabili."),
    ("zh", "我们将不遗余力救治伤员。"),
    ("ar", "لن ندخر جهدا في علاج المصابين."),
    ("pl", "Nie szczędzimy wysiłków, by pomóc rannym."),
    ("tr", "Yaralıların tedavisi için hiçbir çabadan kaçınmayacağız."),
])
def test_a_promise_of_every_effort_is_no_denial(language: str, text: str) -> None:
    assert not negated(text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The fire spared no house in the village."),  # no effort promised: a denial that any house was spared
    ("en", "Officials said no effort had been made to warn residents."),
    ("de", "Die Behörden haben nichts unternommen."),
    ("fr", "Les pompiers n'ont pas pu atteindre le village."),
    ("ru", "Пожарные не смогли добраться до деревни."),
    ("es", "No hubo esfuerzos para avisar a los vecinos."),
    ("zh", "伤员没有得到救治。"),
    ("ar", "لم يتم إنقاذ أحد."),
    ("pl", "Nie udało się uratować domów."),
    ("tr", "Yangın kontrol altına alınamadı ve köye ulaşılmadı."),
])
def test_a_denial_beside_them_still_denies(language: str, text: str) -> None:
    assert negated(text, language)
