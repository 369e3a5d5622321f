"""Headline mistakes reviewers found (stop 34), each as a kind: a site's promotion line read as the
headline, a headline in another script than its body judged as a body about something else, and a first
line of two sentences set apart by two spaces read as a headline. Every text was written for this test."""

from __future__ import annotations

import pytest

from storylens.prepare._topic import _headline_line, loose_headline, off_topic_part, other_script
from storylens.prepare.clean import clean_text

EN_LEAD = ("Flood waters rose across the valley on Tuesday as rescuers evacuated hundreds of residents. The river "
           "crested at 6.2 metres, officials said. Schools in three districts were closed and shelters opened in "
           "sports halls. Forecasters said rain would continue until the weekend.")
RU_LEAD = ("Паводок в Подмосковье: сотни людей эвакуированы из своих домов во вторник, сообщили в МЧС. Уровень воды "
           "в реке Москве поднялся на два метра за сутки. Спасатели работают в трёх районах области, где затоплены "
           "более двухсот домов. Власти открыли пункты временного размещения в школах.")
ZH_LEAD = ("北京市周二遭遇暴雨，已有12人死亡，全市已有12所学校停课。救援人员在三个区疏散了数百名居民，市政府已在体育馆开放临时"
           "安置点。气象部门表示，降雨将持续到周末，部分河流水位仍在上涨，居民被要求远离河道和低洼地区，等待进一步通知。")

# a promotion over the headline (or over the lead): a notice's opening words (text data "site_notices")
PROMOTIONS = [
    ("Subscribe now for unlimited access – only $1 for 6 months", "Floods force hundreds from homes in valley",
     EN_LEAD),
    ("Jetzt abonnieren und 30 Tage gratis lesen", "Hochwasser in Sachsen: Pegel steigt weiter",
     "Das Hochwasser an der Elbe ist am Dienstag weiter gestiegen. In Dresden erreichte der Pegel 6,2 Meter."),
    ("Melden Sie sich an und diskutieren Sie mit", "Hochwasser in Sachsen: Pegel steigt weiter",
     "Das Hochwasser an der Elbe ist am Dienstag weiter gestiegen. In Dresden erreichte der Pegel 6,2 Meter."),
    ("Подпишитесь на наш канал в Telegram", "Паводок в Подмосковье: сотни эвакуированы", RU_LEAD),
    ("Abonnez-vous pour lire la suite", "Inondations : des centaines d'habitants évacués",
     "Les eaux de la rivière ont monté mardi dans toute la vallée. Les secours ont évacué des centaines d'habitants."),
    ("Suscríbete a nuestro boletín", "Inundaciones obligan a evacuar a cientos de vecinos",
     "El agua del río subió el martes en todo el valle. Los equipos de rescate evacuaron a cientos de vecinos."),
]


@pytest.mark.parametrize(("promo", "headline", "lead"), PROMOTIONS)
def test_a_promotion_over_the_headline_is_no_title(promo, headline, lead):
    cleaned = clean_text(f"{promo}\n\n{headline}\n\n{lead}")
    assert cleaned.title == headline
    assert promo not in cleaned.text
    assert ("site_notice", promo) in [(r.kind, r.text) for r in cleaned.removed]


def test_a_promotion_over_the_lead_leaves_no_title():
    cleaned = clean_text(f"{PROMOTIONS[0][0]}\n\n{EN_LEAD}")
    assert cleaned.title is None
    assert cleaned.text.startswith("Flood waters rose")


@pytest.mark.parametrize("headline", [
    "Netflix tells you to stop sharing your password",  # speaks to the reader of page furniture: a story
    "Google to phase out third-party cookies in Chrome",
    "Netflix verliert erstmals Abonnenten",
    "Passwort-Diebstahl: Millionen Nutzer betroffen",
    "Sign-up rush as vaccine bookings open to over-50s",
    # review35a H3: a headline opening with a word that opens notices too ("Abbonati" = subscribers)
    "Abbonati Sky in calo, Netflix cresce",
    "Iscriviti all'università: boom di domande",
    "Zapisz się na szczepienie - apeluje minister",
    "Subscribe and save: how streaming bundles work",
    "Suscríbete o paga: el dilema de los diarios digitales",
    "Подпишитесь или платите: как меняются медиа",
])
def test_a_headline_about_page_furniture_stays_the_title(headline):
    lead = "The company said on Tuesday it would change its rules. Users were told by e-mail."
    cleaned = clean_text(f"{headline}\n\n{lead}")
    assert cleaned.title == headline
    assert cleaned.text.startswith(headline)


