"""Quote speaker kinds of spk23 (issue #12, stop 36): from the tune half of the BASIL speaker benchmark
(``benchmarks/basil_speakers.py``) and the brief's kinds (final41 #8), each checked on small inputs written for
it in the languages that have it (none copied from BASIL or a gold set):

- a wire dateline opening a paragraph ("WASHINGTON -- ", "SAN JOSE, Calif. -- ", "МОСКВА, 3 июня —") names the
  place filed from: never the sentence's subject, so a later "he said" goes back to the person after it;
- people named by a noun and their place or body ("firefighters from Krakow said", "Strażacy z Krakowa
  powiedzieli", "— заявили пожарные из Кракова", "– mówili politycy PiS"): the whole phrase, not the place;
- a Chinese setting whose place holds 日 ("谭德塞在日内瓦表示": Geneva) is cut from the speaker like any other;
- a relative clause on a person before the verb ("President Trump, who said “…”", "del presidente Trump, quien
  dijo", "senator Maria Nowak, która powiedziała"): the person the relative hangs on;
- a role word, then a surname and a clause ("President Trump had directed Michael D. Cohen …"): "the
  president" is Trump, not the later name of that clause;
- "the presumptive Republican nominee", "the Democratic front-runner": a party and a person noun refer back;
  "the Democratic committee" is no person;
- "Rep." stands for "congressman"/"congresswoman" as well as "representative" (text/data en.json);
- a plural group with its place in the genitive after the verb ("– mówili mieszkańcy Gdańska", "— говорят жители
  Москвы"; the ru plural verbs of saying are text data now) or an English plural person noun ("said residents of
  Gdansk"); two people named after a plural verb stay people;
- a party's or body's acronym before a person ("la députée LFI Mathilde Panot", "от ЛДПР Иван Петров", "said NASA
  chief Bill Nelson"): the person; the acronym alone still speaks ("said NATO");
- a body's kind word ("The group", "the committee") refers back to the body named just before whose name ends in
  that kind ("St. Louis Tea Party", "Democratic National Committee").
"""

import pytest

from ._docs import speakers_of


@pytest.mark.parametrize("text, lang, want", [
    (('WASHINGTON -- President Barack Obama on Friday defended revelations that the National Security Agency is '
      'collecting phone records.\n\n"The programs are secret," he said.'), "en", ["Barack Obama"]),
    (('SAN JOSE, Calif. -- President Barack Obama on Friday defended the programs.\n\n'
      '"The programs are secret," he said.'), "en", ["Barack Obama"]),
    (('DES MOINES, Iowa (AP) — Senator Amy Carter on Monday praised the state party, saying the caucus offered '
      '"a great opportunity."'), "en", ["Amy Carter"]),
    (('МОСКВА, 3 июня — Президент Владимир Путин в понедельник обвинил Финляндию в том, что министерство обороны '
      'страны готовит провокации.\n\n«Мы ответим», — сказал он.'), "ru", ["Владимир Путин"]),
    (('MADRID, 3 jun (EFE).- El presidente Pedro Sánchez defendió el lunes que la Agencia Tributaria investigue a '
      'las empresas.\n\n"No vamos a ceder", dijo.'), "es", ["Pedro Sánchez"]),
])
def test_dateline_place_is_no_subject(text: str, lang: str, want: list) -> None:
    assert speakers_of(text, lang) == want


@pytest.mark.parametrize("text, lang", [
    ('MOSCOW, June 3 (Reuters) - Russia threatened Finland with "serious countermeasures" on Monday.', "en"),
    ('MOSCOU, 3 juin (AFP) - La Russie a menacé la Finlande de « contre-mesures sévères ».', "fr"),
    ('MOSKWA, 3 czerwca 2024 - Rosja zagroziła w poniedziałek Finlandii „środkami odwetowymi”.', "pl"),
    ('МОСКВА, 3 июня 2024 - Россия в понедельник пригрозила Финляндии «контрмерами».', "ru"),
])
def test_scare_quote_after_a_threat_gets_no_dateline_speaker(text: str, lang: str) -> None:
    # final41 #8: the dateline city was the speaker; a country threatening gives no person its words
    assert speakers_of(text, lang) == [None]


def test_acronym_before_a_dash_is_no_dateline() -> None:
    assert speakers_of('NATO - "We will defend every inch," the alliance said.', "en") == ["the alliance"]


