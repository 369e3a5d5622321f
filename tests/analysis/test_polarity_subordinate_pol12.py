"""A negation does not reach past the opening of a subordinate clause (review of stop 34: "did not resist
when he was arrested" against "was arrested" was a polarity conflict in one language). The clause opens at
the language's subordinators and conditionals (text data "subordinators", "conditionals"), prepositions
only before a subject pronoun ("subordinate_prepositions": "after he was arrested", not "after the
explosion"), after a comma only where the spelling writes one ("subordinate_comma": de, pl, ru, cs, uk)."""

from __future__ import annotations

import pytest

from storylens.analysis.claims import Unit
from storylens.analysis.conflicts import polarity, subordinate_clauses
from storylens.report.pipeline import _negation_on

# the negation is the main clause's; the other side states the subordinate clause's fact
_NOT_A_CONFLICT = [
    ("en", "Marek Vondra did not resist when he was arrested on Tuesday.", "Marek Vondra was arrested on Tuesday."),
    ("en", "The suspect did not resist when police arrested him at his home.", "Police arrested the suspect at his home."),
    ("en", "The minister did not speak to reporters after he left the meeting.", "The minister left the meeting early."),
    ("en", "When police arrived, the suspect did not resist.", "Police arrived at the house."),
    ("en", "The mayor did not comment because the investigation was continuing.", "The investigation was continuing."),
    ("de", "Der Mann leistete keinen Widerstand, als er festgenommen wurde.", "Der Mann wurde festgenommen."),
    ("de", "Der Mann wehrte sich nicht, wenn er kontrolliert wurde.", "Der Mann wurde kontrolliert."),
    ("de", "Als er festgenommen wurde, leistete der Mann keinen Widerstand.", "Der Mann wurde festgenommen."),
    ("fr", "L'homme n'a pas résisté lorsqu'il a été arrêté.", "L'homme a été arrêté."),
    ("fr", "L'homme n'a pas résisté quand il a été arrêté.", "L'homme a été arrêté."),
    ("es", "El hombre no se resistió cuando fue detenido.", "El hombre fue detenido."),
    ("pl", "Mężczyzna nie stawiał oporu, kiedy został zatrzymany.", "Mężczyzna został zatrzymany."),
    ("ru", "Мужчина не сопротивлялся, когда его задержали.", "Мужчину задержали."),
    ("it", "L'uomo non ha opposto resistenza quando è stato arrestato.", "L'uomo è stato arrestato."),
]


@pytest.mark.parametrize(("lang", "denial", "plain"), _NOT_A_CONFLICT)
def test_a_negation_of_the_main_clause_does_not_deny_the_subordinate_clause(lang, denial, plain):
    assert polarity(denial, lang, plain, lang) is None
    assert polarity(plain, lang, denial, lang) is None


# the negation bears on the fact both state: the conflicts stay
_CONFLICT = [
    ("en", "He was not arrested when he arrived at the airport.", "He was arrested at the airport."),
    ("en", "Marek Vondra was not arrested when police searched the house.", "Marek Vondra was arrested."),
    ("en", "No one was injured after the explosion.", "Three people were injured in the explosion."),
    ("en", "He did not serve as president.", "He served as president from 2010."),
    ("de", "Der Mann wurde nicht festgenommen, als die Polizei kam.", "Der Mann wurde festgenommen."),
    ("ru", "Мужчину не задержали, когда полиция приехала.", "Мужчину задержали."),
    # the plain side writes the word the negation bears on: it states the negated clause's fact
    ("en", "Police did not arrest him when they searched the house.", "Police arrested him."),
    ("fr", "La police ne l'a pas arrêté quand elle est arrivée.", "La police l'a arrêté."),
    ("es", "El hombre no fue detenido cuando llegó la policía.", "El hombre fue detenido."),
]


@pytest.mark.parametrize(("lang", "denial", "plain"), _CONFLICT)
def test_a_denial_of_the_shared_fact_is_still_a_conflict(lang, denial, plain):
    assert polarity(denial, lang, plain, lang) == (0, True, False)


# across languages the words cannot be compared: a counted event (text data) the plain side states and only
# the negated clause writes after its negation keeps the conflict; the other way round, the pair is confined
@pytest.mark.parametrize(("denial", "denial_lang", "plain", "plain_lang", "conflict"), [
    ("Nikt nie zginął, gdy budynek się zawalił.", "pl", "Three people were killed.", "en", True),
    ("No one was killed when the building collapsed.", "en", "Drei Menschen wurden getötet.", "de", True),
    ("Marek Vondra was not arrested when police came.", "en", "Marek Vondra wurde festgenommen.", "de", True),
    ("Marek Vondra did not resist when he was arrested.", "en", "Marek Vondra wurde festgenommen.", "de", False),
    ("Marek Vondra nie stawiał oporu, gdy został zatrzymany.", "pl", "Marek Vondra was arrested.", "en", False),
    ("Der Mann leistete keinen Widerstand, als er festgenommen wurde.", "de", "The man was arrested.", "en", False),
])
def test_across_languages_a_counted_event_ties_the_plain_side_to_the_negated_clause(
        denial, denial_lang, plain, plain_lang, conflict):
    assert (polarity(denial, denial_lang, plain, plain_lang) is not None) is conflict


