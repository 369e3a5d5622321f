"""Quote speaker kinds of spk24 (issue #12, stop 36): from the new tune gold (``semeval_spk24_pl.json``,
``semeval_spk24_en.json``), each checked on small inputs written for it in the languages that have it (none
copied from the gold texts):

- an academic degree between a title and the name ("dr n. med. Andrzej Trybusz", "Dr. med. Hans Müller"): its
  abbreviations end no sentence (text data "abbreviations") and are part of the title (text data "titles"), so
  the name after them speaks, not the previous paragraph's speaker;
- a verb of saying with its subject before the quotation governs it, so a "by" phrase after the quotation is
  the cause of a feeling, not a passive's agent ("X said he was “overjoyed” by Biggs' decision", "il était
  « choqué » par la décision de Macron"); with no such verb the agent still speaks ("jugée « lamentable » par
  le Mexique");
- a restrictive relative clause between a subject and its verb ("The federal judge who blocked North Carolina's
  law said", "Le sénateur qui a rencontré Joe Biden a déclaré", "La jueza quien bloqueó … dijo"): the subject is
  the phrase before the relative word, not a name inside the clause;
- "we read in the e-mail from Mr X", "“…,” reads a statement from the company" (text data pl "statement_sources",
  "statement_links", pl "czytamy" and en "reads" as verbs of saying): the document's owner;
- a quotation continued over paragraphs that reopens with another double mark (“… ¶ "… ¶ “…”): one speaker's
  words throughout (it was cut after the first paragraph and the last piece had no speaker);
- ,,…'' typed for „…” (pl, cs, de copy without the marks at hand) is a quotation;
- the imperfective past of "write" ("– pisała AFP", "— писала AFP", "psala AFP"; text data), and after narration
  that ended a sentence a dash before a lower-case word is an aside, not speech.
"""

import pytest

from ._docs import speakers_of

_TEDROS = "– Wiemy, że wirus się przenosi – mówi Tedros Ghebreyesus.\n\n"


@pytest.mark.parametrize("text, lang, want", [
    (_TEDROS + "– Nie można tej epidemii lekceważyć – tłumaczy dr n. med. Andrzej Trybusz, epidemiolog. – Pamiętajmy "
     "jednak, że wyznacznikiem postępowań powinien być rozsądek. Nie dajmy się ponosić emocjom – podkreśla.", "pl",
     ["Tedros Ghebreyesus", "Andrzej Trybusz", "Andrzej Trybusz"]),
    (_TEDROS + "– To nie jest groźne – powiedziała dr n. med. Anna Nowak, wirusolog.", "pl",
     ["Tedros Ghebreyesus", "Anna Nowak"]),
    ("„Das Virus ist gefährlich“, sagte Dr. med. Hans Müller. „Wir warten ab.“", "de", ["Hans Müller", "Hans Müller"]),
])
def test_degree_abbreviations_between_title_and_name(text: str, lang: str, want: list) -> None:
    assert speakers_of(text, lang) == want


@pytest.mark.parametrize("text, lang, want", [
    (('The Rev. Tom Spearman, president of the state NAACP, said he was "overjoyed" by Biggs\' decision.\n\n'
      '"Tears are coming to my eyes," he said.'), "en", ["Tom Spearman", "Tom Spearman"]),
    ('Mayor Jane Smith said she was "shocked" by the decision of Governor Brown.', "en", ["Jane Smith"]),
    ("Le maire Paul Martin a dit qu'il était « choqué » par la décision de Macron.", "fr", ["Paul Martin"]),
    ("Burmistrz Jan Nowak powiedział, że był „zszokowany” przez decyzję wojewody.", "pl", ["Jan Nowak"]),
])
def test_verb_of_saying_beats_a_by_phrase_of_feeling(text: str, lang: str, want: list) -> None:
    assert speakers_of(text, lang) == want


@pytest.mark.parametrize("text, lang, want", [
    ("La réforme a été jugée « lamentable » par le Mexique.", "fr", ["le Mexique"]),
    ('The plan was described as "reckless" by Senator John Smith.', "en", ["John Smith"]),
])
def test_passive_agent_still_speaks_without_a_verb_of_saying(text: str, lang: str, want: list) -> None:
    assert speakers_of(text, lang) == want


