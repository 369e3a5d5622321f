"""The Python API and the acceptance facts of the seed comparison."""

import pytest

import storylens
from storylens.errors import InputError, NotEnoughDocumentsError
from storylens.report import comparison_to_dict, validate

from ..conftest import CNN_SEED, FAZ_SEED


@pytest.fixture(scope="module")
def seeds(embedder):
    return storylens.compare([CNN_SEED, FAZ_SEED], embedder=embedder)


def _shared_text(comparison):
    return [" || ".join(e.text for e in c.evidence) for c in comparison.claims if c.status != "unique"]


def test_metadata(seeds):
    cnn, faz = seeds.documents
    assert cnn.outlet == "CNN" and cnn.published == "2022-01-07"
    assert cnn.authors == ("Radina Gigova", "Anna Chernova", "Katharina Krebs")
    assert cnn.contributors == ("Joshua Berlinger",)
    assert faz.authors == ("Reinhard Veser",)


def test_no_boilerplate_in_sentences(seeds):
    for doc in seeds.documents:
        for s in doc.sentences:
            for junk in ("date 2022-01-07", "Editor in politics", "Follow I follow", "contributed to this report", "Reinhard Veser"):
                assert junk not in s.text


@pytest.mark.parametrize(
    "cnn_words, faz_words",
    [
        ("without warning", "without warning"),
        ("state of emergency", "state of emergency"),
        ("fuel prices", "fuel prices"),
        ("Putin", "Putin"),
    ],
)
def test_shared_facts(seeds, cnn_words, faz_words):
    shared = _shared_text(seeds)
    assert any(cnn_words in s.split(" || ")[0] and faz_words in s for s in shared), shared


def test_csto_request_is_shared(seeds):
    assert any("Collective Security Treaty" in s and "ODKB" in s for s in _shared_text(seeds))


def test_unique_facts(seeds):
    unique = {c.docs[0]: [] for c in seeds.claims if c.status == "unique"}
    for c in seeds.claims:
        if c.status == "unique":
            unique[c.docs[0]].append(c.text)
    assert any("20,000" in t for t in unique["d2"])
    assert any("Nazarbayev" in t for t in unique["d2"])
    assert any("2020" in t for t in unique["d1"])


def test_same_story(seeds):
    assert seeds.similarity.same_story
    assert 0.5 < seeds.similarity.overall <= 1


def test_json_contract(seeds):
    report = comparison_to_dict(seeds)
    validate(report)
    assert report["schema"] == "storylens.comparison/1"


def test_texts_work_as_inputs(embedder):
    a = "The central bank raised interest rates by half a point on Tuesday to fight inflation."
    b = "Die Zentralbank hat am Dienstag die Zinsen um einen halben Prozentpunkt erhöht, um die Inflation zu bekämpfen."
    result = storylens.compare([a, b], embedder=embedder)
    assert result.documents[1].language == "de"
    assert result.claims[0].status == "shared"


def test_one_bad_input_among_three_is_skipped(embedder, tmp_path):
    seen = []
    result = storylens.compare([CNN_SEED, tmp_path / "missing.txt", FAZ_SEED], embedder=embedder, on_failure=seen.append)
    assert len(result.documents) == 2
    assert [f.source for f in seen] == [str(tmp_path / "missing.txt")]
    assert result.failures[0].reason.startswith("file not found")


def test_two_inputs_one_bad_raises_its_error(tmp_path):
    with pytest.raises(InputError, match="missing.txt: file not found"):
        storylens.compare([CNN_SEED, tmp_path / "missing.txt"])


def test_single_document():
    with pytest.raises(NotEnoughDocumentsError, match="at least two"):
        storylens.compare([CNN_SEED])


def test_long_single_line_texts_are_text(embedder):
    a = "The central bank raised interest rates by half a point on Tuesday to fight inflation, " * 4
    b = "Die Zentralbank hat am Dienstag die Zinsen um einen halben Prozentpunkt erhöht, um die Inflation zu bekämpfen. " * 3
    result = storylens.compare([a, b], embedder=embedder)
    assert [d.source for d in result.documents] == ["<text>", "<text>"]
