"""A text in a language outside the language data is read without any language's numbers, dates, negation and
measures; the document says so (trial50 F11, trial49 F7: Romanian, Swedish and Greek texts were read silently,
"Nimeni nu a fost rănit" against "Three people were injured" shared with no word of why): one warning in
compare's JSON, Markdown, HTML and terminal reports and on stderr, and one line for an ingest run, the note kept
in each stored article's metadata."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from storylens import stream
from storylens.cli import _print_ingest_report, app
from storylens.ingest import read_text
from storylens.models import Comparison, Similarity
from storylens.report import render
from storylens.report.compare import prepare_document
from storylens.store import open_store
from storylens.stream.ingest import IngestReport
from storylens.text import LANGUAGES, unread_language_note

# one bridge closure, told in languages outside the data and in one inside it (Greek, read since lang46: issue #12)
TEXTS = {
    "ro": ("Podul de la Giurgiu, închis după un accident\n\nPodul Prieteniei dintre Giurgiu și Ruse a fost închis "
           "miercuri seara după ce un camion a luat foc pe carosabil, a anunțat Inspectoratul pentru Situații de "
           "Urgență. Nimeni nu a fost rănit. Podul rămâne închis până luni, iar aproximativ 500 de camioane "
           "așteaptă la frontieră."),
    "sv": ("Bron vid Giurgiu stängd efter en olycka\n\nVänskapsbron mellan Giurgiu och Ruse stängdes på onsdagskvällen "
           "efter att en lastbil fattat eld på körbanan, meddelade räddningstjänsten. Ingen skadades. Bron förblir "
           "stängd till måndag och omkring 500 lastbilar väntar vid gränsen."),
}
EL = ("Κλειστή η γέφυρα του Τζιούρτζιου μετά από ατύχημα\n\nΗ Γέφυρα της Φιλίας μεταξύ Τζιούρτζιου και Ρούσε "
      "έκλεισε την Τετάρτη το βράδυ, αφού ένα φορτηγό πήρε φωτιά στο οδόστρωμα, ανακοίνωσε η πυροσβεστική. "
      "Κανείς δεν τραυματίστηκε. Η γέφυρα παραμένει κλειστή έως τη Δευτέρα και περίπου 500 φορτηγά "
      "περιμένουν στα σύνορα.")
EN = ("Romania-Bulgaria bridge closed after truck fire\n\nThe Friendship Bridge between Giurgiu and Ruse was closed "
      "on Wednesday evening after a truck caught fire on the roadway, the emergency services said. Three people "
      "were injured. About 500 trucks are waiting at the border.")


@pytest.mark.parametrize(("code", "name"), [("ro", "Romanian"), ("sv", "Swedish"), ("fi", "Finnish"),
                                            ("hi", "Hindi"), ("ms", "Malay"), ("ro-RO", "Romanian")])
def test_the_note_names_the_language_and_what_is_not_read(code, name):
    note = unread_language_note(code)
    assert note is not None and note.startswith(f"language: {code.split('-')[0]} ({name}) has no language data")
    for part in ("number words", "negation", "measures"):
        assert part in note


@pytest.mark.parametrize("code", [*LANGUAGES, "de-AT", "pt-BR", None, ""])
def test_no_note_for_a_language_of_the_data_or_none(code):
    assert unread_language_note(code) is None


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_a_document_outside_the_language_data_carries_one_warning(lang):
    doc = prepare_document(read_text(TEXTS[lang], f"{lang}.txt"), "d1")
    assert doc.language == lang
    [warning] = doc.warnings
    assert warning == unread_language_note(lang)
    assert prepare_document(read_text(EN, "en.txt"), "d2").warnings == ()


def test_a_greek_document_is_read_with_the_language_data():
    """Greek has a data file (text/data/el.json): no "no language data" warning, only the encoder's note (USE m3
    does not read Greek), and "Κανείς δεν τραυματίστηκε" (nobody was injured) is read as a negation."""
    from storylens.analysis.conflicts import negated
    from storylens.text import unread_encoder_note

    doc = prepare_document(read_text(EL, "el.txt"), "d1")
    assert doc.language == "el"
    assert doc.warnings == (unread_encoder_note("el"),)
    assert negated("Κανείς δεν τραυματίστηκε.", "el")


def test_every_report_format_says_the_warning():
    docs = (prepare_document(read_text(TEXTS["ro"], "ro.txt"), "d1"), prepare_document(read_text(EN, "en.txt"), "d2"))
    result = Comparison(documents=docs, similarity=Similarity(True, 0.6, {}))
    note = unread_language_note("ro")
    assert note is not None
    assert json.loads(render(result, "json"))["documents"][0]["warnings"] == [note]
    assert f"> warning d1: {note}" in render(result, "markdown")
    assert "<p class='conf warning'>warning d1: language: ro (Romanian)" in render(result, "html")
    assert "warning d1: language: ro (Romanian) has no language data" in " ".join(render(result, "terminal").split())
    assert "warning d2" not in render(result, "markdown")


def test_compare_prints_the_warning_on_stderr(tmp_path):
    (tmp_path / "ro.txt").write_text(TEXTS["ro"], encoding="utf-8")
    (tmp_path / "en.txt").write_text(EN, encoding="utf-8")
    res = CliRunner().invoke(app, ["compare", str(tmp_path / "ro.txt"), str(tmp_path / "en.txt"), "-f", "json",
                                   "--fast-similarity"])
    assert res.exit_code == 0, res.output
    [line] = [x for x in res.stderr.splitlines() if x.startswith("storylens: warning:")]
    assert "ro.txt: language: ro (Romanian) has no language data" in line


def test_an_ingest_run_says_the_languages_once_and_keeps_the_note(tmp_path, hashing_embedder, capsys):
    for lang, text in TEXTS.items():
        (tmp_path / f"{lang}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "en.txt").write_text(EN, encoding="utf-8")
    with open_store(tmp_path / "s.db") as store:
        report = stream.ingest_paths([str(tmp_path / f"{x}.txt") for x in (*TEXTS, "en")], store,
                                     embedder=hashing_embedder)
        assert report.unread_languages == (("ro", 1), ("sv", 1))
        stored = {a.language: a for a in store.articles()}
    assert stored["ro"].metadata["warnings"] == [unread_language_note("ro")]
    assert "warnings" not in stored["en"].metadata
    _print_ingest_report(report)
    lines = [x for x in capsys.readouterr().err.splitlines() if "without language data" in x]
    assert lines == [lines[0]] and "2 articles in languages without language data (ro 1, sv 1)" in lines[0]


def test_an_ingest_report_of_languages_of_the_data_says_nothing(capsys):
    _print_ingest_report(IngestReport(added=("a0",)))
    assert "language data" not in capsys.readouterr().err
