"""newuser78 M6: an article given three times in one file lost one copy and kept the third (its claims counted twice)
while the warning said "read once"; the body pasted six times gave no warning (a copy was a sixth of the text, under
settings.repeated_copy_min_share). Every copy is left out, the first read, and the warning says how many there were;
an article given twice reads as before (tests/report/test_article_given_twice_robust70.py)."""

from __future__ import annotations

import pytest

from storylens.ingest import read_string
from storylens.prepare._repeats import REPEATED_TEXT
from storylens.report.compare import prepare_document

from ..conftest import CNN_SEED, FAZ_SEED

SEEDS = {"cnn": CNN_SEED.read_text(encoding="utf-8"), "faz": FAZ_SEED.read_text(encoding="utf-8")}


def _body(article: str) -> str:
    """The article without its 'date ... By ...' header line (the FAZ seed has none)."""
    return article.split("\n", 2)[2] if article.lstrip().startswith("date ") else article


def _sentences(text: str) -> list[str]:
    return [s.text for s in prepare_document(read_string(text, "a.txt"), "d1").sentences]


@pytest.mark.parametrize("lang", ["cnn", "faz"])
@pytest.mark.parametrize(("times", "with_header", "cut_last"), [(3, True, False), (3, False, False), (6, False, False),
                                                                (6, True, False), (4, True, True)])
def test_every_copy_of_an_article_given_many_times_is_left_out(lang, times, with_header, cut_last):
    article = SEEDS[lang]
    copy = article if with_header else _body(article)
    copies = [article] + [copy] * (times - 1)
    if cut_last:  # the last copy cut after a sentence, two thirds in
        cut = copy[: len(copy) * 2 // 3]
        copies[-1] = cut[: cut.rfind(".") + 1]
    doc = prepare_document(read_string("\n\n".join(copies), "a.txt"), "d1")
    assert [s.text for s in doc.sentences] == _sentences(article)
    (note,) = [w for w in doc.warnings if w.startswith(REPEATED_TEXT)]
    assert f"{times - 1} more times (the article given {times} times?): every copy left out" in note


def test_an_article_given_twice_reads_as_before():
    article = SEEDS["cnn"]
    doc = prepare_document(read_string(article + "\n\n" + article, "a.txt"), "d1")
    (note,) = [w for w in doc.warnings if w.startswith(REPEATED_TEXT)]
    assert "(the article given twice?): read once" in note and "more time" not in note


def test_copies_counted_in_a_cut_text_say_so():
    # a 6 MB file of one article over and over is read to settings.compare_max_chars: the count is of what was read
    article = SEEDS["cnn"]
    text = "\n\n".join([article] * 12)
    doc = prepare_document(read_string(text, "a.txt"), "d1", max_chars=3 * len(article))
    assert [s.text for s in doc.sentences] == _sentences(article)
    (note,) = [w for w in doc.warnings if w.startswith(REPEATED_TEXT)]
    assert f"characters of article text read, of {len(text):,}" in note


def test_a_copy_that_differs_is_said_to_be_read():
    # robust78's tester: a body given 7 times with a number changed in copy 5 kept copy 5 from its change on and
    # copies 6-7, and was said "every copy left out"
    from types import SimpleNamespace

    from storylens.prepare._repeats import drop_repeated_copy

    body = ("The council approved the budget on Monday. It includes 40 million euros for schools. The mayor praised "
            "the vote. Critics said it was too small. A final vote is due in March. ")
    text = body * 4 + body.replace("40 million", "45 million") + body * 2
    spans = [SimpleNamespace(text=m.group(0).strip(), start=m.start(), end=m.end())
             for m in __import__("re").finditer(r"[^.]+\.", text)]
    kept, note = drop_repeated_copy(text, spans)
    assert "45 million" in kept and note is not None and "every copy left out" not in note and "read too" in note
