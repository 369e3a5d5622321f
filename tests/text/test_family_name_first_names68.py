"""Vietnamese names are written family name first (issue #11, break67s2: "Nguyen Van An" and later "Mr Nguyen" were two
people): :func:`storylens.text.surname_first` reads a listed Vietnamese family name (text/data/vi.json "surnames")
before two or three syllables, with or without diacritics; two words alone are too often a Western name."""

from __future__ import annotations

import pytest

from storylens.text import surname_first


@pytest.mark.parametrize("name", ["Nguyen Van An", "Nguyễn Văn An", "Tran Thi Mai Anh", "Pham Minh Chinh",
                                  "Vo Van Thuong"])
def test_vietnamese_names_put_the_family_name_first(name):
    assert surname_first(name)
    # and no Western name of those words is read so
    for other in ("Le Pen", "Marine Le Pen", "Tran Smith Jones", "Lee Anderson", "Nguyen An"):
        assert not surname_first(other), other
