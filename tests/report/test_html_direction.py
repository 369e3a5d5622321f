"""trial 17 #16: ``compare -f html`` gave the document columns no language and no direction, so
Arabic (and Hebrew, Persian) sentences ran left to right with their final stop at the wrong end. Each
column carries its language, each sentence and evidence line its own direction (as the web ledger)."""

import re

import pytest

from storylens.models import Claim, Comparison, Document, Evidence, Sentence, Similarity
from storylens.report import render


def _doc(i: int, lang: str, text: str) -> Document:
    return Document(id=f"d{i}", source=f"{i}.txt", text=text, language=lang,
                    sentences=(Sentence(f"d{i}:s0", text, 0, len(text), language=lang),))


@pytest.mark.parametrize(("lang", "text"), [
    ("ar", "بلغت نسبة المشاركة 74.38 في المئة."),
    ("fa", "میزان مشارکت ۷۴ درصد بود."),
    ("he", "שיעור ההצבעה היה 74 אחוזים."),
])
def test_a_right_to_left_column_has_its_language_and_direction(lang: str, text: str) -> None:
    docs = (_doc(1, lang, text), _doc(2, "pl", "Frekwencja wyniosła 74,38 proc."))
    claim = Claim("c1", "shared", text, (Evidence("d1", "d1:s0", text), Evidence("d2", "d2:s0", "Frekwencja")),
                  docs=("d1", "d2"))
    out = render(Comparison(documents=docs, similarity=Similarity(True, 0.9, {}), claims=(claim,)), "html")
    assert re.search(rf"<div class='col' id='doc-d1' lang='{lang}'>", out)
    assert re.search(r"<p class='s' id='d1:s0' dir='auto'>", out)
    assert f"<bdi>{text}</bdi>" in out  # the ledger's evidence keeps its own direction too
