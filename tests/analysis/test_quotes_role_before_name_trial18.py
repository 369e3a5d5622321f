"""trial18 #4: a role or title before a name is not the speaker, the person named after it is (Arabic
"محامي الدفاع" the defence lawyer, Turkish "Hâkim" the judge, a lower-case role in a "from X:" credit).
Inputs written for these tests after the trial's corpus."""

import pytest

from storylens.analysis.quotes import extract_quote_spans

from ._docs import segmented_doc


def _speakers(text, lang):
    return [q.speaker for q in extract_quote_spans([segmented_doc(text, lang, "d1")])]


@pytest.mark.parametrize("text, name", [
    ('وقال محامي الدفاع ستيفان براندل «سنستأنف هذا الحكم أمام المحكمة العليا».', "ستيفان براندل"),
    ('وقالت محامية الدفاع سلمى الحسيني: "موكلي بريء من كل التهم".', "سلمى الحسيني"),
], ids=["lawyer", "lawyer-feminine"])
def test_arabic_lawyer_of_the_defence_is_a_title(text, name):
    assert _speakers(text, "ar") == [name]


@pytest.mark.parametrize("text, name", [
    ('Hâkim Elena Moravec, "Sanık, bu ülkenin her vatandaşının güvenine ihanet etti" dedi.', "Elena Moravec"),
    ('Yargıç Ahmet Demir, "Karar oy birliğiyle alındı" diye konuştu.', "Ahmet Demir"),
], ids=["hakim", "yargic"])
def test_turkish_judge_title_is_not_part_of_the_speaker(text, name):
    assert _speakers(text, "tr") == [name]


@pytest.mark.parametrize("text, lang", [
    ("And from defence counsel Stefan Brandl:\n\n“We respect the court but we will appeal.”", "en"),
    ("And from the defence lawyer Stefan Brandl:\n\n“We respect the court but we will appeal.”", "en"),
    (("Et de la part de l’avocat de la défense Stefan Brandl :\n\n« Nous respectons le tribunal mais nous ferons "
      "appel. »"), "fr"),
], ids=["en-counsel", "en-lawyer", "fr-avocat"])
def test_lower_case_role_before_the_name_in_a_from_credit(text, lang):
    assert _speakers(text, lang) == ["Stefan Brandl"]


def test_from_credit_without_a_role_or_a_person_gives_no_speaker():
    assert _speakers("And from reporters in New York:\n\n“We respect the court but we will appeal.”", "en") == [None]
