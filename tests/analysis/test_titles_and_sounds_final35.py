"""final35 #4 (spk20): a Korean office title glued to its office ("엘레나 페트레스쿠 항만청장은", "검사관") and a
German compound job title ("Kranprüfer Jürgen Wächter") stay out of the speaker; a Hangul name beside a -관 title
is a person; Latin names are linked to Katakana and Hangul ones spelled as German or Swedish is said (Jürgen
Wächter / ユルゲン・ヴェヒター / 위르겐 베히터, Tomas Hallberg / トーマス・ハルベリ / 토마스 할베리)."""

import pytest

from storylens.analysis.entities import EntityExtractor
from storylens.text import sound_match

from ._docs import doc_of, speakers_of


@pytest.mark.parametrize("text, want", [
    # the final35 sentences
    ('엘레나 페트레스쿠 항만청장은 "구조 작업은 밤새 계속될 것"이라고 말했다.', "엘레나 페트레스쿠"),
    ('베히터 검사관은 "보고서에 적었지만 아무도 답하지 않았다"고 말했다.', "베히터"),
    # the same kinds with other names and titles
    ('마르코 벨리니 경찰청장은 "수색은 내일도 계속된다"고 말했다.', "마르코 벨리니"),
    ('안나 로시 소방서장은 "불길은 잡혔다"고 밝혔다.', "안나 로시"),
    ('카린 모저 보건부장관은 "병원은 준비돼 있다"고 말했다.', "카린 모저"),
    ('토비아스 렌츠 조사관은 "원인을 조사하고 있다"고 말했다.', "토비아스 렌츠"),
    ('렌츠 수사관은 "증거가 충분하다"고 말했다.', "렌츠"),
])
def test_korean_office_title_is_no_part_of_the_name(text: str, want: str) -> None:
    assert speakers_of(text, "ko") == [want]


@pytest.mark.parametrize("text, want", [
    # a name's own honorific may be glued to it: only that goes
    ('안나 켈러씨는 "물이 순식간에 집 안으로 들어왔다"고 말했다.', "안나 켈러"),
    ('김영희씨는 "물이 순식간에 집 안으로 들어왔다"고 말했다.', "김영희"),
    ('미라 코스텔라츠 민방위청장은 "대피는 끝났다"고 말했다.', "미라 코스텔라츠"),
])
def test_korean_glued_honorific_keeps_the_name(text: str, want: str) -> None:
    assert speakers_of(text, "ko") == [want]


@pytest.mark.parametrize("text, want", [
    (("Der Kranprüfer Jürgen Wächter sagte den Ermittlern, er habe Rost gemeldet.\n\n"
      "„Ich habe es in den Bericht geschrieben, und niemand hat geantwortet“, sagte Wächter."), "Jürgen Wächter"),
    ("Der Polizeiermittler Max Becker sprach mit Zeugen.\n\n„Es gibt noch keine Spur“, sagte Becker.", "Max Becker"),
    ("„Die Lage ist ernst“, sagte Sicherheitsexperte Tom Berger.", "Tom Berger"),
    ("Schiffsinspektor Lars Holm sagte: „Das Schiff war überladen.“", "Lars Holm"),
    ("Der Gewerkschaftsvertreter Paul Wagner kritisierte den Betreiber.\n\n„Wir haben gewarnt“, sagte Wagner.",
     "Paul Wagner"),
    ("Der Kapitän Sven Olsen sagte: „Wir hatten keine Wahl.“", "Sven Olsen"),
])
def test_german_compound_job_title_is_no_part_of_the_name(text: str, want: str) -> None:
    assert speakers_of(text, "de")[-1] == want


@pytest.mark.parametrize("text, want", [
    # a role word as a surname stays the surname
    ("„Wir bleiben hier“, sagte Hans Richter.", "Hans Richter"),
    ("„Wir bleiben hier“, sagte Anna Leiter.", "Anna Leiter"),
])
def test_role_word_surname_stays(text: str, want: str) -> None:
    assert speakers_of(text, "de") == [want]


def _entities(docs: list[tuple[str, str]]):
    return EntityExtractor().extract([doc_of(f"d{i + 1}", [s], lang) for i, (lang, s) in enumerate(docs)])


@pytest.mark.parametrize("docs, one", [
    ([("en", "A crane inspector, Jürgen Wächter, told investigators he had flagged corrosion."),
      ("ja", "クレーン検査員のユルゲン・ヴェヒター氏は10日、捜査当局に語った。"),
      ("ko", "크레인 검사관 위르겐 베히터는 10일 수사관들에게 말했다.")],
     {"Jürgen Wächter", "ユルゲン・ヴェヒター", "위르겐 베히터"}),
    ([("en", "The union representative, Tomas Hallberg, said the crane had failed an inspection."),
      ("ja", "労働組合のトーマス・ハルベリ氏は「運営会社には2度警告した」と話した。"),
      ("ko", '노조 대표 토마스 할베리는 "운영사에 두 번이나 경고했다"고 밝혔다.')],
     {"Tomas Hallberg", "トーマス・ハルベリ", "토마스 할베리"}),
    ([("en", "Climate researcher Anna Lindberg presented the report."),
      ("ja", "気候研究者のアンナ・リンドベリ氏が報告書を発表した。")],
     {"Anna Lindberg", "アンナ・リンドベリ"}),
    ([("en", "Coach Joachim Löw named the squad."),
      ("ja", "ヨアヒム・レーヴ監督が代表メンバーを発表した。")],
     {"Joachim Löw", "ヨアヒム・レーヴ"}),
])
def test_latin_name_linked_to_katakana_and_hangul_by_sound(docs: list[tuple[str, str]], one: set[str]) -> None:
    entities = _entities(docs)
    assert any(one <= set(e.variants) and e.type == "PERSON" for e in entities), [e.variants for e in entities]


@pytest.mark.parametrize("latin, other, same", [
    ("Wolfgang Schäuble", "wolufugangu shoibure", True),  # ヴォルフガング・ショイブレ, read
    ("Erik Berg", "erikku beri", True),
    ("Tomas Hallberg", "tomasu harisu", False),  # another surname
    ("Jürgen Wächter", "yurugen bekka", False),  # ユルゲン・ベッカー (Becker)
    ("Anna Lindberg", "anna rindo", False),  # Lind
])
def test_german_and_swedish_readings(latin: str, other: str, same: bool) -> None:
    assert bool(sound_match(other, latin)) is same
