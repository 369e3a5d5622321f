"""A participle of saying hanging on a subject that is described, not named (spk20, the largest kind of the en
dev gold's remaining speaker errors: 5 of 9): "The union issued a statement accusing the company of “…”",
"Many used the same language, accusing Trump of holding workers “hostage”", "The senator’s campaign denied the
report, telling the paper it was “…”". The subject's words, up to its verb, are the speaker; a participle with a
subject of its own ("with workers calling …") and a phrase that runs past its verb are not."""

import pytest

from ._docs import speakers_of


@pytest.mark.parametrize("text, want", [
    ("The union issued a statement on Monday accusing the company of “reckless disregard for safety.”", "The union"),
    ("The ministry released a statement calling the strike “illegal and irresponsible.”", "The ministry"),
    ("The company denied wrongdoing, telling reporters the report was “deeply flawed.”", "The company"),
    ("The senator’s campaign denied the report, telling the paper it was “a smear from start to finish.”",
     "The senator’s campaign"),
    ("Many used the same words in their statements, accusing the mayor of holding the city “hostage.”", "Many"),
    ("One of the country’s oldest farm groups passed a motion calling the tariff “a slow death for growers.”",
     "One of the country’s oldest farm groups"),
    ("The association has drafted a letter of its own condemning the board for its “reckless” plan.",
     "The association"),
])
def test_described_subject_of_a_participle(text: str, want: str) -> None:
    assert speakers_of(text, "en") == [want]


@pytest.mark.parametrize("text, want", [
    # a person named before the participle is still the speaker
    ("The former senator John Smith released a statement calling the strike “illegal and irresponsible.”",
     "John Smith"),
    ("The president, Joe Biden, released a statement calling the strike “illegal and irresponsible.”", "Joe Biden"),
    # the participle's own subject after "with": nobody named
    ("The strike started Monday, with workers calling the pay offer “an insult.”", None),
    # the quotation stands before the participle: a policy's name, not the described subject's words
    (("The administration still wants to repeal the “stay in school” rule after the auditors issued a report claiming "
     "the rule had failed."), None),
])
def test_named_or_own_subject_first(text: str, want: str | None) -> None:
    assert speakers_of(text, "en") == [want]


def test_a_phrase_past_its_verb_is_no_description() -> None:
    text = ("Actor Mickey Rourke vowed revenge.\n\nThe former boxer made the remarks in a profanity-laced video "
            "released in the fall, promising that the president would one day “feel” him.")
    assert not any(s and "made the remarks" in s for s in speakers_of(text, "en"))
