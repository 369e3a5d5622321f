"""Kinds found on the fresh English dev gold basil_dev29_en (issue 12, stop 29): a time phrase between the
subject and its verb is no speaker ("The congressman over the weekend joked …"; text/data en "time_nouns"),
the outlet a description told is no person the description names ("The woman told the New York Daily News
that …"), and a party epithet opening a sentence ("The New York Democrat, who …") is no new antecedent for
"he". Inputs written for these tests after the kinds of that set."""

import pytest

from ._docs import speakers_match, speakers_of


@pytest.mark.parametrize("text, speaker", [
    (('Congressman Anthony Weiner is married. The congressman over the weekend joked about the incident on Twitter, '
     'asking whether his kitchen blender would be next to "attack" him.'), "Anthony Weiner"),
    (('Anthony Weiner is married. The woman told the New York Daily News that there had "never been any '
     'inappropriate exchanges" between them.'), "The woman"),
    (('Rep. Anthony Weiner said he was hacked. The New York Democrat, who is known for his combative style, granted '
     'a series of TV interviews. At the time, he said he would not allow what he described as a "prank" to distract '
     'him.'), "Anthony Weiner"),
], ids=["time-phrase-before-verb", "told-outlet", "epithet-subject"])
def test_dev29_kind(text, speaker):
    assert speakers_of(text, "en") == [speaker]


def test_a_plural_epithet_stays_the_antecedent_of_they():
    # "Every Senate Republican has signed …" (no "The" before it): the later "they wrote" is theirs (BASIL text
    # of an unused event, where the first version of the epithet rule lost it)
    text = ('Every Senate Republican has signed onto a letter vowing to block all legislation. "We cannot agree to '
            'prioritize any matters above funding the government," they wrote.')
    got = speakers_of(text, "en")
    assert speakers_match(got, [("Republican", "Senate Republican", "Every Senate Republican")]), got
