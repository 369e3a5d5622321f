"""A title-case headline names no people (lead53, issue #11; ECB+ train topic 9).

A headline in title case capitalises its verbs and common nouns, so its runs of capitals read as given name +
surname: "Obama Reverses Bush on Species Protection Measure" gave the person "Reverses Bush" ("Reverses" is written
only before another capitalised word, "Bush" again alone), and "different people in the openings: Reverses Bush vs
Ken Salazar" held two same-story reports apart. The names rule already read no word of such a title; the people rule
(:func:`storylens.similarity._openings._lead_people`) now reads the same title (:func:`storylens.similarity._openings._title_case_line`)
as giving no evidence by its capitals: there a run is a person only when the name lists hold its given name and the
lexicon knows it as no common word ("Deputy Jerry Ortiz" stays; "Colts Beat Chiefs" is no "Beat Chiefs"). Reasons
and verdict only: a hashing embedder and a fixed row."""

from __future__ import annotations

import pytest

from storylens import similarity as sim

from ._pairs import pair_score

OBAMA = (" date 2009-03-04\n\nObama Reverses Bush on Species Protection Measure\nPresident Obama is restoring a "
         "requirement that agencies consult independent federal experts on endangered species. The memorandum "
         "marks another reversal of former president George W. Bush's legacy. The Bush administration had allowed "
         "agencies to waive such reviews.")
SALAZAR = (" date 2009-04-28\n\nObama administration overturns rule that weakened Endangered Species Act\n"
           "Interior Secretary Ken Salazar announced today that the Obama administration will reverse a regulation "
           "that allowed federal agencies to act without consulting experts. Salazar said science must guide the "
           "decisions.")

# (title-case headline and lead, the people the opening names): the headline's verb + surname is no person
TITLED = [
    (OBAMA, ()),
    (("Senate Confirms Haaland as Interior Secretary\nThe Senate on Monday confirmed Deb Haaland as interior "
      "secretary. Haaland, 60, was a congresswoman from New Mexico."), ("Deb Haaland",)),
    (("Merkel Meets Macron in Berlin Ahead of Summit\nChancellor Angela Merkel hosted the French president on "
      "Monday. Macron said the talks were good."), ("Angela Merkel",)),
    (("Warren Slams Biden on Student Debt Plan\nSenator Elizabeth Warren criticised the plan on Tuesday. Biden "
      "defended it later."), ("Elizabeth Warren",)),
    (("Court Jails Halden for Nine Years\nA court in Drovnik on Tuesday sentenced former minister Viktor Halden to "
      "nine years in prison. Halden, 61, denied the charges."), ("Viktor Halden",)),
]


def _opening(text: str, lang: str = "en") -> sim.Opening:
    prepared = sim.prepare_text(text)
    return sim._sides._analyse(prepared.text, lang, None, sim._sides._kept_sentences(prepared.text), sim.Gazetteer.load(),
                        prepared.dateline).opening


@pytest.mark.parametrize(("text", "people"), TITLED)
def test_a_title_case_headline_names_no_people(text, people):
    assert _opening(text).people == people


@pytest.mark.parametrize(("text", "people"), [
    # ECB+ train 16_2ecbplus, 28_3ecbplus: people named in full only in a title-case title
    (("Gang Member Convicted Of Murdering Sheriff's Deputy Jerry Ortiz\nA jury in Norwalk today convicted a gang "
      "member of the murder. Ortiz was shot in 2005."), ("Jerry Ortiz",)),
    (("Fred LaRue, Watergate Figure, Dies at 75\nThe former Nixon campaign official died Saturday in Biloxi. LaRue "
      "was 75."), ("Fred LaRue",)),
    # a given name of the lists that a title capitalises as a common word
    (("Colts Beat Chiefs to Reach Title Game\nIndianapolis won on Sunday in Kansas City. The Chiefs led early."), ()),
])
def test_a_title_case_title_names_a_person_by_the_name_lists(text, people):
    assert _opening(text).people == people


@pytest.mark.parametrize("text", [
    # a sentence-case headline is read as before: its person is the report's
    ("Ex-minister Viktor Halden jailed for nine years\nA court in Drovnik sentenced him on Tuesday. Halden, 61, "
     "denied the charges."),
    # a one-line text has no title to leave out
    "Former minister Viktor Halden was jailed for nine years on Tuesday. Halden, 61, denied the charges.",
])
def test_a_sentence_case_headline_or_a_lead_still_names_its_person(text):
    assert _opening(text).people == ("Viktor Halden",)


@pytest.mark.parametrize(("text", "people"), TITLED)
def test_the_people_rule_and_the_names_rule_read_one_title(text, people):
    # one reading of the title for both rules: a word only the title writes is neither a person's nor a name
    opening = _opening(text)
    title, lead = text.strip().split("\n")[-2:]
    only_title = {w for w in title.split() if w not in lead}
    assert not only_title & {w for p in opening.people for w in p.split()}
    assert not only_title & set(opening.names)


def test_a_title_case_headline_holds_no_same_story_pair_apart(hashing_embedder):
    score = pair_score(OBAMA, SALAZAR, "en", "en", 0.86, hashing_embedder)
    assert not any(r.startswith("different people") for r in score.reasons)
    assert score.same_story is True
