"""break64r M1: the escaped form of a name that is not UTF-8 was not one-to-one: the UTF-8 name spelled with a
literal backslash, ``'caf\\\\xe9.txt'``, and the Latin-1 name ``caf\\xe9.txt`` were stored under one source (two
articles under one name; one failures row for two failed files, which a later success of the other cleared).
break64r L: JSONL ids ``"x\\ud800"`` and ``"x\\udc00"`` both became ``"x\\ufffd"``: two articles, one id."""

from __future__ import annotations

import json
import os

from storylens._paths import escaped_field, escaped_surrogates, shown_path
from storylens.ingest import walk
from storylens.models import Failure, RawDocument

TEXT = "Flood title\n\nHeavy rain flooded Valencia on Tuesday, and {n} people died, officials said.\n"


def _named(directory, name: bytes, text: str) -> None:
    with open(os.path.join(os.fsencode(directory), name), "wb") as fh:
        fh.write(text.encode("utf-8"))


def test_a_literal_backslash_name_and_a_latin1_name_get_two_sources(tmp_path):
    _named(tmp_path, b"caf\xe9.txt", TEXT.format(n=12))
    _named(tmp_path, b"caf\\xe9.txt", TEXT.format(n=13))  # UTF-8, spelled with a backslash
    _named(tmp_path, b"bad\xe9.txt", "")
    _named(tmp_path, b"bad\\xe9.txt", "")
    _named(tmp_path, "plain \\ caf\u00e9.txt".encode(), TEXT.format(n=14))  # a backslash not before xNN: as it is
    records = list(walk.iter_records([str(tmp_path)]))
    articles = sorted(r.source for r in records if isinstance(r, RawDocument))
    failures = sorted(r.source for r in records if isinstance(r, Failure))
    assert articles == [f"{tmp_path}/caf\\x5cxe9.txt", f"{tmp_path}/caf\\xe9.txt", f"{tmp_path}/plain \\ caf\u00e9.txt"]
    assert failures == [f"{tmp_path}/bad\\x5cxe9.txt", f"{tmp_path}/bad\\xe9.txt"]


def _read_back(form: str) -> bytes:
    """The name a form stands for: each \\xNN its byte, every other character its UTF-8 (the docstring's rule)."""
    out, i = bytearray(), 0
    while i < len(form):
        if form.startswith("\\x", i) and len(form) >= i + 4:
            try:
                out.append(int(form[i + 2:i + 4], 16))
                i += 4
                continue
            except ValueError:
                pass
        out += form[i].encode("utf-8")
        i += 1
    return bytes(out)


def test_the_form_reads_back_to_its_name_and_a_record_keeps_it():
    names = [b"caf\xe9.txt", b"caf\\xe9.txt", b"caf\\x5cxe9.txt", b"a\\b\xff", b"a\\x5cb\xff", b"x\\", b"\\xz",
             "caf\u00e9.txt".encode(), b"a\\x5c"]
    forms = [shown_path(os.fsdecode(n)) for n in names]
    assert len(set(forms)) == len(names)
    assert [_read_back(f) for f in forms] == names
    assert forms[-2:] == ["caf\u00e9.txt", "a\\x5cx5c"]
    for form in forms:  # a record made again from its source (Failure(raw.source, ...)) does not escape it twice
        assert escaped_surrogates(form) == form == Failure(form, "read", "r").source


def test_jsonl_ids_with_different_lone_surrogates_stay_different(tmp_path):
    feed = tmp_path / "a.jsonl"
    text = TEXT.format(n=1)
    lines = [json.dumps({"id": i, "text": f"{text} {n}", "url": f"https://x.org/{i}"})
             for n, i in enumerate(["x\ud800", "x\udc00", "x\\ud800", "plain"])]
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs = [d for d in walk.iter_records([str(feed)]) if isinstance(d, RawDocument)]
    assert [d.metadata["external_id"] for d in docs] == ["x\\ud800", "x\\udc00", "x\\u005cud800", "plain"]
    assert [d.metadata["url"] for d in docs] == ["https://x.org/x\\ud800", "https://x.org/x\\udc00",
                                                 "https://x.org/x\\u005cud800", "https://x.org/plain"]
    assert escaped_field("caf\u00e9 \\ path") == "caf\u00e9 \\ path"