@pytest.mark.parametrize("text, lang, want", [
    ('A fire broke out in a warehouse on Monday.\n\n"The fire is under control," firefighters from Krakow said.',
     "en", "firefighters from Krakow"),
    ('A fire broke out in a warehouse on Monday.\n\nFirefighters from Krakow said: "The fire is under control."',
     "en", "Firefighters from Krakow"),
    ('The Pentagon briefed reporters.\n\n"We are monitoring the situation," officials from the Pentagon said.',
     "en", "officials from the Pentagon"),
    ('W poniedziałek wybuchł pożar magazynu.\n\nStrażacy z Krakowa powiedzieli: „Pożar jest pod kontrolą”.',
     "pl", "Strażacy z Krakowa"),
    ('В понедельник загорелся склад.\n\nПожарные из Кракова заявили: «Пожар под контролем».',
     "ru", "Пожарные из Кракова"),
])
def test_group_with_its_place_before_the_verb(text: str, lang: str, want: str) -> None:
    assert speakers_of(text, lang) == [want]


@pytest.mark.parametrize("text, lang, want", [
    ('W poniedziałek wybuchł pożar magazynu.\n\n– Pożar jest pod kontrolą – powiedzieli strażacy z Krakowa.',
     "pl", "strażacy z Krakowa"),
    ('W poniedziałek wybuchł pożar magazynu.\n\n„Pożar jest pod kontrolą” – powiedzieli strażacy z Krakowa.',
     "pl", "strażacy z Krakowa"),
    ('Posłowie PiS opuścili salę.\n\n„Nie zgodzimy się” – mówili politycy PiS.', "pl", "politycy PiS"),
    ('В понедельник загорелся склад.\n\n«Пожар под контролем», — заявили пожарные из Кракова.',
     "ru", "пожарные из Кракова"),
    ('В понедельник загорелся склад.\n\n— Пожар под контролем, — заявили пожарные из Кракова.',
     "ru", "пожарные из Кракова"),
])
def test_plural_group_after_a_dash_quote(text: str, lang: str, want: str) -> None:
    assert speakers_of(text, lang) == [want]


def test_singular_verb_keeps_its_role_after_a_dash() -> None:
    # the plural rule needs a plural verb: "powiedział prezes" stays the role (no group phrase is made)
    assert speakers_of("„Nie zgodzimy się” – powiedział poseł PiS Marek Suski.", "pl") == ["Marek Suski"]


@pytest.mark.parametrize("text, want", [
    ("世卫组织总干事谭德塞周一发表讲话。\n\n谭德塞在日内瓦表示：“这是一场大流行。”", "谭德塞"),
    ("外交部长王毅周一抵达。\n\n王毅在日本表示：“我们愿意对话。”", "王毅"),
    ("克拉科夫的消防员表示：“火势已得到控制。”", "克拉科夫的消防员"),
])
def test_chinese_setting_with_ri_in_the_place(text: str, want: str) -> None:
    assert speakers_of(text, "zh") == [want]


@pytest.mark.parametrize("text, lang, want", [
    (('The arrest drew scrutiny, even from President Trump, who said “Border Coyotes are treated better,” and '
      'questioned the raid.'), "en", "Trump"),
    ("The plan was criticised by Senator Maria Lopez, who said it was “a disaster for families.”", "en", "Maria Lopez"),
    ("El plan recibió críticas incluso del presidente Trump, quien dijo que era “un desastre para las familias”.",
     "es", "Trump"),
    ("Plan skrytykowała senator Maria Nowak, która powiedziała, że to „katastrofa dla rodzin”.", "pl", "Maria Nowak"),
])
def test_relative_clause_speaks_for_its_antecedent(text: str, lang: str, want: str) -> None:
    assert speakers_of(text, lang) == [want]


@pytest.mark.parametrize("text, lang, want", [
    (('A report said President Trump had directed Michael D. Cohen to lie to Congress.\n\nThe president '
      'responded on Twitter late Friday, calling the statement “a very sad day for journalism.”'), "en", "Trump"),
    (('A report said President Trump had directed Michael D. Cohen to lie to Congress.\n\n“A very sad day for '
      'journalism,” the president wrote. Later, President Vladimir Putin called.'), "en", "Trump"),
    ("Raport mówił, że prezydent Duda polecił Janowi Kowalskiemu skłamać.\n\n„To smutny dzień” – napisał prezydent.",
     "pl", "Duda"),
])
def test_role_titles_the_surname_after_it_not_a_later_name(text: str, lang: str, want: str) -> None:
    assert speakers_of(text, lang) == [want]


