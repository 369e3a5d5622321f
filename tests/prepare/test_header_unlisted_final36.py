"""Header lines at a page's top that no outlet word names (final36 F1a-F1d).

F1a-F1c: "Přístavní listy, 1. prosince 2026", "El Vigía Austral, 1 de diciembre de 2026" and "2026年12月1日　北洋
タイムス" above the headline were a claim and a timeline row, or a dateline whose outlet was lost: a short
capitalised name and a full date, nothing else on the line, at the page's top is the outlet and its date,
whatever the name. A dateline is a place then its date with the text running on; a place in capitals or one
word stays a dateline. F1d: "2026년 12월 1일" alone above "동해신문 이서연 기자" became the title and a claim: a
date alone beside a header line is the header's date."""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text

HEADLINE = {"cs": "Požár zničil obilní sklad v přístavu Tarnholm",
            "sk": "Požiar zničil sklad obilia v prístave Tarnholm",
            "es": "Un incendio destruye un almacén de grano en Tarnholm",
            "it": "Incendio distrugge un magazzino di grano a Tarnholm",
            "pl": "Pożar zniszczył magazyn zboża w porcie Tarnholm",
            "de": "Großbrand zerstört Getreidelager in Tarnholm",
            "en": "Fire destroys grain warehouse in Tarnholm",
            "ja": "タルンホルム港で倉庫火災", "ko": "타른홀름 곡물 창고 화재"}
LEAD = {"cs": "Požár v noci na úterý zničil obilní sklad v přístavu Tarnholm a zranil dva dělníky.",
        "sk": "Požiar v noci na utorok zničil sklad obilia v prístave Tarnholm a zranil dvoch robotníkov.",
        "es": "Un incendio destruyó la noche del lunes un almacén de grano en el puerto de Tarnholm.",
        "it": "Un incendio ha distrutto lunedì notte un magazzino di grano nel porto di Tarnholm.",
        "pl": "Pożar zniszczył w nocy z poniedziałku na wtorek magazyn zboża w porcie Tarnholm.",
        "de": "Ein Feuer hat in der Nacht zum Dienstag ein Getreidelager im Hafen von Tarnholm zerstört.",
        "en": "A fire destroyed a grain warehouse at the port of Tarnholm overnight, injuring two workers.",
        "ja": "タルンホルム港の穀物倉庫が11月30日夜に全焼し、作業員2人が負傷した。",
        "ko": "타른홀름 항구 곡물 창고에서 11월 30일 밤 불이 나 작업자 2명이 다쳤다."}

# (language, header lines above the headline, outlet, authors): all dated 2026-12-01
CASES = [
    # F1a-F1c and the kind in other languages: outlet and date, no outlet word in the name
    ("cs", ["Přístavní listy, 1. prosince 2026"], "Přístavní listy", ()),
    ("es", ["El Vigía Austral, 1 de diciembre de 2026"], "El Vigía Austral", ()),
    ("it", ["La Lanterna Ligure, 1 dicembre 2026"], "La Lanterna Ligure", ()),
    ("pl", ["Głos Zatoki, 1 grudnia 2026"], "Głos Zatoki", ()),
    ("de", ["Nordlicht Emden, 1. Dezember 2026"], "Nordlicht Emden", ()),
    ("en", ["Harbour Lantern, December 1, 2026"], "Harbour Lantern", ()),
    ("ja", ["山本一郎記者", "2026年12月1日　北洋タイムス"], "北洋タイムス", ("山本一郎",)),
    ("ja", ["2026年12月1日　南海ジャーナル"], "南海ジャーナル", ()),
    # F1d and the kind: a date alone next to a header line, either order
    ("ko", ["2026년 12월 1일", "동해신문 이서연 기자"], "동해신문", ("이서연",)),
    ("ko", ["동해신문 이서연 기자", "2026년 12월 1일"], "동해신문", ("이서연",)),
    ("ko", ["2026년 12월 1일", "이서연 기자"], None, ("이서연",)),
    ("ja", ["2026年12月1日", "北洋新聞　山本一郎記者"], "北洋新聞", ("山本一郎",)),
    ("ja", ["山本一郎記者", "2026年12月1日"], None, ("山本一郎",)),
]


@pytest.mark.parametrize(("lang", "header", "outlet", "authors"), CASES)
def test_header_without_outlet_word(lang: str, header: list[str], outlet: str | None, authors: tuple[str, ...]) -> None:
    text = "\n".join([*header, HEADLINE[lang], "", LEAD[lang], LEAD[lang]])
    cleaned = clean_text(text)
    assert cleaned.outlet == outlet
    assert cleaned.published == "2026-12-01"
    assert cleaned.authors == authors
    assert cleaned.title == HEADLINE[lang]
    assert not any(line in cleaned.text for line in header)
    assert {r.kind for r in cleaned.removed} == {"header"}


# A place then its date stays a dateline: one capitalised word, a place in capitals, a name before a CJK
# date, a dateline closed by its full stop or running on into the text, a person's name.
DATELINES = [
    ("de", "Berlin, 1. Dezember 2026"),
    ("en", "WASHINGTON, December 1, 2026"),
    ("en", "NEW YORK, December 1, 2026"),
    ("es", "San Sebastián, 1 de diciembre de 2026."),
    ("ja", "東京　2026年12月1日"),
]


@pytest.mark.parametrize(("lang", "line"), DATELINES)
def test_dateline_stays_a_dateline(lang: str, line: str) -> None:
    cleaned = clean_text("\n".join([line, HEADLINE[lang], "", LEAD[lang], LEAD[lang]]))
    assert cleaned.outlet is None


def test_dateline_running_on_keeps_its_place() -> None:
    cleaned = clean_text("Santa Cruz, 1 de diciembre de 2026. " + LEAD["es"] + "\n\n" + LEAD["es"])
    assert cleaned.outlet is None
    assert cleaned.place == "Santa Cruz"


def test_person_and_date_is_no_outlet() -> None:
    cleaned = clean_text("\n".join(["Jane Tan, December 1, 2026", HEADLINE["en"], "", LEAD["en"], LEAD["en"]]))
    assert cleaned.outlet != "Jane Tan"


def test_date_alone_above_headline_is_the_pages_date() -> None:
    # a full date alone over the headline is the page's date, the headline the title (newuser71 hdr3: "14 de marzo
    # de 2026", "14 марта 2026" were the title and the article undated; this test had pinned that "as before")
    text = "\n".join(["2026년 12월 1일", HEADLINE["ko"], "", LEAD["ko"], LEAD["ko"]])
    cleaned = clean_text(text)
    assert cleaned.published == "2026-12-01"
    assert cleaned.title == HEADLINE["ko"]
    assert "2026년 12월 1일" not in cleaned.text


def test_name_and_date_under_the_headline_stay_a_dateline() -> None:
    """Under the headline a name and a date open the lead: the dateline's place (hdr20's "La Paz" case)."""
    cleaned = clean_text("\n".join([HEADLINE["es"], "Villa Serena, 1 de diciembre de 2026", "", LEAD["es"], LEAD["es"]]))
    assert cleaned.outlet is None
