"""`storylens setup -l CODES` sets up what it can (newuser78 L1): `-l en,de,fr,es,ru,zh,ar,pl,it,tr` failed entirely
with "simplemma has no dictionary for zh, ar" and no fix, and `-l xx` said the same instead of "not a language".
A language simplemma has no lexicon for is skipped in one line, the rest set up, exit 0; a code of no language is
one line with the fix, exit 2."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from storylens.cli import app
from storylens.report import install

runner = CliRunner()


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The lexicons setup writes, recorded; the other (slow) tables left unbuilt."""
    from storylens import _lexicon

    written: list[str] = []
    for name in ("_derived_tables", "_use_arrays", "_e5_engine", "_pattern_table"):
        monkeypatch.setattr(install, name, lambda: None)
    def build(folder: object, langs: list[str]) -> list[str]:
        written.extend(langs)
        return list(langs)

    monkeypatch.setattr(_lexicon, "build_languages", build)
    return written


def test_setup_skips_the_languages_without_a_lexicon_and_sets_up_the_rest(tmp_path, built):
    result = runner.invoke(app, ["setup", "-l", "en,de,fr,es,ru,zh,ar,pl,it,tr", "--dir", str(tmp_path / "data")])
    assert result.exit_code == 0, result.output
    assert built == ["en", "de", "fr", "es", "ru", "pl", "it", "tr"]
    skipped = [line for line in result.output.splitlines() if "skipped" in line]
    assert len(skipped) == 2 and skipped[0].startswith("storylens: note: zh: skipped") and "ar: skipped" in skipped[1]
    assert all("simplemma has no lexicon" in line for line in skipped)


@pytest.mark.parametrize("codes", ["xx", "en,xx", "english"])
def test_setup_says_an_unknown_code_in_one_line_with_the_fix(tmp_path, built, codes):
    result = runner.invoke(app, ["setup", "-l", codes, "--dir", str(tmp_path / "data")])
    assert result.exit_code == 2 and not built
    (line,) = result.output.strip().splitlines()
    assert "not a language code" in line and "-l en,de,fr" in line and "no dictionary" not in line


def test_setup_reads_a_code_in_capitals_or_with_its_region(tmp_path, built):
    # robust78's tester: "EN" and "de-DE" were skipped as languages without a lexicon, nothing built, exit 0
    result = runner.invoke(app, ["setup", "-l", "EN,de-DE,pt_BR,de", "--dir", str(tmp_path / "data")])
    assert result.exit_code == 0, result.output
    assert built == ["en", "de", "pt"] and "skipped" not in result.output
