"""One same-story judgement: copies are the same story, and a text scores the same through every entry point."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from storylens import similarity as sim
from storylens.similarity.shingles import looks_like_wall, near_duplicate

from ..conftest import CNN_SEED, FAZ_SEED

HEADER = "2022-01-08 By Jane Roe and John Poe, Reuters"
AUTHOR_BOX = "Jane Roe\nSenior correspondent in Central Asia."


def _paragraphs(path) -> list[str]:
    return [p for p in path.read_text(encoding="utf-8").split("\n") if p.strip()]


def _cut(text: str, keep: float) -> str:
    paras = [p for p in text.split("\n") if p.strip()]
    return "\n".join(paras[: max(1, int(len(paras) * keep))])


@pytest.fixture(scope="module")
def model():
    return sim.SimilarityModel.load()


@pytest.fixture
def encoders(embedder, doc_embedder):
    return {"embedder": embedder, "doc_embedder": doc_embedder}


# ---------------------------------------------------------------- the shingle signal (no model)


def test_shingles_see_copies_through_case_punctuation_and_cuts():
    text = CNN_SEED.read_text(encoding="utf-8")
    assert near_duplicate(text, text).containment == 1.0
    assert near_duplicate(text, text.upper().replace(",", " ")).containment == 1.0
    cut = near_duplicate(text, _cut(text, 0.5))
    assert cut.is_copy and cut.containment >= 0.95 and cut.jaccard < 0.8
    assert not near_duplicate(text, FAZ_SEED.read_text(encoding="utf-8")).is_copy
    # The same text is the same text however short; a short text inside a longer one is too little to call.
    assert near_duplicate("Storm hits Berlin.", "storm hits Berlin").is_copy
    assert not near_duplicate("Storm hits Berlin.", "Storm hits Berlin. Rain and wind in Paris tomorrow.").is_copy


def test_cjk_text_shingles_by_character():
    a = "北京时间周五，哈萨克斯坦总统托卡耶夫表示，已下令部队在不警告的情况下开枪。" * 3
    assert near_duplicate(a, a).is_copy
    assert near_duplicate(a, "东京的天气预报说，明天将有大雨，气温下降到五度以下。" * 3).containment < 0.1


def test_a_sites_cookie_wall_is_not_a_copy():
    wall = ("We use cookies to improve your experience. See our privacy policy. "
            "Click accept and close to agree to the use of cookies and the processing of your data " * 3)
    assert looks_like_wall(wall)
    assert not near_duplicate("Storm hits Berlin\n" + wall, "Flood in Rome\n" + wall).is_copy
    assert not looks_like_wall(CNN_SEED.read_text(encoding="utf-8"))


# ---------------------------------------------------------------- copies through the model


def test_copies_and_cut_copies_are_the_same_story(encoders, model):
    cnn = CNN_SEED.read_text(encoding="utf-8")
    faz = FAZ_SEED.read_text(encoding="utf-8")
    copies = [
        (cnn, cnn),  # identical
        (cnn, f"{HEADER}\n{cnn}"),  # syndicated: another outlet's header
        (cnn, _cut(cnn, 0.6)),  # last paragraphs cut
        (f"{HEADER}\n{AUTHOR_BOX}\n{_cut(cnn, 0.5)}", cnn),  # re-headed and cut
        (faz, faz),
    ]
    scores = sim.score_pairs(copies, model=model, **encoders)
    for s in scores:
        assert s.same_story and s.overall >= 0.95, s
        assert s.reasons[0].startswith("near-identical text: ") and "% of shingles shared" in s.reasons[0]
        assert all(getattr(s, d) >= 0.95 for d in sim.DIMENSIONS)
        # one measure of overlap: no share of a sample of sentences beside the shingle share (trial 8)
        assert not any(r.startswith("matching content:") for r in s.reasons), s.reasons
    assert scores[0].overall == 1.0 and "100 %" in scores[0].reasons[0]
    # the seeds (one story, two outlets, no shared text) stay the same story, without the copy reason
    seeds = sim.score_pair(cnn, faz, model=model, **encoders)
    assert seeds.same_story and not seeds.reasons[0].startswith("near-identical")


# ---------------------------------------------------------------- one preparation path


@pytest.fixture
def article_files(tmp_path):
    """Two article files with a dateline header and an author box (what clean_text removes)."""
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(f"{HEADER}\n{AUTHOR_BOX}\n" + "\n".join(_paragraphs(CNN_SEED)), encoding="utf-8")
    b.write_text("2022-01-07 By Max Mustermann, FAZ\n" + "\n".join(_paragraphs(FAZ_SEED)), encoding="utf-8")
    return a, b


def test_the_same_texts_score_the_same_through_every_entry_point(article_files, tmp_path, monkeypatch,
                                                                  embedder, doc_embedder, model):
    from storylens import cli
    from storylens.ingest import read_path
    from storylens.report.compare import Comparer, prepare_document

    monkeypatch.setattr("storylens.embed.get_default_embedder", lambda cache=True: embedder)
    monkeypatch.setattr("storylens.embed.get_document_embedder", lambda cache=True: doc_embedder)
    a, b = article_files
    raw_a, raw_b = (p.read_text(encoding="utf-8") for p in (a, b))
    runner = CliRunner()

    python = sim.score_pair(raw_a, raw_b, embedder=embedder, doc_embedder=doc_embedder, model=model).overall

    res = runner.invoke(cli.app, ["similarity", str(a), str(b), "--format", "json"])
    assert res.exit_code == 0, res.output
    two_files = json.loads(res.stdout)["overall"]

    pairs = tmp_path / "pairs.csv"
    with open(pairs, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["text1", "text2"], [raw_a, raw_b]])
    res = runner.invoke(cli.app, ["similarity", "--pairs", str(pairs)])
    assert res.exit_code == 0, res.output
    csv_out = float(next(csv.DictReader(io.StringIO(res.stdout)))["overall"])

    comparison = Comparer(embedder=embedder, doc_embedder=doc_embedder, cache=False).compare([str(a), str(b)])
    compared = comparison.similarity.overall

    assert python == pytest.approx(two_files, abs=1e-4)
    swapped = sim.score_pair(raw_b, raw_a, embedder=embedder, doc_embedder=doc_embedder, model=model).overall
    assert python == pytest.approx(swapped, abs=1e-4)  # either order (trial 6: 0.989 vs 0.969)
    assert python == pytest.approx(csv_out, abs=1e-4)
    assert python == pytest.approx(compared, abs=1e-3)
    # the stream prepares articles with compare's prepare_document: the same cleaned body
    doc = prepare_document(read_path(a), "a")
    prepared = sim.prepare_text(raw_a).text
    assert prepared == sim.prepare_text(sim.document_text(doc)).text == sim.prepare_text(sim.read_article(a)).text
    assert sim.prepare_text(prepared).text == prepared  # idempotent
    assert doc.text.endswith(prepared.split("\n", 1)[1])
    assert "Jane Roe" not in sim.prepare_text(raw_a).text.split("\n")[0]


def test_compare_of_a_file_with_itself_says_same_story_with_the_copy_reason(article_files):
    from storylens import cli

    a, _ = article_files
    res = CliRunner().invoke(cli.app, ["compare", str(a), str(a), "--format", "json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    verdict = data["similarity"]
    assert verdict["same_story"] is True and verdict["overall"] >= 0.95
    assert any(r.startswith("near-identical text: 100 %") for r in verdict["reasons"])
