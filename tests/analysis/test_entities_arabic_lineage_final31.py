"""An Arabic name with a lineage or family word is read whole (final31 #7: "محمد بن عبد الرحمن آل ثاني" was cut
to "محمد بن عبد", "فيصل بن فرحان آل سعود" to "فيصل بن فرحان")."""

import pytest

from storylens.analysis.entities._scripts import _arabic_people


@pytest.mark.parametrize("sentence,name", [
    ("قال وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني في تصريح للصحفيين إن الحوار مستمر.",
     "محمد بن عبد الرحمن آل ثاني"),
    ("وقال رئيس الوزراء القطري الشيخ محمد بن عبد الرحمن بن جاسم آل ثاني إن الحوار مستمر.",
     "محمد بن عبد الرحمن بن جاسم آل ثاني"),
    ("وأضاف وزير الخارجية السعودي الأمير فيصل بن فرحان آل سعود أن الجهود ستتواصل.", "فيصل بن فرحان آل سعود"),
])
def test_a_lineage_name_whole(sentence: str, name: str) -> None:
    assert name in _arabic_people(sentence)


@pytest.mark.parametrize("sentence,name", [
    ("وقال المستشار الألماني أولاف شولتس إن الحكومة مستعدة.", "أولاف شولتس"),
    ("وقال الرئيس التركي رجب طيب أردوغان إن الحكومة مستعدة.", "رجب طيب أردوغان"),
])
def test_other_names_as_before(sentence: str, name: str) -> None:
    assert _arabic_people(sentence) == [name]
