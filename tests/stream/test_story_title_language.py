"""A multilingual story is titled in the reader's language (English) when one of its reports is,
else in its most common language (trial 9: a mine collapse reported in nine languages was listed
under its Arabic report's title, the earliest by date)."""

from __future__ import annotations

from storylens.store._common import summary
from storylens.store.base import ArticleRecord
from storylens.stream.queries import story_title

TITLES = {
    "ar": "انهيار منجم قرب كوبيابو في تشيلي ومقتل ثلاثة عمال",
    "es": "Tres mineros mueren en el derrumbe de una mina cerca de Copiapó",
    "de": "Drei Tote bei Grubenunglück in Chile",
    "en": "Three miners killed in Chile mine collapse near Copiapó",
    "it": "Crolla una miniera in Cile: tre morti vicino a Copiapó",
}


def _story(langs: list[str], day0: int = 10):
    arts = [ArticleRecord(f"{i:02d}" + "ef" * 7, f"{lang}-{i}.txt", "text", title=TITLES[lang] + ("" if i < 5 else f" ({i})"),
                          language=lang, published=f"2026-10-{day0 + i:02d}") for i, lang in enumerate(langs)]
    return summary("S-1", arts, 0)


def test_a_story_is_titled_in_english_when_it_has_an_english_report():
    story = _story(["ar", "es", "de", "en", "it"])
    assert story.title == TITLES["ar"]  # the store's title: the earliest article's
    assert story_title(story) == TITLES["en"]


def test_else_in_its_most_common_language():
    assert story_title(_story(["ar", "de", "es", "es", "it"])) == TITLES["es"]
    assert story_title(_story(["ar", "de"])) == TITLES["ar"]  # a tie: the first in story order


def _dated(titles_days: list[tuple[str, str]]):
    arts = [ArticleRecord(f"{i:02d}" + "ab" * 7, f"en-{i}.txt", "text", title=t, language="en", published=day)
            for i, (t, day) in enumerate(titles_days)]
    return summary("S-1", arts, 0)


def test_a_member_weeks_apart_from_the_rest_does_not_title_the_story():
    # trial 17 #17: Slovakia's election (30 Sep) merged into nine Polish reports (16-17 Oct) titled the story
    slovak = ("Populist ex-premier Fico's party wins Slovakia's election", "2023-10-01")
    polish = [("Poland's opposition wins majority as ruling PiS loses power", "2023-10-16"),
              ("Poland's PiS wins most votes but loses majority", "2023-10-17"),
              ("Tusk claims victory in Poland's election", "2023-10-17")]
    assert story_title(_dated([slovak, *polish])) == polish[0][0]
    # a first report followed days later stays the title, and so does one of only two members
    assert story_title(_dated([("First report", "2023-10-10"), *polish])) == "First report"
    assert story_title(_dated([slovak, polish[0]])) == slovak[0]
