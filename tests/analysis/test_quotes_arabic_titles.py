"""Arabic titles of a body's officer: the body's noun in the construct state ("رئيس منظمة الصحة
العالمية تيدروس …", the head of the World Health Organization) is part of the title, so the speaker is
the person named after it, never the body's first two words. Inputs written for these tests."""

import pytest

from storylens.analysis.quotes import extract_quote_spans

from ._docs import segmented_doc


def _speakers(text):
    return [q.speaker for q in extract_quote_spans([segmented_doc(text, "ar", "d1")])]


@pytest.mark.parametrize("text, name", [
    ('قال رئيس هيئة الأرصاد الجوية محمود شاهين إن الأمطار ستستمر "حتى نهاية الأسبوع" في معظم المناطق.',
     "محمود شاهين"),
    ('وقالت مديرة شركة المياه الوطنية سلمى الحسيني: "نعمل ليلا ونهارا لإصلاح الأنابيب".', "سلمى الحسيني"),
    ('وأكد أمين مجلس الشورى يوسف الكندي أن الجلسة "ستعقد في موعدها".', "يوسف الكندي"),
], ids=["head-of-authority", "director-of-company", "secretary-of-council"])
def test_body_after_a_title_is_part_of_the_title(text, name):
    assert _speakers(text) == [name]


def test_the_title_alone_later_is_the_person_named_with_it():
    text = ('قال رئيس هيئة الأرصاد الجوية محمود شاهين إن العاصفة ستضرب السواحل مساء الخميس. وفي مؤتمر صحفي لاحق، '
            'قال رئيس الهيئة: "ننصح المواطنين بعدم الخروج".')
    assert _speakers(text) == ["محمود شاهين"]


@pytest.mark.parametrize("text, name", [
    # ل + الأمين writes "للأمين" (for the secretary-general); the short form is spaced, the full one joined
    (('بثت القناة كلمة مسجلة للأمين العام حسين نصرالدين تحدث فيها عن الانتخابات. وقال نصر الدين في الكلمة: '
     '"لن نقبل بتأجيل الانتخابات".'), "حسين نصرالدين"),
    # "للمستشفى" (of the hospital) is the title's complement; "الراوي" alone is his surname, not a description
    ('وفي الختام، وجه الشكر للمدير العام للمستشفى الدكتور كريم الراوي. وقال الراوي: "الفريق عمل دون توقف".',
     "كريم الراوي"),
    ('وأشاد النائب بالوزير السابق عادل الفرا. وقال الفرا: "سنواصل العمل من أجل الناس".', "عادل الفرا"),
], ids=["clitic-title-joined-surname", "clitic-complement-article-surname", "bi-prefixed-title"])
def test_person_introduced_under_a_clitic_title_is_found_again(text, name):
    assert _speakers(text) == [name]


@pytest.mark.parametrize("text", [
    'وزير الصحة أحمد علي: "الوضع تحت السيطرة"',
    'وبحسب وزير الصحة أحمد علي، فإن "الوضع تحت السيطرة".',
    'وحسب وزير الصحة أحمد علي فإن المستشفيات "جاهزة تماما".',
], ids=["headline-title-name-colon", "according-to-wa-bihasab", "according-to-hasab"])
def test_headline_colon_and_according_to_name_the_minister(text):
    assert _speakers(text) == ["أحمد علي"]


def test_crown_prince_is_a_title():
    # "ولي العهد" (the crown prince) and "الأمير" are titles, the name follows them
    assert _speakers('قال ولي العهد السعودي الأمير محمد بن سلمان إن المملكة "لن تتراجع".') == ["محمد بن سلمان"]


@pytest.mark.parametrize("text, name", [
    ('ونقلت وكالة الأنباء عن الأمين العام للجامعة العربية أحمد أبو الغيط قوله إن "الوضع خطير".', "أحمد أبو الغيط"),
    ('ونقلت صحيفة الأهرام عن وزيرة التخطيط هالة السعيد قولها إن "النمو سيتسارع".', "هالة السعيد"),
], ids=["agency-quoted-him", "paper-quoted-her"])
def test_quoted_as_saying_is_the_one_quoted(text, name):
    assert _speakers(text) == [name]


@pytest.mark.parametrize("text, name", [
    ('أعرب الأمين العام للأمم المتحدة أنطونيو غوتيريش عن قلقه، مضيفا أن "القتال يجب أن يتوقف".', "أنطونيو غوتيريش"),
    ('دعت وزيرة الصحة هالة زايد إلى الحذر، مؤكدة أن "الوضع تحت السيطرة".', "هالة زايد"),
], ids=["adding", "stressing"])
def test_circumstantial_participle_speaks_for_the_subject(text, name):
    # "مضيفا أن" (adding that), "مؤكدة أن" (stressing that): the clause's subject, as English ", adding"
    assert _speakers(text) == [name]
