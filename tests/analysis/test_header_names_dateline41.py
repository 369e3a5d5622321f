"""A name alone on its line under the title, which the cleaning left in the text (no dateline or date line
below it), is a header line: the claim ledger never aligns two of them (trial49 F4:
«Українська правда» / "Rzeczpospolita" one SHARED claim at 1.00; trial50 F8: MAP / "Le Monde avec AFP" at 0.57).
Real sentences, the title and a name inside a paragraph are aligned as before."""

from __future__ import annotations

import pytest

from storylens.analysis.claims import _name_lines
from storylens.ingest import read_text
from storylens.report.compare import prepare_document

BODIES = {
    "uk": ("Нічна атака дронів на Львів: двоє загиблих", "Українська правда",
           "У ніч на вівторок російські війська атакували Львів ударними дронами, загинули двоє людей."),
    "pl": ("Atak dronów na Lwów. Nie żyją trzy osoby", "Rzeczpospolita",
           "W nocy z poniedziałku na wtorek Rosja zaatakowała Lwów dronami, zginęły trzy osoby."),
    # trial50's "Le Monde avec AFP" is read as a byline since stop 66 (the outlet and its agency's credit): the
    # outlet's name alone stays a name line
    "fr": ("Maroc : une réplique secoue la province d'Al Haouz", "Le Monde",
           "Un séisme de magnitude 5,1 a frappé mercredi soir la province d'Al Haouz, au sud de Marrakech."),
    "ar": ("هزة ارتدادية تضرب إقليم الحوز في المغرب", "وكالة المغرب العربي للأنباء",
           "ضربت هزة أرضية بقوة 5.1 درجات إقليم الحوز جنوب مراكش مساء الأربعاء."),
    "pt": ("Incêndio em Monchique obriga à retirada de 1.200 pessoas", "Público",
           "Um incêndio florestal obrigou à retirada de cerca de 1.200 pessoas de sete aldeias."),
}


def _doc(lang: str, i: int, middle: str | None = None):
    title, name, lead = BODIES[lang]
    return prepare_document(read_text(f"{title}\n\n{middle if middle is not None else name}\n\n{lead}\n", f"{lang}.txt"),
                            f"d{i}")


@pytest.mark.parametrize(("a", "b"), [("uk", "pl"), ("ar", "fr"), ("pt", "pl")])
def test_an_outlets_name_under_the_title_is_a_name_line(a, b):
    docs = [_doc(a, 1), _doc(b, 2)]
    names = {s.id for d in docs for s in d.sentences if s.text == BODIES[d.source[:2]][1]}
    assert len(names) == 2  # the cleaning left them (no dateline below): the ledger must not pair them
    assert _name_lines(docs) == names


@pytest.mark.parametrize("line", ["Nine people died on Wednesday.", "Two dead in quake near capital as rescuers dig",
                                  "Rescuers said the toll would rise", "Nobody was hurt", "Nine killed"])
def test_a_line_of_text_under_the_title_is_aligned_as_before(line):
    docs = [_doc("pt", 1, line), _doc("pl", 2)]
    assert not any(s.text == line for d in docs for s in d.sentences if s.id in _name_lines(docs))


def test_the_title_is_no_name_line():
    docs = [_doc("pt", 1), _doc("uk", 2)]
    titles = {s.id for d in docs for s in d.sentences if s.text == d.title}
    assert titles and not titles & _name_lines(docs)


@pytest.mark.slow
@pytest.mark.parametrize(("a", "b"), [("uk", "pl"), ("ar", "fr")])
def test_two_outlets_names_are_never_one_claim(embedder, a, b):
    from storylens.analysis.claims import ClaimAligner

    docs = [_doc(a, 1), _doc(b, 2)]
    claims, _ = ClaimAligner(embed=embedder.embed).claims(docs)
    names = {BODIES[a][1], BODIES[b][1]}
    for claim in claims:
        if claim.status != "unique":  # the leads and titles may pair; the two names never together
            assert not names <= {e.text for e in claim.evidence}
    assert sum(c.status == "unique" and c.evidence[0].text in names for c in claims) == 2
