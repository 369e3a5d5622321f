"""The speaker kinds that issue 12's fresh dev gold of stop 28 (quote_gold/*dev28*) showed missing, each
written again as small inputs in the languages that have it: "the president" is not the vice president
(and "the vice president" not the president), and a title before a lone surname ("President Trump") names
the person "the president" stands for; a preposition's object ("In a pair of evening tweets, …") is no
subject of a noun read as a verb; "X, Democrat of New Jersey, said" and "Representative-elect X"; in
Polish and Russian a name in a case form after its role's body ("wicemarszałka Sejmu Ryszarda Terleckiego")
in the nominative the text gives, an academic title between a body and the name ("Instytutu … dr. Piotra
Nowaka"), a quotation left open up to "- powiedział premier" (no comma before the dash), a role that ends
its sentence ("- powiedział premier. Dał …"), and dash speech after a headline glued by a double space;
French "s'est dit « effondré »", a witness's quotation followed by who she is ("Nathalie, 52 ans, habite …"),
a pronoun after an unnamed speaker ("une responsable de MSF a décrit … « Nous … », a-t-elle affirmé"), and a
headline quoting the same words as the body; "said a White House official" (the English article, not the
Spanish addressee "a"), "the White House spokesman Josh Earnest" (a body's name before a noun is no person)."""

import pytest

from ._docs import speakers_match, speakers_of

