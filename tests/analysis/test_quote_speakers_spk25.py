"""Quote speaker kinds of spk25 (issue #12, stop 37): from the new tune gold (``semeval_spk25_en.json``,
``semeval_spk25_pl.json``) and final44 W7, each checked on small inputs written for it in the languages that
have it (none copied from the gold texts):

- common words before a given name and a surname are no part of the name: a German noun in the genitive
  after its role ("sagte die Leiterin des örtlichen Rettungsteams Anna Berger" gave "Rettungsteams Anna
  Berger", final44 W7), a capitalised adjective or role opening a sentence ("Zapłakany Michael Jordan",
  "Manager Jurgen Klopp"); a body's name stays ("New York Times": "York" is a given name too);
- a headline that opens with a person before a colon speaks the quotation after it in the same line
  ("Detroit Lions' Mike Daniels: IR trip 'precautionary'"), no verb following the name;
- a bare lower-case role right before the verb, after an opening participle or adverbial without a comma
  ("Zwracając się do wiernych papież powiedział: „…”", "Выступая в Думе министр заявил: «…»");
- an outlet's quoted title after a verb of reporting ("- informuje "Dziennik Zachodni"", "berichtet der
  „Spiegel“"), and pl "informuje"/"informował…" as verbs of reporting (text data);
- the owner of an utterance noun whose topic the quotation is ("oświadczenie ministra … Andersa Igemana o
  „…”", "X's statement about "…"", "die Äußerung von X über „…“", "заявление министра … о «…»"; text data
  "utterance_nouns"): the owner, in the nominative, not the clause subject who judged those words;
- a title-case book title before "said" is no speaker ("…, It's Even Worse Than It Looks, said");
- "US Secretary of State Mike Pompeo said": the person holding the title "of State", not "US Secretary";
  "according to Iran's foreign ministry": the body, not "Iran's";
- a quotation after a narrative sentence about a person, glued to the next sentence by an excerpt ("„…” 24
  lutego w hali …"): the person's.
"""

import pytest

from ._docs import speakers_of


@pytest.mark.parametrize("text, lang, want", [
    ("„Wir suchen weiter“, sagte die Leiterin des örtlichen Rettungsteams Anna Berger.", "de", ["Anna Berger"]),
    ("„Die Lage ist ernst“, sagte der Sprecher der Berliner Feuerwehr Thomas Klein.", "de", ["Thomas Klein"]),
    ("„Wir machen weiter“, sagte der Präsident des Deutschen Roten Kreuzes Gerda Hasselfeldt.", "de",
     ["Gerda Hasselfeldt"]),
    ('"We zoeken verder," zei de leider van het lokale reddingsteam Anna Berger.', "nl", ["Anna Berger"]),
    ("„Szukamy dalej” – powiedziała szefowa miejscowego zespołu ratowniczego Anna Berger.", "pl", ["Anna Berger"]),
    ("«Мы продолжаем поиски», — сказала руководитель местной спасательной команды Анна Бергер.", "ru",
     ["Анна Бергер"]),
    ('"We keep searching," said the head of the local rescue team Anna Berger.', "en", ["Anna Berger"]),
])
def test_title_genitive_and_name_is_the_name(text: str, lang: str, want: list) -> None:
    assert speakers_of(text, lang) == want


@pytest.mark.parametrize("text, lang, want", [
    ('Manager Jurgen Klopp was pleased. "We played well," Klopp said.', "en", ["Jurgen Klopp"]),
    (" Zapłakany Michael Jordan żegna przyjaciela. „Był dla mnie jak brat”.", "pl", ["Michael Jordan"]),
    (" Wzruszona Anna Nowak żegna trenera. „Był dla mnie jak ojciec”.", "pl", ["Anna Nowak"]),
    ('"Sales are down," the New York Times reported.', "en", ["New York Times"]),
])
def test_common_words_before_a_given_name_are_no_part_of_the_name(text: str, lang: str, want: list) -> None:
    assert speakers_of(text, lang) == want


@pytest.mark.parametrize("text, lang, want", [
    ("Chicago Bears' Mark Jones: knee injury 'nothing serious,' ready for Sunday\n\nJones trained on Monday.",
     "en", ["Mark Jones"]),
    ("Lions coach Matt Patricia: 'We are on the right track'\n\nThe Lions lost again on Sunday.", "en",
     ["Matt Patricia"]),
    ("Trener Jan Nowak: Zespół „jest gotowy na wszystko”\n\nDrużyna wygrała w niedzielę.", "pl", ["Jan Nowak"]),
    ("Police arrest Jan Nowak: neighbours \"shocked\" by the case\n\nThe man was detained on Sunday.", "en", [None]),
])
def test_headline_person_before_a_colon(text: str, lang: str, want: list) -> None:
    assert speakers_of(text, lang) == want


