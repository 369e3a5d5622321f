"""An Arabic speaker of three names after a title keeps the third ("الرئيس التركي رجب طيب أردوغان" was cut to
"رجب طيب", final29 #11), as the entity table reads it; two names stay two, and a noun after them is not
taken. Inputs written for these tests."""

import pytest

from ._docs import speakers_of


@pytest.mark.parametrize("text, speaker", [
    ('وقال الرئيس التركي رجب طيب أردوغان إن "تركيا لن تتراجع عن موقفها".', "رجب طيب أردوغان"),
    ('زار الرئيس التركي رجب طيب أردوغان أنقرة. وقال أردوغان إن "تركيا لن تتراجع".', "رجب طيب أردوغان"),
    ('وقال رئيس الوزراء الهندي ناريندرا مودي إن "البلاد مستعدة".', "ناريندرا مودي"),
    ('وقال وزير الخارجية أحمد علي للصحفيين إن "الحوار ضروري".', "أحمد علي"),
    ('وظهر الأمين العام حسن نصرالله يتحدث عن الصواريخ. وقال نصرالله: "أنجز الأمر".', "حسن نصرالله"),
], ids=["three-names", "surname-later", "two-names", "addressee-after", "verb-after"])
def test_arabic_speaker_keeps_the_whole_name(text, speaker):
    assert speakers_of(text, "ar") == [speaker]