# (id, language, text, the speaker of each quotation in order)
CASES = [
    ('en-president-not-vice', 'en',
     ('President Donald Trump met the leaders. Vice President Mike Pence also attended.\n\n'
      '"We need a barrier," the president said.\n\n"We will stay," the vice president said.'),
     ['Donald Trump', 'Mike Pence']),
    ('en-president-only-vice-named', 'en',
     ('Pressed by Vice President Mike Pence and Representative Kevin McCarthy, Democrats refused to budge.\n\n'
      '"We need a barrier," the president said during the cabinet meeting.'),
     [('the president', None)]),
    ('en-president-by-surname', 'en',
     ('WASHINGTON — President Trump and Democratic leaders dug in Wednesday. Pressed by Vice President Mike Pence, '
      'they refused.\n\n"They don\'t care," Katie Waldman, a spokeswoman for the department, said.\n\n'
      '"The United States needs a physical barrier," the president said.\n\n"Walls work," he added.'),
     ['Katie Waldman', 'Trump', 'Trump']),
    ('en-deputy-prime-minister', 'en',
     ('Prime Minister Keir Starmer spoke first. Deputy Prime Minister Angela Rayner followed.\n\n'
      '"This is a fair deal," the prime minister said.'),
     ['Keir Starmer']),
    ('en-preposition-object-not-subject', 'en',
     ('In a pair of evening tweets, Mr. Trump seemed to hold out hope of an agreement, writing: "I remain ready '
      'and willing to work with Democrats."'),
     ['Trump']),
    ('en-party-of-place-apposition', 'en',
     ('Senator Lamar Alexander, Republican of Tennessee, wrote an article.\n\n"This morning I requested that my pay '
      'be withheld," Representative-elect Mikie Sherrill, Democrat of New Jersey, said on Twitter.\n\n'
      'She noted that workers were not paid. "I came here to govern," she said.'),
     ['Mikie Sherrill', 'Mikie Sherrill']),
    ('en-party-of-place-before-quote', 'en',
     'Rep. Jim Jordan, Republican of Ohio, said the bill was "dead on arrival."',
     ['Jim Jordan']),
    ('pl-genitive-body-name-nominative-from-headline', 'pl',
     'Terlecki: Wybory 10 maja. Zdaniem wicemarszałka Sejmu Ryszarda Terleckiego „to jest znak zapytania”.',
     ['Ryszard Terlecki']),
    ('pl-genitive-body-inflected-full-name', 'pl',
     'Posłanka Lewicy Anna Nowak zabrała głos. Zdaniem posłanki Lewicy Anny Nowak „to jest skandal”.',
     ['Anna Nowak']),
    ('ru-genitive-body-nominative-surname', 'ru',
     'Петров: решения пока нет. По словам замминистра Минфина Ивана Петрова, «решение будет принято в мае».',
     ['Иван Петров']),
    ('pl-academic-title-after-body', 'pl',
     'Zdaniem eksperta Instytutu Zdrowia Publicznego dr. Piotra Nowaka „reforma idzie w dobrym kierunku”.',
     ['Piotr Nowak']),  # the nominative derived (text/_names.py)
    ('pl-academic-title-after-role-complement', 'pl',
     '„To błąd” – powiedział rektor Uniwersytetu Warszawskiego prof. Alojzy Nowak.',
     ['Alojzy Nowak']),
    ('pl-unclosed-quote-closed-by-dash-attribution', 'pl',
     ('Premier Mateusz Morawiecki mówił w czwartek o szkołach. "Chcemy, aby dzieci wróciły do szkół od 1 września '
      '- powiedział premier. Dał przekonanie, że wszystko będzie gotowe.'),
     ['Mateusz Morawiecki']),
    ('pl-dash-speech-after-headline-gap', 'pl',
     ('Trzaskowski napisał do prezydenta. Chce wiedzieć, po co Duda leci do USA  - Słyszymy, że prezydent jedzie do '
      'Waszyngtonu. Nikt nas nie poinformował - powiedział Rafał Trzaskowski w Lublinie. - W sprawie żołnierzy '
      'jest zgoda - mówił dalej.'),
     ['Rafał Trzaskowski', 'Rafał Trzaskowski']),
    ('ru-dash-speech-after-headline-gap', 'ru',
     'Песков ответил на вопрос о встрече  — Никаких планов пока нет, — сказал Дмитрий Песков журналистам.',
     ['Дмитрий Песков']),
    ('fr-s-est-dit', 'fr',
     'Le directeur du site, M. Garnier, s\'est dit « effondré ». La maire, Sophie Lambert, s\'est déclarée « très inquiète ».',
     ['Garnier', 'Sophie Lambert']),
    ('fr-witness-introduced-after', 'fr',
     ('Près de 80 pompiers ont été mobilisés. « Nous avons dû protéger les maisons », explique le commandant Julien '
      'Morel.\n\n« On a entendu des explosions, puis on a vu les flammes. » Nathalie, 52 ans, habite à deux cents '
      'mètres de l\'entrepôt.'),
     ['Julien Morel', 'Nathalie']),
    ('es-witness-introduced-after', 'es',
     ('El jefe de bomberos, Luis Garnier, habló con la prensa. "Fue muy difícil", dijo Garnier.\n\n'
      '"Escuchamos explosiones y luego vimos las llamas." María, de 52 años, vive a doscientos metros de la nave.'),
     ['Luis Garnier', 'María']),
    ('pl-witness-introduced-after', 'pl',
     ('Strażacy walczyli z ogniem do rana. „Musieliśmy chronić domy” – powiedział komendant Jan Nowak.\n\n'
      '„Słyszeliśmy wybuchy, potem zobaczyliśmy płomienie.” Anna Kowalska, 52 lata, mieszka obok hali.'),
     ['Jan Nowak', 'Anna Kowalska']),
    ('fr-pronoun-after-unnamed-description', 'fr',
     ('D\'après la ministre allemande Annalena Baerbock, « il n\'y a pas de solution militaire ».\n\n'
      'Interrogée par l\'AFP, une responsable de Médecins sans frontières a décrit des hôpitaux « à bout de '
      'souffle ». « Nous manquons de tout », a-t-elle affirmé.'),
     ['Annalena Baerbock', ('une responsable de Médecins', 'une responsable de Médecins sans frontières'),
      ('une responsable de Médecins', 'une responsable de Médecins sans frontières')]),
    ('fr-headline-repeats-body-quote', 'fr',
     ('Proche-Orient : Paris appelle à un « cessez-le-feu immédiat »\n\nLe chef de la diplomatie française, '
      'Jean-Noël Barrot, a appelé lundi à un « cessez-le-feu immédiat ».'),
     ['Jean-Noël Barrot', 'Jean-Noël Barrot']),
    ('en-said-a-body-official', 'en',
     'Sen. Susan Collins spoke on Monday.\n\n"We have no date," said a White House official.',
     ['a White House official']),
    ('en-said-a-department-spokesman', 'en',
     '"We have no date," said a State Department spokesman on Monday.',
     ['a State Department spokesman']),
    ('en-said-the-body-spokesman-name', 'en',
     '"We have no date," said the White House spokesman Josh Earnest.',
     ['Josh Earnest']),
    ('es-dijo-a-outlet-still-addressee', 'es',
     '"No hay fecha", dijo a Europa Press el ministro José Manuel Albares.',
     ['José Manuel Albares']),
]


@pytest.mark.parametrize("lang, text, speakers", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speaker_of_each_quotation(lang, text, speakers):
    got = speakers_of(text, lang)
    assert speakers_match(got, speakers), got
