"""pysbd keeps two sentences as one after a word of its abbreviation lists that is the language's own word:
before the one-letter "I" (the Italian article) and always after a "prepositive" one (Spanish "contra", "bien").
Fault57b left: an Italian strike report's "… sciopero di 24 ore. I sindacati … lunedì sera." was one unit holding
both the strike's and the talks' days, and the ledger set it against an English "on Tuesday" as a date conflict."""

import pytest

from storylens.text.segment import Segmenter, _pysbd_kept_words


def _split(text: str, language: str) -> list[str]:
    return [s.text for s in Segmenter().split(text, language)]


@pytest.mark.parametrize(("language", "text", "first"), [
    ("it", "Perdite per 20 milioni a causa dello sciopero di 24 ore. I sindacati hanno rotto le trattative lunedì sera.",
     "Perdite per 20 milioni a causa dello sciopero di 24 ore."),
    ("it", "I manifestanti sono andati via. I negozi hanno riaperto.", "I manifestanti sono andati via."),
    ("es", "Los diputados de la oposición votaron en contra. El proyecto fue rechazado.",
     "Los diputados de la oposición votaron en contra."),
    ("es", "Según el ministro, todo salió bien. Los rehenes llegaron a Madrid.", "Según el ministro, todo salió bien."),
])
def test_a_word_pysbd_lists_ends_a_sentence(language, text, first):
    assert _split(text, language) == [first, text[len(first) + 1:]]


@pytest.mark.parametrize(("language", "text"), [
    ("es", "La demanda contra J. Smith fue rechazada por el juez."),  # an initial follows: no sentence end
    ("it", "La riunione con il dott. Rossi è finita tardi."),  # an abbreviation pysbd and StoryLens both read
    ("nl", "De regels (vgl. Hoofdstuk 3) gelden voor iedereen."),  # nl: "vgl." is listed by StoryLens too
])
def test_abbreviations_and_initials_stay_inside(language, text):
    assert _split(text, language) == [text]


def test_the_kept_words_are_stop_words_only_and_never_our_abbreviations():
    it = _pysbd_kept_words("it")
    assert {"ore", "via", "fa"} <= it
    assert not it & {"dott", "sig", "n", "proc"}
    assert _pysbd_kept_words("zh") == frozenset()
    assert _pysbd_kept_words("xx") == frozenset()


@pytest.mark.parametrize(("language", "text"), [
    # break57 F3: ranks and titles pysbd lists as "prepositive" stay before their name; brackets stay whole
    ("it", "Il col. Mario Rossi, comandante provinciale dei carabinieri, ha confermato l'arresto."),
    ("it", "Secondo il ten. col. Giuseppe Verdi le indagini proseguono."),
    ("it", "Il libro (ed. Einaudi) sarà in libreria da martedì."),
])
def test_ranks_brackets_and_acronyms_stay_inside(language, text):
    assert _split(text, language) == [text]
