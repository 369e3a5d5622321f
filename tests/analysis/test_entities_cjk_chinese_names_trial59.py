"""Chinese names across Chinese, Japanese and Korean reports (trial59 F10: a chemical-plant blast in 江苏省盐城市响水县
linked only 江苏省/江蘇省 and 中国/중국). Korean writes a Chinese person or place by the official transcription of
Mandarin (李国强 리궈창, 盐城市 옌청시: the suffix in Sino-Korean), Japanese in kanji (李国強); the extraction
errors of the trial are kinds: a conjunction glued to the next Chinese place ("和盐城市"), a title's prefix read into
a Japanese place ("李国強副市" of 副市長), a Korean name and its city before a title read as one person."""

import pytest

from storylens.analysis.entities import EntityExtractor
from storylens.analysis.entities._rules import _script_mentions
from storylens.analysis.entities._scripts import zh_admin_places
from storylens.text._hanzi import chinese_name_match, hangul_place_match, hangul_reading, pinyin_syllables

from ._docs import doc_of


# Spellings of the National Institute of Korean Language's table as Korean news prints them
@pytest.mark.parametrize(("han", "hangul"), [
    ("习近平", "시진핑"), ("李克强", "리커창"), ("毛泽东", "마오쩌둥"), ("邓小平", "덩샤오핑"), ("胡锦涛", "후진타오"),
    ("温家宝", "원자바오"), ("王毅", "왕이"), ("秦刚", "친강"), ("北京", "베이징"), ("上海", "상하이"), ("广州", "광저우"),
    ("天津", "톈진"), ("深圳", "선전"), ("武汉", "우한"), ("青岛", "칭다오"), ("哈尔滨", "하얼빈"), ("乌鲁木齐", "우루무치"),
    ("四川", "쓰촨"), ("湖北", "후베이"), ("贵州", "구이저우"), ("黑龙江", "헤이룽장"), ("内蒙古", "네이멍구"),
    ("辽宁", "랴오닝"), ("福建", "푸젠"), ("浙江", "저장"), ("台湾", "타이완"), ("新疆", "신장"), ("九寨沟", "주자이거우"),
])
def test_korean_transcription_of_mandarin(han: str, hangul: str) -> None:
    assert hangul in hangul_reading(pinyin_syllables(han))


@pytest.mark.parametrize(("hangul", "han"), [("리궈창", "李国强"), ("왕리", "王丽"), ("시진핑", "习近平"), ("류웨이", "刘伟")])
def test_a_korean_spelling_reads_the_chinese_name(hangul: str, han: str) -> None:
    assert chinese_name_match(hangul, han)


@pytest.mark.parametrize(("hangul", "han"), [("리커창", "李国强"), ("왕레이", "王丽"), ("리", "李国强"), ("이국강", "李国强")])
def test_another_korean_name_does_not_fit(hangul: str, han: str) -> None:
    # 이국강 is the Sino-Korean reading (Korean names read so), not how Korean news writes a Chinese name
    assert chinese_name_match(hangul, han) is None


@pytest.mark.parametrize(("word", "han"), [
    ("옌청시", "盐城市"), ("옌청", "盐城市"), ("샹수이현", "响水县"), ("장쑤성", "江苏省"), ("우한시", "武汉市"),
    ("후베이성", "湖北省"), ("네이멍구자치구", "内蒙古自治区"),
])
def test_a_korean_place_reads_the_chinese_place(word: str, han: str) -> None:
    assert hangul_place_match(word, han)


@pytest.mark.parametrize(("word", "han"), [("난징시", "盐城市"), ("장쑤", "江西省"), ("옌청구", "盐城市"), ("시", "盐城市")])
def test_another_korean_place_does_not_fit(word: str, han: str) -> None:
    assert hangul_place_match(word, han) is None


@pytest.mark.parametrize(("text", "places"), [
    ("事故发生后，江苏省和盐城市立即启动应急响应。", ["江苏省", "盐城市"]),
    ("伤者被送往湖北省与武汉市的医院。", ["湖北省", "武汉市"]),
    ("广东省和平县发生洪水。", ["广东省", "和平县"]),  # 和平县 (Heping County) starts with 和 itself
    ("江苏省盐城市响水县", ["江苏省", "盐城市", "响水县"]),
])
def test_a_conjunction_is_not_read_into_the_next_place(text: str, places: list[str]) -> None:
    assert zh_admin_places(text) == places


@pytest.mark.parametrize(("text", "person"), [
    ("記者会見で李国強副市長は「事故の原因は調査中だ」と述べました。", "李国強"),
    ("武漢市の王海涛副市長は「全力で救助する」と話しました。", "王海涛"),
    ("前市長の劉建軍氏が出席した。", "劉建軍"),
])
def test_a_japanese_title_prefix_is_no_place(text: str, person: str) -> None:
    found = _script_mentions(text, "ja")
    assert (person, "PERSON", "script", None) in found
    assert not any(t == "PLACE" and f.endswith("副市") for f, t, *_ in found)


def test_a_japanese_mayor_still_names_his_city() -> None:
    assert ("輪島市", "PLACE", "script", None) in _script_mentions("輪島市長は会見で述べた。", "ja")


ZH = ["湖北省武汉市江夏区一座仓库3日凌晨发生火灾，造成4人死亡。",
      "武汉市副市长王海涛在现场表示：“我们将全力救治伤员。”"]
JA = ["中国湖北省武漢市の倉庫で3日未明に火災があり、4人が死亡しました。",
      "武漢市の王海涛副市長は「全力で負傷者を救う」と述べました。"]
KO = ["중국 후베이성 우한시의 한 창고에서 3일 새벽 화재가 발생해 4명이 숨졌다.",
      "왕하이타오 우한시 부시장은 \"부상자 치료에 총력을 기울이겠다\"고 말했다."]


def _joined(entities, *forms: str) -> bool:
    return any(all(f in e.variants for f in forms) for e in entities)


def test_one_fire_in_three_scripts_links_its_names() -> None:
    entities = EntityExtractor().extract([doc_of("d1", ZH, "zh"), doc_of("d2", JA, "ja"), doc_of("d3", KO, "ko")])
    variants = [e.variants for e in entities]
    assert _joined(entities, "王海涛", "왕하이타오"), variants
    assert _joined(entities, "武汉市", "우한시"), variants
    assert _joined(entities, "湖北省", "후베이성"), variants
    # the name and the city before the title are two names, not one person
    assert not any(any(" " in v and "우한시" in v for v in e.variants) for e in entities), variants


def test_a_korean_report_alone_reads_no_chinese_name_by_guess() -> None:
    # with no report naming them in Chinese characters, nothing tells 왕하이타오 is a Chinese name
    entities = EntityExtractor().extract([doc_of("d1", KO, "ko"), doc_of("d2", ["A warehouse fire killed four."], "en")])
    assert not any("왕하이타오" in e.variants and e.type == "PLACE" for e in entities)


EN = ["A warehouse fire in Wuhan, in China's Hubei province, killed four people early on Thursday.",
      "Deputy mayor Wang Haitao said the city would do everything to save the injured."]


def test_an_english_report_beside_them_keeps_the_korean_places_linked() -> None:
    # try46 F1: with a Latin spelling to link, the Korean one was never read (광저우시 apart from 广州市 / Guangzhou)
    entities = EntityExtractor().extract([doc_of("d1", ZH, "zh"), doc_of("d2", KO, "ko"), doc_of("d3", EN, "en")])
    variants = [e.variants for e in entities]
    assert _joined(entities, "武汉市", "우한시"), variants
    assert _joined(entities, "湖北省", "후베이성"), variants
