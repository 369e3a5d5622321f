"""Legacy single-byte code pages without a declaration are read in the code page whose letters are plausible."""

from __future__ import annotations

import codecs

import pytest

from storylens.ingest.decode import decode
from storylens.ingest.files import read_bytes

PL = ("Warszawa, 14 marca 2024 r. Kanclerz Niemiec Olaf Scholz ogłosił w czwartek, że Niemcy do końca kwietnia "
      "przekażą Ukrainie 10 000 dodatkowych pocisków artyleryjskich. Minister obrony Boris Pistorius powiedział, "
      "że pakiet jest wart około 500 milionów euro. Źródła w Łodzi i Gdańsku to potwierdziły.")
CS = ("Praha, 14. března 2024. Německý kancléř Olaf Scholz ve čtvrtek oznámil, že Německo do konce dubna pošle "
      "Ukrajině dalších 10 000 dělostřeleckých granátů. Ministr obrany řekl, že balík má hodnotu přibližně "
      "500 milionů eur. Ťažké dny, říká vláda.")
DE = ("Berlin, 14. März 2024 – Bundeskanzler Olaf Scholz hat am Donnerstag angekündigt, dass Deutschland bis Ende "
      "April 10.000 zusätzliche Artilleriegranaten an die Ukraine liefern wird. „Wir werden die Ukraine so lange "
      "unterstützen wie nötig“, sagte er. Das Paket hat einen Wert von rund 500 Millionen Euro. © dpa")
FR = ("Paris, le 14 mars 2024. Le chancelier allemand Olaf Scholz a annoncé jeudi que l'Allemagne enverra à "
      "l'Ukraine 10 000 obus d'artillerie supplémentaires d'ici à la fin avril. « Nous soutiendrons l'Ukraine "
      "aussi longtemps que nécessaire », a-t-il déclaré. Le paquet représente près de 500 millions d'euros, "
      "ce qui a été critiqué par l'opposition dès mercredi.")
RU = ("Москва, 14 марта 2024 года. Канцлер Германии Олаф Шольц объявил в четверг, что Германия до конца апреля "
      "передаст Украине 10 000 дополнительных артиллерийских снарядов. Пакет стоит около 500 миллионов евро.")


@pytest.mark.parametrize(("text", "encoding"), [
    (PL, "cp1250"), (PL, "iso8859_2"), (CS, "cp1250"), (CS, "iso8859_2"),
    (DE, "cp1252"), (DE, "latin_1"), (FR, "cp1252"), (FR, "latin_1"),
    (RU, "cp1251"), (RU, "koi8_r"),
])
def test_undeclared_legacy_text_is_read_in_its_code_page_without_a_warning(text, encoding):
    data = text.encode(encoding, "replace" if encoding == "latin_1" else "strict")
    decoded = decode(data, "t.txt")
    assert decoded.text == data.decode(encoding)
    assert decoded.warnings == ()


def test_a_polish_page_without_a_charset_reads_polish_through_read_bytes():
    page = f"<html><head><title>Scholz</title></head><body><article><p>{PL}</p></article></body></html>"
    doc = read_bytes(page.encode("cp1250"), "pl.html")
    assert "ogłosił" in doc.text and "przekażą" in doc.text
    assert not doc.metadata.get("warnings")


def test_a_short_polish_text_with_few_bytes_is_not_read_as_symbols():
    decoded = decode("Scholz ogłosił w Łodzi.".encode("cp1250"), "t.txt")
    assert "ogłosił" in decoded.text


def test_an_uncertain_guess_is_warned_about_in_one_line():
    # Bytes each code page reads as letters of some language (cp1252 "K\u00e8l", cp1250 "K\u010dl"): a guess.
    data = b"K\xe8l M\xe8k. " * 3
    decoded = decode(data, "t.txt")
    assert len(decoded.warnings) == 1 and "guessed" in decoded.warnings[0] and "UTF-8" in decoded.warnings[0]


def test_a_bom_still_wins():
    assert decode(codecs.BOM_UTF8 + PL.encode("utf-8"), "t.txt").text == PL


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_a_utf16_or_utf32_jsonl_with_a_bom_is_read_record_by_record(tmp_path, encoding):
    import json

    from storylens.ingest.jsonl import looks_like_jsonl, read_jsonl
    from storylens.models import RawDocument

    lines = "".join(json.dumps({"id": f"k{i}", "text": text}, ensure_ascii=False) + "\n"
                    for i, text in enumerate((DE, PL, RU)))
    data = lines.encode(encoding)
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    path = tmp_path / "u.jsonl"
    path.write_bytes(data)
    docs = list(read_jsonl(path))
    assert all(isinstance(d, RawDocument) for d in docs), docs
    assert [d.text for d in docs] == [DE, PL, RU]
    assert [d.metadata["external_id"] for d in docs] == ["k0", "k1", "k2"]
    assert looks_like_jsonl(data[:4096])


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [DE, FR, RU])
def test_utf16_without_a_bom_is_read_as_utf16(encoding, text):
    decoded = decode(text.encode(encoding), "t.txt")
    assert decoded.text == text and decoded.encoding == encoding


def test_binary_with_zeros_in_every_other_byte_names_utf16_in_its_hint():
    from storylens.errors import BinaryInputError

    data = ("Scholz " * 20).encode("utf-16-le") + b"\x01\x00\x02\x00"  # control characters: not text
    with pytest.raises(BinaryInputError, match="UTF-16"):
        decode(data, "t.txt")
    with pytest.raises(BinaryInputError) as plain:
        decode(bytes(range(256)) * 4, "b.bin")
    assert "UTF-16" not in str(plain.value)


HE = ("קנצלר גרמניה אולף שולץ הודיע ביום חמישי כי גרמניה תשלח לאוקראינה 10,000 פגזי ארטילריה נוספים עד סוף אפריל. "
      "החבילה שווה כ-500 מיליון אירו, אמר שר ההגנה, והאופוזיציה מתחה ביקורת על ההחלטה.")
EL = ("Ο Γερμανός καγκελάριος Όλαφ Σολτς ανακοίνωσε την Πέμπτη ότι η Γερμανία θα στείλει στην Ουκρανία 10.000 "
      "επιπλέον βλήματα πυροβολικού έως το τέλος Απριλίου. Το πακέτο αξίζει περίπου 500 εκατομμύρια ευρώ.")


@pytest.mark.parametrize(("text", "encoding"), [(HE, "cp1255"), (EL, "cp1253")])
def test_caseless_or_other_alphabets_are_not_read_as_cyrillic(text, encoding):
    decoded = decode(text.encode(encoding), "t.txt")
    assert decoded.text == text and decoded.warnings == ()
