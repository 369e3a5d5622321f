"""US news refers back to a politician by state and party ("the Massachusetts Democrat said") or by the role
its abbreviated title stands for ("the Arizona senator" after "Sen. Jeff Flake"): the person named before,
not a name of its own (text/data en.json "party_members", "title_abbreviations"). Inputs written for these
tests."""

import pytest

from storylens.analysis.quotes import extract_quote_spans

from ._docs import segmented_doc


@pytest.mark.parametrize("text, speaker", [
    (('Sen. Elizabeth Warren criticized the bill on Sunday.\n\n"It is a giveaway to the rich," the Massachusetts '
     'Democrat said. "Nothing more."'), "Elizabeth Warren"),
    ('Speaker Paul Ryan dismissed the idea. "That\'s not going to happen," the Wisconsin Republican told reporters.',
     "Paul Ryan"),
    (('Sen. Jeff Flake announced his retirement on Tuesday.\n\n"I will not be complicit," the Arizona senator said on '
     'the Senate floor. "Enough."'), "Jeff Flake"),
    ('Gov. Jay Inslee signed the order on Monday. "We are not waiting for Washington," the governor said.',
     "Jay Inslee"),
], ids=["state-democrat", "state-republican", "sen-senator", "gov-governor"])
def test_epithet_is_the_politician_named_before(text, speaker):
    assert {q.speaker for q in extract_quote_spans([segmented_doc(text, "en")])} == {speaker}


@pytest.mark.parametrize("text, speaker", [
    ('Former FBI Director James Comey testified on Thursday. "Lordy, I hope there are tapes," the former director added.',
     "James Comey"),
    ('Former Secretary of State John Kerry spoke in Paris. "We cannot walk away from this deal," the former secretary said.',
     "John Kerry"),
    ('Judge Amy Berman Jackson read the sentence on Friday. "This is not a witch hunt," the judge said.',
     "Amy Berman Jackson"),
], ids=["director", "secretary", "judge"])
def test_role_word_of_an_american_title_is_the_person_titled_so(text, speaker):
    assert [q.speaker for q in extract_quote_spans([segmented_doc(text, "en")])] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Ministerin Petra Vogel besuchte die Baustelle. „Wir ziehen das durch“, betonte die SPD-Politikerin.', "Petra Vogel"),
    ('Friedrich Merz sprach am Montag in Berlin. „Wir sind bereit“, sagte der CDU-Chef.', "Friedrich Merz"),
], ids=["spd-politikerin", "cdu-chef"])
def test_german_party_compound_refers_back(text, speaker):
    assert [q.speaker for q in extract_quote_spans([segmented_doc(text, "de")])] == [speaker]
