"""A very long input is cut to settings.compare_max_chars with a warning, never silently (a 9 MB text never
finished `compare`)."""

from __future__ import annotations

import dataclasses
import json

from typer.testing import CliRunner

from storylens import Comparer
from storylens.cli import app
from storylens.prepare.clean import cut_text as _cut
from storylens.report import render, validate
from storylens.settings import DEFAULT

from ..conftest import CNN_SEED, FAZ_SEED

PARAGRAPH = ("The river rose again on Tuesday, the city said. Three hundred residents left their homes "
             "and the schools stayed closed.\n\n")


def test_a_long_text_is_cut_at_a_paragraph_end_with_a_warning(tmp_path, hashing_embedder):
    long = tmp_path / "long.txt"
    # ~46,000 characters; each paragraph its own (one paragraph given 400 times is read once: robust70)
    long.write_text("".join(PARAGRAPH.replace("Three hundred", f"{300 + i}") for i in range(400)), encoding="utf-8")
    settings = dataclasses.replace(DEFAULT, compare_max_chars=5_000)
    comparer = Comparer(embedder=hashing_embedder, similarity_model="fast", cache=False, settings=settings)
    result = comparer.compare([long, CNN_SEED])
    doc = result.documents[0]
    assert len(doc.text) <= 5_000 and doc.text.endswith("closed.")
    [warning] = doc.warnings
    assert warning.startswith("truncated:") and "compare_max_chars" in warning
    assert result.documents[1].warnings == ()  # the seed is short: untouched
    validate(json.loads(render(result, "json")), "comparison")


def test_the_cli_prints_every_document_warning(tmp_path):
    # The same path prints a truncation; here a repaired byte (nearly UTF-8), which compare never reported.
    text = CNN_SEED.read_bytes()
    damaged = tmp_path / "damaged.txt"
    damaged.write_bytes(text[:200] + b"\xff" + text[200:])
    res = CliRunner().invoke(app, ["compare", str(damaged), str(FAZ_SEED), "-f", "json", "--fast-similarity"])
    assert res.exit_code == 0, res.output
    [line] = [x for x in res.stderr.splitlines() if x.startswith("storylens: warning:")]
    assert "damaged.txt:" in line
    assert json.loads(res.stdout)["documents"][0]["warnings"]


def test_cut_prefers_paragraph_then_sentence_ends():
    assert _cut("a" * 10, 20) == "a" * 10
    assert _cut("x" * 80 + "\n\n" + "y" * 40, 100) == "x" * 80
    assert _cut("Word. " * 30, 100).endswith("Word.") and len(_cut("Word. " * 30, 100)) <= 100
    assert _cut("z" * 300, 100) == "z" * 100


def test_a_paragraph_in_another_language_keeps_its_own_language():
    # A file holding an English and a German report was all "de": "Nobody was injured." read with
    # German negations "affirmed" and conflicted with "Verletzt wurde niemand." in the other document.
    from storylens.ingest import read_text
    from storylens.report.compare import prepare_document

    en = ("A large fire destroyed a warehouse in the east of Berlin on Thursday night. Nobody was injured. "
          "Police are investigating the cause of the fire.")
    de = ("Ein Großbrand hat in der Nacht zu Freitag eine Lagerhalle im Osten Berlins zerstört. Verletzt wurde "
          "niemand. Die Polizei ermittelt zur Brandursache und schließt Brandstiftung nicht aus. Rund 120 "
          "Feuerwehrleute kämpften mehr als zehn Stunden gegen die Flammen.")
    doc = prepare_document(read_text(f"{en}\n\n{de}", "mixed.txt"), "d1")
    by_text = {s.text: s.language for s in doc.sentences}
    assert doc.language == "de" and by_text["Nobody was injured."] == "en" and by_text["Verletzt wurde niemand."] == "de"
    plain = prepare_document(read_text(f"{de}\n\n{de}", "de.txt"), "d2")
    assert {s.language for s in plain.sentences} == {"de"}


def test_a_one_sentence_paragraph_in_another_language_keeps_its_own_language():
    # Trial 11: "The Karakaya Dam was not damaged by the quake." (36 letters) in a German file was read
    # as German, its denial missed, and the claim with "The Karakaya Dam was damaged" came out shared.
    from storylens.ingest import read_text
    from storylens.report.compare import prepare_document

    de = ("Ein Erdbeben der Stärke 6,1 hat am Samstag die Provinz Malatya im Osten der Türkei erschüttert und "
          "mindestens zwölf Menschen getötet.")
    text = f"{de}\n\nThe Karakaya Dam was not damaged by the quake.\n\nDie Schulen bleiben bis Montag geschlossen."
    doc = prepare_document(read_text(text, "mixed.txt"), "d1")
    by_text = {s.text: s.language for s in doc.sentences}
    assert doc.language == "de" and by_text["The Karakaya Dam was not damaged by the quake."] == "en"
    assert by_text["Die Schulen bleiben bis Montag geschlossen."] == "de"


def test_a_stated_language_is_read_as_a_code_and_a_non_code_is_a_warning():
    # "de-DE" was kept as is (German negations then read as English: "de-DE" is not "de") and
    # "klingon" was echoed as the document's language.
    from dataclasses import replace

    from storylens.ingest import read_text
    from storylens.report.compare import prepare_document

    text = "Ein Großbrand hat eine Lagerhalle im Osten Berlins zerstört. Verletzt wurde niemand."
    raw = read_text(text, "de.txt")
    tagged = prepare_document(replace(raw, metadata={"language": "de-DE"}), "d1")
    assert tagged.language == "de" and {s.language for s in tagged.sentences} == {"de"}
    bogus = prepare_document(replace(raw, metadata={"language": "klingon"}), "d2")
    assert bogus.language == "de"
    assert any("'klingon' is not a language code" in w for w in bogus.warnings)
