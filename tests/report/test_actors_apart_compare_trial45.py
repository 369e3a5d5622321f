"""Two court cases of one template in one country, compared (trial45 W3): the comparison's verdict is
"Different stories" with the actors reason first (different defendants, courts' cities and months), so
the report cautions that its conflicts ("5 vs 4 years", "12 vs 10") may be two events' figures; one
defendant's case in two languages stays one story. Whole pipeline, real models.

Invented reports in the style of the trial's corpus (Kazakh court verdicts, Reuters / AFP / TASS)."""

from __future__ import annotations

import storylens
from storylens.report import different_stories_note, render

SEITKALI_EN = (
    "Kazakh court jails former mine director for nine years over deadly blast\n\n"
    "ALMATY, Dec 1 (Reuters) - A court in Kazakhstan on Tuesday sentenced Zhomart Seitkali, the former director "
    "of the Lenin coal mine, to nine years in prison over a methane explosion that killed 32 miners in March 2025.\n\n"
    "The Karaganda regional court found Seitkali, 54, guilty of breaching safety rules. Two of his deputies were "
    "each sentenced to five years.\n\n"
    "Prosecutors had asked for 12 years. The mine's owner must pay 2.5 million tenge to the family of each dead "
    "miner, the court ruled.\n\n"
    '"We will appeal this verdict," said Seitkali\'s lawyer, Aigerim Nurlanova.')
SEITKALI_FR = (
    "Kazakhstan : neuf ans de prison pour l'ancien directeur d'une mine\n\n"
    "ALMATY, 1 déc 2026 (AFP) - Un tribunal kazakh a condamné mardi Jomart Seitkali, ancien directeur de la mine "
    "de charbon Lénine, à neuf ans de prison après une explosion de méthane qui avait tué 32 mineurs en mars 2025.\n\n"
    "Le tribunal régional de Karaganda a reconnu M. Seitkali, 54 ans, coupable de violation des règles de "
    "sécurité. Deux de ses adjoints ont été condamnés à cinq ans de prison chacun.\n\n"
    "Le parquet avait requis douze ans.")
BEKOV_EN = (
    "Kazakh court jails former energy official over Ekibastuz heating failure\n\n"
    "ASTANA, Dec 1 (Reuters) - A court in Kazakhstan on Tuesday sentenced Nurlan Bekov, the former head of the "
    "Ekibastuz power plant, to seven years in prison for negligence that left 150,000 residents without heating "
    "for a week in January 2025.\n\n"
    "The Pavlodar regional court found Bekov, 61, guilty of abuse of office. Two of his deputies were each "
    "sentenced to four years.\n\n"
    "Prosecutors had asked for ten years. The plant's owner must pay 1.1 billion tenge in compensation to "
    "residents, the court ruled.\n\n"
    '"We will appeal," said Bekov\'s lawyer, Marat Zhaksylykov.')


def _compare(tmp_path, embedder, *texts):
    paths = []
    for k, text in enumerate(texts):
        path = tmp_path / f"doc{k}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return storylens.compare(paths, embedder=embedder)


def test_two_trials_compared_are_two_stories_and_their_conflicts_flagged_as_such(tmp_path, embedder):
    result = _compare(tmp_path, embedder, SEITKALI_EN, BEKOV_EN)
    # the score alone says "same story" (0.75 in the trial): the actors reason turns it, and says why
    assert result.similarity.same_story is False
    lead = result.similarity.reasons[0]
    assert lead.startswith("different people: Zhomart Seitkali / Nurlan Bekov")
    assert "different dates: March 2025 / January 2025" in lead
    markdown = render(result, "markdown")
    assert "Different stories" in markdown and "different people: " in markdown
    if [c for c in result.claims if c.status == "conflicting"]:  # "5 vs 4 years" is two trials' figures
        assert different_stories_note(result) is not None


def test_two_trials_in_two_languages_are_two_stories(tmp_path, embedder):
    assert _compare(tmp_path, embedder, SEITKALI_FR, BEKOV_EN).similarity.same_story is False


def test_one_trial_in_two_languages_stays_one_story(tmp_path, embedder):
    result = _compare(tmp_path, embedder, SEITKALI_EN, SEITKALI_FR)
    assert not result.similarity.reasons[0].startswith("different people")
    assert result.similarity.same_story is True
