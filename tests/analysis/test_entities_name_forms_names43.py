"""Forms of one person's name that entity_eval's dev sets missed (names43, read on the sets' misses): a given name
and its short form ("Liz Cheney" / "Elizabeth Cheney": text data "given_name_short_forms"), and a dotted Chinese
full name its text also writes without the dot or by its surname alone (加里·麦克拉伦 / 加里麦克拉伦 / 麦克拉伦先生)."""

import pytest

from storylens.analysis.entities import EntityExtractor
from storylens.text import short_given_name

from ._docs import doc_of


def _entities(docs):
    return EntityExtractor().extract([doc_of(f"d{i + 1}", s, lang) for i, (lang, s) in enumerate(docs)])


def _joined(entities, a: str, b: str) -> bool:
    return any(a in e.variants and b in e.variants for e in entities)


def test_a_short_given_name_is_the_full_one() -> None:
    entities = _entities([("en", ["Liz Cheney said she disagreed with her sister Mary Cheney.",
                                  "Dick Cheney did not comment."]),
                          ("en", ["Elizabeth Cheney, a candidate in Wyoming, spoke on Sunday."])])
    assert _joined(entities, "Liz Cheney", "Elizabeth Cheney"), [e.variants for e in entities]
    assert not _joined(entities, "Liz Cheney", "Mary Cheney") and not _joined(entities, "Elizabeth Cheney", "Dick Cheney")


def test_two_short_forms_of_two_people_stay_apart() -> None:
    entities = _entities([("en", ["Bob Smith and Bill Smith met Robert Jones on Monday."]),
                          ("en", ["William Smith said the plan was ready."])])
    assert _joined(entities, "Bill Smith", "William Smith"), [e.variants for e in entities]
    assert not _joined(entities, "Bob Smith", "William Smith")


@pytest.mark.parametrize(("short", "full", "same"), [
    ("Liz", "Elizabeth", True), ("Bob", "Robert", True), ("Dick", "Richard", True), ("bill", "WILLIAM", True),
    ("Liz", "Mary", False), ("Elizabeth", "Liz", False), ("Mary", "Mary", False),
])
def test_short_given_name(short, full, same):
    assert short_given_name(short, full) is same


def test_a_dotted_chinese_name_by_its_surname_before_an_honorific() -> None:
    zh = ["当地警方称，50岁的英国男子加里·麦克拉伦在访问芭堤雅时试图点燃烟花。",
          "“午夜时分，麦克拉伦先生试图点燃一个大型烟花，但它突然爆炸。”",
          "麦克拉伦的朋友们在现场哭泣。"]
    en = ["Gary McLaren, 50, died when a firework exploded in Pattaya.", "McLaren was killed instantly."]
    entities = _entities([("zh", zh), ("en", en)])
    for form in ("麦克拉伦", "Gary McLaren"):
        assert _joined(entities, "加里·麦克拉伦", form), (form, [e.variants for e in entities])
    # the bare surname without an honorific is no mention of its own (ent44: it made the story's one person
    # the only anchor of sentences stating different things)
    person = next(e for e in entities if "加里·麦克拉伦" in e.variants)
    assert "d1:s2" not in {m.sentence for m in person.mentions}
