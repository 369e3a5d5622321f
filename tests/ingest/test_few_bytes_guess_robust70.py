"""robust70 finding 1: a file that is not UTF-8 and holds only a few non-ASCII bytes (a stray 0xFF in an ASCII
article) was read in cp1252 without a word ("to ÿdiscuss"). The reading is a guess on no evidence: one warning names
the bytes, their offsets and the code page chosen, and ingest says it in a line of its own. Legacy texts with the
evidence of many bytes decode as before, without it."""

from __future__ import annotations

import pytest

from storylens import stream
from storylens.embed import HashingEmbedder
from storylens.ingest.decode import FEW_BYTES_GUESS, decode
from storylens.store import open_store

BASE = b"The council met on Tuesday to discuss the new budget for the city schools and roads. " * 5


def test_a_stray_high_byte_in_ascii_is_said_with_its_offset_and_the_code_page():
    got = decode(BASE[:200] + b"\xff" + BASE[200:], "a.txt")
    assert got.encoding == "cp1252" and "\u00ff" in got.text
    assert got.warnings == ((f"{FEW_BYTES_GUESS}1 byte that is not UTF-8 (0xFF at byte 200) read as cp1252 ('\u00ff'); "
                            "if it is wrong, re-save the file as UTF-8 (no option chooses the encoding)"),)


def test_two_stray_bytes_are_both_named():
    (warning,) = decode(BASE[:100] + b"\xe9" + BASE[100:300] + b"\xff" + BASE[300:], "a.txt").warnings
    assert warning.startswith(f"{FEW_BYTES_GUESS}2 bytes that are not UTF-8 (0xE9 at byte 100, 0xFF at byte 301) "
                              "read as cp1252")


def test_a_stray_byte_in_utf8_text_is_named_by_its_offset():
    data = "Le conseil municipal s'est réuni mardi. ".encode() * 5 + b"\xff end."
    got = decode(data, "a.txt")
    assert got.encoding == "utf-8"
    assert got.warnings == ((f"1 byte that was not valid UTF-8 (0xFF at byte {len(data) - 6}) read as cp1252 (or "
                            "replaced); the rest is UTF-8"),)


@pytest.mark.parametrize("text, codec, read_as", [
    ("Le conseil municipal s'est réuni mardi pour discuter du budget des écoles et des routes. Les élus ont "
     "approuvé à l'unanimité une hausse de la dépense. " * 4, "cp1252", "cp1252"),
    ("Der Stadtrat hat am Dienstag über das Budget für Schulen und Straßen beraten. Die Bürger waren überrascht "
     "über die Höhe der Ausgaben. " * 4, "latin-1", "cp1252"),
    ("Городской совет во вторник обсудил бюджет школ и дорог. Депутаты единогласно одобрили увеличение "
     "расходов. " * 4, "cp1251", "cp1251"),
    ("市议会周二讨论了学校和道路的新预算。议员们一致批准了增加开支。" * 4, "gbk", "gb18030"),
])
def test_legacy_text_with_evidence_reads_as_before(text, codec, read_as):
    got = decode(text.encode(codec), "a.txt")
    assert (got.text, got.encoding) == (text, read_as)
    assert not [w for w in got.warnings if w.startswith(FEW_BYTES_GUESS)]


def test_ingest_says_the_guess_in_a_line_of_its_own(tmp_path):
    path = tmp_path / "council.txt"
    path.write_bytes(BASE[:200] + b"\xff" + BASE[200:])
    with open_store(tmp_path / "s.db") as store:
        report = stream.ingest_paths([path], store, embedder=HashingEmbedder())
    assert len(report.added) == 1
    said = [(source, w) for source, w in report.repeated_ids if w.startswith(FEW_BYTES_GUESS)]
    assert said == [(str(path), said[0][1])] and "0xFF at byte 200" in said[0][1]


def test_the_rival_reading_is_still_named():
    """break70r: "Łódź" in cp1250 (three bytes) is read as cp1252 "£ódŸ"; the few-bytes warning replaced the one that
    said cp1250 reads almost as well. Both are given."""
    from storylens.ingest.decode import decode

    decoded = decode("The mayor of Łódź spoke on Monday about the new budget.\n".encode("cp1250"), "x.txt")
    assert decoded.warnings[0].startswith("encoding guessed from too few bytes")
    assert any("cp1250 reads almost as well" in w for w in decoded.warnings), decoded.warnings


@pytest.mark.parametrize(("data", "read"), [
    # final70: "Москва" in cp1251 inside an English text was read as Big5 "沓齕瘔", silently
    ("The talks in Москва ended on Monday without an agreement, officials said.".encode("cp1251"), "big5"),
    ("Привет мир".encode("koi8_r"), None),  # 9 bytes: read as Shift_JIS half-width kana, silently
    ("北京".encode("gbk") + b" is the capital of China, officials said on Monday.", None),
])
def test_a_reading_chosen_on_a_few_bytes_is_said_whatever_the_code_page(data, read):
    got = decode(data, "a.txt")
    assert got.warnings and got.warnings[0].startswith(FEW_BYTES_GUESS), (got.encoding, got.text, got.warnings)
    assert read is None or got.encoding == read


def test_a_short_cjk_line_in_its_code_page_is_no_guess():
    for text, codec in (("東京で地震がありました。", "shift_jis"), ("台北市政府宣布停課。", "big5"),
                        ("서울에서 지진이 발생했다.", "euc_kr")):
        got = decode(text.encode(codec), "a.txt")
        assert got.text == text and not [w for w in got.warnings if w.startswith(FEW_BYTES_GUESS)], got.warnings
