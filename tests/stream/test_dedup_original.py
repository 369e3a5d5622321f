"""final29 #10 (trial 16 #15): in one run the wire original is the canonical of its syndicated copy,
whatever the input order; the copy is its near-duplicate. Inputs written for this test."""

from __future__ import annotations

import pytest

from storylens import stream
from storylens.store import open_store

BODY = [
    ("ANKARA, Nov 24 (Reuters) - A magnitude 6.8 earthquake struck Turkey's eastern province of Van before dawn on "
     "Tuesday, killing at least 14 people and injuring 120, the disaster management authority AFAD said."),
    ("The quake hit at 3:17 a.m. local time at a depth of 10 km near the town of Ercis, AFAD said, and was "
     "followed by dozens of aftershocks, the strongest of magnitude 5.1."),
    ("Rescue teams were searching collapsed buildings in Ercis and in the provincial capital Van, Interior "
     "Minister Ali Yerlikaya told reporters, adding that 46 buildings had been destroyed."),
    "Around 30% of the town of Ercis was without electricity on Tuesday morning, the regional power distributor said.",
    "The region was hit by a magnitude 7.1 earthquake in 2011 that killed more than 600 people.",
]
ORIGINAL = ("date 2026-11-24 By Ece Toksabay and Huseyin Hayatsever, Reuters\n\n"
            "Strong earthquake kills at least 14 in eastern Turkey's Van province\n\n" + "\n\n".join(BODY) + "\n")
COPY = ("date 2026-11-24 By Reuters, Gulf News\n\n"
        "Strong earthquake kills at least 14 in eastern Turkey's Van province\n\n"
        + "\n\n".join(BODY[:3] + BODY[4:]) + "\n")


def test_originals_first_reads_credits_then_dates():
    from storylens.stream.dedup import originals_first

    items = [("2026-11-24", "Gulf News", "By Reuters, Gulf News\n\nANKARA, Nov 24 (Reuters) - A quake"),
             ("2026-11-24", "Reuters", "By Ece Toksabay, Reuters\n\nANKARA, Nov 24 (Reuters) - A quake"),
             ("2026-11-23", "Gulf News", "an earlier report"), (None, "AP", "undated")]
    assert originals_first(items) == [1, 2, 0, 3]


# final30 claim 5: a paper's copy that credits the wire only at its end ("… on news of the strike. REUTERS"), no
# "(Reuters)" dateline: file order decided which one was the article
STRIKE = ("Workers at BHP's Escondida copper mine in Chile, the world's largest, went on strike on Monday after wage "
          "talks collapsed, halting output, the union said.\n\nThe union represents 2,300 workers and is demanding a "
          "one-off bonus of 30 million pesos per member.\n\nBHP said it had activated contingency plans and regretted "
          "the union's decision.\n\nCopper prices rose 2.5 % in London on news of the strike.")
WIRE = ("date 2026-11-30 By Peter Graff, Reuters\nChile copper mine strike halts output at Escondida\n\n"
        "SANTIAGO, Nov 30 (Reuters) - " + STRIKE + "\n")
PAPER = ("date 2026-11-30 The Straits Times\nChile copper mine strike halts output at Escondida\n\n"
         "SANTIAGO - " + STRIKE + " REUTERS\n")


def _canonical_in_both_orders(tmp_path, copy_text: str, wire_text: str, embedder) -> None:
    """Ingest the copy and the wire in both file orders: the wire is the article, the copy its near-duplicate."""
    for names in (("a_copy.txt", "b_wire.txt"), ("b_copy.txt", "a_wire.txt")):
        folder = tmp_path / names[0][0]
        folder.mkdir()
        copy, wire = folder / names[0], folder / names[1]
        copy.write_text(copy_text, encoding="utf-8")
        wire.write_text(wire_text, encoding="utf-8")
        with open_store(folder / "s.db") as store:
            stream.ingest_paths(sorted([str(copy), str(wire)]), store, embedder=embedder)
            by_source = {a.source: a for a in store.articles()}
            assert by_source[str(wire)].duplicate_of is None, names
            assert by_source[str(copy)].duplicate_of == by_source[str(wire)].id, names


