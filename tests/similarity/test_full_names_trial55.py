"""trial55 F5: a Greek report (a language without data) against its own English translation was
"DIFFERENT STORIES 0.71 … no names in common" while the entity table linked Αλέξανδρος Κολιάδης =
Alexandros Koliadis: the names features read the kept sentences only (three of the head, one of the tail),
and the mayor was in the fourth sentence of five. The content rule and the reasons read the two-word names
of the whole texts, in any cased script."""

from __future__ import annotations

import pytest

from storylens import similarity as sim

EL = ("Πυρκαγιά στη Ρόδο: εκκενώθηκαν τρία χωριά\n\n"
      "Μεγάλη πυρκαγιά ξέσπασε την Τετάρτη στη νότια Ρόδο. Εκκενώθηκαν τρία χωριά και περίπου 1.500 κάτοικοι. "
      "«Η κατάσταση είναι δύσκολη», δήλωσε ο δήμαρχος Ρόδου Αλέξανδρος Κολιάδης. "
      "Στην κατάσβεση συμμετέχουν 120 πυροσβέστες και 6 αεροσκάφη.")
EN = ("Wildfire on Rhodes forces evacuation of three villages\n\n"
      "A large wildfire broke out on Wednesday in the south of the Greek island of Rhodes, forcing the evacuation "
      "of three villages and about 1,500 residents. \"The situation is difficult,\" Rhodes mayor Alexandros "
      "Koliadis said. Some 120 firefighters and six aircraft were battling the blaze.")


@pytest.mark.parametrize(("text", "key"), [
    (EL, "alexandros koliadis"),
    (EN, "alexandros koliadis"),
    ("Полиция задержала Алексея Навального в Москве.", sim._common._fold("Алексея Навального")),
])
def test_two_word_names_of_the_whole_text(text: str, key: str) -> None:
    assert key in dict(sim._openings._full_names(text))


@pytest.mark.parametrize("text", [
    "The Rhodes fire spread, the mayor said.",  # "The" is written in lower case too: a sentence's start
    "A fire broke out on Wednesday July 17, the Associated Press said.",  # calendar words, an outlet
    "THE GREEK FIRE BRIGADE said so.",  # capitals
])
def test_no_sentence_starts_calendar_words_or_outlets(text: str) -> None:
    keys = dict(sim._openings._full_names(text))
    assert not {"the rhodes", "wednesday july", "associated press", "greek fire"} & set(keys)


def test_a_name_outside_the_kept_sentences_is_a_name_in_common(hashing_embedder) -> None:
    f = sim.pair_features([(EL, EN, "el", "en")], hashing_embedder, sim.Gazetteer.load())[0]
    assert f.shared_full_names == ("Alexandros Koliadis",)  # the Latin spelling


def test_the_greek_report_and_its_translation_are_no_different_stories(hashing_embedder) -> None:
    score = sim.score_pair(EL, EN, "el", "en", embedder=hashing_embedder, fast=True)
    assert "no names in common" not in " ".join(score.reasons)
    assert not any("no names, places or dates in common" in r for r in score.reasons)
    assert any("Alexandros Koliadis" in r for r in score.reasons)


def test_a_longer_run_is_no_two_word_name() -> None:
    keys = dict(sim._openings._full_names("Reporters of the New York Daily News said the talks had failed."))
    assert not keys
