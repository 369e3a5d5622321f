"""trial20 #12 leftover: a sentence that only says who spoke or wrote is no claim. A credit line after a
quotation ("-Governor Lucía Montaner"), a line introducing the next quotation ("And from Finance Minister Andrés
Solano:") and a byline left in the text ("Von Uwe Kern") state no fact: "-Governor Lucía Montaner" was a
shared claim with "Die Notenbankchefin Lucía Montaner hat den Leitzins auf 5,5 Prozent angehoben". A sentence
that states something beside a name stays a unit."""

from __future__ import annotations

import pytest

from storylens.analysis.claims import split_units

from ._docs import doc_of_lines, segmented_doc

_NO_CLAIM = [
    ("-Governor Lucía Montaner", "en"),
    ("— Commissioner Daniel Starke", "en"),
    ("– Lucía Montaner", "de"),
    ("-Gobernadora Lucía Montaner", "es"),
    ("— Губернатор Лусия Монтанер", "ru"),
    ("And from Finance Minister Andrés Solano:", "en"),
    ("By Jane Holloway", "en"),
    ("Von Uwe Kern", "de"),
    ("Par Claire Morel", "fr"),
    ("山田太郎記者", "ja"),
    ("김민수 기자", "ko"),
]

_CLAIMS = [
    ("- Prices rose 5% in October.", "en"),
    ("— the minister said the bank would act.", "en"),
    ("By the end of the year, prices had risen 5%.", "en"),
    ("From Monday, the bank will cut its rates.", "en"),
    ("Die Notenbankchefin Lucía Montaner hat den Leitzins auf 5,5 Prozent angehoben.", "de"),
    ("Governor Lucía Montaner raised the rate to 5.5%.", "en"),
]


@pytest.mark.parametrize(("line", "lang"), _NO_CLAIM)
def test_an_attribution_or_byline_line_is_no_unit(line: str, lang: str) -> None:
    fact = {"en": "The bank raised its rate to 5.5% on Thursday.", "de": "Die Bank hob den Leitzins an.",
            "es": "El banco subió la tasa.", "ru": "Банк повысил ставку.", "fr": "La banque a relevé son taux.",
            "ja": "中央銀行は金利を引き上げた。", "ko": "중앙은행은 금리를 인상했다."}[lang]
    units = split_units(doc_of_lines("d1", f"{fact}\n{line}", lang))
    assert [u.text for u in units] == [fact]


@pytest.mark.parametrize(("line", "lang"), _CLAIMS)
def test_a_sentence_stating_something_stays_a_unit(line: str, lang: str) -> None:
    units = split_units(doc_of_lines("d1", line, lang))
    assert units and "".join(u.text for u in units).replace(" ", "") in line.replace(" ", "")


def test_the_credit_line_after_a_quotation_in_a_page_is_no_unit() -> None:
    text = ("The Banco Central de Calvera raised its key rate to 5.5% on Thursday.\n"
            "\"We will do whatever is necessary to defend the peso.\"\n-Governor Lucía Montaner\n"
            "And from Finance Minister Andrés Solano:\n\"The decision belongs to the central bank alone.\"")
    texts = [u.text for u in split_units(segmented_doc(text, "en"))]
    assert not any("Montaner" in t or "Solano" in t for t in texts), texts
    assert any("5.5%" in t for t in texts) and any("central bank alone" in t for t in texts)
