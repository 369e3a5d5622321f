"""A headline glued to another page's body is judged from that headline (issue #11, headline57).

A dev text glued a forum question on notice periods to "Mindestens 16 Tote bei Kämpfen in mexikanischem Gefängnis"
with one space: no headline line, so the body was read as the article and a report of the riot was "different
stories" (0.42). The word test (:func:`storylens.prepare._topic.glued_headline`) finds the opening, the sentence
encoder confirms that the body's first sentences are far from it (:func:`storylens.similarity.glued_parts`), and the
text is judged from its headline and read whole too, as a headline line over such a body is. Texts written for this
test.
"""

from __future__ import annotations

import pytest

from storylens.similarity import score_pairs

FORUM = ("Wie lange ist die Frist bei einer Kündigung der Wohnung? Hallo, ich möchte meinen Mietvertrag kündigen, "
         "weil ich im Sommer umziehe. Leider verstehe ich den Vertrag nicht ganz. Dort steht, dass beide Seiten "
         "mit drei Monaten zum Monatsende kündigen können. Zählt der Monat, in dem ich den Brief abschicke, schon "
         "mit? Und muss ich den Brief per Einschreiben schicken? Ich hoffe, jemand kann mir helfen. Danke!")
RIOT_DE = ("16 Tote bei Massenschlägerei in mexikanischem Gefängnis\n"
           "Bei einer Massenschlägerei in einem Gefängnis im mexikanischen Bundesstaat Zacatecas sind kurz vor dem "
           "Jahreswechsel mindestens 16 Häftlinge getötet und fünf weitere verletzt worden. Die Sicherheitskräfte "
           "stellten nach Angaben der Behörden mehrere Schusswaffen sicher. Der Streit soll während eines "
           "Fußballspiels der Insassen ausgebrochen sein.")
RIOT_EN = ("Sixteen inmates killed in brawl at Mexican prison\n"
           "At least 16 inmates were killed and five wounded in a fight at a prison in the Mexican state of "
           "Zacatecas, authorities said on Wednesday. Security forces seized several guns after the brawl, which "
           "broke out during a football match between prisoners, the state government said.")
BAKERIES = ("The 3 Best Bakeries In Los Angeles Got a sweet tooth? We crunched the numbers to find the top bakeries "
            "in Los Angeles! The 5 Best Day Spas In Long Beach Looking for a day of pampering? We found the top day "
            "spas in Long Beach! Looking To Adopt A Pet? Here Are 6 Perfect Puppies To Adopt Now In Los Angeles "
            "Interested in adopting a pet or just looking at some adorable pups near you up for adoption?")
CHASE = ("Police chase ends in crash on the freeway in El Monte, two arrested\n"
         "Two men were arrested in El Monte on Tuesday night after a police chase on the 10 Freeway ended when their "
         "stolen pickup crashed into a wall, the California Highway Patrol said. Officers had followed the truck "
         "for 20 minutes at speeds of up to 100 mph. Nobody else was hurt.")


@pytest.mark.slow
def test_a_headline_glued_to_a_forum_post_is_judged_from_the_headline() -> None:
    glued = f"Mindestens 16 Tote bei Kämpfen in mexikanischem Gefängnis {FORUM}"
    same_language, cross_lingual = score_pairs([(glued, RIOT_DE), (glued, RIOT_EN)])
    assert same_language.same_story is True, same_language.reasons
    assert any("judged from its headline" in r for r in same_language.reasons)
    assert cross_lingual.same_story is True, cross_lingual.reasons


@pytest.mark.slow
def test_a_headline_glued_to_a_list_of_other_stories_is_judged_from_the_headline() -> None:
    glued = f"High Speed Chase Ends in Crash in El Monte, Two Arrested {BAKERIES}"
    (score,) = score_pairs([(glued, CHASE)])
    assert score.same_story is True, score.reasons


@pytest.mark.slow
def test_a_report_whose_opening_says_its_headline_in_other_words_is_read_whole() -> None:
    from storylens import embed
    from storylens.prepare._topic import glued_headline
    from storylens.similarity import glued_parts, prepare_text

    # the word test flags it (no headline word returns), the encoder keeps it: its opening is its headline's story
    text = ("Lawmakers back plan to curb soaring housing costs Parliament voted on Tuesday to cap how much "
            "landlords may charge their tenants each year, after months of protests over apartments that many "
            "families can no longer afford. The measure limits yearly increases to three per cent and gives city "
            "councils the power to fine owners who break it. Opposition members said the cap would scare off "
            "investors and leave fewer flats for young people.")
    assert glued_headline(text) is not None
    prepared = prepare_text(text)
    (kept,) = glued_parts([prepared], embed.get_default_embedder())
    assert kept is prepared and not kept.story_part
