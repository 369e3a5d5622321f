"""break67p's HIGH findings against polar67's first rules, as guards (they pass on main and failed on the branch
before its fix round): a refusal verb read as a refusal only of an act the other side accepts (same actor, same
object; no fall, no refusal to comment, no opinion agreed), "dismissed" kept as the event when it is what the
denial is about, a German verb bracket's toll read from its participle only (never a capitalised noun or a word after
an article), a quotation's sentences no longer cut apart, and a person's present "will nicht" / "ne veux pas" a
refusal (so are English "don't want", "doesn't want"). Also the contraction of a past negated wish ("didn't want")
read as "did not want" (fails on main), and "no quiere decir" ("does not mean") no negation."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import polarity
from storylens.analysis.quantities import extract_numbers


@pytest.mark.parametrize("lang, a, b", [
    # a fall, no refusal
    ("en", "City ridership declined sharply after the fare increase in March.",
     "City riders accepted the fare increase in March."),
    ("en", "The number of migrants declined after the deal.", "Turkey agreed to the deal."),
    ("fr", "La fréquentation a décliné après la hausse des tarifs.", "Les usagers ont accepté la hausse des tarifs."),
    # no answer is no refusal of the act
    ("en", "The transit union declined to comment on the city's pay offer on Monday.",
     "The transit union accepted the city's pay offer on Monday."),
    # two actors
    ("en", "Israel refused the ceasefire proposal on Monday.", "Hamas accepted the ceasefire proposal on Monday."),
    # an opinion agreed
    ("en", "Experts agree the drug is safe.", "The agency refused to approve the drug."),
    ("en", "The board agreed that the offer was fair.", "The board refused the offer."),
])
def test_no_false_refusal_conflict(lang, a, b):
    assert polarity(a, lang, b, lang) is None and polarity(b, lang, a, lang) is None


@pytest.mark.parametrize("lang, a, b", [
    # the dismissal is the event denied
    ("en", "The club denied that the coach had been dismissed.", "The club dismissed the coach on Monday."),
    ("en", "The company denied reports that workers were dismissed.", "The company dismissed 200 workers."),
    ("en", "The club denied firing the coach.", "The club dismissed the coach."),
    # a quotation's plain sentence repeated, its negated one said in other words
    ("en", "\u201cWe did not cut jobs. The plant stays open,\u201d the company said.",
     "The company laid off 300 workers but the plant stays open."),
    ("en", "\u201cI will not resign. I have work to do,\u201d she said.", "She stepped down, saying her work was done."),
    # a person's present "won't"
    ("de", "Der Kanzler will nicht zurücktreten.", "Der Kanzler ist zurückgetreten."),
    ("fr", "\u00ab Je ne veux pas démissionner \u00bb, a déclaré la ministre.", "La ministre a démissionné vendredi."),
    ("es", "El ministro no quiere dimitir.", "El ministro dimitió."),
    ("en", "\u201cI don't want to resign,\u201d the minister said.", "The minister resigned on Friday."),
    ("en", "The senator doesn't want to sign the letter.", "The senator signed the letter."),
])
def test_true_conflict_kept(lang, a, b):
    assert polarity(a, lang, b, lang) is not None
    assert polarity(b, lang, a, lang) is not None


@pytest.mark.parametrize("text", [
    "Zwei Bergretter waren am Sonntag an der Bergung der Toten beteiligt.",
    "Zwei Ärzte wurden am Samstag für die Behandlung der Verletzten geehrt.",
    "Drei Seelsorger waren bei der Trauerfeier für die Getöteten.",
])
def test_nominalised_dead_in_bracket_is_no_toll_of_the_counted(text):
    assert extract_numbers(text, "de")[0].unit not in ("killed", "injured")


def test_no_quiere_decir_means_and_denies_nothing():
    a, b = "Esto no quiere decir que el Gobierno suba los impuestos.", "El Gobierno sube los impuestos."
    assert polarity(a, "es", b, "es") is None and polarity(b, "es", a, "es") is None


def test_a_bracket_closed_by_its_participle_is_still_a_toll():
    assert extract_numbers("Zwei Skitourengeher sind am Samstag in den Alpen getötet worden.", "de")[0].unit == "killed"


@pytest.mark.parametrize("wish", [
    "The senator didn't want to sign the letter.",
    "The senator didn\u2019t want to sign the letter.",
])
def test_a_contracted_negated_wish_denies_the_wish_only(wish):
    act = "The senator signed the letter after days of pressure."
    assert polarity(wish, "en", act, "en") is None and polarity(act, "en", wish, "en") is None
    assert polarity(wish, "en", "The senator wanted to sign the letter.", "en") is not None
