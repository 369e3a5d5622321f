"""The speaker kinds that issue 12's fresh dev gold of stop 28 (quote_gold/*dev28*) showed missing, each
written again as small inputs in the languages that have it: "the president" is not the vice president
(and "the vice president" not the president), and a title before a lone surname ("President Trump") names
the person "the president" stands for; a preposition's object ("In a pair of evening tweets, …") is no
subject of a noun read as a verb; "X, Democrat of New Jersey, said" and "Representative-elect X"."""

import pytest

from storylens.analysis.quotes import extract_quote_spans

from ._docs import segmented_doc

# (id, language, text, the speaker of each quotation in order)
CASES = [
    ('en-president-not-vice', 'en',
     ('President Donald Trump met the leaders. Vice President Mike Pence also attended.\n\n'
      '"We need a barrier," the president said.\n\n"We will stay," the vice president said.'),
     ['Donald Trump', 'Mike Pence']),
    ('en-president-only-vice-named', 'en',
     ('Pressed by Vice President Mike Pence and Representative Kevin McCarthy, Democrats refused to budge.\n\n'
      '"We need a barrier," the president said during the cabinet meeting.'),
     [('the president', None)]),
    ('en-president-by-surname', 'en',
     ('WASHINGTON — President Trump and Democratic leaders dug in Wednesday. Pressed by Vice President Mike Pence, '
      'they refused.\n\n"They don\'t care," Katie Waldman, a spokeswoman for the department, said.\n\n'
      '"The United States needs a physical barrier," the president said.\n\n"Walls work," he added.'),
     ['Katie Waldman', 'Trump', 'Trump']),
    ('en-deputy-prime-minister', 'en',
     ('Prime Minister Keir Starmer spoke first. Deputy Prime Minister Angela Rayner followed.\n\n'
      '"This is a fair deal," the prime minister said.'),
     ['Keir Starmer']),
    ('en-preposition-object-not-subject', 'en',
     ('In a pair of evening tweets, Mr. Trump seemed to hold out hope of an agreement, writing: "I remain ready '
      'and willing to work with Democrats."'),
     ['Trump']),
    ('en-party-of-place-apposition', 'en',
     ('Senator Lamar Alexander, Republican of Tennessee, wrote an article.\n\n"This morning I requested that my pay '
      'be withheld," Representative-elect Mikie Sherrill, Democrat of New Jersey, said on Twitter.\n\n'
      'She noted that workers were not paid. "I came here to govern," she said.'),
     ['Mikie Sherrill', 'Mikie Sherrill']),
    ('en-party-of-place-before-quote', 'en',
     'Rep. Jim Jordan, Republican of Ohio, said the bill was "dead on arrival."',
     ['Jim Jordan']),
]


def _right(got, want):
    return got in want if isinstance(want, tuple) else got == want


@pytest.mark.parametrize("lang, text, speakers", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speaker_of_each_quotation(lang, text, speakers):
    got = [q.speaker for q in extract_quote_spans([segmented_doc(text, lang)])]
    assert len(got) == len(speakers) and all(_right(g, w) for g, w in zip(got, speakers)), got
