"""trial54 F13 in quote matching: a speaker's key puts the surname last in every order and script, so "Kim" is
Kim Jong Un's surname, "Orbán Viktor" is "Viktor Orbán", 王 alone is 王丽's surname, and Kim Yo Jong is not Kim
Jong Un (1 one speaker, 0 two, 0.5 unknown)."""

import pytest

from storylens.analysis.quotes._match import _same_speaker, _speaker_key


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Kim Yo Jong", "Kim Jong Un", 0.0),
    ("Kim", "Kim Jong Un", 1.0),
    ("Kim Jong-un", "Kim Jong Un", 1.0),
    ("Orbán Viktor", "Viktor Orbán", 1.0),
    ("Xi", "Xi Jinping", 1.0),
    ("Wang Yi", "Wang Wenbin", 0.0),
    ("王丽", "Wang Li", 1.0),
    ("王", "王丽", 1.0),
    ("王建国", "Wang Jianguo", 1.0),
    ("欧阳修", "Ouyang Xiu", 1.0),
    ("Mary Cheney", "Dick Cheney", 0.0),
])
def test_surname_first_speakers(a, b, same):
    assert _same_speaker(_speaker_key(a), _speaker_key(b)) == same
