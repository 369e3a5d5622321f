"""Quote speaker kinds of spk21 (issue #12, stop 34), from probes written in en/es/fr/pl/de/ru/zh/ar/it/uk
(none copied from a gold set):

- a verb of saying with only a time, a place or an addressee after it has its subject in the verb
  (pro-drop: "…», dijo el lunes en Zaragoza.", "ha detto lunedì a Bologna", "– mówił w poniedziałek w
  Lublinie."), so the person named before, in a headline too, speaks; a day after the verb is never the
  speaker ("dijo el viernes" gave "el viernes") nor part of the description ("el ministro el viernes");
- a quotation between a clause's own subject and the verb ("El conductor "…", dijo X", "Водитель «…»,
  сообщил X"): the subject after the verb speaks, not the one before the quotation;
- a body whose name capitalises its first word only ("Министерство обороны сообщило", "Компания
  «Аэрофлот» заявила") and one an impersonal verb names in a statement phrase ("говорится в сообщении
  Министерства обороны", "сообщили в пресс-службе «Аэрофлота»"): text data body_heads, statement_sources;
- a role's complement after "della"/"dello" is no part of the name ("Il ministro della Salute Marco Rossi").
"""

import pytest

from ._docs import speakers_match, speakers_of


@pytest.mark.parametrize("text, lang, want", [
    (('El jefe de bomberos Tomás Becker alerta de un verano seco\n\nLa región afronta el mayor riesgo de incendios '
     'en una década. "Nunca habíamos visto los bosques tan secos en junio", dijo el viernes.'), "es", "Tomás Becker"),
    (('La ministra Carmen Vidal anuncia más ayudas al campo\n\nEl plan se votará el martes. "Los agricultores no '
     'pueden esperar más", dijo el lunes en Zaragoza.'), "es", "Carmen Vidal"),
    (('El alcalde Juan Ortega dimite tras el escándalo\n\nLa dimisión llegó tras semanas de presión. "Me voy con la '
     'conciencia tranquila", afirmó ayer ante la prensa.'), "es", "Juan Ortega"),
    (('Il ministro Marco Bassi annuncia nuovi aiuti\n\nIl piano sarà approvato martedì. "Gli agricoltori non possono '
     'aspettare", ha detto lunedì a Bologna.'), "it", "Marco Bassi"),
    (('Minister Jan Wróbel zapowiada nową pomoc dla rolników\n\nPlan zostanie przyjęty we wtorek. „Rolnicy nie mogą '
     'dłużej czekać" – mówił w poniedziałek w Lublinie.'), "pl", "Jan Wróbel"),
    (('Rosa Prieto visitó el hospital el martes. "Los médicos han hecho un trabajo enorme", declaró el miércoles '
     'en Sevilla.'), "es", "Rosa Prieto"),
])
def test_pro_drop_verb_with_adjuncts_only(text: str, lang: str, want: str) -> None:
    assert speakers_of(text, lang) == [want]


@pytest.mark.parametrize("text, lang, want", [
    (('El ministro de Sanidad, Juan Pérez, visitó el hospital. "La situación está bajo control", dijo el ministro '
     'el viernes.'), "es", "Juan Pérez"),
    (('Il ministro della Salute Marco Rossi ha visitato l\'ospedale. "La situazione è sotto controllo", ha detto il '
     'ministro venerdì.'), "it", "Marco Rossi"),
])
def test_day_after_a_description_is_none_of_it(text: str, lang: str, want: str) -> None:
    assert speakers_of(text, lang) == [want]


@pytest.mark.parametrize("text, lang", [
    ('"Los agricultores no pueden esperar más", dijo el lunes en Zaragoza.', "es"),
    ('„Rolnicy nie mogą dłużej czekać" – mówił w poniedziałek w Lublinie.', "pl"),
])
def test_a_day_is_never_the_speaker(text: str, lang: str) -> None:
    got = speakers_of(text, lang)
    assert len(got) == 1 and (got[0] is None or not any(w in got[0].lower() for w in ("lunes", "poniedział")))


def test_a_subject_after_the_day_still_speaks() -> None:
    got = speakers_of('"Los agricultores no pueden esperar más", dijo el lunes la ministra Carmen Vidal.', "es")
    assert got == ["Carmen Vidal"]


