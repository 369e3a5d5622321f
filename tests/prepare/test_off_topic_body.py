"""A headline over a body about something else (issue #11): real text, but another page's.

Every headline and body below was written for this test (none is copied from dev.csv): the story's
headline line, then what a scraped page printed under it instead of the report -- a forum question,
a Bible verse, a match report, a recipe, job adverts, a book blurb -- and guards: reports that say
their headline's words in inflected forms, without accents, in other words, under a quotation.
"""

from __future__ import annotations

import pytest

from storylens.similarity import cannot_judge, prepare_text

# (language, headline, body about something else)
OFF_TOPIC = [
    ("de", "Großbrand zerstört Lagerhalle im Bremer Hafen",
     ("Wie lange ist die Frist bei einer Kündigung der Wohnung? Hallo, ich möchte meinen Mietvertrag kündigen, "
      "weil ich im Sommer umziehe. Leider verstehe ich den Vertrag nicht ganz. Dort steht, dass beide Seiten "
      "mit drei Monaten zum Monatsende kündigen können. Zählt der Monat, in dem ich den Brief abschicke, schon "
      "mit? Und muss ich den Brief per Einschreiben schicken? Ich hoffe, jemand kann mir helfen. Danke!")),
    ("en", "Pope apologises after slapping a pilgrim's hand in Vatican crowd",
     ("Matthew 5:38-41\n\n38 You have heard that it was said, 'An eye for an eye and a tooth for a tooth.' "
      "39 But I say to you, do not resist the one who is evil. If anyone strikes you on the right cheek, turn "
      "to him the other also. 40 And if anyone would sue you and take your tunic, let him have your cloak as "
      "well. 41 And if anyone forces you to go one mile, go with him two miles.")),
    ("fr", "Grève des contrôleurs aériens : trois cents vols annulés à Marseille",
     ("Les Dragons de Bayreuth ont perdu samedi leur dernier match de la saison de football américain. "
      "Même si le temps de jeu effectif est court, l'équipe a dominé le premier quart temps avant de céder "
      "en défense. L'entraîneur a salué l'engagement de ses joueurs et promis des renforts pour l'an "
      "prochain. Les supporters ont applaudi longuement après le coup de sifflet final.")),
    ("es", "Inundaciones dejan cinco muertos en Valencia y obligan a evacuar barrios",
     ("Para preparar esta tarta de manzana necesitas harina, mantequilla, azúcar y cuatro manzanas "
      "reinetas. Primero mezcla la harina con la mantequilla fría hasta obtener una masa arenosa. Después "
      "añade el azúcar y un huevo, amasa y guarda la masa media hora en la nevera. Pela las manzanas, "
      "córtalas en láminas finas y colócalas sobre la masa. Hornea cuarenta minutos a 180 grados.")),
    ("pl", "Rząd obniża podatek od paliwa od przyszłego miesiąca",
     ("Mój pies od tygodnia nie chce jeść i ciągle śpi. Zwykle biega po ogrodzie i szczeka na listonosza, "
      "a teraz leży w kącie. Weterynarz powiedział, że to może być przeziębienie, ale nie dał żadnych leków. "
      "Czy ktoś miał podobny problem? Co robiliście? Czy warto pojechać do innej kliniki, czy poczekać "
      "jeszcze kilka dni? Będę wdzięczna za każdą radę.")),
    ("tr", "İzmir'de deprem: iki bina çöktü, kurtarma çalışmaları sürüyor",
     ("Kocaeli'de liman işlerinde istihdam edilmek üzere gerekli belge ve ehliyetlere sahip, deneyimli "
      "vinç operatörü ve forklift operatörü aranıyor. Başvurular için özgeçmişinizi e-posta ile "
      "gönderebilirsiniz. Ayrıca şirketimizin muhasebe bölümünde görevlendirilmek üzere en az üç yıl "
      "deneyimli muhasebe elemanı alınacaktır. İlanlarınız hem gazetede hem internet sitemizde yayımlanır, "
      "ücret bilgisi için arayınız.")),
    ("zh", "上海地铁新线路今日开通运营",
     ("在他的新书中，作者探讨了文化、大脑和地球中自上而下和自下而上的力量，并对我们面临的挑战提供了深刻洞察。"
      "他认为我们需要摆脱旧的经济模式，建立以社区为基础的新经济。书中收录了十几位学者和活动人士的访谈，"
      "从农业合作社讲到地方货币，每一章都以一个真实的故事开头，读来轻松有趣。")),
]