@pytest.mark.parametrize(("lang", "text", "parts"), [
    ("en", "He did not resist when he was arrested.", ["He did not resist ", "when he was arrested."]),
    ("en", "He did not speak after he was arrested.", ["He did not speak ", "after he was arrested."]),
    # a preposition before no subject pronoun opens no clause
    ("en", "No one was injured after the explosion.", ["No one was injured after the explosion."]),
    ("en", "He did not serve as president.", ["He did not serve as president."]),
    # German writes a comma before a subordinate clause: "mehr als", "als Präsident" open none
    ("de", "Es kamen nicht mehr als zehn Menschen.", ["Es kamen nicht mehr als zehn Menschen."]),
    ("de", "Er trat nicht als Präsident an, weil er krank war.", ["Er trat nicht als Präsident an", ", weil er krank war."]),
    ("fr", "Il n'a pas parlé lorsqu’il est arrivé.", ["Il n'a pas parlé ", "lorsqu’il est arrivé."]),
    ("pl", "Nie stawiał oporu, gdy został zatrzymany.", ["Nie stawiał oporu", ", gdy został zatrzymany."]),
    ("ru", "Когда полиция приехала, он не сопротивлялся.", ["Когда полиция приехала,", " он не сопротивлялся."]),
    # Chinese is written without spaces: its commas are its clause links, no subordinator is read
    ("zh", "他被捕时没有反抗。", ["他被捕时没有反抗。"]),
])
def test_subordinate_clauses(lang, text, parts):
    assert subordinate_clauses(text, lang) == parts


@pytest.mark.parametrize(("text", "lang", "word"), [
    ("Marek Vondra was not at home when arrested.", "en", "arrested"),
    ("Marek Vondra war nicht zu Hause, als er festgenommen wurde.", "de", "festgenommen"),
])
def test_a_negation_before_a_subordinator_does_not_bear_on_its_event_word(text, lang, word):
    at = text.index(word)
    assert not _negation_on(Unit("d1", "d1:s0", text, 0, len(text), lang), at, at + len(word))


def test_a_negation_just_before_the_event_word_still_bears_on_it():
    text = "Marek Vondra was not arrested when police came."
    at = text.index("arrested")
    assert _negation_on(Unit("d1", "d1:s0", text, 0, len(text), "en"), at, at + len("arrested"))


# review35a H1: a denial with a subordinate clause is a conflict unless the plain side states the subordinate
# clause; a verb no counted event names (resign, close), a paraphrase (step down / resigned) and a German noun
# (capitalised: "keine Festnahmen") keep the conflict, in one language and across languages
@pytest.mark.parametrize(("denial", "denial_lang", "plain", "plain_lang"), [
    ("The minister did not resign although he was criticised.", "en", "Le ministre a démissionné.", "fr"),
    ("Le ministre n'a pas démissionné bien qu'il ait été critiqué.", "fr", "The minister resigned.", "en"),
    ("The plant was not closed when the leak was found.", "en", "La planta fue cerrada.", "es"),
    ("The plant was not closed when the leak was found.", "en", "Die Anlage wurde geschlossen.", "de"),
    ("Der Minister ist nicht zurückgetreten, als der Bericht erschien.", "de", "The minister resigned.", "en"),
    ("Министр не ушёл в отставку, когда вышел доклад.", "ru", "The minister resigned.", "en"),
    ("El ministro no dimitió cuando se publicó el informe.", "es", "Der Minister ist zurückgetreten.", "de"),
    ("The minister did not step down when the report was published.", "en", "The minister resigned.", "en"),
    ("Es gab keine Festnahmen, als die Polizei das Lager räumte.", "de", "Es gab zwei Festnahmen.", "de"),
    ("Der Minister ist nicht zurückgetreten, obwohl er kritisiert wurde.", "de", "Der Minister ist zurückgetreten.", "de"),
    ("Il n'y a pas eu d'arrestation lorsque la police est intervenue.", "fr", "Il y a eu une arrestation.", "fr"),
    # "though" set apart by commas is an adverb: it opens no clause, the negation keeps its verb
    ("He did not, though, resign from the post.", "en", "He resigned from the post.", "en"),
    ("Er ist allerdings nicht zurückgetreten, obwohl er kritisiert wurde.", "de", "Er ist zurückgetreten.", "de"),
])
def test_a_denial_with_a_subordinate_clause_is_a_conflict_unless_the_plain_side_states_that_clause(
        denial, denial_lang, plain, plain_lang):
    assert polarity(denial, denial_lang, plain, plain_lang) == (0, True, False)
    assert polarity(plain, plain_lang, denial, denial_lang) == (0, False, True)


# the plain side states the affirmed subordinate clause: confined, in one language (a shared lemma, German
# nouns too) and across languages (a counted event, a figure or a passive only the subordinate clause writes)
@pytest.mark.parametrize(("denial", "denial_lang", "plain", "plain_lang"), [
    ("Der Minister gab keine Erklärung ab, als die Festnahmen bekannt wurden.", "de",
     "Die Festnahmen wurden am Montag bekannt.", "de"),
    ("The spokesman did not comment when the minister resigned.", "en", "The minister resigned on Monday.", "en"),
    ("El portavoz no hizo comentarios cuando dimitió el ministro.", "es", "El ministro dimitió el lunes.", "es"),
    ("The mayor did not speak when 40 people were evacuated.", "en", "40 Menschen wurden evakuiert.", "de"),
    ("Le maire n'a pas réagi lorsque l'usine a été fermée.", "fr", "The factory was closed.", "en"),
])
def test_a_denial_whose_subordinate_clause_the_plain_side_states_is_no_conflict(
        denial, denial_lang, plain, plain_lang):
    assert polarity(denial, denial_lang, plain, plain_lang) is None


def test_though_between_commas_opens_no_clause():
    assert subordinate_clauses("He did not, though, resign from the post.", "en") == [
        "He did not, though, resign from the post."]
    assert subordinate_clauses("He did not resign, though he was criticised.", "en") == [
        "He did not resign, ", "though he was criticised."]