@pytest.mark.parametrize("text, lang, want", [
    ("Водитель «не был пьян в момент аварии», сообщил представитель полиции Омар Юсуф.", "ru", "Омар Юсуф"),
    ('El conductor "no había bebido nada esa noche", dijo el portavoz policial Omar Yusuf.', "es", "Omar Yusuf"),
    ("Kierowca „nie był pod wpływem alkoholu”, powiedział rzecznik policji Omar Jusuf.", "pl", "Omar Jusuf"),
    ("Le conducteur « n'avait pas bu ce soir-là », a déclaré le porte-parole de la police Omar Youssef.", "fr",
     "Omar Youssef"),
    ("Der Fahrer sei „nicht betrunken gewesen“, sagte Polizeisprecher Omar Yusuf.", "de", ("Omar Yusuf", "Polizeisprecher Omar Yusuf")),
    ('The driver "was not drunk at the time of the crash," said police spokesman Omar Yusuf.', "en", "Omar Yusuf"),
])
def test_quotation_between_clause_subject_and_verb(text: str, lang: str, want) -> None:
    assert speakers_match(speakers_of(text, lang), [want if isinstance(want, tuple) else (want,)])


@pytest.mark.parametrize("text, lang, want", [
    ("Министерство здравоохранения сообщило в среду: «Число заражений снизилось на 20 процентов».", "ru",
     "Министерство здравоохранения"),
    ("Министерство обороны сообщило: «Учения завершены в штатном режиме».", "ru", "Министерство обороны"),
    ("Компания «Аэрофлот» заявила в четверг: «Все рейсы будут выполнены по расписанию».", "ru", "Компания «Аэрофлот»"),
    ("Міністерство охорони здоров'я повідомило: «Кількість заражень зменшилася на 20 відсотків».", "uk",
     "Міністерство охорони здоров'я"),
    ("«Учения завершены в штатном режиме», — говорится в сообщении Министерства обороны.", "ru", "Министерства обороны"),
    ("«Пострадавших нет», — говорится в заявлении Следственного комитета.", "ru", "Следственного комитета"),
    ("«Все рейсы будут выполнены по расписанию», — сообщили в пресс-службе «Аэрофлота».", "ru", "«Аэрофлота»"),
    ("«Все рейсы будут выполнены по расписанию», — говорится в сообщении авиакомпании «Победа».", "ru",
     "авиакомпании «Победа»"),
    ("«Усі рейси виконуються за розкладом», — йдеться у повідомленні компанії «Укрзалізниця».", "uk",
     "компанії «Укрзалізниця»"),
])
def test_body_as_speaker(text: str, lang: str, want: str) -> None:
    assert speakers_of(text, lang) == [want]


@pytest.mark.parametrize("text, lang, want", [
    ("Министр обороны Андрей Белов заявил: «Учения завершены».", "ru", "Андрей Белов"),
    ("Министерство обороны возглавляет Андрей Белов. «Учения завершены», — сказал он.", "ru", "Андрей Белов"),
    ("Правительство Москвы сообщило: «Метро будет работать круглосуточно».", "ru", "Правительство Москвы"),
])
def test_body_rule_leaves_people_alone(text: str, lang: str, want: str) -> None:
    assert speakers_of(text, lang) == [want]


@pytest.mark.parametrize("text, want", [
    ("“火灾中没有人受伤，”警察局长刘芳女士说。", "刘芳"),
    ("“我们需要更多的护士，”护士长张丽女士表示。", "张丽"),
    ("“明年春天物价将会下降，”北方银行首席经济学家张明博士说。", "张明"),
    ("“谈判是建设性的，”外交部长王毅说。", "王毅"),
])
def test_chinese_name_before_its_honorific(text: str, want: str) -> None:
    assert speakers_of(text, "zh") == [want]


@pytest.mark.parametrize("text, lang, want", [
    ("Die Ärztin Helene Park schilderte die Rettung: „Wir fanden die Kletterer im Morgengrauen.“", "de", "Helene Park"),
    ("„Alle Züge fahren heute mit Verspätung“, sagte Bahnhofsvorsteher Peter Dunkel.", "de", "Peter Dunkel"),
    ("Врач Елена Паркова рассказала о спасении: «Мы нашли альпинистов на рассвете».", "ru", "Елена Паркова"),
])
def test_role_word_before_the_name(text: str, lang: str, want: str) -> None:
    assert speakers_of(text, lang) == [want]


