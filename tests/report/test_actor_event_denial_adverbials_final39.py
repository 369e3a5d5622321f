"""final39 §5b: the cross-language person + event denial missed "Marek Novotný nebyl v pondělí v Praze
zatčen" (a time and a place between the negation and its event word) and read the headline "Marek Novotny
arrested in Prague" as Novotny arresting someone (a participle straight after the name, the headline's
auxiliary dropped). Adverbial phrases of one preposition and a word leave the negation on the event; a
headline's participle with no object after it is a passive."""

from __future__ import annotations

import pytest

from storylens.analysis.claims import Unit
from storylens.report.pipeline import _ActorEventDenial


def _unit(doc: str, text: str, lang: str) -> Unit:
    return Unit(doc, f"{doc}:s0", text, 0, len(text), lang)


def _conflict(person_a: str, text_a: str, lang_a: str, person_b: str, text_b: str, lang_b: str) -> list[str]:
    check = _ActorEventDenial({"d1:s0": [(person_a, "P:e1")], "d2:s0": [(person_b, "P:e1")]})
    return check(_unit("d1", text_a, lang_a), _unit("d2", text_b, lang_b))


EN = "Police arrested businessman Marek Novotny in Prague on Monday."

# the negation, then a time and/or a place, then the event word
ADVERBIAL_DENIALS = [
    ("Marek Novotný nebyl v pondělí v Praze zatčen.", "cs"),
    ("Marek Novotný nebyl v pondělí zadržen.", "cs"),
    ("Marek Novotný nebyl ve čtvrtek na letišti zatčen.", "cs"),
]


@pytest.mark.parametrize(("denial", "lang"), ADVERBIAL_DENIALS)
def test_a_negation_before_adverbials_bears_on_the_event(denial: str, lang: str) -> None:
    plain, plain_lang = (EN, "en") if lang != "en" else ("Policie Marka Novotného v pondělí zatkla.", "cs")
    assert _conflict("Marek Novotny", plain, plain_lang, "Marek Novotný" if lang == "cs" else "Marek Novotny",
                     denial, lang) != []


HEADLINES = [
    ("Marek Novotny arrested in Prague", "en"),
    ("Marek Novotny arrested", "en"),
]


@pytest.mark.parametrize(("headline", "lang"), HEADLINES)
@pytest.mark.parametrize("denial", ["Marek Novotný nebyl zatčen", "Marek Novotný nebyl v pondělí v Praze zatčen."])
def test_a_headline_participle_after_the_name_is_passive(headline: str, lang: str, denial: str) -> None:
    assert _conflict("Marek Novotny", headline, lang, "Marek Novotný", denial, "cs") != []


# guards: the person as agent, a sentence (not a headline), a negation on another verb
GUARDS = [
    ("Anna Weber arrested the suspect in Prague", "en", "Anna Weber nebyla zadržena."),
    ("Anna Weber lives in Berlin.", "en", "Anna Weber nebyla zabita."),
    ("Marek Novotny did not resist in Prague when he was arrested.", "en", "Marek Novotný byl zatčen."),
]


@pytest.mark.parametrize(("text", "lang", "other"), GUARDS)
def test_no_denial_of_the_shared_event(text: str, lang: str, other: str) -> None:
    person = text.split(" did")[0].split(" arrested")[0].split(" lives")[0]
    assert _conflict(person, text, lang, person.replace("Novotny", "Novotný"), other, "cs") == []


# Czech negation glued to the verb (cs.json negation_prefix): the negated arrest is an arrest word, negated
PREFIX_DENIALS = [
    "Policie podnikatele Marka Novotného v pondělí v Praze nezatkla.",
    "Policisté Marka Novotného v pondělí nezatkli.",
    "Policisté Marka Novotného v pondělí nezadrželi.",
]


@pytest.mark.parametrize("denial", PREFIX_DENIALS)
def test_a_prefix_negated_verb_is_a_denial(denial: str) -> None:
    assert _conflict("Marek Novotny", EN, "en", "Marka Novotného", denial, "cs") != []


@pytest.mark.parametrize("other", ["Anna Weber nezadržela dech.", "Anna Weber nezavřela okno."])
def test_a_prefix_on_another_word_is_no_event(other: str) -> None:
    assert _conflict("Anna Weber", "Anna Weber was arrested in Prague.", "en", "Anna Weber", other, "cs") == []
