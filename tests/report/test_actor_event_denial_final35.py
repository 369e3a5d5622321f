"""final35 F3b leftover (stop 33 'Not mended'): a denial in a language outside USE ("nebyl zadržen") against
"was arrested" stayed shared: the pair's USE cosine (0.31) is under the cross-language conflict floor, and no
e5 floor tells a denial of the same fact from two facts (ledger gold tune half: pairs of two facts with a
polarity difference score 0.84-0.88 on e5, the denial 0.82). The anchor is the person both units name and
the event that person undergoes (an event measure of the text data, its ending aside): then the polarity
check runs whatever the cosine (report.pipeline._ActorEventDenial). Units are checked directly; two
comparisons go through the whole pipeline (real models)."""

from __future__ import annotations

import pytest

import storylens
from storylens.analysis.claims import Unit
from storylens.report.pipeline import _ActorEventDenial


def _unit(doc: str, text: str, lang: str) -> Unit:
    return Unit(doc, f"{doc}:s0", text, 0, len(text), lang)


def _check(person_a: str, person_b: str, key_a: str = "P:e1", key_b: str = "P:e1") -> _ActorEventDenial:
    return _ActorEventDenial({"d1:s0": [(person_a, key_a)], "d2:s0": [(person_b, key_b)]})


_DENIALS = [
    ("Podezřelý Marek Vondra nebyl zadržen a policie po něm stále pátrá.", "cs", "Marek Vondra"),
    ("Підозрюваний Марек Вондра не був затриманий, і поліція досі його шукає.", "uk", "Марек Вондра"),
    ("Podejrzany Marek Vondra nie został zatrzymany, a policja wciąż go szuka.", "pl", "Marek Vondra"),
    ("Подозреваемый Марек Вондра не был задержан, полиция продолжает его искать.", "ru", "Марек Вондра"),
    ("Der Verdächtige Marek Vondra wurde nicht festgenommen, die Polizei sucht weiter nach ihm.", "de", "Marek Vondra"),
    ("El sospechoso Marek Vondra no fue detenido y la policía sigue buscándolo.", "es", "Marek Vondra"),
]
PLAIN = "The suspect, Marek Vondra, was arrested at the scene on Tuesday, police said."


@pytest.mark.parametrize(("denial", "lang", "person"), _DENIALS)
def test_a_denial_of_one_persons_event_is_a_polarity_conflict_whatever_the_cosine(denial, lang, person):
    found = _check(person, "Marek Vondra")(_unit("d1", denial, lang), _unit("d2", PLAIN, "en"))
    assert found == ["polarity: d1 denies, d2 affirms"]


@pytest.mark.parametrize(("denial", "lang", "person"), _DENIALS)
def test_another_person_is_no_anchor(denial, lang, person):
    assert _check(person, "Marek Vondra", key_b="P:e2")(_unit("d1", denial, lang), _unit("d2", PLAIN, "en")) == []


def test_another_event_of_the_same_person_is_no_anchor():
    injured = "Marek Vondra was injured at the scene on Tuesday, police said."
    denial = "Podezřelý Marek Vondra nebyl zadržen a policie po něm stále pátrá."
    assert _check("Marek Vondra", "Marek Vondra")(_unit("d1", denial, "cs"), _unit("d2", injured, "en")) == []


def test_two_affirming_units_and_one_language_are_no_conflict():
    arrested = "Podezřelý Marek Vondra byl zadržen na místě."
    assert _check("Marek Vondra", "Marek Vondra")(_unit("d1", arrested, "cs"), _unit("d2", PLAIN, "en")) == []
    denial = "Marek Vondra was not arrested and police are still looking for him."
    assert _check("Marek Vondra", "Marek Vondra")(_unit("d1", denial, "en"), _unit("d2", PLAIN, "en")) == []


def test_a_person_named_outside_the_unit_is_no_anchor():
    denial = "Podezřelý nebyl zadržen a policie po něm stále pátrá."  # the sentence's other unit names him
    assert _check("Marek Vondra", "Marek Vondra")(_unit("d1", denial, "cs"), _unit("d2", PLAIN, "en")) == []


CS = ("Při útoku na tržišti v Dravenku zemřelo 12 lidí\n\n"
      "Ozbrojený muž v úterý zabil na tržišti ve městě Dravenk 12 lidí, uvedla policie.\n\n"
      "Podezřelý Marek Vondra nebyl zadržen a policie po něm stále pátrá.\n\n"
      "Starosta Piotr Salek ve středu vyhlásil tři dny smutku.")
UK = ("На ринку в Дравенку загинули 12 людей\n\n"
      "Озброєний чоловік у вівторок убив на ринку в місті Дравенк 12 людей, повідомила поліція.\n\n"
      "Підозрюваний Марек Вондра не був затриманий, і поліція досі його шукає.\n\n"
      "Мер Пьотр Салек у середу оголосив три дні жалоби.")
EN = ("Gunman kills 12 at Dravenk market\n\n"
      "A gunman killed 12 people at a market in the city of Dravenk on Tuesday, police said.\n\n"
      "The suspect, Marek Vondra, was arrested at the scene, police said.\n\n"
      "Mayor Piotr Salek declared three days of mourning on Wednesday.")


@pytest.mark.parametrize(("lang", "text", "word"), [("cs", CS, "zadržen"), ("uk", UK, "затриманий")])
def test_the_denial_outside_use_is_a_conflict_in_a_comparison(tmp_path, embedder, lang, text, word):
    paths = []
    for name, body in ((lang, text), ("en", EN)):
        path = tmp_path / f"{name}.txt"
        path.write_text(body, encoding="utf-8")
        paths.append(path)
    result = storylens.compare(paths, embedder=embedder, align_anyway=True)
    claim = [c for c in result.claims if any(word in e.text for e in c.evidence)]
    assert claim and claim[0].status == "conflicting" and "polarity" in (claim[0].conflict or ""), \
        [(c.status, c.text, c.conflict) for c in result.claims]
    # the other facts stay as they were: the mayor's mourning is shared, no conflict
    mourning = [c for c in result.claims if any("Salek" in e.text for e in c.evidence)]
    assert mourning and all(c.conflict is None or "polarity" not in c.conflict for c in mourning)
