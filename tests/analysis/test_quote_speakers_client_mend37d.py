"""The lawyer of a client as a quote's speaker (issue #12, stop 37; new-user trial45 W5): a role noun, the client
in the genitive / construct state / possessive, then the speaker's name. The speaker is the name after the client
("заявила адвокат Сейткали Айгерим Нурланова" was "Сейткали Айгерим Нурланова", tr "dedi Seytkali'nin avukatı
Aygerim Nurlanova" was the client "Seytkali'nin"), or the role phrase when no name follows ("mówili wtedy obrońcy
Stonogi" was "obrońca Stonoga", "said Seitkali's lawyer." was "Seitkali's"): never the client. Text data
"client_roles" (ru/uk/pl/ar: the case links the client) and "possessive_marks" (en/tr); the languages that link
the client by a word (de/fr/es/it: "die Anwältin des Angeklagten", "l'avocate de") already read it and are kept.
A lawyer named in apposition in the nominative ("adwokat Jan Kowalski", "адвокат Сергей Смирнов") stays the
speaker, and a role's place in the genitive ("мэр Москвы Сергей Собянин") is read as before. The wrong runs were
also entities ("Сейткали Айгерим Нурланова" PERSON): the client and the lawyer are two mentions now.
"""

import pytest

from storylens.analysis.entities import EntityExtractor

from ._docs import one_sentence_doc, speakers_of


@pytest.mark.parametrize("text, lang, want", [
    # the client in the genitive, then the lawyer's name (trial45 W5)
    ("«Мы обжалуем этот приговор», — заявила адвокат Сейткали Айгерим Нурланова.", "ru", ["Айгерим Нурланова"]),
    ('"Мы обжалуем этот приговор", - заявила адвокат Сейткали Айгерим Нурланова.', "ru", ["Айгерим Нурланова"]),
    ("«Мы обжалуем этот приговор», — заявил адвокат Ивана Петрова Сергей Смирнов.", "ru", ["Сергей Смирнов"]),
    ("Адвокат Сейткали Айгерим Нурланова заявила: «Мы обжалуем этот приговор».", "ru", ["Айгерим Нурланова"]),
    ("По словам адвоката Сейткали Айгерим Нурлановой, «приговор будет обжалован».", "ru",
     [("Айгерим Нурланова", "Айгерим Нурлановой")]),
    ("«Ми оскаржимо цей вирок», — заявила адвокатка Сейткалі Айгерім Нурланова.", "uk", ["Айгерім Нурланова"]),
    ('"Odwołamy się od tego wyroku" - powiedziała adwokatka Sejtkalego Ajgerim Nurłanowa.', "pl",
     ["Ajgerim Nurłanowa"]),
    ("„Odwołamy się od tego wyroku” – mówił adwokat Zbigniewa Stonogi Jan Kowalski.", "pl", ["Jan Kowalski"]),
    ("„Odwołamy się od tego wyroku” – mówił obrońca Zbigniewa Stonogi, Jan Kowalski.", "pl", ["Jan Kowalski"]),
    ("Adwokatka Sejtkalego Ajgerim Nurłanowa powiedziała: „Odwołamy się od tego wyroku”.", "pl",
     ["Ajgerim Nurłanowa"]),
    ('وقالت محامية سيتكالي أيغريم نورلانوفا "سنستأنف هذا الحكم".', "ar", ["أيغريم نورلانوفا"]),
    ('"سنستأنف هذا الحكم"، قالت محامية سيتكالي أيغريم نورلانوفا.', "ar", ["أيغريم نورلانوفا"]),
    ('"Karara itiraz edeceğiz" dedi Seytkali\'nin avukatı Aygerim Nurlanova.', "tr", ["Aygerim Nurlanova"]),
    ('"Karara itiraz edeceğiz" dedi Erdoğan\'ın danışmanı İbrahim Kalın.', "tr", ["İbrahim Kalın"]),
    # the client by a noun in the genitive before its name ("the lawyer of the Seitkali family")
    ("«Мы обжалуем этот приговор», — заявила адвокат семьи Сейткали Айгерим Нурланова.", "ru", ["Айгерим Нурланова"]),
    ("Адвокат семьи Сейткали Айгерим Нурланова заявила: «Мы обжалуем этот приговор».", "ru", ["Айгерим Нурланова"]),
    ("„Odwołamy się od tego wyroku” – powiedziała adwokatka rodziny Sejtkalego Ajgerim Nurłanowa.", "pl",
     ["Ajgerim Nurłanowa"]),
    # the same kind where a word links the client (already read; kept)
    ("„Wir werden Berufung einlegen“, sagte die Anwältin des Angeklagten, Aigerim Nurlanowa.", "de",
     ["Aigerim Nurlanowa"]),
    ("„Wir werden Berufung einlegen“, sagte Seitkalis Anwältin Aigerim Nurlanowa.", "de", ["Aigerim Nurlanowa"]),
    ("« Nous ferons appel de ce verdict », a déclaré l'avocate de Seitkali, Aïgerim Nourlanova.", "fr",
     ["Aïgerim Nourlanova"]),
    ('"Recurriremos esta sentencia", dijo la abogada de Seitkali, Aiguerim Nurlánova.', "es", ["Aiguerim Nurlánova"]),
    ('"Faremo ricorso contro la sentenza", ha detto l\'avvocata di Seitkali Aigerim Nurlanova.', "it",
     ["Aigerim Nurlanova"]),
    ('"We will appeal this verdict," said Seitkali\'s lawyer, Aigerim Nurlanova.', "en", ["Aigerim Nurlanova"]),
])
def test_the_lawyer_after_the_client_speaks(text, lang, want):
    from ._docs import speakers_match

    got = speakers_of(text, lang)
    assert speakers_match(got, want), got