def _ids(rows: list) -> list[str]:
    return [f"{r[0]}-{k}" for k, r in enumerate(rows)]


@pytest.mark.parametrize(("lang", "headline", "body"), OFF_TOPIC, ids=_ids(OFF_TOPIC))
def test_a_body_about_something_else_is_set_aside(lang: str, headline: str, body: str) -> None:
    prepared = prepare_text(f"{headline}\n{body}")
    assert prepared.story_part
    assert prepared.text == headline


@pytest.mark.parametrize(("lang", "headline", "body"), OFF_TOPIC[:3], ids=_ids(OFF_TOPIC[:3]))
def test_a_headline_set_off_by_two_spaces_is_read_too(lang: str, headline: str, body: str) -> None:
    # pages joined to their headline by two spaces, no line break (as scraped texts often are)
    prepared = prepare_text(f"{headline}  {body}")
    assert prepared.story_part and prepared.text == headline


@pytest.mark.parametrize(("lang", "headline", "body"), OFF_TOPIC, ids=_ids(OFF_TOPIC))
def test_the_headline_is_prepared_again_to_itself_and_judged(lang: str, headline: str, body: str) -> None:
    once = prepare_text(f"{headline}\n{body}")
    again = prepare_text(once.text)
    assert (again.text, again.story_part) == (headline, True)
    report = ("Der Bericht über den Brand im Hafen nennt viele Einzelheiten und Zeugen, die Feuerwehr war mit "
              "mehr als hundert Kräften im Einsatz und die Polizei ermittelt nun wegen Brandstiftung am Hafen.")
    assert cannot_judge(again.text, report, story_parts={again.text}) is None


def test_the_reason_says_the_body_is_about_something_else() -> None:
    from storylens.prepare import story_part

    _lang, headline, body = OFF_TOPIC[0]
    part = story_part(f"{headline}\n{body}")
    assert part is not None and part.text == headline and "something else" in part.reason


# Reports whose body is the headline's story: never set aside.
ON_TOPIC = [
    # inflected forms: Gefängnis / Gefängnissen, mexikanischem / mexikanischen
    ("de", "Mindestens 16 Tote bei Kämpfen in mexikanischem Gefängnis",
     ("Bei einer Massenschlägerei in einem der mexikanischen Gefängnisse sind kurz vor dem Jahreswechsel "
      "sechzehn Menschen ums Leben gekommen. Fünf weitere wurden verletzt, wie die örtlichen Behörden am "
      "Mittwoch mitteilten. Die Sicherheitskräfte stellten mehrere Waffen sicher. In den Haftanstalten des "
      "Landes kommt es immer wieder zu blutigen Revolten.")),
    # accents folded: Grèce / grecs, touristes
    ("fr", "Les visiteurs évitent la Grèce par crainte du virus",
     ("Les touristes des principaux marchés grecs restent à l'écart en raison des fermetures imposées au "
      "Royaume-Uni, en France et en Allemagne. Les hôteliers des îles annoncent des réservations en baisse de "
      "moitié pour l'été, et le gouvernement prépare un plan d'aide au secteur, qui pèse un cinquième de "
      "l'économie du pays, selon le ministre du Tourisme.")),
    ("en", "Bridge closed after barge strikes pier on the Ohio River",
     ("A barge loaded with coal struck a pier of the Sherman Minton Bridge early on Tuesday, and the state "
      "transportation department closed the crossing to all traffic while engineers inspect the damage. "
      "Nobody was hurt, the Coast Guard said. Commuters were told to expect delays of up to an hour on the "
      "detour through downtown until the inspection is finished.")),
    ("zh", "上海地铁新线路今日开通运营",
     ("上海地铁十八号线今日上午正式开通运营，全长约三十六公里，共设二十六座车站。首班列车早上六点发车，"
      "不少市民专程前来体验。运营方表示，新线路开通后将大大缓解浦东地区的交通压力，高峰时段列车间隔为四分钟。")),
    # a quoted headline: the phrase need not return in the body
    ("en", "'Get out now': desperate tales from the epicentre of the emergency",
     ("The evacuation centre at Batemans Bay was hosting a stream of visitors on Thursday, some signing up "
      "and seeking advice while several people had set up tents on the nearby football oval. Residents "
      "anxious to leave were given advice by fire crews to drive north before the afternoon, when winds were "
      "forecast to turn and push the blaze towards the town.")),
]