# two sentences set apart by two spaces (typewriter spacing) are no headline
@pytest.mark.parametrize("first", [
    "The river crested at 6.2 metres on Tuesday.  Rescuers evacuated hundreds of residents",
    "Der Pegel stieg am Dienstag auf 6,2 Meter.  Hunderte Anwohner wurden in Sicherheit gebracht",
    # "!" and "?" end a headline as well as a sentence: only a full stop says two sentences (review35a L2)
    "Уровень воды поднялся на два метра.  Сотни жителей эвакуированы",
])
def test_a_first_line_of_two_spaced_sentences_is_no_title(first):
    cleaned = clean_text(f"{first}\n\nOfficials said the water would recede by Friday. Schools were closed.")
    assert cleaned.title is None


def test_a_spaced_first_sentence_is_no_headline_over_the_rest():
    assert _headline_line("The river crested at 6.2 metres on Tuesday.  " + EN_LEAD, 300) is None
    assert _headline_line("Der Pegel stieg am Dienstag.  " + EN_LEAD, 300) is None


@pytest.mark.parametrize("head", [
    "Who will pay for the flood damage?",  # a headline may ask
    "Polizeiinspektion Göttingen / Autobahnpolizei ...",  # or end where the page cut it
    "Podemos denuncia falta de información al personal del Cabildo antes de su (...)",
    "Floods force hundreds from homes in valley",
])
def test_a_headline_set_off_by_two_spaces_is_still_read(head):
    assert _headline_line(f"{head}  {EN_LEAD}", 300) == (head, f"  {EN_LEAD}")


# a headline in another script than its body: no word can return, so the word test cannot speak
@pytest.mark.parametrize(("head", "body"), [
    ("Moscow flood: hundreds evacuated from homes near the river", RU_LEAD),
    ("Наводнение в Калифорнии: сотни жителей эвакуированы из домов", EN_LEAD),
    ("北京暴雨造成12人死亡 数百名居民被疏散", EN_LEAD),
    ("Beijing storm leaves twelve dead and hundreds evacuated", ZH_LEAD),
])
@pytest.mark.parametrize("sep", ["\n\n", "  "])
def test_a_headline_in_another_script_is_not_judged_off_topic(head, body, sep):
    text = f"{head}{sep}{body}"
    assert other_script(head, body)
    assert off_topic_part(text) is None
    # the body may still be another page's: the text is not read whole against a judged one
    assert loose_headline(text)


FORUM = ("I have been working for my employer for three years and want to resign. How long is the notice period in "
         "my contract? My manager says four weeks but the contract says one month. Can anyone help me with this "
         "question, please? Thanks in advance for your answers and advice on what to do next with my employer.")
FORUM_RU = ("Мой кот уже неделю не ест и всё время спит. Обычно он бегает по квартире и играет с мячиком, а теперь "
            "лежит в углу. Ветеринар сказал, что это может быть простуда, но лекарств не дал. У кого-нибудь была "
            "такая проблема? Что вы делали? Стоит ли ехать в другую клинику или подождать ещё несколько дней?")


@pytest.mark.parametrize(("head", "body"), [
    ("Prison riot leaves guards injured in Texas jail", FORUM),
    ("Бунт в тюрьме: охранники ранены в техасской колонии", FORUM_RU),
])
def test_a_headline_in_the_bodys_script_is_still_judged(head, body):
    assert not other_script(head, body)
    assert off_topic_part(f"{head}\n\n{body}") == head


@pytest.mark.parametrize("promo", ["Subscribe now for unlimited access – only $1 for 6 months",
                                   "Jetzt abonnieren und 30 Tage gratis lesen"])
