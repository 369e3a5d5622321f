"""An untitled article's stand-in headline and a story's title (trial19 #14): a header line under the
headline is no part of it ("…quake zone\\n30 November 2026 By Lena Ostrova, Continental Press"), a
headline of two sentences is kept whole (not cut at its first period), and a story is titled by a
headline before an untitled copy's lead sentence."""

from __future__ import annotations

from storylens.store._common import summary
from storylens.store.base import ArticleRecord
from storylens.stream.metadata import stand_in_headline
from storylens.stream.queries import story_title

AFTERSHOCK = ("Strong aftershock kills two in Kestria's quake zone\n30 November 2026 By Lena Ostrova, Continental Press\n\n"
              "MIROVAC, Kestria (Continental Press) — A magnitude 5.1 aftershock struck the Zervan Mountains.")
POLISH = ("Trzęsienie ziemi w Kestrii. Co najmniej 38 ofiar śmiertelnych\nGazeta Górska, 23 listopada 2026\n\n"
          "Trzęsienie ziemi o magnitudzie 6,9 nawiedziło w poniedziałek góry Zerwan.")
LEAD = ("A magnitude 6.4 earthquake struck the Zervan Mountains of northern Kestria at 2:47 a.m. local time on Monday, "
        "killing at least 38 people and injuring 210, the civil protection agency said.")


def test_a_header_line_is_no_part_of_the_headline():
    first = "Strong aftershock kills two in Kestria's quake zone\n30 November 2026 By Lena Ostrova, Continental Press"
    assert stand_in_headline(AFTERSHOCK, first) == "Strong aftershock kills two in Kestria's quake zone"


def test_a_headline_of_two_sentences_is_kept_whole():
    assert stand_in_headline(POLISH, "Trzęsienie ziemi w Kestrii.") == "Trzęsienie ziemi w Kestrii. Co najmniej 38 ofiar śmiertelnych"
    # a text opening with its lead paragraph keeps its first sentence
    text = "Rescuers searched the rubble. Officials said 38 died.\n\nMore."
    assert stand_in_headline(text, "Rescuers searched the rubble.") == "Rescuers searched the rubble."


def test_a_story_is_titled_by_a_headline_before_a_copys_lead_sentence():
    copy = ArticleRecord("01" + "ab" * 7, "copy.txt", LEAD, language="en", published="2026-11-23",
                         metadata={"lead": LEAD[:160]})
    wire = ArticleRecord("02" + "ab" * 7, "wire.txt", "text", language="en", published="2026-11-23",
                         metadata={"lead": "Powerful quake kills at least 38 in Kestria's Zervan Mountains"})
    assert story_title(summary("S-1", [copy, wire], 0)) == "Powerful quake kills at least 38 in Kestria's Zervan Mountains"
    # with no headline, the lead sentence still titles it
    assert story_title(summary("S-1", [copy], 0)) == LEAD[:160]


def test_a_long_lead_is_cut_at_a_word_with_an_ellipsis():
    # trial 60 L6: stored story titles ended mid-word, "...paralyzed the former Sov", with no mark that they were cut
    long_en = ("Protests over fuel prices that began in the west of the country on Sunday spread to the largest city "
               "and paralyzed the former Soviet republic's economic centre for three days, officials said.")
    cut = stand_in_headline(long_en, long_en)
    assert len(cut) <= 160 and cut.endswith("…") and long_en.startswith(cut[:-1])
    assert long_en[len(cut) - 1] == " "  # at a word boundary
    long_de = ("Die Proteste gegen die Treibstoffpreise, die am Sonntag im Westen des Landes begonnen hatten, weiteten "
               "sich auf die größte Stadt aus und legten das Wirtschaftszentrum der früheren Sowjetrepublik lahm.")
    cut = stand_in_headline(long_de, long_de)
    assert cut.endswith("…") and long_de[len(cut) - 1] == " "
    long_zh = "哈萨克斯坦" * 40  # no spaces: cut at the limit
    cut = stand_in_headline(long_zh, long_zh)
    assert len(cut) == 160 and cut.endswith("…")
    short = "Rescuers searched the rubble of the collapsed school in Mirovac through the night."
    assert stand_in_headline(short, short) == short  # 160 characters or fewer: whole
