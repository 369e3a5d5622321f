"""Wire datelines, end credits and bylines final31 found unread: a Czech dateline (#10), a bare "dpa" or
"APA/dpa" end credit (#13), an author and an outlet parted by the Arabic comma (#14)."""

import pytest

from storylens.prepare.clean import clean_text, closing_agency, parse_byline

_BODY = "Hnutí ANO získalo ve sněmovně 80 mandátů, oznámil v neděli Český statistický úřad."


@pytest.mark.parametrize("dateline,published,place", [
    ("PRAHA, 5. října 2026 (ČTK) –", "2026-10-05", "PRAHA"),
    ("VARŠAVA, 24. listopadu 2026 (ČTK) –", "2026-11-24", "VARŠAVA"),
])
def test_a_czech_wire_dateline(dateline: str, published: str, place: str) -> None:
    clean = clean_text(f"Hnutí ANO vyhrálo volby\n{dateline} {_BODY}\nVolební účast byla 68,9 procenta.")
    assert (clean.published, clean.outlet, clean.place) == (published, "ČTK", place)
    assert dateline not in clean.text


_DE = "Die Kupferpreise stiegen um 1,8 Prozent.\nDas Bergbauministerium leitete eine Untersuchung der Ursache ein."


@pytest.mark.parametrize("credit", ["dpa", "APA/dpa", "APA/dpa."])
def test_a_bare_end_credit_names_the_agency(credit: str) -> None:
    assert closing_agency(f"{_DE} {credit}") == "dpa"
    assert credit not in clean_text(f"Kupfermine: Untersuchung\n{_DE} {credit}").text


@pytest.mark.parametrize(("text", "credit"), [(f"{_DE}\n\ndpa", "dpa"), (
    "Copper prices rose 1.8 percent.\nThe mining ministry opened an inquiry into the cause.\n\nReuters", "Reuters")])
def test_an_end_credit_on_a_line_of_its_own_names_the_agency(text: str, credit: str) -> None:
    """final33 D6: "dpa" alone on the last line was a claim of its own and left the outlet empty."""
    clean = clean_text(f"Headline of the report\n{text}")
    assert clean.outlet == credit and not clean.text.rstrip().endswith(credit)


@pytest.mark.parametrize("text", [f"{_DE} Weiter", "He said so. Monday", f"{_DE}\n\nWeiter"])
def test_a_last_word_no_agency_names_is_no_credit(text: str) -> None:
    assert closing_agency(text) is None


@pytest.mark.parametrize("byline,author,outlet", [
    ("أحمد محمد، العربية نت", "أحمد محمد", "العربية نت"),
    ("سارة علي، سكاي نيوز عربية", "سارة علي", "سكاي نيوز عربية"),
])
def test_an_arabic_comma_parts_author_and_outlet(byline: str, author: str, outlet: str) -> None:
    assert parse_byline(byline) == ([author], outlet)


def test_two_arabic_names_are_no_outlet() -> None:
    assert parse_byline("أحمد محمد، سارة علي") is None


@pytest.mark.parametrize("line", ["أحمد محمد، العربية نت", "بقلم أحمد محمد، العربية نت"])
def test_an_arabic_byline_under_the_headline_is_read(line: str) -> None:
    """final33 D5: parse_byline read it, but a text's byline line stayed a claim with no author or outlet."""
    clean = clean_text(f"انتخابات في التشيك\n{line}\nفاز حزب أنو في الانتخابات البرلمانية يوم الأحد.")
    assert (list(clean.authors), clean.outlet) == (["أحمد محمد"], "العربية نت")
    assert "العربية نت" not in clean.text
