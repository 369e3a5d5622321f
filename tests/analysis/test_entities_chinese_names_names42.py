"""Chinese names of their own across scripts (trial53 F4: 王建国 / Ван Цзяньго, 李敏 / Ли Минь, 上海市 / Шанхая were
five single-variant entities): every syllable read in pinyin (Latin) or in the Palladius system (Cyrillic), case
forms aside; a court role before a Chinese name reads it; a Cyrillic surname that is also a particle ("Ли") stays
part of the name. Two people of one surname never join."""

import pytest

from storylens.analysis.entities import EntityExtractor
from storylens.analysis.entities._rules import _rule_mentions
from storylens.text._hanzi import chinese_name_match, chinese_place_match, palladius

from ._docs import doc_of


def _entities(docs: list[tuple[str, list[str]]]):
    return EntityExtractor().extract([doc_of(f"d{i + 1}", s, lang) for i, (lang, s) in enumerate(docs)])


def _joined(entities, a: str, b: str) -> bool:
    return any(a in e.variants and b in e.variants for e in entities)


ZH_COURT = ["上海市高级人民法院2日对一起受贿案作出二审判决，驳回上诉人王建国的上诉，维持原判。",
            "法院发言人李敏表示：“本案事实清楚，证据确实充分。”"]
RU_COURT = ["Высший народный суд Шанхая в среду отклонил апелляцию Ван Цзяньго, бывшего заместителя директора.",
            "\"Факты по делу ясны\", - заявила представитель суда Ли Минь."]
EN_COURT = ["The Shanghai High People's Court rejected the appeal of Wang Jianguo, a former deputy director.",
            "\"The facts are clear,\" court spokeswoman Li Min said."]


@pytest.mark.parametrize("other", [RU_COURT, EN_COURT])
def test_trial53_court_names_linked(other) -> None:
    entities = _entities([("zh", ZH_COURT), ("ru" if "Ван" in other[0] else "en", other)])
    wang, li = ("Ван Цзяньго", "Ли Минь") if "Ван" in other[0] else ("Wang Jianguo", "Li Min")
    assert _joined(entities, "王建国", wang), [e.variants for e in entities]
    assert _joined(entities, "李敏", li), [e.variants for e in entities]
    if "Ван" in other[0]:
        assert _joined(entities, "上海市", "Шанхая"), [e.variants for e in entities]
        assert not any(e.variants == ("Минь",) for e in entities)  # no stray given name


@pytest.mark.parametrize(("other", "han"), [
    ("Ван Цзяньго", "王建国"), ("Ли Минь", "李敏"), ("Си Цзиньпина", "习近平"), ("Чжоу Эньлай", "周恩来"),
    ("Лю Хуэй", "刘辉"), ("Цзэн Гофань", "曾国藩"), ("Оуян Нана", "欧阳娜娜"), ("Чжан Сань", "张三"),
    ("Wang Jianguo", "王建国"), ("Jianguo Wang", "王建国"), ("Xi Jinping", "习近平"), ("Zeng Guofan", "曾国藩"),
    ("Ouyang Nana", "欧阳娜娜"), ("Li Min", "李敏"),
])
def test_readings_fit(other: str, han: str) -> None:
    assert chinese_name_match(other, han)


@pytest.mark.parametrize(("other", "han"), [
    ("Ван Лэй", "王建国"), ("Wang Lei", "王建国"), ("Ли Мин", "李敏"), ("Kim Min", "金敏"), ("Ли", "李敏"),
    ("Wang", "王建国"), ("Li Min Ho", "李敏"), ("Lim In", "李敏"), ("Ван Цзяньго", "王建"),
])
def test_other_people_do_not_fit(other: str, han: str) -> None:
    assert chinese_name_match(other, han) is None


def test_two_people_of_one_surname_stay_apart() -> None:
    entities = _entities([("zh", ["发言人王丽表示，王建国已提出上诉。"]),
                          ("ru", ["Как заявила представитель суда Ван Ли, Ван Цзяньго подал апелляцию."])])
    assert not _joined(entities, "王丽", "Ван Цзяньго")
    assert not _joined(entities, "王建国", "Ван Ли")


def test_places_by_palladius() -> None:
    assert palladius(["shang", "hai"]) == ("шанхай",)
    assert chinese_place_match("Шанхая", "上海") and chinese_place_match("Гуанчжоу", "广州")
    assert chinese_place_match("Ухане", "武汉")
    assert chinese_place_match("Шанхай", "北京") is None


@pytest.mark.parametrize(("text", "name"), [
    ("Как сообщил Не Вэй, суд отклонил жалобу.", "Не Вэй"),
    ("\"Факты ясны\", - заявила представитель суда Ли Минь.", "Ли Минь"),
    ("Об этом сообщил министр Ли Чжаосин.", "Ли Чжаосин"),
])
def test_cyrillic_particle_surnames(text: str, name: str) -> None:
    assert name in [f for f, _, _ in _rule_mentions(text, "ru")]


def test_particles_stay_words() -> None:
    forms = [f for f, _, _ in _rule_mentions("Знает ли Путин об этом? Не Путин ли это сказал?", "ru")]
    assert not any(f.startswith(("ли ", "Ли ", "Не ")) for f in forms), forms
