"""A pair's shared names do not depend on which text comes first (trial61 F5: a Turkish and a Greek report of
one Mersin port blast were "same story: yes — names: Μερσίνης in common" in one order and "undecided … no name in
common" in the other: Turkish writes "Mersin" only before another capitalised word, "Mersin Valisi", "Mersin
Limanı'ndaki", which read as a given name from the Turkish side)."""

from __future__ import annotations

import itertools

import pytest

from storylens import similarity as sim

TR = ("Mersin Limanı'ndaki bir gübre deposunda bu sabah meydana gelen patlamada 12 kişi hayatını kaybetti, 87 kişi "
      "yaralandı. Olay yerinde açıklama yapan Mersin Valisi Kemal Sarıgül, \"Sorumlular hesap verecek\" dedi. Mersin "
      "Cumhuriyet Başsavcılığı olayla ilgili soruşturma başlattı.")
EL = ("Ισχυρή έκρηξη σε αποθήκη νιτρικού αμμωνίου στο λιμάνι της Μερσίνης στη νότια Τουρκία σκότωσε 14 ανθρώπους. "
      "Ο κυβερνήτης της επαρχίας Κεμάλ Σαρίγκιουλ δήλωσε ότι οι υπεύθυνοι θα λογοδοτήσουν. Οι εισαγγελικές αρχές "
      "άνοιξαν έρευνα για τα αίτια της έκρηξης.")
EN = ("A blast at a fertiliser warehouse in the Turkish port of Mersin killed 12 people on Friday. Mersin Governor "
      "Kemal Sarıgül said those responsible would be held to account. Prosecutors opened an investigation.")
DE = ("Bei einer Explosion in einem Düngemittellager im Hafen von Mersin sind am Freitag zwölf Menschen ums Leben "
      "gekommen. Der Gouverneur Kemal Sarıgül kündigte Konsequenzen an. Die Staatsanwaltschaft ermittelt.")


@pytest.fixture
def fast(hashing_embedder):
    return {"embedder": hashing_embedder, "fast": True}


@pytest.mark.parametrize(("x", "y"), list(itertools.combinations([TR, EL, EN, DE], 2)))
def test_the_verdict_and_its_names_are_the_same_in_either_order(fast, x, y):
    one, other = sim.score_pair(x, y, **fast), sim.score_pair(y, x, **fast)
    assert one.same_story == other.same_story
    assert one.overall == pytest.approx(other.overall)
    names = [r for r in one.reasons if "names" in r], [r for r in other.reasons if "names" in r]
    assert bool(names[0]) == bool(names[1]), (one.reasons, other.reasons)


def test_a_name_written_only_before_a_title_word_is_shared(fast):
    for x, y in ((TR, EL), (EL, TR)):
        reasons = " ".join(sim.score_pair(x, y, **fast).reasons)
        assert "Mersin" in reasons or "Μερσίνης" in reasons, reasons
