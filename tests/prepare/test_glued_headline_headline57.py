"""A headline glued to another page's body with no line break (issue #11, headline57).

Scraped pages join the story's title to what the page printed under it by a single space: "Mindestens 16 Tote
bei Kämpfen in mexikanischem Gefängnis Wie lange ist die Frist bei einer Kündigung? Hallo …" (a dev text: a forum
question glued to a prison-riot headline, judged "different stories" from a report of the riot). The headline line
rule (:func:`storylens.prepare._topic.off_topic_part`) needs a line break or two spaces; the glued reader finds the
opening that ends before a capitalised word and none of whose content words returns after it. Every text below was
written for this test.
"""

from __future__ import annotations

import pytest

from storylens.prepare import story_part
from storylens.prepare._topic import glued_headline

from .test_off_topic_body import OFF_TOPIC

# (language, headline, another page's body glued to it): the bodies of the line rule's cases (test_off_topic_body)
# where they are the same kind, and two more
GLUED = [
    OFF_TOPIC[0],
    ("en", "High speed chase ends in crash on freeway, two arrested",
     ("The 3 Best Bakeries In Los Angeles Got a sweet tooth? We crunched the numbers to find the top bakeries "
      "in Los Angeles! The 5 Best Day Spas In Long Beach Looking for a day of pampering? We found the top day "
      "spas in Long Beach! Looking To Adopt A Pet? Here Are 6 Perfect Puppies To Adopt Now In Los Angeles "
      "Interested in adopting a pet or just looking at some adorable pups near you up for adoption?")),
    *OFF_TOPIC[2:5],
    ("ru", "Наводнение в Краснодаре: эвакуированы сотни жителей",
     ("Подскажите, пожалуйста, как правильно ухаживать за орхидеей зимой? Купила её месяц назад, стояла на "
      "подоконнике, а теперь листья желтеют и опадают. Поливаю раз в неделю тёплой водой, опрыскиваю через "
      "день. Может, ей холодно у окна или не хватает света? Соседка советует пересадить в новый грунт, но я "
      "боюсь сделать хуже. Буду благодарна за любой совет.")),
]


def _ids(rows: list) -> list[str]:
    return [f"{r[0]}-{k}" for k, r in enumerate(rows)]


@pytest.mark.parametrize(("lang", "headline", "body"), GLUED, ids=_ids(GLUED))
def test_a_headline_glued_to_another_page_is_found(lang: str, headline: str, body: str) -> None:
    assert glued_headline(f"{headline} {body}") == headline


@pytest.mark.parametrize(("lang", "headline", "body"), GLUED[:2], ids=_ids(GLUED[:2]))
def test_the_glued_reader_leaves_the_junk_and_topic_rules_alone(lang: str, headline: str, body: str) -> None:
    # story_part (the stream's keys, the near-duplicate link) does not read a glued headline: only a judge that
    # confirms it with the sentence encoder does (storylens.similarity.glued_parts)
    assert story_part(f"{headline} {body}") is None
    # a headline line is the line rule's (off_topic_part), not the glued reader's
    assert glued_headline(f"{headline}\n{body}") is None


# Reports glued to their headline whose body repeats its words: never a candidate.
REPORTS = [
    ("de", "Mindestens 16 Tote bei Kämpfen in mexikanischem Gefängnis",
     ("Bei einer Massenschlägerei in einem der mexikanischen Gefängnisse sind kurz vor dem Jahreswechsel "
      "sechzehn Menschen ums Leben gekommen. Fünf weitere wurden verletzt, wie die örtlichen Behörden am "
      "Mittwoch mitteilten. Die Sicherheitskräfte stellten mehrere Waffen sicher. In den Haftanstalten des "
      "Landes kommt es immer wieder zu blutigen Revolten.")),
    ("en", "Bridge closed after barge strikes pier on the Ohio River",
     ("A barge loaded with coal struck a pier of the Sherman Minton Bridge early on Tuesday, and the state "
      "transportation department closed the crossing to all traffic while engineers inspect the damage. "
      "Nobody was hurt, the Coast Guard said. Commuters were told to expect delays of up to an hour on the "
      "detour through downtown until the inspection is finished.")),
    ("es", "En una cárcel de México un partido de fútbol terminó con 16 muertos",
     ("El juego lo disputaban dos equipos de reclusos en el penal de Cieneguillas, en Zacatecas, cuando "
      "estalló una riña. Las autoridades del estado informaron que en la cárcel murieron 16 internos y otros "
      "cinco resultaron heridos. La Guardia Nacional tomó el control del penal y se decomisaron armas de "
      "fuego. El gobierno de México abrió una investigación sobre cómo entraron las armas.")),
]


@pytest.mark.parametrize(("lang", "headline", "body"), REPORTS, ids=_ids(REPORTS))
def test_a_report_glued_to_its_headline_is_no_candidate(lang: str, headline: str, body: str) -> None:
    assert glued_headline(f"{headline} {body}") is None


def test_an_opening_that_runs_on_from_a_function_word_is_no_headline() -> None:
    # the capitalised words after four content words follow "the", "of", "in": a headline does not end in a function
    # word, so none of them begins a glued body
    text = ("Storm damage closes schools across the Valley of Fire in Nevada as forecasters warn of more rain " +
            GLUED[1][2].lower())
    assert glued_headline(text) is None


def test_a_script_without_capitals_is_left_alone() -> None:
    # Chinese writes no capitals: nothing marks where a glued body begins
    text = "上海地铁新线路今日开通运营 Apple 在他的新书中，作者探讨了文化、大脑和地球中自上而下和自下而上的力量。" * 3
    assert glued_headline(text) is None
