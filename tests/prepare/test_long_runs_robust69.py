"""break68c L1 (robust69): one 50,000-letter "word" (also a pasted base64 blob, a line of 100,000 dashes) in an
article took compare from 5.8 CPU-s / 421 MB to 128 CPU-s / 940 MB peak RSS: the quote resolver's name search is
quadratic in a word's length and the tokenisers grow with it. A run without spaces over settings.max_word_chars is
left out of what is analysed, with a warning on the article; scripts written without spaces are never cut, and a
text without such a run is read as before."""

from __future__ import annotations

import base64
import random

import pytest

from storylens import stream
from storylens.embed import HashingEmbedder
from storylens.errors import InputError
from storylens.models import RawDocument
from storylens.prepare.clean import LONG_RUNS, drop_long_runs
from storylens.report.compare import prepare_document
from storylens.settings import DEFAULT
from storylens.store import open_store

TEXT = ("Heavy rain flooded Valencia on Tuesday and 12 people died, officials said after the storm passed.\n\n"
        "Rescue teams searched the flooded streets through the night, the mayor said.\n")
# One letter 50,000 times, as it always was: the join of 50,000 choices each from a new Random(1) drew "e" every
# time, at ~50,000 generator seedings on every collection of this module (each worker, ~0.3 CPU-s; suite70).
WORD = random.Random(1).choice("abcdefghijklmnopqrstuvwxyz") * 50_000
BLOB = base64.b64encode(random.Random(2).randbytes(30_000)).decode()


def _with(junk: str) -> str:
    head, tail = TEXT.split("\n\n")
    return f"{head}\n\n{junk}\n\n{tail}"


def test_long_runs_are_left_out_with_a_warning():
    for junk in (WORD, BLOB, "-" * 100_000):
        text, note = drop_long_runs(_with(junk))
        assert text == _with("") and note and note.startswith(LONG_RUNS), note
        assert f"{len(junk):,} characters" in note and "settings.max_word_chars" in note


def test_prose_and_long_urls_are_kept():
    url = "https://example.org/a?" + "x=1&" * 200  # 822 characters: under the limit
    zh = "暴雨袭击了瓦伦西亚，十二人死亡。" * 100  # 1,600 characters of Chinese without a space
    th = "ฝนตกหนักในบาเลนเซีย" * 100
    for text in (TEXT, f"{TEXT} {url}", f"{TEXT}\n{zh}\n{th}"):
        assert drop_long_runs(text) == (text, None)
    assert len(url) < DEFAULT.max_word_chars < len(zh)


def test_compare_reads_the_text_without_the_run():
    doc = prepare_document(RawDocument(source="a.txt", text=_with(WORD)), "d1", max_chars=DEFAULT.compare_max_chars)
    plain = prepare_document(RawDocument(source="a.txt", text=TEXT), "d1", max_chars=DEFAULT.compare_max_chars)
    assert WORD[:100] not in doc.text
    assert [s.text for s in doc.sentences] == [s.text for s in plain.sentences]
    assert [w for w in doc.warnings if w.startswith(LONG_RUNS)] and not plain.warnings


def test_the_stream_records_the_warning_and_keeps_the_text(tmp_path):
    with open_store(tmp_path / "s.db") as store:
        stream.ingest([RawDocument(source="a.txt", text=_with(WORD))], store, embedder=HashingEmbedder())
        [article] = store.articles()
        assert [w for w in article.metadata.get("warnings", []) if w.startswith(LONG_RUNS)]
        assert WORD in article.text


def test_a_spaceless_letter_does_not_keep_a_long_run():
    # robust69b M2 (break69r P11): one Han letter in a 50,000-letter run kept the whole run (238 CPU-s); a Chinese
    # paragraph run into a blob keeps the paragraph, the blob is left out
    zh = "暴雨袭击了瓦伦西亚，十二人死亡。" * 100
    for junk, kept in ((WORD[:25_000] + "中" + WORD[25_000:], "中"), (zh + BLOB, zh), (BLOB + zh, zh)):
        text, note = drop_long_runs(_with(junk))
        assert text == _with(kept) and note and note.startswith(LONG_RUNS), note


def test_zero_width_spaces_part_words():
    # robust69b M5 (break69r P15): prose whose words a zero-width space parts was one long run, left out whole
    for space in ("\u200b", "\u2060", "\ufeff"):
        prose = space.join(TEXT.split()) * 20
        assert len(prose) > DEFAULT.max_word_chars
        assert drop_long_runs(prose) == (prose, None)


def test_a_text_of_long_runs_alone_is_said_so():
    # robust69b M5 (break69r P14): a text that was one long run was said to be all boilerplate
    with pytest.raises(InputError) as err:
        prepare_document(RawDocument(source="a.txt", text=WORD), "d1", max_chars=DEFAULT.compare_max_chars)
    assert err.value.reason.startswith("no article text left: 1 run of characters without spaces left out"), err.value
    assert "50,000 characters" in err.value.reason and "boilerplate" not in err.value.reason