def test_the_wire_original_is_the_canonical_of_its_copy(tmp_path, hashing_embedder):
    _canonical_in_both_orders(tmp_path, COPY, ORIGINAL, hashing_embedder)


def test_a_copy_credited_at_its_end_is_the_wires_near_duplicate(tmp_path, hashing_embedder):
    _canonical_in_both_orders(tmp_path, PAPER, WIRE, hashing_embedder)


@pytest.mark.parametrize(("copy", "wire"), [
    (("The Straits Times", "SANTIAGO - Workers went on strike. REUTERS"), ("Reuters", "SANTIAGO (Reuters) - Workers")),
    (("La Tercera", "SANTIAGO - Los trabajadores iniciaron una huelga el lunes. EFE"),
     ("EFE", "SANTIAGO DE CHILE, 30 nov (EFE).- Los trabajadores")),
    (("Berliner Zeitung", "Santiago - Die Arbeiter traten am Montag in den Streik. (dpa)"),
     ("dpa", "Santiago de Chile (dpa) - Die Arbeiter")),
])
def test_originals_first_reads_a_closing_credit(copy, wire):
    from storylens.stream.dedup import originals_first

    items = [("2026-11-30", *copy), ("2026-11-30", *wire)]
    assert originals_first(items) == [1, 0]


# trial 18 #10: a carrier dates its copy in its header, the wire's own text states no date; the copy's last
# paragraph is cut. The undated wire was filed as the dated copy's near-duplicate.
WIRE_MP = ("DROVNIK, Kelvaria (Meridian Press) — Former Kelvarian transport minister Viktor Halden was sentenced on "
           "Tuesday to nine years in prison and fined 2.4 million euros for accepting bribes linked to a motorway "
           "contract, a court in Drovnik ruled.\n\nJudge Elena Moravec told the court that Halden had \"betrayed the "
           "trust of every citizen of this country.\"\n\nThe bribes were paid in return for the contract signed in "
           "2019, the court found. Prosecutors said the price of the contract was inflated by 38 percent, costing "
           "the state 17.3 million euros.\n\nThe National Anti-Corruption Office, which brought the case, welcomed "
           "the verdict.\n\nHalden's lawyer, Stefan Brandl, said the defence would appeal to the Supreme Court.\n")
COASTAL = "date 2026-11-24 By Staff, The Coastal Herald\n\n" + WIRE_MP.rsplit("\n\n", 1)[0] + "\n"


def test_an_undated_wire_is_the_canonical_of_its_dated_cut_copy(tmp_path, hashing_embedder):
    _canonical_in_both_orders(tmp_path, COASTAL, WIRE_MP, hashing_embedder)


def test_of_two_uncredited_copies_the_full_text_is_the_canonical(tmp_path, hashing_embedder):
    """No credit and one date: the copy cut short is the full text's near-duplicate, whatever the file order."""
    body = WIRE_MP.replace("(Meridian Press) ", "")
    full = "date 2026-11-24 By Staff, The Northern Ledger\n\n" + body
    cut = "date 2026-11-24 By Staff, The Coastal Herald\n\n" + body.rsplit("\n\n", 1)[0] + "\n"
    _canonical_in_both_orders(tmp_path, cut, full, hashing_embedder)


def test_originals_first_puts_a_cut_copy_after_the_full_text():
    from storylens.stream.dedup import originals_first

    words = " ".join(f"word{i}" for i in range(60))
    items = [("2026-11-24", "Coastal", "c", words[: len(words) // 2]), ("2026-11-24", "Ledger", "f", words)]
    assert originals_first(items) == [1, 0]
    # versions of one outlet keep their order (the stream's version rules order them)
    assert originals_first([(d, "Ledger", t, c) for d, _, t, c in items]) == [0, 1]
