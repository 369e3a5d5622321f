"""A long article's work grows with its length, never with its square, and every reader of a stored text reads the
first settings.compare_max_chars of it as compare does (newuser78 H2: `storylens ingest` of a 6 MB article and a
copy was killed at 600 s with nothing stored; a 1 MB article and a copy took 33 s: clean's next-line lookup copied
the lines after each line, and the near-duplicate rules cleaned the whole stored text). No timed asserts: the
work is counted (lines read, characters cleaned) for a text and one four times as long."""

from __future__ import annotations

import dataclasses

import pytest

import storylens.prepare.clean as clean_module
import storylens.settings as settings_module
from storylens.prepare.clean import clean_text

_PARAGRAPHS = (
    "A fire broke out at a chemical warehouse in Ludwigshafen on Friday morning, injuring {n} workers.",
    "Der Brand brach kurz nach 6 Uhr in einer Lagerhalle der Firma Kessler Chemie aus, sagte Polizeisprecher {n}.",
    "Environ {n} pompiers ont été déployés pour maîtriser les flammes, selon la préfecture.",
    "Los vecinos de los barrios cercanos recibieron la orden de cerrar puertas y ventanas ({n}).",
    "Пожар был потушен к полудню, сообщили в пожарной службе города, {n} человек эвакуированы.",
)


def _article(paragraphs: int) -> str:
    body = "\n\n".join(_PARAGRAPHS[k % len(_PARAGRAPHS)].format(n=k) for k in range(paragraphs))
    return "Warehouse fire injures workers\n\nLUDWIGSHAFEN, March 14 (Reuters) - " + body + "\n"


class _CountingLines(list):
    """The text's lines, counting every line read through them (an index, a slice's lines, a whole pass)."""

    read = 0

    def __getitem__(self, key):
        got = super().__getitem__(key)
        _CountingLines.read += len(got) if isinstance(key, slice) else 1
        return got

    def __iter__(self):
        _CountingLines.read += len(self)
        return super().__iter__()


class _Text(str):
    def splitlines(self, keepends: bool = False) -> list[str]:
        return _CountingLines(super().splitlines(keepends))


def _lines_read(text: str) -> int:
    _CountingLines.read = 0
    clean_text(_Text(text))
    return _CountingLines.read


def test_clean_reads_each_line_a_bounded_number_of_times() -> None:
    # the next non-empty line was found in a copy of every line after it: 4x the lines cost 16x the reads
    short, long = _lines_read(_article(500)), _lines_read(_article(2_000))
    assert short > 0
    assert long <= 4.5 * short, (short, long)


def test_clean_of_a_long_text_keeps_its_text() -> None:
    text = _article(2_000)
    cleaned = clean_text(text)
    assert cleaned.text.count("\n\n") == 2_000  # the title and every paragraph kept, the dateline read
    assert "Kessler Chemie" in cleaned.text.splitlines()[-1] or "Kessler" in cleaned.text


@pytest.fixture
def small_limit(monkeypatch: pytest.MonkeyPatch) -> int:
    limit = 5_000
    monkeypatch.setattr(settings_module, "DEFAULT", dataclasses.replace(settings_module.DEFAULT, compare_max_chars=limit))
    return limit


@pytest.fixture
def cleaned_chars(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    seen: list[int] = []
    real = clean_module.clean_text

    def counting(text: str):
        seen.append(len(text))
        return real(text)

    monkeypatch.setattr(clean_module, "clean_text", counting)
    return seen


def _one_mb() -> str:
    text = _article(12_000)
    return text[: 1_000_000] if len(text) >= 1_000_000 else text * (1_000_000 // len(text) + 1)


@pytest.mark.parametrize("size", [1, 4])
def test_pair_rules_read_the_capped_text(small_limit: int, cleaned_chars: list[int], size: int) -> None:
    # the near-duplicate and join rules (VerdictRules.add -> prepare_text) cleaned a stored text whole
    from storylens.similarity import prepare_text

    text = _one_mb() * size
    prepared = prepare_text(text)
    assert sum(cleaned_chars) <= 2 * small_limit + 3 * small_limit  # the capped raw text, then the body's passes
    assert len(prepared.text) <= small_limit + 200  # the body cut at the limit (the title line besides)
    assert any(w.startswith("truncated:") and f"{len(text):,}" in w for w in prepared.warnings), prepared.warnings


def test_pair_rules_keep_a_short_text_whole_without_a_warning(small_limit: int) -> None:
    from storylens.similarity import prepare_text

    prepared = prepare_text(_article(10))
    assert not prepared.warnings and "{n}" not in prepared.text and "Kessler" in prepared.text


@pytest.mark.parametrize("size", [1, 4])
def test_version_reading_reads_the_capped_text(small_limit: int, cleaned_chars: list[int], size: int) -> None:
    # ingest's fuller-text check and the story's versions (analysis.versions.cleaned_text) cleaned it whole too
    from storylens.analysis.versions import cleaned_text

    text = _one_mb() * size + f"\n{size}"  # not one of cleaned_text's kept texts
    clean = cleaned_text(text)
    assert sum(cleaned_chars) <= 2 * small_limit
    assert len(clean.text) <= small_limit


def test_similarity_reads_a_file_capped_with_the_warning(small_limit: int, tmp_path) -> None:
    from storylens.similarity import read_prepared

    path = tmp_path / "big.txt"
    path.write_text(_one_mb(), encoding="utf-8")
    prepared = read_prepared(path)
    assert len(prepared.text) <= small_limit + 200
    assert any(w.startswith("truncated:") for w in prepared.warnings), prepared.warnings


def _ingested_chars(tmp_path, seen: list[int], text: str) -> tuple[int, list[str]]:
    """Characters ingest cleaned (in this process; ``seen``: the ``cleaned_chars`` fixture's record) for ``text`` and
    a copy of its opening; the stored warnings."""
    from storylens import stream
    from storylens.embed import HashingEmbedder
    from storylens.store import open_store

    start = len(seen)
    folder = tmp_path / f"in{len(text)}"
    folder.mkdir()
    (folder / "big.txt").write_text(text, encoding="utf-8")
    (folder / "copy.txt").write_text(text[:3_000], encoding="utf-8")
    with open_store(tmp_path / f"s{len(text)}.db") as store:
        report = stream.ingest_paths([folder], store, embedder=HashingEmbedder(), workers=1)
        assert not report.failed
        warnings = [w for a in store.articles() for w in a.metadata.get("warnings", [])]
    return sum(seen[start:]), warnings


@pytest.mark.slow  # two ingests of 1 MB and 4 MB (~25 CPU-s in a cold process, most of it the patterns' compiling)
def test_ingest_of_a_long_article_cleans_a_capped_text(tmp_path, monkeypatch, small_limit, cleaned_chars):
    # the whole path: prepare, near-duplicates' rules, the fuller-text check (H2: 224 CPU-s, killed at 600 s)
    import storylens.stream.prepare as stream_prepare

    monkeypatch.setattr(stream_prepare, "ANALYSED_CHARS", small_limit)
    one, said = _ingested_chars(tmp_path, cleaned_chars, _one_mb())
    four, _ = _ingested_chars(tmp_path, cleaned_chars, _one_mb() * 4)
    assert one <= 40 * small_limit and four <= 1.2 * one, (one, four)
    assert any(w.startswith("long text:") for w in said), said
