"""ent44: forms of one name that entity_eval's dev sets missed, as rules of their kind, checked on other inputs and
languages: a given name alone for the one person of the texts named in full with it ("her older sibling,
Elizabeth"; "RIP Gary"), an outlet's last word for the one listed outlet named before it ("The Times" after "The New
York Times"), a surname-first name's surname alone ("Liu" of "Liu Xiaoming", "Kim" of "Kim Jong Un")."""

from __future__ import annotations

import pytest

from ._docs import entities_of as _entities
from ._docs import joined as _joined
from ._docs import variants_of as _variants

# ----------------------------------------------------------------------------- a given name alone

@pytest.mark.parametrize(("lang", "sentences", "full", "given"), [
    ("en", ["Mary Cheney criticised her older sibling, Elizabeth Cheney, on Facebook.",
            "Mary wrote that Elizabeth was wrong on the issue."], "Elizabeth Cheney", "Elizabeth"),
    ("en", ["Gary McLaren, 50, from Corby, died on New Year's Eve.",
            "His partner wrote: \"RIP Gary, a good friend and brother.\""], "Gary McLaren", "Gary"),
    ("es", ["La joven Emma Roche desapareció el sábado en Dublín.",
            "La familia de Emma pidió ayuda a la policía."], "Emma Roche", "Emma"),
    ("fr", ["Le corps du randonneur Julien Moreau a été retrouvé lundi.",
            "Selon sa famille, Julien était parti seul."], "Julien Moreau", "Julien"),
])
def test_a_given_name_alone_is_the_one_person_named_with_it(lang, sentences, full, given) -> None:
    entities = _entities([(lang, sentences)])
    assert _joined(entities, full, given), _variants(entities)


def test_a_given_name_shared_by_two_people_joins_neither() -> None:
    entities = _entities([("en", ["Elizabeth Warren and Elizabeth Holmes spoke on Monday.",
                                  "Elizabeth said the bill would pass."])])
    assert not _joined(entities, "Elizabeth", "Elizabeth Warren") and not _joined(entities, "Elizabeth", "Elizabeth Holmes")


def test_a_given_name_joins_only_where_its_document_names_the_person() -> None:
    entities = _entities([("en", ["Senator Elizabeth Warren criticised the bill on Monday."]),
                          ("en", ["Elizabeth, a nurse from Ohio, said she would vote for it."])])
    assert not _joined(entities, "Elizabeth", "Elizabeth Warren"), _variants(entities)


def test_a_short_given_name_and_its_full_name() -> None:
    entities = _entities([("en", ["Liz Cheney said she disagreed with her sister Mary Cheney.",
                                  "Elizabeth Cheney is running for the Senate in Wyoming.",
                                  "Elizabeth did not answer questions."])])
    assert _joined(entities, "Liz Cheney", "Elizabeth Cheney") and _joined(entities, "Elizabeth", "Liz Cheney")
    assert not _joined(entities, "Mary Cheney", "Elizabeth")


# ----------------------------------------------------------------------------- an outlet's last word

@pytest.mark.parametrize(("sentences", "full", "short"), [
    (["Mary Cheney criticised her sister, The New York Times is reporting.",
      "The Times reports Liz Cheney first stated her position on Friday."], "New York Times", "Times"),
    (["The Washington Post first reported the meeting.",
      "According to the Post, the meeting lasted two hours."], "Washington Post", "Post"),
])
def test_an_outlets_last_word_after_its_full_name(sentences, full, short) -> None:
    entities = _entities([("en", sentences)])
    assert _joined(entities, full, short), _variants(entities)


def test_an_outlets_last_word_with_two_outlets_or_before_the_full_name_joins_none() -> None:
    two = _entities([("en", ["The New York Times and the Financial Times reported the deal.",
                             "The Times said the talks had failed."])])
    assert not _joined(two, "New York Times", "Times") and not _joined(two, "Financial Times", "Times")
    before = _entities([("en", ["The Times said the talks had failed.", "The New York Times reported the deal."])])
    assert not _joined(before, "New York Times", "Times"), _variants(before)


# ----------------------------------------------------------------------------- a surname-first surname alone

@pytest.mark.parametrize(("docs", "full", "short"), [
    ([("zh", ["中国驻英国大使刘小明表示，双方应加强合作。"]),
      ("en", ["China's ambassador to the UK Liu Xiaoming said both sides should cooperate.",
              "Liu said China was willing to keep working."])], "Liu Xiaoming", "Liu"),
    ([("en", ["North Korean leader Kim Jong Un inspected the launch on Friday.",
              "Kim watched the test from a tower."])], "Kim Jong Un", "Kim"),
    ([("it", ["Il presidente cinese Xi Jinping è arrivato lunedì a Parigi.",
              "Secondo il presidente Xi Jinping il commercio deve crescere, e Xi ha incontrato Macron."])],
     "Xi Jinping", "Xi"),
])
def test_a_surname_first_names_surname_alone(docs, full, short) -> None:
    entities = _entities(docs)
    assert _joined(entities, full, short), _variants(entities)


def test_a_surname_of_two_surname_first_names_joins_neither() -> None:
    entities = _entities([("en", ["Kim Jong Un and his sister Kim Yo Jong attended the parade.",
                                  "Kim waved to the crowd."])])
    assert not _joined(entities, "Kim Jong Un", "Kim") and not _joined(entities, "Kim Yo Jong", "Kim")
