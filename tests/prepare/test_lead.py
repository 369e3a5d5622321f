"""Cheap lead sentences and language detection for the stream (storylens.prepare._lead), and the light spaCy import."""

from __future__ import annotations

import csv
import subprocess
import sys

import pytest

from storylens.prepare._lead import FastLanguageDetector, quick_lead_spans
from storylens.text.language import LanguageDetector


def _dev_texts(data_dir, n: int) -> list[str]:
    path = data_dir / "semeval2022t8" / "dev.csv"
    if not path.exists():
        pytest.skip(f"{path} not found")
    csv.field_size_limit(10**8)
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return list(dict.fromkeys(r[k] for r in rows for k in ("text1", "text2") if r[k].strip()))[:n]


def test_fast_language_detector_agrees_with_the_reference_on_dev_texts(data_dir):
    texts = _dev_texts(data_dir, 300)
    texts += ["", "too short", "THIS HEADLINE IS WRITTEN IN CAPITALS ABOUT THE ELECTION RESULTS",
              "word " * 3000 + "Ende des Textes", " \n\t " * 3000 + "Der Bundestag hat am Donnerstag beschlossen."]
    ref, fast = LanguageDetector(), FastLanguageDetector()
    assert [fast.detect(t) for t in texts] == [ref.detect(t) for t in texts]
    assert fast.language("??", default="en") == "en"


def test_quick_lead_spans_follow_abbreviations_initials_and_scripts():
    text = ("Mr. Smith went to Washington. He met Gen. J. Milley in the U.S. Capitol on Jan. 5 again. "
            "“We will win,” he said.\n\nA second paragraph. And more.")
    spans = quick_lead_spans(text, "en", n=10)
    assert [s.text for s in spans] == [
        "Mr. Smith went to Washington.", "He met Gen. J. Milley in the U.S. Capitol on Jan. 5 again.",
        "“We will win,” he said.", "A second paragraph.", "And more."]
    assert all(text[s.start:s.end] == s.text for s in spans)
    assert [s.paragraph for s in spans] == [0, 0, 0, 1, 1]
    assert len(quick_lead_spans(text, "en")) == 3
    assert [s.text for s in quick_lead_spans("Am 10. Januar kam er. Danach ging er.", "de")] == [
        "Am 10. Januar kam er.", "Danach ging er."]
    assert [s.text for s in quick_lead_spans("北京是中国的首都。上海很大！你好吗？", "zh")] == ["北京是中国的首都。", "上海很大！", "你好吗？"]
    assert [s.text for s in quick_lead_spans("Er kam z.B. spät. sie nicht.", "de")] == ["Er kam z.B. spät. sie nicht."]
    assert quick_lead_spans("", "en") == [] and quick_lead_spans("no end mark", None)[0].text == "no end mark"


def test_quick_lead_spans_read_the_language_profile_abbreviations():
    """text/data/pl.json lists "godz." and "prof." (pysbd's Polish list has neither); "tys." may end a sentence."""
    from storylens.text import profile

    assert {"godz", "prof"} <= {w.rstrip(".") for w in profile("pl").abbreviations}
    text = "Pożar wybuchł po godz. 10 w centrum. Mówi prof. Nowak. Zebrano 180 tys. Potem było cicho."
    assert [s.text for s in quick_lead_spans(text, "pl", n=5)] == [
        "Pożar wybuchł po godz. 10 w centrum.", "Mówi prof. Nowak.", "Zebrano 180 tys.", "Potem było cicho."]


@pytest.mark.slow  # pysbd on 120 dev texts
def test_quick_lead_spans_cover_dev_texts_like_pysbd(data_dir):
    from storylens.text.segment import Segmenter

    texts = _dev_texts(data_dir, 120)
    detector, seg = FastLanguageDetector(), Segmenter()
    same = 0
    for t in texts:
        lang = detector.language(t)
        quick = quick_lead_spans(t, lang)
        assert quick and all(t[s.start:s.end] == s.text for s in quick)
        same += [s.text for s in quick] == [s.text for s in seg.split(t[:1500], lang)[:3]]
    assert same >= 0.6 * len(texts)  # 72 % on 600 dev texts when written; the rest are split differently, not lost


@pytest.mark.slow  # loads the spaCy model in a fresh process
def test_spacy_loads_without_its_cli_and_the_cli_still_imports():
    code = ("import sys; from storylens.analysis.entities import load_english; nlp = load_english(); "
            "print(sorted(m for m in ('weasel', 'httpx', 'spacy.cli', 'typer') if m in sys.modules)); "
            "import spacy.cli; print(hasattr(spacy.cli, 'download'), [e.text for e in nlp('Tokayev met Putin.').ents])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.splitlines()
    assert out == ["[]", "True ['Tokayev', 'Putin']"]


def test_lead_tools_plug_into_prepare_document():
    from storylens.models import RawDocument
    from storylens.prepare._lead import LeadSegmenter
    from storylens.report.compare import prepare_document

    text = "Tokayev spoke on Monday. Troops left Almaty. Prices fell. A fourth sentence.\n\nMore text here."
    raw = RawDocument(source="<t>", text=text)
    doc = prepare_document(raw, "a1", language=FastLanguageDetector(), segmenter=LeadSegmenter(), segment_chars=1500)
    assert doc.language == "en"
    assert [s.text for s in doc.sentences] == ["Tokayev spoke on Monday.", "Troops left Almaty.", "Prices fell."]


def test_detectors_share_one_loaded_model_and_a_bad_file_is_a_model_error(tmp_path, monkeypatch):
    """Each Comparer's detector loaded fastText's model again (~30 ms; 330 loads in tests/report and
    tests/similarity, suite50): one loaded model per process and file, read-only."""
    from storylens.errors import ModelError
    from storylens.prepare import _lead

    first, second = FastLanguageDetector(), FastLanguageDetector(min_confidence=0.9)
    assert first._model() is second._model()
    assert first.language("Die Regierung hat am Montag neue Regeln beschlossen.") == "de"
    bad = tmp_path / "lid.ftz"
    bad.write_bytes(b"not a fastText model")
    monkeypatch.setattr(_lead, "_bundled_model_path", lambda: bad)
    with pytest.raises(ModelError, match="cannot be loaded"):
        FastLanguageDetector()._model()
