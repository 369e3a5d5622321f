"""One story told weeks apart and tied only weakly stays one story beside the far-apart rule (issue #11; testers
break67s and break67s2 split such true pairs with samestory67's rule, which was reverted): a fine six weeks after a
plant failure naming the company only at a sentence start, "Mr Nguyen" for "Nguyen Van An", a follow-up recalling the
month ("the blast in March", "im März", "im vergangenen Monat", "le mois dernier"), one blast told from Ludwigshafen
and from its district Oppau, a date read the other way round, a year's typo (similarity._far). A same-story verdict
beside the gap says the gap weighs against it and names the tie. The texts are written for these tests (the pairs of
benchmarks/published_apart_pairs.py)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from storylens import similarity as sim
from storylens.settings import DEFAULT

from ._pairs import dated_features, score_row

MODEL = SimpleNamespace(threshold_=0.5, variant_="full")
LEAK = ("Chlorine leak at chemical plant\nA chlorine leak at a chemical plant in Dormagen sent twelve workers to "
        "hospital on Monday. The operator Covestro said a valve had failed.")
FINE = ("Covestro fined over chlorine leak\nCovestro was fined 2 million euros on Tuesday over the chlorine leak that "
        "injured workers at one of its plants. Regulators said the company had ignored warnings.")
BLAST_YARA = ("Explosion at Yara fertiliser plant\nAn explosion at a fertiliser plant run by Yara killed three workers "
              "on Tuesday, officials said.")


_features, _row = dated_features, score_row


@pytest.mark.parametrize(("a", "b", "lang", "published", "tie"), [
    # the company only at a sentence start of the fine ("Covestro was fined"), six weeks on
    (LEAK, FINE, "en", ("2026-03-03", "2026-04-14"), "Covestro at a sentence start"),
    (("Chlorgas tritt in Chemiewerk aus\nIn einem Chemiewerk in Dormagen ist Chlorgas ausgetreten, zwölf Beschäftigte "
     "kamen ins Krankenhaus. Der Betreiber Covestro sprach von einem defekten Ventil."),
     ("Bußgeld nach Chlorgas-Unfall\nCovestro muss nach dem Chlorgas-Unfall zwei Millionen Euro zahlen. Die Behörde warf "
     "dem Konzern vor, Warnungen ignoriert zu haben."), "de", ("2026-03-03", "2026-04-17"), "Covestro at a sentence start"),
    # "said in Berlin" is where the ministry spoke; the operator opens the follow-up
    (("Fire at refinery\nA fire broke out at the refinery in Leuna on Sunday, sending a column of smoke over the town. "
     "Operator TotalEnergies said no one was hurt."),
     ("TotalEnergies ordered to review safety\nTotalEnergies must review safety at its refinery after the fire, the "
     "environment ministry said in Berlin on Wednesday."), "en", ("2026-03-02", "2026-04-16"),
     "TotalEnergies at a sentence start"),
    # a family name after a courtesy title, family name first
    (("Ho Chi Minh City developer arrested\nPolice in Vietnam arrested property developer Nguyen Van An on Thursday on "
     "suspicion of fraud involving apartment sales."),
     ("Developer goes on trial over apartment fraud\nMr Nguyen went on trial on Wednesday accused of taking deposits for "
     "apartments that were never built."), "en", ("2026-01-09", "2026-03-12"), "the names they share tie them"),  # names68 reads Nguyen as a name in common
    (("Bürgermeisterin tritt zurück\nDie Bürgermeisterin Anna Schneider ist nach Vorwürfen der Vetternwirtschaft "
     "zurückgetreten."),
     ("Ermittlungen gegen frühere Bürgermeisterin eingestellt\nDie Staatsanwaltschaft hat die Ermittlungen gegen Frau "
     "Schneider eingestellt."), "de", ("2026-01-20", "2026-03-25"), "the family name Schneider"),
    # the earlier report's month recalled beside the event's noun
    (("Explosion at Yara fertiliser plant\nAn explosion at a fertiliser plant run by Yara killed three workers on "
     "Tuesday, officials said."), ("Report on plant explosion\nA corroded pipe caused the blast in March that killed "
     "three workers at the Yara fertiliser plant, investigators told reporter Mark Doyle."), "en",
     ("2026-03-11", "2026-05-20"), "recalls March (blast)"),
    (BLAST_YARA, ("Plant reopens\nWorkers returned on Wednesday to the fertiliser plant where last month's explosion "
     "killed three of their colleagues, union leader Mark Doyle said."), "en", ("2026-03-11", "2026-04-15"),
     "recalls last month's (explosion)"),
    (("Explosion in Chemiewerk\nBei einer Explosion in einem Chemiewerk sind am Mittwoch drei Arbeiter ums Leben "
     "gekommen. Die Ursache ist unklar."),
     ("Ermittler finden Ursache für Explosion\nEin korrodiertes Rohr hat die Explosion im März verursacht, bei der drei "
     "Arbeiter starben. Das teilten die Ermittler am Dienstag mit."), "de", ("2026-03-12", "2026-05-06"),
     "recalls März (Explosion)"),
    ("Explosion dans une usine chimique\nUne explosion dans une usine chimique a tué trois ouvriers mercredi.",
     "L'usine rouvre\nL'usine chimique où l'explosion du mois dernier avait tué trois ouvriers a rouvert lundi.", "fr",
     ("2026-03-12", "2026-04-16"), "recalls du mois dernier (explosion)"),
    # the event's noun after the company's name
    (("Explosion at chemical plant kills six workers\nAn explosion at a chemical plant killed six workers on Thursday, "
     "the company Covestro said."),
     "Workers return to plant\nSix weeks after the Covestro blast, workers returned to the site on Wednesday.", "en",
     ("2026-05-21", "2026-07-02"), "recalls the Covestro blast"),
    # one blast told from the city and from its district
    (("Explosion at chemical plant\nAn explosion at a chemical plant in Ludwigshafen killed four workers on Tuesday. "
     "The cause is under investigation."),
     ("Residents sue over plant explosion\nResidents of Oppau, a district of Ludwigshafen, have sued the plant's "
     "operator over the explosion that killed four workers."), "en", ("2026-03-10", "2026-04-21"),
     "Oppau, part of Ludwigshafen"),
    ("Explosion bei BASF\nBei einer Explosion im Werk der BASF in Ludwigshafen sind vier Arbeiter gestorben.",
     "Anwohner klagen\nAnwohner aus Oppau, einem Stadtteil von Ludwigshafen, verklagen den Konzern nach der Explosion.",
     "de", ("2026-03-10", "2026-04-21"), "Oppau, part of Ludwigshafen"),
])
def test_a_weak_tie_of_one_story_keeps_it_and_is_said(a, b, lang, published, tie, hashing_embedder):
    f = _features(a, b, lang, lang, published, hashing_embedder)
    score = sim._scoring._pair_score(_row(0.73), f, MODEL)
    assert score.same_story is True
    assert sim.verdict_apart(f, content=False) is None
    gap = int(f.published_gap_days or 0)
    assert gap >= DEFAULT.published_apart_days
    # the gap is evidence against, and what ties the two reports is said
    assert any(r.startswith(f"published {gap} days apart, which weighs against one story; ")
               and tie in r for r in score.reasons), score.reasons


def test_a_capital_opening_a_sentence_that_the_lexicon_knows_ties_nothing(hashing_embedder):
    # "Explosion", "Fire", "Mayor" open sentences of two blasts on one template: common words, no tie
    a = ("Explosion at chemical plant kills four workers\nAn explosion at a chemical plant in Ludwigshafen killed four "
         "workers on Tuesday, the company BASF said. Fire crews brought the blaze under control after three hours. "
         "Mayor Jutta Steinruck said residents should keep their windows closed.")
    b = ("Explosion at chemical plant kills six workers\nAn explosion at a chemical plant in Leverkusen killed six "
         "workers on Thursday, the company Covestro said. Fire crews brought the blaze under control after four hours. "
         "Mayor Uwe Richrath said residents should keep their windows closed.")
    f = _features(a, b, "en", "en", ("2026-03-10", "2026-05-21"), hashing_embedder)
    assert f.far_ties == ()
    reason = sim.verdict_apart(f, content=False)
    assert reason is not None and reason.startswith("published 72 days apart, and nothing in common ties one event")


@pytest.mark.parametrize(("a", "b", "gap"), [
    ("2026-03-04", "2026-04-03", None),  # "04/03/2026" read day-first is April 3: maybe one day
    ("2026-02-03", "2026-03-24", None),  # 2026-03-02 read the other way round is 22 days from 24 March
    ("2025-06-12", "2026-06-12", None),  # a year's typo as often as an anniversary
    ("2025-06-12", "2026-06-13", 366.0),
    ("2026-01-20", "2026-04-20", 90.0),  # days over 12: one reading
    ("2026-02-14", "2026-03-24", 38.0),
    ("2026-01-20", None, None),
    ("not a date", "2026-04-20", None),
])
def test_the_gap_the_far_apart_rule_reads(a, b, gap):
    from storylens.similarity._far import _published_apart_gap

    assert _published_apart_gap(a, b, DEFAULT.published_apart_days) == gap
    assert _published_apart_gap(b, a, DEFAULT.published_apart_days) == gap


def test_a_date_read_both_ways_is_no_gap_for_the_rule(hashing_embedder):
    # one tornado, "04/03/2026" and "April 3, 2026": the gap may be a misreading
    a = "Tornado hits Oklahoma town\nA tornado tore through Moore on Friday, damaging dozens of homes, Governor Kevin Stitt said."
    b = ("Aid centre opens\nThe Federal Emergency Management Agency opened an aid centre for families whose homes were "
         "damaged by Friday's tornado.")
    f = _features(a, b, "en", "en", ("2026-03-04", "2026-04-03"), hashing_embedder)
    assert f.published_gap_days == 30 and f.published_apart_gap is None and all(f.openings_named)
    assert sim.verdict_apart(f, content=False) is None
    # the same two texts with dates read one way only (days over 12), 30 days apart: held apart
    f = _features(a, b, "en", "en", ("2026-03-14", "2026-04-13"), hashing_embedder)
    assert sim.verdict_apart(f, content=False) is not None


RECALL = ("Baby food recalled over metal fragments\n{} recalled three varieties of its baby food pouches on Wednesday "
          "after customers found small metal fragments in them. Parents were told to return the pouches.")
FINED = ("Baby food maker fined after metal found in pouches\n{} was fined 450,000 pounds on Wednesday after metal "
         "fragments were found in its baby food pouches. The firm said it had installed metal detectors.")


def test_a_company_of_ordinary_words_opening_sentences_in_both_ties(hashing_embedder):
    # break68s2 t08: "Kestrel Foods" only at sentence starts, both words the lexicon's; the whole run ties
    f = _features(RECALL.format("Kestrel Foods"), FINED.format("Kestrel Foods"), "en", "en",
                  ("2026-02-05", "2026-03-26"), hashing_embedder)
    assert sim.verdict_apart(f, content=False) is None
    score = sim._scoring._pair_score(_row(0.73), f, MODEL)
    assert score.same_story is True
    assert any("Kestrel Foods at a sentence start" in r for r in score.reasons), score.reasons


@pytest.mark.parametrize(("first", "second"), [("Harvest Dairy", "Meadow Dairy"), ("Veltrona Foods", "Brambleton Foods")])
def test_a_shared_last_word_of_two_companies_ties_nothing(first, second, hashing_embedder):
    # break68s2 y01/y05: two companies on one template share only "Foods"/"Dairy": no tie, held apart
    f = _features(RECALL.format(first), FINED.format(second), "en", "en", ("2026-02-05", "2026-03-26"),
                  hashing_embedder)
    assert f.far_ties == ()
    reason = sim.verdict_apart(f, content=False)
    assert reason is not None and reason.startswith("published 49 days apart, and nothing in common ties one event")


def test_a_title_before_a_holders_name_ties_nothing(hashing_embedder):
    # "Transport Secretary" opens sentences of two of her events before "Louise Haigh": a title, not a company
    a = ("Transport Secretary announces rail fare freeze\nTransport Secretary Louise Haigh said on Tuesday that "
         "regulated rail fares would be frozen next year. Haigh said passengers had paid too much for too long.")
    b = ("Transport Secretary backs road repair fund\nTransport Secretary Louise Haigh on Monday announced a fund for "
         "councils to repair potholes. Haigh said the scheme would start in the autumn.")
    f = _features(a, b, "en", "en", ("2026-02-10", "2026-05-12"), hashing_embedder)
    assert sim.verdict_apart(f, content=False) is not None


def test_a_county_service_named_in_both_recalls_no_event_and_opens_no_tie(hashing_embedder):
    # newuser68: two fires 126 days apart, each attended by the county's service: "recalls the Yorkshire Fire" (the
    # event noun "Fire" of the service's name read as a recalled fire) and "West Yorkshire Fire at a sentence start"
    a = ("Barn fire near Whalley\nA barn was destroyed by fire near Whalley on Saturday night. West Yorkshire Fire and "
         "Rescue Service said four crews attended. Nobody was hurt.")
    b = ("Warehouse fire in Batley\nA warehouse in Batley was gutted by fire on Friday. Crews from the West Yorkshire "
         "Fire and Rescue Service fought the blaze for six hours. West Yorkshire Fire and Rescue Service said the cause "
         "was not yet known.")
    f = _features(a, b, "en", "en", ("2026-01-10", "2026-05-16"), hashing_embedder)
    assert not any("Fire" in said for _, said in f.far_ties), f.far_ties
