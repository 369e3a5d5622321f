"""dates72: a small toll both reports state ("Three people died" / "Drei Menschen starben" / "Trois personnes sont
mortes") is a figure in common of the reasons; other small counts ("three years", "two conditions"), another toll
(three injured vs three dead), a vague or a lone "one" are not, and no rule reads them (the features' figures stay 10+)."""

import pytest

from ._pairs import pair_features, pair_score

EN = ("Bus crash in the Alps\n\nThe bus left the road near Grenoble on February 11, police said. Three people died "
      "and twelve were injured. The driver, 54, was taken to hospital in Lyon.")
DE = ("Busunglück in den Alpen\n\nDer Bus kam am 11. Februar bei Grenoble von der Straße ab, teilte die Polizei mit. "
      "Drei Menschen starben, zwölf wurden verletzt. Der 54-jährige Fahrer wurde in ein Krankenhaus in Lyon gebracht.")
FR = ("Accident de car dans les Alpes\n\nLe car a quitté la route près de Grenoble le 11 février, a indiqué la police. "
      "Trois personnes sont mortes et douze ont été blessées. Le conducteur, âgé de 54 ans, a été transporté à "
      "l'hôpital de Lyon.")
PT = ("Acidente de autocarro nos Alpes\n\nO autocarro saiu da estrada perto de Grenoble em 11 de fevereiro, disse a "
      "polícia. Três pessoas morreram e doze ficaram feridas. O motorista, de 54 anos, foi levado para o hospital em Lyon.")


@pytest.mark.parametrize(("b", "lb", "count"), [(DE, "de", "Three"), (FR, "fr", "Three"), (PT, "pt", "Three")])
def test_a_small_toll_both_state_is_a_figure_in_common(b, lb, count, hashing_embedder):
    f = pair_features(EN, b, "en", lb, hashing_embedder)
    assert f.shared_counts == (count,)
    assert "3" not in "".join(f.shared_numbers) and 3.0 not in f.shared_values  # the rules' figures stay 10 or more
    assert f.shared_dates == ("11 February",)  # pt too (dates72: "11 de fevereiro" was no day of the similarity)
    score = pair_score(EN, b, "en", lb, 0.8, hashing_embedder)
    assert any(r.startswith("same numbers: ") and "Three" in r for r in score.reasons), score.reasons


@pytest.mark.parametrize(("a", "b", "lb"), [
    ("Three people were injured in the crash near Lyon on Monday.", "Three people died in the crash near Lyon on Monday.", "en"),
    ("He was jailed for three years in Lyon on Monday.", "Er muss drei Jahre in Haft, entschied ein Gericht in Lyon.", "de"),
    ("Two conditions were set for the talks in Lyon.", "Zwei Bedingungen wurden für die Gespräche in Lyon gestellt.", "de"),
    ("One person died in the crash near Lyon.", "Eine Person starb bei dem Unfall bei Lyon.", "de"),
    ("About five people died in the crash near Lyon.", "Etwa fünf Menschen starben bei dem Unfall bei Lyon.", "de"),
])
def test_other_small_counts_are_none(a, b, lb, hashing_embedder):
    assert pair_features(a, b, "en", lb, hashing_embedder).shared_counts == ()


def test_digits_count_too(hashing_embedder):
    f = pair_features("5 people died in the crash near Lyon.", "Bei dem Unfall bei Lyon starben 5 Menschen.", "en", "de",
                      hashing_embedder)
    assert f.shared_counts == ("5",)