@pytest.mark.parametrize("text, lang, want", [
    (('The federal judge who blocked the newest version of North Carolina\'s law said the state had a "sordid '
      'history".'), "en", ["The federal judge"]),
    ("Le sénateur qui a rencontré Joe Biden lundi a déclaré que les discussions étaient « productives ».", "fr",
     ["Le sénateur"]),
    ('La jueza quien bloqueó la ley de Carolina del Norte dijo que era "inaceptable".', "es", ["La jueza"]),
])
def test_restrictive_relative_before_the_verb(text: str, lang: str, want: list) -> None:
    assert speakers_of(text, lang) == want


@pytest.mark.parametrize("text, lang, want", [
    ("Nasz czytelnik przesłał list. „Rozpoczęła się likwidacja przejścia” – czytamy w e-mailu od pana Mateusza.",
     "pl", ["Mateusza"]),
    ("„Rozpoczęła się akcja szczepień” – czytamy w komunikacie Ministerstwa Zdrowia.", "pl", ["Ministerstwa Zdrowia"]),
    ("„Rozpoczęła się akcja” – czytamy w liście Jana Kowalskiego.", "pl", ["Jana Kowalskiego"]),
    ('"Work began on removing the crossing," reads an e-mail from reader Mateusz Nowak.', "en", ["Mateusz Nowak"]),
    ('The chain has closed. "We are closing all stores," reads a statement from the company.', "en",
     ["a statement from the company"]),
    ("«Работы начались», — говорится в сообщении Министерства обороны России.", "ru", ["Министерства обороны"]),
])
def test_document_read_from_its_owner(text: str, lang: str, want: list) -> None:
    assert speakers_of(text, lang) == want


@pytest.mark.parametrize("text, lang, want", [
    (('Resident Anna Bell said: “Our neighbours thought it was fireworks.\n\n"They really tried to save her.\n\n'
     '“I can’t imagine how the family feels.”\n\nTaped off'), "en", ["Anna Bell", "Anna Bell", "Anna Bell"]),
    (("Mieszkanka Anna Nowak powiedziała: „Sąsiedzi myśleli, że to fajerwerki.\n\n\"Naprawdę próbowali ją ratować.\n\n"
     "„Nie wyobrażam sobie, co czuje rodzina”."), "pl", ["Anna Nowak", "Anna Nowak", "Anna Nowak"]),
    (("La voisine Anne Roux a raconté : « Nous avons cru à des feux d'artifice.\n\n“Ils ont vraiment essayé de la "
     "sauver.\n\n« Je n'imagine pas ce que ressent la famille. »"), "fr", ["Anne Roux", "Anne Roux", "Anne Roux"]),
])
def test_continued_quotation_reopened_with_another_double_mark(text: str, lang: str, want: list) -> None:
    assert [s and s.removeprefix("Resident ").removeprefix("Mieszkanka ").removeprefix("La voisine ")
            for s in speakers_of(text, lang)] == want


@pytest.mark.parametrize("text, lang, want", [
    ("Jan Nowak powiedział: ,,To jest skandal''. Potem wyszedł.", "pl", ["Jan Nowak"]),
    ("Premiér Petr Fiala řekl: ,,Je to skandál''.", "cs", ["Petr Fiala"]),
    ("Kanzler Olaf Weber sagte: ,,Das ist ein Skandal''.", "de", ["Olaf Weber"]),
])
def test_typed_low_and_high_double_marks(text: str, lang: str, want: list) -> None:
    assert speakers_of(text, lang) == want


def test_typed_marks_keep_offsets() -> None:
    from storylens.analysis.quotes._spans import _typed_marks

    text = "Powiedział: ,,To jest skandal''. Potem ''x'' i ,, bez pary."
    assert len(_typed_marks(text)) == len(text)
    assert _typed_marks(text).count("„") == 1


@pytest.mark.parametrize("text, lang, want", [
    (("Drugi pacient jest w szpitalu. – To pierwsze przypadki w Europie – pisała AFP. Dwie godziny później agencja "
     "donosiła o trzecim. O pierwszym przypadku – mężczyźnie ze stanu Waszyngton – CDC informowało w styczniu."), "pl",
     ["AFP"]),
    ("Второй пациент в больнице. — Это первые случаи в Европе, — писала AFP.", "ru", ["AFP"]),
    ("Druhý pacient je v nemocnici. „Jsou to první případy v Evropě,“ psala AFP.", "cs", ["AFP"]),
])
def test_imperfective_writing_verbs_and_an_aside_dash(text: str, lang: str, want: list) -> None:
    assert speakers_of(text, lang) == want
