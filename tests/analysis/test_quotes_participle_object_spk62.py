"""newuser61 HIGH 5: "Asked about Rashida Tlaib's remark, Pelosi said …" then '"…," she told MSNBC' gave the
quotation to Tlaib, the object of the opening participle clause ("asked … Tlaib's" was read as a verb and its
subject, and the clause's name as the sentence subject), and the report called it "same words, different
speakers". The subject is the person who opens the clause after the participle clause, in every language; a
possessor is never a speaker."""

from __future__ import annotations

import pytest

from ._docs import speakers_of


@pytest.mark.parametrize(("text", "language", "speaker"), [
    (("Nancy Pelosi spoke on Friday. Asked about Rashida Tlaib's remark, Pelosi said it was no worse than what "
     'Trump says. "I am not in the censorship business," she told reporters.'), "en", "Nancy Pelosi"),
    (('Asked about Rashida Tlaib, Nancy Pelosi said it was a free speech issue. "I am not in the censorship '
     'business," she told reporters.'), "en", "Nancy Pelosi"),
    (("Interrogée sur les propos de Rachida Dati, Anne Hidalgo a parlé de liberté d'expression. « Je ne suis pas "
     "dans la censure », a-t-elle déclaré aux journalistes."), "fr", "Anne Hidalgo"),
    (("Preguntada por las palabras de Isabel Díaz Ayuso, Yolanda Díaz habló de libertad de expresión. «No estoy en "
     "el negocio de la censura», dijo ella a los periodistas."), "es", "Yolanda Díaz"),
])
def test_the_object_of_an_opening_participle_clause_is_no_antecedent(text, language, speaker):
    assert speakers_of(text, language)[-1] == speaker


@pytest.mark.parametrize(("text", "language", "speaker"), [
    # a lead description still names the subject ("Tea party activist Alex Poulter, who …, also disputed …")
    (('Tea party activist Alex Poulter, who co-founded the group, also disputed the figures. "They are wrong," he '
     "said."), "en", "Alex Poulter"),
    (('Pressed on Joe Biden\'s record, Kamala Harris defended the plan. "We will get it done by the end of the '
     'year," she said.'), "en", "Kamala Harris"),
    (("Angela Merkel sprach am Freitag. Auf die Frage nach Olaf Scholz' Äußerung sagte Merkel, das sei "
     "Meinungsfreiheit. „Ich bin nicht im Zensurgeschäft“, sagte sie den Reportern."), "de", "Angela Merkel"),
])
def test_the_subject_is_kept(text, language, speaker):
    assert speakers_of(text, language)[-1] == speaker
