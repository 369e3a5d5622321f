"""A document's author is no actor of its story (xl43, issue #12).

A dev.csv text runs its title, byline and headline together ("Jens Mattern Polens Präsidentschaftswahlen - die
große Unsicherheit …") and closes with the author's credit ("(Jens Mattern"). The author was read as a person of
the headline, so the two reports' headlines, each other's best match, were vetoed as two people's acts (a gold
pair of the tune set semeval_poland_vote). A person the document credits as its author (a name alone among its
last sentences, or a byline line) is no actor and no anchor in any of its sentences; a person named alone
elsewhere (a headline that is a name) still is.
"""

from __future__ import annotations

import numpy as np

from storylens.analysis.claims import ClaimAligner, _credited_people

from ._docs import doc_of

PAIR = frozenset({"d1:s0", "d2:s0"})


def _embed(a: list[str], b: list[str], cosine: float):
    """Sentence 0 of the two documents at ``cosine``; every other sentence on an axis of its own."""
    table = {a[0]: np.array([1.0, 0.0] + [0.0] * 8, dtype=np.float32),
             b[0]: np.array([cosine, np.sqrt(1 - cosine ** 2)] + [0.0] * 8, dtype=np.float32)}
    axis = 2
    for text in [*a[1:], *b[1:]]:
        if text not in table:
            v = np.zeros(10, dtype=np.float32)
            v[axis] = 1.0
            table[text] = v
            axis += 1
    return lambda texts: np.stack([table[t] for t in texts])


def _shared(a, la, b, lb, people, cosine=0.3) -> set[frozenset[str]]:
    aligner = ClaimAligner(embed=_embed(a, b, cosine), extra_keys=people, pair_model=None, actor_veto=True)
    claims, _ = aligner.claims([doc_of("d1", a, la), doc_of("d2", b, lb)])
    return {frozenset(e.sentence for e in c.evidence) for c in claims if c.status != "unique"}


CASES = [
    # (language, headline with the author's name glued on, the closing credit, the author's name)
    ("de", "Jens Mattern Polens Präsidentschaftswahlen - die große Unsicherheit vor der Abstimmung.",
     "(Jens Mattern", "Jens Mattern"),
    ("pl", "Anna Nowak Wybory prezydenckie w Polsce - wielka niepewność przed głosowaniem.",
     "— Anna Nowak", "Anna Nowak"),
    ("fr", "Claire Dubois Présidentielle en Pologne : la grande incertitude avant le scrutin.",
     "Claire Dubois.", "Claire Dubois"),
]
EN = ["Poland faces election chaos with just days to go, said Michal Dworczyk.",
      "The vote was set for Sunday.", "The government wants a postal ballot."]
EN_PEOPLE = {"d2:s0": [("Michal Dworczyk", "P:e9")]}


def test_an_authors_name_vetoes_no_headline_pair():
    for language, headline, credit, author in CASES:
        body = "Die Post ist nicht vorbereitet." if language == "de" else "Body sentence of the report."
        doc = [headline, body, credit]
        people = {"d1:s0": [(author, "P:e1")], "d1:s2": [(author, "P:e1")], **EN_PEOPLE}
        assert PAIR in _shared(doc, language, EN, "en", people), language
        # the same name without the closing credit is an actor of the headline: vetoed as before
        no_credit = {"d1:s0": [(author, "P:e1")], **EN_PEOPLE}
        assert PAIR not in _shared([headline, body, "Another body sentence here."], language, EN, "en",
                                   no_credit), language


def test_credited_people_reads_the_tail_and_bylines_only():
    from storylens.models import Document

    doc = doc_of("d1", ["Angela Merkel", "Merkel met the press on Monday.", "Body.", "Body again.", "More body.",
                        "By Jane Holloway"], "en")
    people = {"d1:s0": [("Angela Merkel", "P:e1")], "d1:s1": [("Merkel", "P:e1")],
              "d1:s5": [("Jane Holloway", "P:e2")]}
    credited = _credited_people([doc], people)
    assert ("d1:s5", "P:e2") in credited            # a byline line
    assert not any(key == "P:e1" for _, key in credited)  # a name alone as the headline stays an actor
    assert isinstance(doc, Document)
