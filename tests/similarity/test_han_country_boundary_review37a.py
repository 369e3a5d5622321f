"""review37a M1: the Han "name piece" rule took a country before a region spelled by sound for a piece of
that name ("美国德克萨斯州" lost the US, "泰国普吉岛" Thailand): a sound run counts only where the name's own
edge character is a sound character (国 is none), and a country before a run is a boundary, unless the run
goes on into a name's middle dot (a person's name: "马里奥·德拉吉" is Mario Draghi, not Mali)."""

import pytest

from storylens.similarity import Gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def _labels(g: Gazetteer, text: str) -> set[str]:
    return {g.labels.get(p, p) for p in g.find(text, strict=True)}


@pytest.mark.parametrize(("text", "country"), [
    ("美国德克萨斯州枪击案。", "US"), ("美国加利福尼亚州山火。", "US"), ("泰国普吉岛游客。", "TH"),
    ("智利阿塔卡马沙漠发现化石。", "CL"), ("秘鲁阿雷基帕发生地震。", "PE"),
])
def test_a_country_before_a_region_spelled_by_sound_stays(gazetteer: Gazetteer, text: str, country: str) -> None:
    assert country in gazetteer.find(text, strict=True)


@pytest.mark.parametrize(("text", "piece"), [
    ("塞特卡利现年54岁。", "Cali"), ("美国佛罗里达州遭飓风袭击。", "Dazhou"), ("阿拉木图发生地震。", "Arrah"),
    ("马里奥·德拉吉表示支持。", "Mali"),
])
def test_pieces_of_names_spelled_by_sound_stay_out(gazetteer: Gazetteer, text: str, piece: str) -> None:
    assert piece not in _labels(gazetteer, text)
