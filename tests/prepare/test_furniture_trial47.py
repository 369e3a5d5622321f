"""trial47 F10: rights notices and picture credits that share a line with the article's sentence, notices kept
as sentences, the Chinese dateline, and a yearless dateline's year.

Before: "Copyright dpa, alle Rechte vorbehalten. Die Reederei …" and "Foto: Polizei Stralsund Mehrere
Rettungsboote …" were removed whole (the operator's and the rescue sentence lost); "All rights reserved. The
operator …", "(Photo by Stefan Sauer/dpa via Getty Images) AP reported …" and "Our Standards: The Thomson
Reuters Trust Principles." were kept as sentences; "昆明，2024年1月22日 —" stayed in the lead; "SASSNITZ, 14.
November (dpa) -" gave no date though dpa's dispatch id in the rights line dates it."""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text


def _clean(*paragraphs: str):
    return clean_text("Fähre vor Rügen gesunken\n\n" + "\n\n".join(paragraphs) + "\n")


@pytest.mark.parametrize(("line", "notice", "sentence"), [
    ("Copyright dpa, alle Rechte vorbehalten. Die Reederei Weiße Flotte gab keine Stellungnahme ab.",
     "Copyright dpa, alle Rechte vorbehalten.", "Die Reederei Weiße Flotte gab keine Stellungnahme ab."),
    ("All rights reserved. The operator Weisse Flotte declined to comment.",
     "All rights reserved.", "The operator Weisse Flotte declined to comment."),
    ("Tous droits réservés. L'armateur n'a pas souhaité commenter.",
     "Tous droits réservés.", "L'armateur n'a pas souhaité commenter."),
    ("Copyright 2026 The Associated Press. All rights reserved. The ferry had 48 passengers on board.",
     "Copyright 2026 The Associated Press. All rights reserved.", "The ferry had 48 passengers on board."),
    ("Foto: Polizei Stralsund Mehrere Rettungsboote waren im Einsatz.",
     "Foto: Polizei Stralsund", "Mehrere Rettungsboote waren im Einsatz."),
    ("Photo: Reuters/John Smith The ferry sank within minutes.",
     "Photo: Reuters/John Smith", "The ferry sank within minutes."),
])
def test_the_notice_goes_and_the_sentence_after_it_stays(line, notice, sentence):
    cleaned = _clean("Vor der Insel Rügen ist am Sonntag eine Fähre gesunken.", line)
    assert sentence in cleaned.text
    assert notice not in cleaned.text
    assert notice in {r.text for r in cleaned.removed}


@pytest.mark.parametrize(("line", "kept"), [
    ("(Photo by Stefan Sauer/dpa via Getty Images) AP reported that the captain had no licence.",
     "AP reported that the captain had no licence."),
    ("Our Standards: The Thomson Reuters Trust Principles.", None),
    ("All rights reserved.", None),
])
def test_english_notices_are_removed(line, kept):
    cleaned = _clean("A ferry sank off the German island of Ruegen on Sunday, police said.", line)
    body = cleaned.text.split("\n\n")
    if kept is None:
        assert not any(line in p for p in body), cleaned.text
    else:
        assert kept in body, cleaned.text
        assert "Photo by" not in cleaned.text


@pytest.mark.parametrize("line", [
    "Image: Mr McLaren's fiancee says she will appeal.",   # a caption of one sentence: a caption whole
    "Foto: Angela Merkel spricht im Bundestag.",
])
def test_a_caption_after_its_label_stays_a_caption(line):
    cleaned = _clean("Vor der Insel Rügen ist am Sonntag eine Fähre gesunken.", line)
    assert line not in cleaned.text
    assert line in {r.text for r in cleaned.removed}


@pytest.mark.parametrize("line", [
    # a notice of several sentences is one notice (SemEval dev pages: AP's and Tribune's footers)
    ("Copyright 2020 The Associated Press. All rights reserved. This material may not be published, broadcast, "
    "rewritten or redistributed."),
    "© 2019 The Kiplinger Washington Editors, Inc. Distributed by Tribune Content Agency, LLC.",
])
def test_a_notice_of_several_sentences_goes_whole(line):
    cleaned = _clean("The court met on Monday.", line)
    assert cleaned.text.endswith("The court met on Monday."), cleaned.text
    assert line in {r.text for r in cleaned.removed}


@pytest.mark.parametrize("line", [
    "Universal said all rights reserved.",
    "Copyright holders asked the court for damages of 40 million euros, the judge said.",
])
def test_a_sentence_about_rights_is_no_split(line):
    cleaned = _clean("The court met on Monday.", line)
    # kept whole or removed whole as before (review37a H6), never cut in two
    assert not any(line.startswith(r.text) and r.text != line for r in cleaned.removed), cleaned.removed


def test_the_chinese_dateline_is_removed_and_dated():
    cleaned = clean_text("云南一村庄遭山体滑坡掩埋\n\n昆明，2024年1月22日 — 官方表示，云南省一村庄周一遭山体滑坡掩埋。\n\n凉水村数百人被困。\n")
    assert cleaned.published == "2024-01-22"
    assert cleaned.place == "昆明"
    assert "昆明，2024年1月22日" not in cleaned.text
    assert "官方表示，云南省一村庄周一遭山体滑坡掩埋。" in cleaned.text


def test_a_yearless_dateline_takes_the_year_of_the_wires_dispatch_id():
    cleaned = _clean("SASSNITZ, 14. November (dpa) - Vor der Insel Rügen ist am Sonntag eine Fähre gesunken.",
                     "© dpa-infocom, dpa:261114-99-123456/3")
    assert cleaned.published == "2026-11-14"
    assert cleaned.dateline_day is None


@pytest.mark.parametrize("text", [
    "SASSNITZ, 14. November (dpa) - Vor der Insel Rügen ist am Sonntag eine Fähre gesunken.",
    "SASSNITZ, Germany, Nov 14 (Reuters) - A ferry sank off the German island of Ruegen on Sunday.",
    # a dispatch id of another day gives no year to this one
    "SASSNITZ, 14. November (dpa) - Vor Rügen ist eine Fähre gesunken.\n\n© dpa-infocom, dpa:261113-99-123456/3",
])
def test_a_yearless_dateline_alone_gives_no_year(text):
    cleaned = _clean(text)
    assert cleaned.published is None  # never the clock's year
    assert cleaned.dateline_day == "--11-14"