@pytest.mark.parametrize("text, lang, want", [
    # no name after the client: the role phrase, never the client (spk24's tune gold "obrońcy Stonogi")
    (("„Sąd uznał, że nie ma przesłanek” – mówili wtedy obrońcy Stonogi. Na tamto postanowienie prokuratura "
      "złożyła zażalenie."), "pl", "obrońcy Stonogi"),
    ("„Odwołamy się od tego wyroku” – mówił obrońca Stonogi.", "pl", "obrońca Stonogi"),
    ("«Мы обжалуем этот приговор», — заявил адвокат Сейткали.", "ru", "адвокат Сейткали"),
    ("«Мы обжалуем этот приговор», — заявил адвокат Ивана Петрова.", "ru", "адвокат Ивана Петрова"),
    ('وقال محامي سيتكالي "سنستأنف هذا الحكم".', "ar", "محامي سيتكالي"),
    ("„Odwołamy się od tego wyroku” – powiedziała adwokatka rodziny Sejtkalego.", "pl", "adwokatka rodziny Sejtkalego"),
    ('"Karara itiraz edeceğiz" dedi Seytkali\'nin avukatı.', "tr", "Seytkali'nin avukatı"),
    ('"We will appeal this verdict," said Seitkali\'s lawyer.', "en", "Seitkali's lawyer"),
    ('"We will appeal," said Aryan\'s father.', "en", "Aryan's father"),
    ("« Nous ferons appel de ce verdict », a déclaré l'avocat de Seitkali.", "fr", "l'avocat de Seitkali"),
    ('"Recurriremos esta sentencia", dijo el abogado de Seitkali.', "es", "el abogado de Seitkali"),
    ('"Faremo ricorso contro la sentenza", ha detto il legale di Seitkali.', "it", "il legale di Seitkali"),
    ("„Wir werden Berufung einlegen“, sagte der Anwalt Seitkalis.", "de", "der Anwalt Seitkalis"),
])
def test_the_role_phrase_speaks_when_no_name_follows_the_client(text, lang, want):
    assert speakers_of(text, lang) == [want]


@pytest.mark.parametrize("text, lang, want", [
    # the lawyer named in apposition (the nominative), a role's place in the genitive, an unrelated possessive
    ("„Poradzimy sobie” – powiedział adwokat Jan Kowalski.", "pl", "Jan Kowalski"),
    ("«Мы обжалуем этот приговор», — заявил адвокат Сергей Смирнов.", "ru", "Сергей Смирнов"),
    ("«Мы обжалуем этот приговор», — заявил адвокат Иван Иванович Петров.", "ru", "Иван Иванович Петров"),
    ("«Мы справимся», — заявил мэр Москвы Сергей Собянин.", "ru", "Сергей Собянин"),
    ("„Poradzimy sobie” – powiedział burmistrz Krakowa Jacek Majchrowski.", "pl", "Jacek Majchrowski"),
    ('وقال المحامي أحمد علي "سنستأنف هذا الحكم".', "ar", "أحمد علي"),
    ('"Karara itiraz edeceğiz" dedi avukat Aygerim Nurlanova.', "tr", "Aygerim Nurlanova"),
    ("«Мы обжалуем этот приговор», — заявила адвокат потерпевшей Айгерим Нурланова.", "ru", "Айгерим Нурланова"),
    ("„Odwołamy się od tego wyroku” – powiedziała adwokatka oskarżonego Ajgerim Nurłanowa.", "pl", "Ajgerim Nurłanowa"),
])
def test_a_lawyer_named_in_apposition_stays_the_speaker(text, lang, want):
    assert speakers_of(text, lang) == [want]


def test_a_possessive_before_a_reported_clause_is_still_no_speaker():
    # "said Trump's offer was generous": the possessor opens the reported clause (no role noun after it)
    assert speakers_of('"We will appeal," said Trump\'s offer was generous.', "en") == [None]


@pytest.mark.parametrize("text, lang, person, client", [
    ('"Мы обжалуем этот приговор", - заявила адвокат Сейткали Айгерим Нурланова.', "ru",
     "Айгерим Нурланова", "Сейткали Айгерим Нурланова"),
    ('"Odwołamy się od tego wyroku" - powiedziała adwokatka Sejtkalego Ajgerim Nurłanowa.', "pl",
     "Ajgerim Nurłanowa", "Sejtkalego Ajgerim Nurłanowa"),
    ('وقالت محامية سيتكالي أيغريم نورلانوفا "سنستأنف هذا الحكم".', "ar",
     "أيغريم نورلانوفا", "سيتكالي أيغريم نورلانوفا"),
    ("Адвокат семьи Сейткали Айгерим Нурланова заявила, что приговор будет обжалован.", "ru",
     "Айгерим Нурланова", "Сейткали Айгерим Нурланова"),
    ("Adwokatka Sejtkalego Ajgerim Nurłanowa zapowiedziała apelację.", "pl",
     "Ajgerim Nurłanowa", "Adwokatka Sejtkalego"),
])
def test_the_client_and_the_lawyer_are_two_entities(text, lang, person, client):
    entities = EntityExtractor().extract([one_sentence_doc("d1", text, lang)])
    forms = {v for e in entities for v in e.variants}
    assert person in forms and client not in forms, sorted(forms)
