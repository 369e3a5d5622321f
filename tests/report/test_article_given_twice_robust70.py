"""robust70 finding 5: a pasted text holding its article twice (copied twice, a cut copy then the whole, the whole
then a cut copy) was read with every sentence twice: compare of the CNN seed given twice against the FAZ seed had 44
unique claims for the single copy's 32 and 21 evidence sentences of d1 twice. The copy is read once, with a warning;
what only one copy holds is kept (the fuller copy's sentences, each once)."""

from __future__ import annotations

import pytest

from storylens.ingest import read_string
from storylens.prepare._repeats import REPEATED_TEXT, drop_repeated_copy
from storylens.report.compare import prepare_document
from storylens.stream import metadata
from storylens.text.segment import Segmenter

from ..conftest import CNN_SEED

ARTICLE = CNN_SEED.read_text(encoding="utf-8")


def _half(text: str, inside: bool) -> str:
    """The first two thirds of ``text``, cut after a sentence or inside one."""
    cut = text[: len(text) * 2 // 3]
    return cut[: cut.rfind(".") + 1] if not inside else cut[: cut.rfind(" ", 0, cut.rfind(".") + 40)]


def _sentences(text: str) -> list[str]:
    return [s.text for s in prepare_document(read_string(text, "a.txt"), "d1").sentences]


@pytest.mark.parametrize("given", ["twice", "twice without its header", "cut then whole", "whole then cut",
                                   "cut inside a sentence then whole", "whole then cut inside a sentence"])
def test_each_sentence_of_an_article_given_twice_is_read_once(given):
    body = ARTICLE.split("\n", 2)[2]
    text = {"twice": ARTICLE + "\n\n" + ARTICLE, "twice without its header": ARTICLE + "\n\n" + body,
            "cut then whole": _half(ARTICLE, False) + "\n\n" + ARTICLE,
            "whole then cut": ARTICLE + "\n\n" + _half(ARTICLE, False),
            "cut inside a sentence then whole": _half(ARTICLE, True) + "\n\n" + ARTICLE,
            "whole then cut inside a sentence": ARTICLE + "\n\n" + _half(ARTICLE, True)}[given]
    doc = prepare_document(read_string(text, "a.txt"), "d1")
    assert [s.text for s in doc.sentences] == _sentences(ARTICLE)
    (note,) = [w for w in doc.warnings if w.startswith(REPEATED_TEXT)]
    assert "(the article given twice?): read once" in note


def test_an_article_without_a_copy_is_left_alone():
    # sentences said twice apart (a quote, a slogan) are no copy
    text = ARTICLE + "\n\n“They need to be destroyed.” Dozens were reported killed and hundreds more injured.\n"
    doc = prepare_document(read_string(text, "a.txt"), "d1")
    assert not [w for w in doc.warnings if w.startswith(REPEATED_TEXT)]
    body = "One. Two is here. Three is there. Four. One. Two is here. Five."
    spans = Segmenter().split(body, "en")
    assert drop_repeated_copy(body, spans, min_run=3) == (body, None)


def test_the_note_is_one_of_the_text_itself_for_the_stream():
    assert REPEATED_TEXT in metadata._TEXT_NOTES  # never cleared by a re-read of the same text


_ANSWER = "I do not recall. I have no memory of that meeting. You would have to ask my staff."
_STANDING = "The A4 remains closed in both directions. Drivers should use the A5 instead. Police ask people to avoid the area."
_CLAUSES = "This obligation applies from 1 January 2026. The Commission shall publish the reports. Failure to report incurs a penalty."
_CHORUS = "We will rise again.\nWe will hold the line.\nNo one takes our home.\nThis land is yours and mine.\n"


@pytest.mark.parametrize("text", [
    # break70r: the first rule (any run of 3 repeated sentences, runs added up to a quarter of the text) cut these
    (f"Q: Did you approve the payment to Orion Ltd? A: {_ANSWER}\nQ: Did you meet the Orion chief executive in March? "
    f"A: {_ANSWER}\nQ: Did you sign the letter dated 4 May? A: {_ANSWER}"),
    (f"Article 3. Member states shall report emissions annually. {_CLAUSES}\n\nArticle 7. Member states shall report "
    f"water use annually. {_CLAUSES}\n"),
    (f"Update 09:10: A lorry overturned near junction 12. {_STANDING}\n\nUpdate 10:30: Two people were taken to "
    f"hospital. {_STANDING}\n\nUpdate 12:05: Recovery crews are on site. {_STANDING}"),
    (f"Verse one tells of the river and the mill.\nThe workers walked at dawn.\n\n{_CHORUS}\nVerse two tells of the "
    f"strike in 1912.\nThe owners closed the gates.\n\n{_CHORUS}\nThe last verse names the dead.\nTheir children sang "
    f"at the grave.\n\n{_CHORUS}"),
], ids=["transcript", "law", "live blog", "lyrics"])
def test_text_repeated_on_purpose_is_no_copy(text):
    doc = prepare_document(read_string(text, "a.txt"), "d1")
    assert not [w for w in doc.warnings if w.startswith(REPEATED_TEXT)]
    assert len(doc.sentences) == len(Segmenter().split(doc.text, "en"))
