"""A UTF-16 byte-order mark over bytes that are not UTF-16 (final41 #9b: "\\xff\\xfe\\x00garbage" was read as the
Chinese-looking "最牡慢敧", exit 0 and no warning): one line naming the file and the fix, exit 2; real
UTF-16 text in any script is still read. No model is loaded here."""

from __future__ import annotations

import codecs

import pytest
from typer.testing import CliRunner

from storylens.cli import app
from storylens.errors import EncodingError
from storylens.ingest import read_bytes
from storylens.ingest.decode import decode

runner = CliRunner()
BODY = ("The ferry between Portmere and Gull Island was suspended on Wednesday after a small fire broke out in "
        "the engine room. All 86 passengers were brought back by a coastguard boat, the operator said.")

NOT_UTF16 = {
    "trial": b"\xff\xfe\x00garbage",  # the trial's file: even length, decodes as four Han characters
    "ascii_le": codecs.BOM_UTF16_LE + b"Floods hit Orsk on Friday.",
    "ascii_be": codecs.BOM_UTF16_BE + b"Floods hit Orsk on Friday!",
    "utf8_behind_le": codecs.BOM_UTF16_LE + "Powódź w Orsku. Woda zalała miasto.".encode(),
    "utf8_behind_be": codecs.BOM_UTF16_BE + "Наводнение в Орске.".encode(),
    "odd_length": codecs.BOM_UTF16_LE + b"garbage",
    "crlf_lines": codecs.BOM_UTF16_LE + b"Floods hit Orsk.\r\nTwo people died.\r\n",
}


@pytest.mark.parametrize("data", NOT_UTF16.values(), ids=NOT_UTF16)
def test_a_utf16_mark_over_other_bytes_is_an_encoding_error_with_the_fix(data):
    with pytest.raises(EncodingError, match="byte-order mark.*re-save the file as UTF-8"):
        decode(data, "bad.txt")


UTF16 = {
    "en_le": ("utf-16-le", codecs.BOM_UTF16_LE, "Floods hit Orsk on Friday."),
    "en_be": ("utf-16-be", codecs.BOM_UTF16_BE, "Floods hit Orsk on Friday."),
    "zh": ("utf-16-le", codecs.BOM_UTF16_LE, "奥尔斯克发生洪水，目前有3人死亡。"),
    "ja_be": ("utf-16-be", codecs.BOM_UTF16_BE, "大雨で川が氾濫し、住民が避難した。"),
    "ko": ("utf-16-le", codecs.BOM_UTF16_LE, "오르스크에서 홍수가 발생했다."),
    "ru": ("utf-16-le", codecs.BOM_UTF16_LE, "Наводнение в Орске: два человека погибли."),
    "ar": ("utf-16-le", codecs.BOM_UTF16_LE, "فيضانات في أورسك ومقتل شخصين."),
    "pl": ("utf-16-le", codecs.BOM_UTF16_LE, "Powódź w Orsku. Nie żyją dwie osoby."),
    # typographic marks only: "…" is 26 20 in UTF-16-LE, two printable bytes, as is "•" (22 20)
    "en_marks": ("utf-16-le", codecs.BOM_UTF16_LE, "Breaking… more soon • Floods™ … Orsk…"),
    # Devanagari's high byte is 09, a tab's; hiragana's low bytes are mostly printable ASCII
    "hi": ("utf-16-le", codecs.BOM_UTF16_LE, "भारत में बाढ़ से दो लोगों की मौत हो गई।"),
    "ja_kana": ("utf-16-le", codecs.BOM_UTF16_LE, "おおあめで かわが あふれた。 みんな にげた。"),
    "zh_short": ("utf-16-le", codecs.BOM_UTF16_LE, "胃"),  # C3 80: UTF-8 "À" by chance
}


@pytest.mark.parametrize(("codec", "bom", "text"), UTF16.values(), ids=UTF16)
def test_real_utf16_text_is_read(codec, bom, text):
    assert decode(bom + text.encode(codec), "good.txt").text == text


def test_compare_names_the_file_and_the_fix_and_exits_2(tmp_path):
    (tmp_path / "badenc.txt").write_bytes(NOT_UTF16["trial"])
    (tmp_path / "b.txt").write_text(BODY, encoding="utf-8")
    result = runner.invoke(app, ["compare", str(tmp_path / "badenc.txt"), str(tmp_path / "b.txt")])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "badenc.txt" in lines[0] and "re-save the file as UTF-8" in lines[0]


def test_a_page_with_a_lying_mark_is_refused_as_the_text_is():
    page = b"<html><body><article><p>" + BODY.encode() + b"</p></article></body></html>"
    with pytest.raises(EncodingError):
        read_bytes(codecs.BOM_UTF16_LE + page, "page.html", is_html=True)
