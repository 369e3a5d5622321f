"""Field cases through the whole comparison: segmentation, quotes and dates (issue 12, language layer)."""

from pathlib import Path

import pytest

from storylens.report.compare import Comparer

FIELD = Path(__file__).resolve().parents[3] / "shared" / "data" / "field-cases"


@pytest.fixture(scope="module")
def comparer(embedder):
    # one set of loaded components for the module; the fast similarity model skips e5 (not under test here)
    return Comparer(embedder=embedder, similarity_model="fast")


def _compare(case, names, comparer):
    paths = [FIELD / case / n for n in names]
    if not all(p.exists() for p in paths):
        pytest.skip(f"field cases not found at {FIELD}")
    return comparer.compare(paths)


def _matched(comparison, left, right):
    by_id = {q.id: q for q in comparison.quotes}
    return any(
        q.text.startswith(left) and by_id[m.quote].text.startswith(right)
        for q in comparison.quotes for m in q.matches
    )


def test_de_quotes(comparer):
    c = _compare("de-quotes", ["de.txt", "en.txt"], comparer)
    de = c.documents[0]
    assert not any(s.text.strip() in {'"', "“", "”", "„"} for s in de.sentences)
    speakers = {q.text: q.speaker for q in c.quotes if q.doc == de.id}
    assert speakers["Wir werden die Pflege zu Hause neu ordnen."] == "Petra Vogel"
    assert speakers["Das ist ein guter Tag für die Familien"] == "Petra Vogel"
    assert speakers["Das betrifft zum Beispiel die häusliche Versorgung und das Modell der persönlichen Assistenz."] == "Petra Vogel"
    assert _matched(c, "Wir werden die Pflege", "We will reorganise care at home")


def test_zh_quote_segment(comparer):
    c = _compare("zh-quote-segment", ["zh.txt", "en.txt"], comparer)
    zh = c.documents[0]
    assert not any(s.text.startswith("”") for s in zh.sentences)
    assert any(s.text.startswith("“这次降雨范围很广。”") and s.text.endswith("王丽说。") for s in zh.sentences)
    assert {q.speaker for q in c.quotes if q.doc == zh.id} == {"王丽"}
    assert any("她表示，预计" in s.text for s in zh.sentences)  # full-width punctuation kept verbatim
    assert _matched(c, "这次降雨范围很广", "The rain will cover a very wide area")
    assert _matched(c, "请市民尽量减少外出", "Residents should stay at home")


def test_quote_speaker_layout(comparer):
    c = _compare("quote-speaker-layout", ["a.txt", "b.txt"], comparer)
    speakers = {q.text[:25]: q.speaker for q in c.quotes if q.doc == c.documents[0].id}
    assert speakers == {
        "As I said when she was no": "Daniel Starke",
        "Anna brings a wealth of t": "Rita Moreno",
        "The network upgrade must ": "the minister",
    }


def test_de_dates_day_month_is_a_date(comparer):
    c = _compare("de-dates", ["de.txt", "en.txt"], comparer)
    thursday = [e for e in c.timeline if any("(13.01.)" in ev.text for ev in e.evidence)]
    assert thursday and thursday[0].date == "2022-01-13"
    numbers = [n for cl in c.claims for n in getattr(cl, "numbers", ()) if "13.01" in getattr(n, "text", "")]
    assert numbers == []


def test_mojibake_lossy_quotes_speaker_and_match(comparer):
    c = _compare("mojibake-lossy-quotes", ["a.txt", "b.txt"], comparer)
    a = c.documents[0]
    speakers = {q.text: q.speaker for q in c.quotes if q.doc == a.id}
    assert speakers["We will reopen the bridge to cars next Monday"] == "Jürgen Müller"
    assert speakers["It’s been a long winter for everyone."] == "Jürgen Müller"
    assert _matched(c, "It’s been a long winter for everyone.", "It's been a long winter for everyone")