def test_a_page_titled_by_its_promotion_has_the_headline_of_its_text(promo):
    # the page's metadata title (<title>, a feed's or a JSONL record's) is a promotion: not the headline,
    # and not put before the body as one
    from storylens.models import RawDocument
    from storylens.report.compare import prepare_document

    raw = RawDocument(source="page.html", text=f"Floods force hundreds from homes in valley\n\n{EN_LEAD}",
                      metadata={"title": promo})
    doc = prepare_document(raw, "d1")
    assert doc.title == "Floods force hundreds from homes in valley"
    assert promo not in doc.text


# a breadcrumb trail (the page's home, then its sections) over the headline is the page's, not the title
@pytest.mark.parametrize("trail", [
    "Home › World › Europe",
    "News | Sport | Weather | iPlayer | Sounds",
    "Startseite > Politik > Ausland",
    "Главная / Новости / В мире",
    "Accueil > International > Europe",
    "Inicio / Internacional / Europa",
    "Strona główna » Świat » Europa",
    "首页 > 国际 > 欧洲",
    # two items: both navigation words, or an arrow to a short section name
    "Startseite | Politik",
    "Home › Europe",
    "Accueil » Vie locale",
])
def test_a_breadcrumb_trail_over_the_headline_is_no_title(trail):
    cleaned = clean_text(f"{trail}\n\nFloods force hundreds from homes in valley\n\n{EN_LEAD}")
    assert cleaned.title == "Floods force hundreds from homes in valley"
    assert ("navigation", trail) in [(r.kind, r.text) for r in cleaned.removed]


@pytest.mark.parametrize("headline", [
    "World | Floods force hundreds from homes in valley",  # a section label before a headline
    "Sport / Fußball: Bayern gewinnt das Derby",
    "Home is where the heart is",
    # review35a H2: a short headline after a section label, two items set apart by a bar or a slash
    "World | Floods hit Valencia",
    "Politik | Merkel tritt zurück",
    "Sport | England win the Ashes",
    "News | Biden wins Pennsylvania",
    "Home | Mortgage rates fall",
    "Deportes / El Madrid gana la Liga",
    "Sport | Bayern gewinnt",
])
def test_a_headline_with_a_section_label_is_no_trail(headline):
    assert clean_text(f"{headline}\n\n{EN_LEAD}").title == headline


@pytest.mark.parametrize("title", ["Abbonati Sky in calo, Netflix cresce", "Zapisz się na szczepienie - apeluje minister"])
def test_a_given_title_opening_with_a_notice_word_is_the_headline(title):
    # review35a H3: the page's metadata title is read by the same rule as a first line (prepare._notices.given_title)
    from storylens.models import RawDocument
    from storylens.report.compare import prepare_document

    raw = RawDocument(source="page.html", text=EN_LEAD, metadata={"title": title})
    assert prepare_document(raw, "d1").title == title


@pytest.mark.parametrize("notice", ["Subscribe", "Iscriviti", "Sign up for our newsletter", "Abbonati alla newsletter",
                                    "Zapisz się do naszego newslettera", "Suscríbete a nuestro boletín"])
def test_a_notice_line_is_no_title(notice):
    from storylens.prepare._notices import given_title, is_notice_line

    assert is_notice_line(notice)
    assert given_title(notice) is None


# review35a L2: one rule (prepare._headline) for a first line of two pieces set apart by two spaces: a question
# or an exclamation, or a one-letter abbreviation's stop, ends a headline; a full stop ends a sentence
@pytest.mark.parametrize(("line", "headline"), [
    ("Who will pay for the flood damage?  Residents demand answers", True),
    ("Storm batters the U.S.  Thousands lose power", True),
    ("Sturm über den USA!  Tausende ohne Strom", True),
    ("Кто заплатит за ущерб?  Жители требуют ответа", True),
    ("The river crested on Tuesday.  Rescuers evacuated hundreds", False),
    ("Der Pegel stieg am Dienstag.  Die Feuerwehr war im Einsatz", False),
])
def test_the_title_and_the_topic_headline_read_two_spaces_alike(line, headline):
    assert (clean_text(f"{line}\n\n{EN_LEAD}").title is not None) is headline
    assert (_headline_line(f"{line} {EN_LEAD}", 300) is not None) is headline