@pytest.mark.parametrize("text, lang, want", [
    ("Zwracając się do wiernych papież powiedział: „Nie cofniemy się”.", "pl", ["papież"]),
    ("Przemawiając w Sejmie premier powiedział: „Nie cofniemy się ani o krok”.", "pl", ["premier"]),
    ("Выступая в Думе министр заявил: «Мы не отступим».", "ru", ["министр"]),
    ("Při projevu v Senátu premiér řekl: „Neustoupíme.“", "cs", ["premiér"]),
])
def test_bare_role_after_an_opening_participle(text: str, lang: str, want: list) -> None:
    assert speakers_of(text, lang) == want


@pytest.mark.parametrize("text, lang, want", [
    ('Szpital „wstrzymał przyjęcia na oddział” - informuje "Dziennik Zachodni".', "pl", ["Dziennik Zachodni"]),
    ("Szpital „wstrzymał przyjęcia” – podaje „Gazeta Wyborcza”.", "pl", ["Gazeta Wyborcza"]),
    ("Jak informuje „Gazeta Wyborcza”, wojewoda „nie zamierza ustąpić”.", "pl", ["Gazeta Wyborcza"]),
    ("Szpital „wstrzymał przyjęcia” – informuje wojewoda Jan Nowak.", "pl", ["Jan Nowak"]),
    ("Das Krankenhaus habe „keine Betten mehr“, berichtet der „Spiegel“.", "de", ["Spiegel"]),
])
def test_quoted_outlet_after_a_verb_of_reporting(text: str, lang: str, want: list) -> None:
    assert speakers_of(text, lang) == want


@pytest.mark.parametrize("text, lang, want", [
    (("Ambasada Rosji w Szwecji nazwała urojeniem oświadczenie ministra obrony Petera Hultqvista o „rosyjskim "
     "zagrożeniu”."), "pl", ["Peter Hultqvist"]),
    ('The Russian embassy dismissed Peter Hultqvist\'s statement about "the threat from trolls" as paranoia.',
     "en", ["Peter Hultqvist"]),
    ('The embassy mocked the remarks of Defence Minister Peter Hultqvist about "the threat from trolls".', "en",
     ["Peter Hultqvist"]),
    ("Die Botschaft kritisierte die Äußerung von Verteidigungsminister Peter Hultqvist über „russische Trolle“.",
     "de", ["Peter Hultqvist"]),
    ("Посольство раскритиковало заявление министра обороны Петера Хультквиста о «российских троллях».", "ru",
     ["Петер Хультквист"]),
])
def test_owner_of_an_utterance_noun(text: str, lang: str, want: list) -> None:
    assert speakers_of(text, lang) == want


@pytest.mark.parametrize("text, want", [
    (('Tom Smith with the Cato Institute and co-author of the 2015 book, Why It Is Worse Than You Think, said in an '
     'email that he was "not surprised".'), ["Tom Smith"]),
    ('US Secretary of State Mike Pompeo said that the attack was "orchestrated by terrorists."', ["Mike Pompeo"]),
    ('"Orders are up," UK Secretary of State for Business Grant Shapps said.', ["Grant Shapps"]),
    ('Sen. Susan Collins of Maine said it was "a mistake".', ["Susan Collins"]),
    ('The price rise was "unacceptable," according to Poland\'s finance ministry.', ["Poland's finance ministry"]),
    ('"We are ready," said Germany\'s defence ministry.', ["Germany's defence ministry"]),
])
def test_english_titles_books_and_bodies(text: str, want: list) -> None:
    assert speakers_of(text, "en") == want


@pytest.mark.parametrize("text, lang, want", [
    ((" Tearful Serena Williams bids farewell to tennis. \"It was my whole life\" 12 years ago she won her first "
     "title in New York."), "en", ["Serena Williams"]),
    ((" Michael Jordan żegna przyjaciela. \"Był dla mnie jak brat\" 24 lutego w hali w Los Angeles odbyło się "
     "pożegnanie."), "pl", ["Michael Jordan"]),
])
def test_quotation_after_a_narrative_sentence_glued_to_the_next(text: str, lang: str, want: list) -> None:
    assert speakers_of(text, lang) == want