@pytest.mark.parametrize(("lang", "headline", "body"), ON_TOPIC, ids=_ids(ON_TOPIC))
def test_a_report_of_its_headline_is_left_alone(lang: str, headline: str, body: str) -> None:
    from storylens.prepare import story_part

    text = f"{headline}\n{body}"
    assert story_part(text) is None
    assert not prepare_text(text).story_part


def test_a_short_body_or_headline_is_not_enough_to_say() -> None:
    from storylens.prepare import story_part

    _lang, headline, body = OFF_TOPIC[0]
    short_body = " ".join(body.split()[:30])  # under settings.off_topic_body_words
    assert story_part(f"{headline}\n{short_body}") is None
    # three content words: too few to say none returns
    assert story_part(f"Großbrand zerstört Lagerhalle\n{body}") is None


def test_a_headline_run_into_its_body_is_left_alone() -> None:
    # one space between headline and body: no line to compare (the glued kind is not read)
    from storylens.prepare import story_part

    _lang, headline, body = OFF_TOPIC[0]
    assert story_part(f"{headline} {body}") is None


# A headline that shares one chance word with another page's body escapes the rule: it is "loose", and a text
# judged from its headline is not read whole against it (similarity's whole readings; final38 #1).
LOOSE = [
    ("de", "Bundestag beschließt neues Heizungsgesetz nach heftiger Debatte", OFF_TOPIC[0][2] + " Die Debatte hier ist lang."),
    ("en", "Pope apologises after slapping a pilgrim's hand in Vatican crowd",
     OFF_TOPIC[1][2].replace("turn to him", "turn the crowd to him")),
    ("es", "Inundaciones dejan cinco muertos en Valencia y obligan a evacuar barrios",
     OFF_TOPIC[3][2].replace("Hornea cuarenta", "Hornea en Valencia cuarenta")),
]


@pytest.mark.parametrize(("lang", "headline", "body"), LOOSE, ids=_ids(LOOSE))
def test_a_headline_with_one_word_in_its_body_is_loose(lang: str, headline: str, body: str) -> None:
    from storylens.prepare._topic import loose_headline

    prepared = prepare_text(f"{headline}\n{body}")
    assert not prepared.story_part  # the rule does not fire: one word returns
    assert prepared.loose_headline and loose_headline(f"{headline}\n{body}")


# a report that repeats one of its headline's words only ("Grèce" / "grecs") is loose too: the price of the guard
# (such a report is still judged whole; only a whole reading against it is not tried)
@pytest.mark.parametrize(("lang", "headline", "body"), [ON_TOPIC[k] for k in (0, 2, 3)], ids=["de", "en", "zh"])
def test_a_report_of_its_headline_is_not_loose(lang: str, headline: str, body: str) -> None:
    assert not prepare_text(f"{headline}\n{body}").loose_headline