@pytest.mark.parametrize("text, want", [
    # (the text ties the person to the party: review36a M7, tests/analysis/test_quote_speakers_mend36c.py)
    (('Republican candidate Donald Trump attacked Justice Ruth Bader Ginsburg on Tuesday.\n\n“I think it’s a disgrace '
      'to the court,” the presumptive Republican nominee said.'), "Donald Trump"),
    ('Hillary Clinton (D) spoke in Ohio on Tuesday.\n\n“We will win,” the Democratic front-runner said.', "Hillary Clinton"),
    (('Rep. Blake Farenthold resigned on Friday.\n\n“I had no idea how to run a congressional office,” the four-term '
      'congressman said in December.'), "Blake Farenthold"),
    ('Rep. Maxine Waters spoke on Friday.\n\n“We will not back down,” the congresswoman said.', "Maxine Waters"),
])
def test_epithets_refer_back(text: str, want: str) -> None:
    assert speakers_of(text, "en") == [want]


def test_party_body_is_no_epithet() -> None:
    text = ('Paul Ryan spoke in Tampa on Monday.\n\n“Women know the party is the wrong choice,” said the Democratic '
            'committee.')
    assert speakers_of(text, "en") != ["Paul Ryan"]


@pytest.mark.parametrize("text, lang, want", [
    ("– Jesteśmy przeciw – mówili mieszkańcy Gdańska.", "pl", "mieszkańcy Gdańska"),
    ("– Jesteśmy przeciw – mówili w poniedziałek mieszkańcy Gdańska.", "pl", "mieszkańcy Gdańska"),
    ("— Мы против, — рассказали в понедельник жители Москвы.", "ru", "жители Москвы"),
    ("— Мы против, — говорят жители Москвы.", "ru", "жители Москвы"),
    ('"We are against it," said residents of Gdansk.', "en", "residents of Gdansk"),
])
def test_plural_group_with_a_place_in_the_genitive(text: str, lang: str, want: str) -> None:
    # the place alone ("Gdańska", "Москвы") was the speaker, or nobody was
    assert speakers_of(text, lang) == [want]


def test_two_people_after_a_plural_verb_are_no_group() -> None:
    # two named people, not a group description; since quotes74 both, as one coordinated speaker (was "Jan Nowak")
    assert speakers_of("– Jesteśmy przeciw – mówili Jan Nowak i Anna Kowalska.", "pl") == ["Jan Nowak i Anna Kowalska"]


@pytest.mark.parametrize("text, lang, want", [
    ("« Nous sommes contre », a déclaré la députée LFI Mathilde Panot à Paris.", "fr", "Mathilde Panot"),
    ("Депутат Госдумы от ЛДПР Иван Петров заявил: «Мы против».", "ru", "Иван Петров"),
    ('"We are ready," said NASA chief Bill Nelson.', "en", "Bill Nelson"),
    ('"We are ready," said EU foreign policy chief Kaja Kallas.', "en", "Kaja Kallas"),
])
def test_party_or_body_acronym_before_the_person(text: str, lang: str, want: str) -> None:
    assert speakers_of(text, lang) == [want]


@pytest.mark.parametrize("text, lang, want", [
    ('"We are ready," said NATO on Monday.', "en", "NATO"),
    ("«Мы против», — пишут СМИ.", "ru", "СМИ"),
])
def test_acronym_alone_still_speaks(text: str, lang: str, want: str) -> None:
    assert speakers_of(text, lang) == [want]


@pytest.mark.parametrize("text, want", [
    (('The nearby St. Louis Tea Party held a meeting on Monday. The group has drafted a resolution condemning the '
      '"bigoted" attacks.'), "St. Louis Tea Party"),
    (('Officials with the Democratic National Committee held a news conference.\n\n“Women know the party is the wrong '
      'choice,” a statement from the committee said.'), "Democratic National Committee"),
])
def test_kind_word_of_a_body_refers_back_to_it(text: str, want: str) -> None:
    # "The group" was left unresolved (and matched another group's quotation across articles)
    assert speakers_of(text, "en") == [want]
