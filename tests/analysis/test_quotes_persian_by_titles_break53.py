"""Persian speakers after "according to" (به گفته) and after a title joined with the zero-width non-joiner (break53 F6:
"به گفته رئیس‌جمهور مسعود پزشکیان، «…»" gave the speaker "رئیس", cut at the non-joiner, and Khamenei's quotation after
it, whose verb "گفته بود" was unknown, took that speaker too). Inputs written for these tests."""

import pytest

from storylens.analysis.quotes import extract_quote_spans

from ._docs import segmented_doc


def _speakers(text: str) -> list[str | None]:
    return [s.speaker for s in extract_quote_spans([segmented_doc(text, "fa", "d1")])]


@pytest.mark.parametrize(("text", "speaker"), [
    ("به گفته رئیس‌جمهور مسعود پزشکیان، «ایران آماده گفت‌وگو است».", "مسعود پزشکیان"),
    ("به گفته رئیس جمهور مسعود پزشکیان، «ایران آماده گفت‌وگو است».", "مسعود پزشکیان"),
    ("به گفته وزیر امور خارجه عباس عراقچی، «ایران آماده گفت‌وگو است».", "عباس عراقچی"),
    ("به گفته عباس عراقچی، وزیر امور خارجه، «ایران آماده گفت‌وگو است».", "عباس عراقچی"),
    ("به گفته سخنگوی دولت، فاطمه مهاجرانی، «دولت به دنبال تنش نیست».", "فاطمه مهاجرانی"),
    ("رئیس‌جمهور مسعود پزشکیان گفت: «ایران آماده گفت‌وگو است».", "مسعود پزشکیان"),
    ("آیت‌الله علی خامنه‌ای گفت: «مذاکره با آمریکا عاقلانه نیست».", "علی خامنه‌ای"),
])
def test_the_holder_of_a_title_is_the_speaker(text: str, speaker: str):
    assert _speakers(text) == [speaker]


def test_a_pluperfect_verb_gives_the_next_quotation_its_own_speaker():
    text = ("به گفته رئیس‌جمهور مسعود پزشکیان، «ایران آماده گفت‌وگو است». "
            "علی خامنه‌ای گفته بود «مذاکره با آمریکا عاقلانه نیست».")
    assert _speakers(text) == ["مسعود پزشکیان", "علی خامنه‌ای"]
