"""False conflicts on real news (issue #12, conflicts78): a negated idiom of holding firm that ends its clause
("isn't backing down.", "won't budge", "knickt nicht ein", "ne recule pas", "no da marcha atrás": text data
"stance_idioms") denies a yielding only: against a side that states no yielding (text data "yield_words") it is no
polarity conflict (BASIL tune b764f81f: "But Colorado Attorney General John Suthers isn't backing down" / "Suthers
said the lawsuit was without merit", two of the tune half's false parts).

The true conflicts beside it must stay: a yielding told in the idiom's words or in others ("backed down", "caved",
"dropped", "zog … zurück", "gab … nach", "a abandonné", "retiró"), another negation beside the idiom, an idiom with
an object or going on ("did not back down or sign the budget": stop 69's wider idiom rule lost those), and a plain
side of a language with no yield words. Probes: benchmarks/data/conflict_probes78.jsonl."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storylens.analysis.conflicts import polarity

PROBES = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "conflict_probes78.jsonl"

NO_CONFLICT = [
    ("en", "But Colorado Attorney General John Suthers isn't backing down.",
     "Colorado Attorney General John Suthers said the lawsuit was without merit."),
    ("en", "But Colorado Attorney General John Suthers isn't backing down.",
     ("Colorado’s attorney general, John Suthers, a Republican, said in a statement that the challenge from Nebraska "
      "and Oklahoma was “without merit.”")),
    ("en", "The union won't budge, its leader said.", "The union is standing by its demand, its leader said."),
    ("en", "The mayor will not give in.", "The mayor said the library will close in June as planned."),
    ("de", "Die Ministerin knickt nicht ein.", "Die Ministerin nannte die Klage haltlos."),
    ("de", "Die Gewerkschaft gibt nicht nach, sagte ihr Chef.", "Die Gewerkschaft hält an ihrer Forderung fest."),
    ("fr", "La ministre ne recule pas.", "La ministre a jugé la plainte sans fondement."),
    ("fr", "Le syndicat n'a pas cédé.", "Le syndicat maintient sa demande."),
    ("es", "La fiscal no da marcha atrás.", "La fiscal calificó la demanda de infundada."),
    ("es", "El sindicato no cede, dijo su líder.", "El sindicato mantiene su exigencia."),
]

CONFLICT = [
    ("en", "Suthers isn't backing down.", "Suthers backed down on Friday."),
    ("en", "Suthers isn't backing down.", "Suthers dropped the case on Friday."),
    ("en", "The union won't budge.", "The union caved on Tuesday."),
    ("en", "The union isn't backing down.", "The union withdrew its demand."),
    ("en", "The minister isn't backing down. Did he resign?", "The minister resigned."),
    ("en", "The union did not back down, and the strike did not end on Monday.", "The strike ended on Monday."),
    ("en", "The governor did not back down or sign the budget.", "The governor signed the budget."),
    ("en", "The governor won't back down from his demand for a wall.", "The governor is demanding a wall."),
    ("en", "The mayor will not give in, and the library will not close.", "The mayor said the library will close."),
    ("de", "Die Ministerin knickt nicht ein.", "Die Ministerin zog die Verteidigung am Montag zurück."),
    ("de", "Die Gewerkschaft gibt nicht nach.", "Die Gewerkschaft gab im Streit um die Löhne nach."),
    ("de", "Die Bürgermeisterin weicht nicht zurück, und die Bibliothek schließt nicht.",
     "Die Bürgermeisterin sagte, die Bibliothek schließt."),
    ("fr", "La ministre ne recule pas.", "La ministre a renoncé à défendre l'État."),
    ("fr", "Le syndicat ne cède pas.", "Le syndicat a abandonné sa demande."),
    ("fr", "La maire ne recule pas, et la bibliothèque ne fermera pas.", "La maire a dit que la bibliothèque fermera."),
    ("es", "La fiscal no da marcha atrás.", "La fiscal retiró la defensa del Estado."),
    ("es", "El sindicato no cede.", "El sindicato renunció a su exigencia."),
    ("es", "La alcaldesa no cede, y la biblioteca no cerrará.", "La alcaldesa dijo que la biblioteca cerrará."),
]


@pytest.mark.parametrize(("lang", "denial", "plain"), NO_CONFLICT)
def test_a_negated_idiom_of_holding_firm_denies_no_stated_act(lang: str, denial: str, plain: str) -> None:
    assert polarity(denial, lang, plain, lang) is None
    assert polarity(plain, lang, denial, lang) is None


@pytest.mark.parametrize(("lang", "denial", "plain"), CONFLICT)
def test_a_yielding_or_another_denial_stays_a_conflict(lang: str, denial: str, plain: str) -> None:
    assert polarity(denial, lang, plain, lang) is not None
    assert polarity(plain, lang, denial, lang) is not None


def test_a_plain_side_of_a_language_without_yield_words_stays_a_conflict() -> None:
    # Italian has no "yield_words": the rule does not guess that "si è ritirato" states no yielding
    assert polarity("The union isn't backing down.", "en", "Il sindacato si è ritirato.", "it") is not None


def _probe(probe_id: str) -> dict:
    for line in PROBES.read_text(encoding="utf-8").splitlines():
        probe = json.loads(line)
        if probe["id"] == probe_id:
            return probe
    raise KeyError(probe_id)


@pytest.mark.parametrize("probe_id", ["F01", "F06", "T01", "T02", "T09", "T15"])
def test_probes78_through_the_ledger(probe_id: str) -> None:
    import storylens
    from storylens.models import RawDocument

    probe = _probe(probe_id)
    raws = [RawDocument(source=f"{side}:{probe_id}", text=probe[side],
                        metadata={"date": probe["date"], "language": probe["lang"]}) for side in ("a", "b")]
    conflicts = storylens.Comparer().compare(raws).claims_with_status("conflicting")
    assert bool(conflicts) == probe["expect"]
