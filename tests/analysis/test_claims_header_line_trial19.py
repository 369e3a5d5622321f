"""An unread header line is never aligned across documents (trial 19 #10)."""

from __future__ import annotations


def test_an_unread_header_line_is_never_aligned():
    # trial 19 #10: header lines the cleaning did not read were one shared claim of three languages
    import numpy as np

    from storylens.analysis.claims import ClaimAligner

    from ._docs import doc_of

    uk = ["Землетрус у Кестрії забрав життя 71 людини", "Гірський вісник — 24.11.2026 — Олена Марченко",
          "Кількість загиблих зросла до 71."]
    nl = ["Dodental aardbeving Kestria stijgt naar 70", "Bergkoerier — 24.11.2026 — Sanne de Vries",
          "Het dodental is gestegen naar ongeveer 70."]
    table = {uk[0]: [1, 0, 0], nl[0]: [1, 0, 0], uk[1]: [0, 1, 0], nl[1]: [0, 1, 0], uk[2]: [0, 0, 1], nl[2]: [0, 0, 1]}
    aligner = ClaimAligner(embed=lambda texts: np.array([table[t] for t in texts], dtype=np.float32), pair_model=None)
    claims, _ = aligner.claims([doc_of("d1", uk, "uk"), doc_of("d2", nl, "nl")])
    shared = [{e.sentence for e in c.evidence} for c in claims if c.status != "unique"]
    assert {"d1:s2", "d2:s2"} in shared
    assert not any("d1:s1" in s or "d2:s1" in s for s in shared)
