"""Header lines at a page's top whatever their order or their split over lines (final35 F1a-F1f).

F1a: "Dec. 11, 2026 | By Sarah Quinlan | Harbor Ledger" gave two authors and no outlet: a bar parts a
header's fields, so one name after the authors' part is the outlet. F1b-F1d: a reporter's byline line
("山田太郎記者", "김민수 기자", "해안일보 김민수 기자") alone or beside an outlet/date line was not read and became
a claim and a timeline row; an outlet alone on the line above "date + byline" too. F1e/F1f: "Jižní deník, 10.
prosince 2026" and "El Heraldo del Sur, 10 de diciembre de 2026" (outlet and date, no author) were a claim
and a dateline (outlet lost): the outlet words are data (storylens/data/outlets.json)."""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text

LEAD = {
    "en": "A container crane collapsed at the port of Velmar on Wednesday, killing four dock workers, officials said.",
    "de": "Ein Containerkran ist am Mittwoch im Hafen von Velmar eingestürzt, vier Hafenarbeiter starben.",
    "fr": "Une grue s'est effondrée mercredi dans le port de Velmar, tuant quatre dockers, selon les autorités.",
    "es": "Un hombre armado mató a 12 personas el martes en un mercado de la ciudad de Dravenk, según la policía.",
    "pt": "Um homem armado matou 12 pessoas na terça-feira num mercado da cidade de Dravenk, segundo a polícia.",
    "cs": "Ozbrojený muž v úterý zabil na tržišti ve městě Dravenk 12 lidí, uvedla policie.",
    "sk": "Ozbrojený muž v utorok zabil na trhovisku v meste Dravenk 12 ľudí, uviedla polícia.",
    "nl": "Een gewapende man heeft dinsdag op een markt in Dravenk twaalf mensen gedood, meldt de politie.",
    "ja": "ヴェルマール港で9日午後7時40分ごろ、コンテナ用の大型クレーンが倒壊し、港湾作業員4人が死亡した。",
    "ko": "벨마르항에서 9일 오후 7시 40분께 대형 컨테이너 크레인이 무너져 항만 노동자 4명이 숨졌다.",
    "zh": "9日晚7时40分左右，韦尔马尔港一台大型集装箱起重机倒塌，造成4名码头工人死亡。",
}
HEADLINE = {"en": "Crane collapse at Velmar port", "de": "Kraneinsturz im Hafen von Velmar",
            "fr": "Effondrement d'une grue à Velmar", "es": "Ataque en un mercado de Dravenk",
            "pt": "Ataque num mercado de Dravenk", "cs": "Střelec v Dravenku zabil dvanáct lidí",
            "sk": "Strelec v Dravenku zabil dvanásť ľudí", "nl": "Schietpartij op markt in Dravenk",
            "ja": "ヴェルマール港でクレーン倒壊", "ko": "벨마르항 크레인 붕괴", "zh": "韦尔马尔港起重机倒塌"}