@pytest.mark.parametrize("text, lang, want", [
    ("Anna Lis spotkała się z burmistrzem Pawłem Górskim. „Wiele osiągnęliśmy” – powiedział po spotkaniu.", "pl",
     "Paweł Górski"),
    ("Burmistrz Paweł Górski spotkał się z Anną Lis. „Wiele osiągnęliśmy” – powiedziała po spotkaniu.", "pl", "Anna Lis"),
    ("Ewa Nowak rozmawiała z Tomaszem Wrzoskiem. „To był trudny rok” – powiedział.", "pl", "Tomasz Wrzosek"),
    ("Анна Лисицына встретилась с мэром Павлом Горским. «Мы многого добились», — сказал он после встречи.", "ru",
     "Павел Горский"),
    ("Мэр Павел Горский встретился с Анной Лисицыной. «Мы многого добились», — сказала она после встречи.", "ru",
     "Анна Лисицына"),
    ("Ольга Смирнова поговорила с Сергеем Волковым. «Это был трудный год», — сказал он.", "ru", "Сергей Волков"),
])
def test_pronoun_for_a_person_named_in_the_instrumental(text: str, lang: str, want: str) -> None:
    assert speakers_of(text, lang) == [want]


@pytest.mark.parametrize("text, lang, want", [
    ("Anna Lis spotkała się z burmistrzem Pawłem Górskim. „Wiele osiągnęliśmy” – powiedziała po spotkaniu.", "pl",
     "Anna Lis"),
    ("Анна Лисицына встретилась с мэром Павлом Горским. «Мы многого добились», — сказала она после встречи.", "ru",
     "Анна Лисицына"),
])
def test_pronoun_agreeing_with_the_subject_stays_hers(text: str, lang: str, want: str) -> None:
    assert speakers_of(text, lang) == [want]


@pytest.mark.parametrize("tail, lang, want", [
    (" el lunes en Zaragoza.", "es", True),
    (" el 3 de marzo en Madrid.", "es", True),
    (" lunedì a Bologna.", "it", True),
    (" w poniedziałek w Lublinie.", "pl", True),
    (" el ministro de Sanidad.", "es", False),
    (" czasem z ich listy zmniejszona do 20 – mówi.", "pl", False),  # a clause of its own, not an adjunct
    (" en Buenos Aires Juan Pérez García.", "es", False),
])
def test_adjuncts_only(tail: str, lang: str, want: bool) -> None:
    from storylens.analysis.quotes._phrases import _adjuncts_only

    assert _adjuncts_only(tail, 0, lang) is want


@pytest.mark.parametrize("text, want", [
    ('ووفقا للمفتش عمر يوسف، فإن "السائق لم يكن مخمورا وقت الحادث".', "عمر يوسف"),
    ('ووفقا لوزير الصحة سمير فهمي، فإن "الوضع تحت السيطرة".', "سمير فهمي"),
    ('وفقا للمتحدث باسم الشرطة عمر يوسف، فإن "التحقيق مستمر".', "عمر يوسف"),
])
def test_arabic_according_to_with_a_glued_li(text: str, want: str) -> None:
    assert speakers_of(text, "ar") == [want]


def test_arabic_defined_noun_with_a_preposition_ends_the_name() -> None:
    text = 'التقت الوزيرة هالة زايد بالأطباء يوم الأحد. وقالت: "سنوفر لقاحات لجميع المواطنين".'
    assert speakers_of(text, "ar") == ["هالة زايد"]


@pytest.mark.parametrize("text, lang, want", [
    (('Météo-France forecast more showers on Saturday, "though nothing like the storm of Tuesday," according to a '
     'statement from the agency.'), "en", "Météo-France"),
    (("Météo-France prévoit de nouvelles averses samedi, « sans commune mesure avec l'épisode de mardi », selon un "
     "communiqué de l'établissement."), "fr", "Météo-France"),
    (('La Aemet prevé más lluvias el sábado, "aunque nada comparable con el episodio del martes", según un comunicado '
     'del organismo.'), "es", "Aemet"),
    (("Renault a annoncé jeudi la fermeture de l'usine. « Cette décision a été difficile à prendre », selon un "
     "communiqué du constructeur."), "fr", "Renault"),
    (('Iberia canceló el jueves 40 vuelos. "Lamentamos las molestias a nuestros clientes", según un comunicado de la '
     'aerolínea.'), "es", "Iberia"),
    ('"Nous regrettons la gêne occasionnée", selon un communiqué de Renault.', "fr", "Renault"),
])
def test_statement_of_a_body(text: str, lang: str, want: str) -> None:
    assert speakers_of(text, lang) == [want]


def test_statement_owner_is_no_person_before_it() -> None:
    text = ('Anna Roux a quitté la réunion. « Nous regrettons la gêne occasionnée », selon un communiqué de '
            "l'entreprise.")
    assert speakers_of(text, "fr") != ["Anna Roux"]


