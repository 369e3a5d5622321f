"""trial57 F17/F34: Chinese names in the common news frames (after a role noun, "副市长李国强在现场表示",
"负责人王海涛"; opening a sentence, "王建国在现场表示", "王海涛已被警方控制") were not read, so the pinyin and
Palladius links the README promises never happened; the Latin and the Cyrillic reading of one Chinese name
(Li Guoqiang, Ли Гоцян) stopped each other at the full-name guard. A Korean name before its body's name and
title ("박지훈 한국철도공사 사장은", Korea's usual order) was one PERSON with the body."""

from storylens.analysis.entities import EntityExtractor

from ._docs import doc_of


def _entities(docs: list[tuple[str, list[str]]]):
    return EntityExtractor().extract([doc_of(f"d{i + 1}", s, lang) for i, (lang, s) in enumerate(docs)])


def _joined(entities, *forms: str) -> bool:
    return any(all(f in e.variants for f in forms) for e in entities)


ZH = ["哈尔滨市副市长李国强在现场表示：“我们将全力救治伤员。”", "事故发生后，警方已控制该餐馆负责人王海涛。"]
EN = ["\"We will do everything to treat the injured,\" Vice Mayor Li Guoqiang said.",
      "Police detained the restaurant's manager, Wang Haitao."]
RU = ["\"Мы сделаем всё для спасения пострадавших\", - заявил вице-мэр Ли Гоцян.",
      "Полиция задержала управляющего рестораном Ван Хайтао."]


def test_titled_chinese_names_read_and_linked_in_three_scripts() -> None:
    entities = _entities([("zh", ZH), ("en", EN), ("ru", RU)])
    assert _joined(entities, "李国强", "Li Guoqiang", "Ли Гоцян"), [e.variants for e in entities]
    assert _joined(entities, "王海涛", "Wang Haitao", "Ван Хайтао"), [e.variants for e in entities]


def test_sentence_opening_chinese_names() -> None:
    zh = ["王建国在现场表示：“我们将全力救治伤员。”", "张海峰已被警方控制。"]
    en = ["Wang Jianguo said at the scene that the injured would be treated.", "Zhang Haifeng has been detained."]
    entities = _entities([("zh", zh), ("en", en)])
    assert _joined(entities, "王建国", "Wang Jianguo"), [e.variants for e in entities]
    assert _joined(entities, "张海峰", "Zhang Haifeng"), [e.variants for e in entities]


def test_sentence_opening_places_and_words_are_no_names() -> None:
    zh = ["张家口已启动应急响应。", "高温已持续一周。", "李敏已被警方控制。", "江苏省在全国率先出台新规。"]
    variants = {v for e in _entities([("zh", zh)]) for v in e.variants}
    assert not variants & {"张家口", "高温已", "李敏已", "江苏省在"}, variants


def test_two_chinese_people_of_one_surname_stay_apart() -> None:
    zh = ["市长王建国在会上表示将彻查。", "负责人王海涛已被控制。"]
    en = ["Mayor Wang Jianguo vowed an inquiry.", "Manager Wang Haitao was detained."]
    ru = ["Мэр Ван Цзяньго пообещал расследование.", "Управляющий Ван Хайтао задержан."]
    entities = _entities([("zh", zh), ("en", en), ("ru", ru)])
    assert not _joined(entities, "Wang Jianguo", "Wang Haitao")
    assert not _joined(entities, "Ван Цзяньго", "Ван Хайтао")
    assert _joined(entities, "王建国", "Wang Jianguo", "Ван Цзяньго"), [e.variants for e in entities]


def test_korean_name_before_its_body_and_title() -> None:
    ko = ["박지훈 한국철도공사 사장은 \"승객 여러분께 깊이 사과드린다\"고 말했다."]
    en = ["\"We deeply apologise to passengers,\" Korail president Park Ji-hoon said."]
    entities = _entities([("ko", ko), ("en", en)])
    assert _joined(entities, "박지훈", "Park Ji-hoon"), [e.variants for e in entities]
    assert not any("박지훈 한국철도공사" in e.variants for e in entities)