# (language, header lines under the headline, outlet, date, authors)
CASES = [
    # F1a: date | author | outlet, the outlet with a person's shape; the kind in other languages and orders
    ("en", ["Dec. 11, 2026 | By Sarah Quinlan | Harbor Ledger"], "Harbor Ledger", "2026-12-11", ("Sarah Quinlan",)),
    ("en", ["December 11, 2026 | By Tom Reed | Valley Beacon"], "Valley Beacon", "2026-12-11", ("Tom Reed",)),
    ("de", ["11.12.2026 | Von Hans Müller | Küstenbote Lindau"], "Küstenbote Lindau", "2026-12-11", ("Hans Müller",)),
    ("fr", ["11 décembre 2026 | Par Claire Morel | Le Phare"], "Le Phare", "2026-12-11", ("Claire Morel",)),
    ("en", ["By Tom Reed | Valley Beacon"], "Valley Beacon", None, ("Tom Reed",)),
    # F1b: the outlet alone, then the date and the reporter
    ("ja", ["海峡新聞", "2026年12月11日\u3000山田太郎記者"], "海峡新聞", "2026-12-11", ("山田太郎",)),
    ("ko", ["해안일보", "2026년 12월 11일 김민수 기자"], "해안일보", "2026-12-11", ("김민수",)),
    # F1c: outlet and date, then the reporter's line
    ("ja", ["2026年12月11日\u3000海峡新聞", "山田太郎記者"], "海峡新聞", "2026-12-11", ("山田太郎",)),
    ("ko", ["해안일보 2026년 12월 11일", "박지훈 특파원"], "해안일보", "2026-12-11", ("박지훈",)),
    ("zh", ["东方日报 2026年12月11日", "记者 王伟"], "东方日报", "2026-12-11", ("王伟",)),
    # F1d: the reporter's line first, or beside the outlet with no date
    ("ko", ["김민수 기자", "해안일보 2026년 12월 11일"], "해안일보", "2026-12-11", ("김민수",)),
    ("ja", ["鈴木花子記者", "海峡新聞\u30002026年12月11日"], "海峡新聞", "2026-12-11", ("鈴木花子",)),
    ("ko", ["해안일보 김민수 기자"], "해안일보", None, ("김민수",)),
    ("ja", ["海峡新聞\u3000山田太郎記者"], "海峡新聞", None, ("山田太郎",)),
    ("ko", ["김민수 기자"], None, None, ("김민수",)),
    # F1e/F1f: outlet, date and no author, the outlet named by a word of the data
    ("cs", ["Jižní deník, 10. prosince 2026"], "Jižní deník", "2026-12-10", ()),
    ("cs", ["Horské noviny, 10. 12. 2026"], "Horské noviny", "2026-12-10", ()),
    ("sk", ["Východný denník, 10. 12. 2026"], "Východný denník", "2026-12-10", ()),
    ("es", ["El Heraldo del Sur, 10 de diciembre de 2026"], "El Heraldo del Sur", "2026-12-10", ()),
    ("pt", ["Jornal do Porto, 10 de dezembro de 2026"], "Jornal do Porto", "2026-12-10", ()),
    ("nl", ["Noord Nieuwsblad, 10 december 2026"], "Noord Nieuwsblad", "2026-12-10", ()),
]


@pytest.mark.parametrize(("lang", "header", "outlet", "date", "authors"), CASES)
def test_header_lines_under_the_headline_are_read(lang, header, outlet, date, authors):
    text = "\n".join([HEADLINE[lang], *header, "", LEAD[lang], "", LEAD[lang]])
    out = clean_text(text)
    assert (out.outlet, out.published, out.authors) == (outlet, date, authors)
    assert out.title == HEADLINE[lang]
    for line in header:
        assert line not in out.text
    assert out.place is None


@pytest.mark.parametrize(("lang", "header", "outlet", "date", "authors"),
                         [c for c in CASES if len(c[1]) == 2 or c[0] in ("cs", "sk", "es", "pt")])
def test_header_lines_at_the_top_without_a_headline_are_read(lang, header, outlet, date, authors):
    out = clean_text("\n".join([*header, "", LEAD[lang], "", LEAD[lang]]))
    assert (out.outlet, out.published, out.authors) == (outlet, date, authors)
    assert out.text.startswith(LEAD[lang])


@pytest.mark.parametrize(("lang", "line"), [
    ("ja", "海峡新聞"),  # an outlet's name alone, no other header line beside it: kept (a section, a subhead)
    ("es", "La Paz, 10 de diciembre de 2026"),  # a place and a date: the dateline's
    ("ko", "김민수 기자가 현장을 찾았다"),  # a sentence about a reporter
])
def test_lines_that_are_no_header_stay_so(lang, line):
    out = clean_text("\n".join([HEADLINE[lang], line, "", LEAD[lang]]))
    assert not out.authors
    assert out.outlet is None


def test_a_marker_line_below_the_text_is_no_header():
    """Only the page's top holds a header: a reporter's line after the lead paragraph stays where it is."""
    out = clean_text("\n".join([HEADLINE["ko"], "", LEAD["ko"], "김민수 기자", "", LEAD["ko"]]))
    assert out.authors == ()


def test_a_list_of_names_after_a_bar_is_no_outlet():
    """A bar's last part is the outlet only when it is one name: 'Tom Reed and Ana Ruiz' are authors."""
    out = clean_text("\n".join([HEADLINE["en"], "By Jane Holloway | Tom Reed and Ana Ruiz", "", LEAD["en"]]))
    assert out.outlet is None
