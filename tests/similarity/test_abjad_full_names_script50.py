"""Names an Arabic, Persian or Hebrew text shares with a cased one, read by sound (issue 11/12, script50 F4: an
Arabic and an English report of one event had "no names in common")."""

from storylens.similarity._openings import _abjad_full_names, _full_names

EN = ("Israeli Prime Minister Benjamin Netanyahu rejected calls for early elections after opposition leader "
      "Yair Lapid and Benny Gantz demanded a date. Saudi Crown Prince Mohammed bin Salman met Secretary of State "
      "Antony Blinken.")


def _shared(cased: str, other: str) -> tuple[str, ...]:
    return _abjad_full_names(cased, _full_names(cased), other)


def test_arabic_names_by_sound() -> None:
    ar = ("رفض رئيس الوزراء الإسرائيلي بنيامين نتنياهو الدعوات لإجراء انتخابات مبكرة بعد أن طالب زعيم المعارضة "
          "يائير لابيد وبيني غانتس بموعد. واستقبل ولي العهد السعودي الأمير محمد بن سلمان الوزير أنتوني بلينكن.")
    shared = _shared(EN, ar)
    for name in ("Benjamin Netanyahu", "Yair Lapid", "Benny Gantz", "Mohammed bin Salman", "Antony Blinken"):
        assert name in shared, shared
    assert "bin Salman" not in shared and "State Antony" not in shared


def test_hebrew_and_persian_names_by_sound() -> None:
    assert _shared(EN, "ראש הממשלה בנימין נתניהו נפגש עם אנטוני בלינקן.") == ("Benjamin Netanyahu", "Antony Blinken")
    assert _shared("Foreign Minister Abbas Araghchi will travel to Baghdad.",
                   "عباس عراقچی، وزیر امور خارجه، به بغداد سفر می‌کند.") == ("Abbas Araghchi",)


def test_no_name_of_another_story() -> None:
    ar = "تظاهر آلاف الإسرائيليين في تل أبيب مساء السبت، وجاءت تصريحات نتنياهو بعد الاحتجاجات."
    assert _shared("Secretary of State Antony Blinken visited Cairo and Doha.", ar) == ()
    assert _shared(EN, "The same text in Latin letters: Benjamin Netanyahu.") == ()