@pytest.mark.parametrize("text, lang, want", [
    ('As the scholar Virginia Eubanks puts it, "if there is to be an alternative, we must build it on purpose."', "en",
     "Virginia Eubanks"),
    (("Come lo coglie la studiosa Virginia Eubanks, autrice del libro Automating Inequality, \"se deve esserci "
     "un'alternativa, dobbiamo costruirla di proposito\"."), "it", "Virginia Eubanks"),
    (('Como lo resume la investigadora Virginia Eubanks, "si ha de haber una alternativa, debemos construirla a '
     'propósito".'), "es", "Virginia Eubanks"),
    (("Wie es die Forscherin Virginia Eubanks formuliert: „Wenn es eine Alternative geben soll, müssen wir sie bewusst "
     "bauen.“"), "de", "Virginia Eubanks"),
    ("Jak ujmuje to badaczka Virginia Eubanks, „jeśli ma istnieć alternatywa, musimy ją zbudować celowo”.", "pl",
     "Virginia Eubanks"),
    (("Как формулирует исследовательница Вирджиния Юбэнкс, «если и должна быть альтернатива, мы должны строить её "
     "намеренно»."), "ru", "Вирджиния Юбэнкс"),
])
def test_as_clause_names_the_speaker_whatever_its_verb(text: str, lang: str, want: str) -> None:
    assert speakers_of(text, lang) == [want]


@pytest.mark.parametrize("text, lang, want", [
    ('As the storm hit Miami Beach, "we had never seen water like this," said resident Paul Dunn.', "en", "Paul Dunn"),
    ('Como cada año en Semana Santa, "la ciudad se llenó de turistas", dijo el alcalde Juan Ortega.', "es", "Juan Ortega"),
])
def test_as_clause_without_a_person_or_before_a_verb_of_saying(text: str, lang: str, want: str) -> None:
    assert speakers_of(text, lang) == [want]


@pytest.mark.parametrize("text, lang, want", [
    ("La maire de Paris, Anne Hidalgo, était présente. « C'est une honte », a réagi sur Twitter la maire de Paris.",
     "fr", "Anne Hidalgo"),
    ('El alcalde de Madrid, José Almeida, visitó la zona. "Es una vergüenza", dijo el alcalde de Madrid.', "es",
     "José Almeida"),
    ('The mayor of London, Sadiq Khan, visited the site. "This is a disgrace," the mayor of London said.', "en",
     "Sadiq Khan"),
    (('El alcalde de Sevilla, Antonio Muñoz, y el alcalde de Madrid, José Almeida, visitaron la zona. "Es una '
     'vergüenza", dijo el alcalde de Madrid.'), "es", "José Almeida"),
])
def test_role_of_a_place_is_the_person_in_apposition(text: str, lang: str, want: str) -> None:
    assert speakers_of(text, lang) == [want]


@pytest.mark.parametrize("text, lang, want", [
    ('"This is a disgrace," the governor of New York said.', "en", "the governor of New York"),
    ('"This is a disgrace," the mayor of London said.', "en", "the mayor of London"),
    ('Secretary of State Mike Pompeo said the sanctions would stay "until North Korea denuclearizes."', "en",
     "Mike Pompeo"),
])
def test_the_place_of_a_role_is_never_the_speaker(text: str, lang: str, want: str) -> None:
    assert speakers_of(text, lang) == [want]


@pytest.mark.parametrize("text, want", [
    ("El alcalde visitó la zona. —Estamos preparados para lo peor —dijo el alcalde, Pedro Lima.", ["Pedro Lima"]),
    ("Pedro Lima visitó la zona. —Estamos preparados para lo peor —dijo—. No vamos a rendirnos.",
     ["Pedro Lima", "Pedro Lima"]),
])
def test_spanish_dialogue_dash_after_a_sentence(text: str, want: list) -> None:
    assert speakers_of(text, "es") == want


def test_a_body_named_after_the_role_is_no_holder() -> None:
    text = ("Jess Morales Rocketto, the chairwoman of Families Belong Together, an advocacy group, called the idea "
            "“ethnic cleansing.”")
    got = speakers_of(text, "en")
    assert len(got) == 1 and got[0] not in ("Belong Together", "Families Belong Together")


@pytest.mark.parametrize("text, lang, want", [
    ("Zdaniem prezesa PiS Jarosława Kaczyńskiego „to jest wielki sukces”.", "pl", "Jarosław Kaczyński"),
    ("Według rzecznika MSZ Pawła Wrońskiego „Polska nie zmieni stanowiska”.", "pl", "Paweł Wroński"),
    ("По словам главы МИД Сергея Лаврова, «переговоры продолжатся».", "ru", "Сергей Лавров"),
])
def test_acronym_of_the_role_body_before_the_name(text: str, lang: str, want: str) -> None:
    assert speakers_of(text, lang) == [want]
