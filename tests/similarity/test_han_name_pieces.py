"""A Han place name inside a longer transliterated name is no place of the text (trial 20 #8: "圣埃瓦里斯托",
San Evaristo, holds 瓦里, GeoNames' Han name of Warri, and a Russian–Chinese translation pair was judged
"different places: … vs Warri")."""

import pytest

from storylens.similarity import Gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def _labels(g: Gazetteer, text: str) -> set[str]:
    return {g.labels.get(p, p) for p in g.find(text, strict=True)}


@pytest.mark.parametrize("text, piece", [
    ("新华社圣埃瓦里斯托11月26日电　卡尔韦拉中央银行26日宣布加息。", "Warri"),   # a city's name: San Evaristo
    ("副市长丹尼斯·托马斯表示，将全力救援。", "Nice"),                           # a person's name: Dennis Thomas
    ("车队途经帕索罗布尔斯时遭遇暴雨。", "Surakarta"),                           # Paso Robles
])
def test_a_piece_of_a_transliterated_name_is_no_place(gazetteer: Gazetteer, text: str, piece: str) -> None:
    assert piece not in _labels(gazetteer, text)


@pytest.mark.parametrize("text, place", [
    ("峰会周一在巴黎举行。", "Paris"),
    ("华沙12月1日电 波兰政府宣布新措施。", "Warsaw"),
    ("抗议者周日聚集在莫斯科市中心。", "Moscow"),
])
def test_a_whole_han_place_name_stays(gazetteer: Gazetteer, text: str, place: str) -> None:
    assert place in _labels(gazetteer, text)


def test_the_non_strict_reading_is_unchanged(gazetteer: Gazetteer) -> None:
    # the model's place features read the non-strict set, as trained; only the place rule drops the piece
    assert "Warri" in {gazetteer.labels.get(p, p) for p in gazetteer.find("新华社圣埃瓦里斯托11月26日电")}
