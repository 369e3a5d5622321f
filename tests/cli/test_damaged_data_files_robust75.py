"""Robust75 R1: a damaged data file StoryLens ships (text data, a similarity table or model, an analysis model) gave a
raw traceback (``JSONDecodeError`` from a cut-short ``text/data/en.json`` in the middle of a compare). Now it is one
:class:`~storylens.errors.DataFileError` line naming the file, what is wrong and the fix, exit 2; a data file read
for one input (a reader's catch-all that turns any error into that input's failure) lets it through, as every
input would fail alike. The tables ``storylens setup`` derives are checked by their digest and built again
(tests/test_cache*.py), so they are not read here."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from storylens._datafile import REINSTALL, read_json
from storylens.cli import app
from storylens.errors import DataFileError, ModelError, StoryLensError
from storylens.text import _lang

SHIPPED_TEXT_DATA = Path(_lang.__file__).resolve().parent / "data"

# (name, what the file is damaged into, words of the message)
DAMAGES = [
    ("truncated", lambda text: text[: len(text) // 2], "is not valid JSON at line"),
    ("invalid", lambda text: text.replace(":", "=", 1), "is not valid JSON at line"),
    ("empty", lambda text: "", "is empty"),
    ("blank", lambda text: "\n  \n", "is empty"),
    ("top list", lambda text: "[1, 2]", "a list at the top, not an object"),
    ("field shape", lambda text: json.dumps({**json.loads(text), "negation": 5}), "does not hold what StoryLens"),
    ("not utf-8", lambda text: "\udcff", "is not UTF-8 text"),
]


def _damage(path: Path, how) -> None:
    path.write_bytes(how(path.read_text(encoding="utf-8")).encode("utf-8", "surrogateescape"))


@pytest.mark.parametrize(("kind", "how", "words"), DAMAGES, ids=[d[0] for d in DAMAGES])
def test_damaged_language_file_is_one_error_naming_it(text_data, kind, how, words):
    _damage(text_data / "en.json", how)
    with pytest.raises(DataFileError) as caught:
        _lang.profile("en")
    message = str(caught.value)
    assert message.startswith(f"{text_data / 'en.json'}: ")
    assert words in message
    assert message.endswith(REINSTALL)
    assert "\n" not in message
    assert isinstance(caught.value, ModelError)  # in the tree: callers catching ModelError or StoryLensError see it


def test_unreadable_file_is_one_error_naming_it(tmp_path, monkeypatch):
    # the tests run as root, whom chmod 000 does not stop: the read is refused as for a user
    path = tmp_path / "en.json"
    path.write_text("{}", encoding="utf-8")
    real = Path.read_bytes

    def refused(self):
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", refused)
    with pytest.raises(DataFileError, match=r"en\.json: cannot be read \(Permission denied\); reinstall"):
        read_json(path)


def test_other_language_and_undamaged_file_still_read(text_data):
    _damage(text_data / "de.json", lambda text: text[:10])
    assert _lang.profile("en").reporting_verbs  # only the damaged file fails
    with pytest.raises(DataFileError, match="de.json"):
        _lang.profile("de")


def test_shared_text_table_damaged(monkeypatch, tmp_path):
    (tmp_path / "clubs.json").write_text('{"before": ["Olympique"', encoding="utf-8")
    monkeypatch.setattr(_lang, "_DATA", tmp_path)
    _lang.club_words.cache_clear()
    try:
        with pytest.raises(DataFileError, match=r"clubs\.json: is not valid JSON"):
            _lang.club_words()
    finally:
        _lang.club_words.cache_clear()


def test_compare_says_one_line_and_exits_2(text_data, tmp_path):
    _damage(text_data / "en.json", lambda text: text[:200])
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("Heavy rain flooded the city of Valencia on Tuesday, officials said. Schools were shut.",
                     encoding="utf-8")
    second.write_text("Floods hit Valencia on Tuesday after heavy rain, the mayor said. Roads were closed.",
                      encoding="utf-8")
    result = CliRunner().invoke(app, ["compare", str(first), str(second), "--no-cache", "-f", "json"])
    assert result.exit_code == StoryLensError.exit_code, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1
    assert re.fullmatch(rf"storylens: error: {re.escape(str(text_data / 'en.json'))}: is not valid JSON at line 2 "
                        rf"column \d+ \(Unterminated string starting at\): cut short or edited; "
                        rf"{re.escape(REINSTALL)}", lines[0]), lines[0]
    assert "Traceback" not in result.output


def test_ingest_reader_lets_the_data_error_through(monkeypatch, tmp_path):
    """A reader's catch-all makes any error that file's failure; a damaged data file would fail every file alike
    and be reported as an internal error of each: the run stops on it instead."""
    from storylens.ingest import walk

    (tmp_path / "a.txt").write_text("text", encoding="utf-8")

    def damaged(path, **kwargs):
        raise DataFileError("/x/outlets.json", "is empty", REINSTALL)
        yield  # pragma: no cover

    monkeypatch.setitem(walk._READERS, "text", damaged)
    with pytest.raises(DataFileError, match="outlets.json"):
        list(walk._read("text", tmp_path / "a.txt"))


def test_similarity_tables_given_by_path(tmp_path):
    from storylens.similarity import LeadBank, TermTable
    from storylens.similarity._model import _load_models

    terms = tmp_path / "terms.json"
    terms.write_text('{"docs": 3}', encoding="utf-8")  # "df" missing
    with pytest.raises(DataFileError, match=r"terms\.json: does not hold .*KeyError.*train_similarity\.py"):
        TermTable.load(terms)
    bank = tmp_path / "bank.npz"
    bank.write_bytes(b"PK\x03\x04 cut short")
    with pytest.raises(DataFileError, match=r"bank\.npz: is damaged"):
        LeadBank.load(bank)
    arrays = tmp_path / "arrays.npz"
    np.savez(arrays, other=np.zeros(2))  # a valid archive without the bank's arrays
    with pytest.raises(DataFileError, match=r"arrays\.npz: is damaged"):
        LeadBank.load(arrays)
    model = tmp_path / "model.joblib"
    model.write_bytes(b"\x80\x04 not a model")
    with pytest.raises(DataFileError, match=r"model\.joblib: is damaged"):
        _load_models("similarity-model-v2.joblib", model)


def test_shipped_similarity_file_unreadable(monkeypatch):
    from storylens.similarity import _common

    real = Path.read_bytes

    def refused(self):
        if self.name == "place-capitals.json":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", refused)
    with pytest.raises(DataFileError, match=r"data/place-capitals\.json: cannot be read .*; reinstall storylens"):
        _common._data_json("place-capitals.json")


def test_stream_prepare_lets_the_data_error_through(monkeypatch):
    """The stream's per-article catch-all (one odd article must not stop thousands) made a damaged data file every
    article's 'internal error': the run stops on it instead."""
    from storylens.models import RawDocument
    from storylens.report import compare
    from storylens.stream.prepare import prepare_and_embed

    def damaged(*args, **kwargs):
        raise DataFileError("/x/en.json", "is empty", REINSTALL)

    monkeypatch.setattr(compare, "prepare_document", damaged)
    raw = RawDocument("a.txt", "Heavy rain flooded Valencia on Tuesday, officials said. Schools were shut.")
    with pytest.raises(DataFileError, match="en.json"):
        prepare_and_embed([(raw, "a1")], (None, None), None)
