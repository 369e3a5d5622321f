"""trial20 #12 quote speakers (spk20): a transliterated Chinese name whose first sound character the data
lacked (露西娅·蒙塔内尔 cut to 西娅·蒙塔内尔, 安德烈斯 to 安德), a credit line "-Governor X" on the line after the
quotation, a quotation alone in its paragraph after a one-line narrative paragraph about a person (the German
„…" after "Die Notenbankchefin Lucía Montaner hat …"), a firm joined by "&" (never its last word alone), and an
apposition of empty chunks only (a dev text raised IndexError)."""

import pytest

from storylens.analysis.entities import EntityExtractor

from ._docs import doc_of, speakers_of


@pytest.mark.parametrize("text, want", [
    ("央行行长露西娅·蒙塔内尔说：“我们将采取一切必要措施捍卫比索，使通胀回到目标水平。”", "露西娅·蒙塔内尔"),
    ("财政部长露易丝·米勒说：“这一决定完全由中央银行作出。”", "露易丝·米勒"),
    ("气象学家芙蕾雅·约翰森说：“降雨还将持续两天。”", "芙蕾雅·约翰森"),
    ("市长薇拉·科瓦奇说：“所有学校明天停课。”", "薇拉·科瓦奇"),
])
def test_chinese_transliterated_name_whole(text: str, want: str) -> None:
    assert speakers_of(text, "zh") == [want]


def test_chinese_name_with_lie_linked_whole() -> None:
    entities = EntityExtractor().extract([
        doc_of("d1", ["财政部长安德烈斯·索拉诺表示，这一决定完全由中央银行作出。"], "zh"),
        doc_of("d2", ["Finance Minister Andrés Solano said the decision belongs to the central bank."], "en")])
    assert any({"安德烈斯·索拉诺", "Andrés Solano"} <= set(e.variants) for e in entities), [e.variants for e in entities]
    assert not any("安德" in e.variants for e in entities)


@pytest.mark.parametrize("text, want", [
    (('The central bank raised its rate.\n"We will do whatever is necessary to defend the peso and bring inflation '
     'back to target."\n-Governor Lucía Montaner\nInflation rose.'), "Lucía Montaner"),
    (('The council met on Monday.\n\n"The bridge will reopen to cars next week, and buses will follow."\n\n'
     '— Mayor Tom Reed\n\nTraffic was light.'), "Tom Reed"),
    ('The storm passed overnight.\n"Every road in the county is open again."\n—Sheriff Dana Whitfield\n', "Dana Whitfield"),
])
def test_credit_line_after_the_quotation(text: str, want: str) -> None:
    assert speakers_of(text, "en") == [want]


def test_a_dash_line_that_names_nobody_is_no_credit() -> None:
    text = 'The polls closed at eight.\n"We will wait for every vote to be counted before we say anything."\n- 30 percent counted\n'
    assert speakers_of(text, "en") == [None]


@pytest.mark.parametrize("text, lang, want", [
    (("SAN EVARISTO. Die Notenbankchefin Lucía Montaner hat den Leitzins auf 5,5 Prozent angehoben.\n"
     "„Wir werden alles Notwendige tun, um den Peso zu verteidigen.\"\nDer Peso fiel auf 38,5 je Dollar."),
     "de", "Lucía Montaner"),
    (("Governor Alicia Moreno toured the flooded district on Tuesday.\n\n"
     "“No family will be left behind.”\n\nThe river fell overnight."), "en", "Alicia Moreno"),
    (("La ministre Claire Dubois a visité l'hôpital mardi.\n« Nous tiendrons nos promesses. »\nLes syndicats restent "
     "sceptiques."), "fr", "Claire Dubois"),
])
def test_quotation_paragraph_after_a_narrative_line(text: str, lang: str, want: str) -> None:
    assert speakers_of(text, lang) == [want]


@pytest.mark.parametrize("text, lang", [
    # the line before names no person, or the quotation is not a paragraph of its own
    ("The river rose by two metres on Tuesday.\n\n“No family will be left behind.”\n\nThe water fell.", "en"),
    (("Governor Alicia Moreno toured the district.\n\n“No family will be left behind.” The words were painted on "
     "a wall by residents."), "en"),
])
def test_no_narrative_speaker_across_paragraphs(text: str, lang: str) -> None:
    assert speakers_of(text, lang)[0] is None


@pytest.mark.parametrize("text, wrong", [
    ("The peso fell. Analysts at Müller & Söhne called it “a shock”.", "Söhne"),
    ("The peso fell. Economists at Ernst & Young said the move was “a shock to the system”.", "Young"),
])
def test_a_firm_joined_by_ampersand_is_never_cut(text: str, wrong: str) -> None:
    assert wrong not in speakers_of(text, "en")


def test_empty_apposition_chunks_do_not_crash() -> None:
    text = ("Notitarde.– En cárcel de Zacatecas un partido “amistoso” de futbol terminó con 16 muertos. Al menos 16 "
            "muertos y cinco heridos dejó una riña en un penal del estado de Zacatecas en México, informó la "
            "Secretaría de Seguridad Pública de ese país.")
    assert speakers_of(text, "es") == [None, None]
