"""A text file with a stray NUL byte is read with the NUL removed and a warning, not refused as binary
(newuser71 M7: one NUL in a 1 KB UTF-8 article gave "looks like a binary file ... pass a .txt", for a .txt)."""

import pytest

from storylens.errors import BinaryInputError
from storylens.ingest.decode import decode

ARTICLE = ("Bus crash near Lyon kills seven\n\nA coach carrying 40 passengers left the A7 motorway south of Lyon on "
           "Thursday, killing seven people, the prefecture said. Émile Durand, the driver, was arrested. ") * 3


def test_one_stray_nul_is_removed_with_a_warning():
    data = ARTICLE.encode() + b"\x00" + b"Investigators said the road was wet.\n"
    got = decode(data, "a.txt")
    assert got.encoding == "utf-8"
    assert "\x00" not in got.text and "Émile Durand" in got.text and got.text.endswith("was wet.\n")
    assert got.warnings == (f"1 NUL byte (U+0000) removed, the first at byte {len(ARTICLE.encode())}",)


def test_many_nuls_stay_binary():
    data = ARTICLE.encode() + b"\x00" * 9
    with pytest.raises(BinaryInputError):
        decode(data, "a.txt")


def test_a_short_file_with_a_nul_stays_binary():
    # one NUL in under 100 bytes is no stray byte in a text: most of a short binary header
    with pytest.raises(BinaryInputError):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a.png")


def test_nuls_beside_legacy_bytes_stay_binary():
    # without its NULs the rest is no UTF-8 (cp1251 Cyrillic): the old verdict stands, nothing is guessed
    data = "Москва сообщила о переговорах. ".encode("cp1251") * 10 + b"\x00"
    with pytest.raises(BinaryInputError):
        decode(data, "a.txt")


def test_utf16_without_bom_is_still_utf16():
    text = "Bus crash near Lyon kills seven people on the motorway.\n" * 4
    got = decode(text.encode("utf-16-le"), "a.txt")
    assert got.text == text
