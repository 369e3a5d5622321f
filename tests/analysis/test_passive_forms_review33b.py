"""review33b §2: "passive_forms" took any "was not" / "is at" / "is that" for a passive (a bare ``t`` ending
made "not", "at", "that", "about" participles) and German listed the auxiliaries alone (future "werden kommen"),
so ``_negation_confined`` un-confined a denial and brought back false polarity conflicts."""
import pytest

from storylens.analysis.conflicts import _passive, polarity


@pytest.mark.parametrize(("text", "lang"), [
    ("He was not happy with the result.", "en"),
    ("The mayor is at the scene.", "en"),
    ("It is that simple.", "en"),
    ("The bridge is about to open.", "en"),
    ("Shares were down 2% at noon.", "en"),
    ("They weren't there.", "en"),
    ("Sie werden kommen.", "de"),
    ("Sie werden in den folgenden Tagen kommen.", "de"),
    ("Er wurde 2019 Präsident.", "de"),
    ("Der Minister wird gegen den Plan stimmen.", "de"),
])
def test_an_auxiliary_without_a_participle_is_no_passive(text, lang):
    assert not _passive(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("The attacker was not arrested.", "en"),
    ("He wasn't hurt in the crash.", "en"),
    ("He was kept in custody.", "en"),
    ("The ministers were quickly briefed.", "en"),
    ("Der Angreifer wurde am Tatort festgenommen.", "de"),
    ("Das Gesetz wurde am Montag beschlossen.", "de"),
    ("Er sagte, dass er festgenommen wurde.", "de"),
    ("Die Firma wurde informiert, sagte er.", "de"),
    ("Er ist festgenommen worden.", "de"),
])
def test_an_auxiliary_with_its_participle_is_a_passive(text, lang):
    assert _passive(text, lang)


@pytest.mark.parametrize(("denial", "plain"), [
    ("The minister was not happy with the terms, but she signed the deal on Monday.",
     "The minister signed the deal on Monday, which is about trade."),
    ("The mayor was not at the meeting, but the council approved the budget.",
     "The council approved the budget; the mayor is at a summit."),
])
def test_a_denied_clause_of_its_own_gives_no_conflict_beside_a_non_passive(denial, plain):
    assert polarity(denial, "en", plain, "en") is None
    assert polarity(plain, "en", denial, "en") is None
