"""Quote speakers from a multilingual trial (a mine collapse near Copiapó, two rate decisions):
the name the reporting clause gives, whole names in Chinese, role words apart from the name,
dash dialogue whose reporting clause is no quote. Inputs written for these tests."""

import pytest

from storylens.analysis.quotes import extract_quote_spans
from storylens.models import Document, Sentence
from storylens.text.segment import Segmenter


def _doc(text, lang, doc_id="d1"):
    spans = Segmenter().split(text, lang)
    sents = tuple(Sentence(f"{doc_id}:s{i}", s.text, s.start, s.end, s.paragraph, language=lang) for i, s in enumerate(spans))
    return Document(id=doc_id, source=doc_id, text=text, sentences=sents, language=lang)


def _quotes(text, lang):
    return [(q.text, q.speaker) for q in extract_quote_spans([_doc(text, lang)])]


# ---------------------------------------------------------------- Russian dash dialogue

_RU_LEAD = "Министр горнодобывающей промышленности Марсела Эрнандо приехала на шахту под Копьяпо.\n"


@pytest.mark.parametrize("line, speech", [
    ("— Мы найдём их — живыми, — сказала она.", "Мы найдём их — живыми"),
    ("— Скважина готова — осталось спустить капсулу, — заявила она.", "Скважина готова — осталось спустить капсулу"),
    ("— Работы идут круглосуточно – без перерыва, – добавила Эрнандо.", "Работы идут круглосуточно – без перерыва"),
])
def test_russian_dash_inside_the_speech_is_not_the_attribution(line, speech):
    # the verb after the second dash belongs to that dash: the words between the dashes are speech
    assert _quotes(_RU_LEAD + line, "ru") == [(speech, "Марсела Эрнандо")]
