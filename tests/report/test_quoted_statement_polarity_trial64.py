"""trial64 (F11's fix): once the Arabic speaker "أوكاي ميميش" was linked to "Okay Memis", the five renderings of his one
quotation became a polarity conflict ("d1 affirms, d2 denies": "عدم دخول" and "girmesin" are negations the plain
check does not read, "should not enter" is one). The check of a quoted statement against a reported one applies
when exactly one of the two quotes: two quotations are two renderings of one utterance, under the plain floor."""

from storylens.analysis.claims import Unit
from storylens.report.pipeline import _QuotedStatementPolarity


def _unit(doc: str, text: str, lang: str) -> Unit:
    return Unit(doc, f"{doc}:s1", text, 0, len(text), lang)


def test_two_quotations_of_one_person_are_not_set_against_each_other():
    a = _unit("d1", 'وقال رئيس آفاد أوكاي ميميش إن "فرقنا في الميدان، وعلى المواطنين عدم دخول المباني المتضررة".', "ar")
    b = _unit("d2", '"Our teams are in the field. Citizens should not enter damaged buildings," AFAD head Okay Memis said.', "en")
    check = _QuotedStatementPolarity({"d1:s1": [("أوكاي ميميش", "P:e1")], "d2:s1": [("Okay Memis", "P:e1")]})
    assert check(a, b) == [] and check(b, a) == []


def test_a_quotation_against_its_reported_denial_still_conflicts():
    a = _unit("d1", '"We will appeal this verdict," said the lawyer, Aigerim Nurlanova.', "en")
    b = _unit("d2", "Avukat Aygerim Nurlanova, karara itiraz etmeyeceklerini söyledi.", "tr")
    check = _QuotedStatementPolarity({"d1:s1": [("Aigerim Nurlanova", "P:e1")], "d2:s1": [("Aygerim Nurlanova", "P:e1")]})
    assert check(a, b) == ["polarity: d1 affirms, d2 denies"]
