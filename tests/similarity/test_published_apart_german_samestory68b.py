"""The far-apart rule (issue #11) where it cannot read "nothing in common", and the truth of its reasons (tester
break68s): German follow-ups tied only by a town or company the German lexicon knows with a capital lemma (Passau,
Trier, Bayer, Siemens) were split, since German capitalises every noun and the name reader drops such words; the
rule abstains there unless each text names another place the gazetteer knows below the country. Its reasons say only
what was checked, and why it was silent. Smaller readings: "eine Frau Anfang 60" names no Frau Anfang, "L'entreprise"
opens a sentence with no name, a country opening sentences ties no event, a month recalled a year on is this year's,
"last month" across a month's turn, "the fire in February". The texts are written for these tests."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from storylens import similarity as sim

from ._pairs import dated_features, score_row

MODEL = SimpleNamespace(threshold_=0.5, variant_="full")


def _features(a: str, b: str, lang: str, published: tuple[str, str], embedder) -> sim.PairFeatures:
    return dated_features(a, b, lang, lang, published, embedder)


_row = score_row


FLOOD = ("{x} steht unter Wasser\n{x} steht nach tagelangem Starkregen unter Wasser. Hunderte Anwohner mussten ihre "
         "Häuser verlassen, teilte die Feuerwehr mit.")
FLOOD_LATER = ("{x} baut Schutzwände\n{x} will neue Schutzwände bauen. Händler klagen über langsame Hilfen, sagte der "
               "Oberbürgermeister.")
LEAK = ("{x} meldet Gasaustritt\n{x} hat einen Gasaustritt in einem Werk gemeldet. Zwölf Arbeiter wurden verletzt, "
        "sagte ein Sprecher.")
FINE = ("{x} zahlt Bußgeld\n{x} muss ein Bußgeld von 400.000 Euro zahlen. Die Behörde stellte fest, dass ein Ventil "
        "nicht gewartet worden war.")


@pytest.mark.parametrize(("a", "b", "x", "published"), [
    (FLOOD, FLOOD_LATER, "Trier", ("2025-07-15", "2025-08-28")),
    (FLOOD, FLOOD_LATER, "Passau", ("2025-07-15", "2025-08-28")),
    (FLOOD, FLOOD_LATER, "Konstanz", ("2025-07-15", "2025-08-28")),
    (LEAK, FINE, "Bayer", ("2026-02-14", "2026-04-15")),
    (LEAK, FINE, "Siemens", ("2026-02-14", "2026-04-15")),
    (LEAK, FINE, "Linde", ("2026-02-14", "2026-04-15")),
])
def test_a_german_follow_up_tied_by_a_known_capital_word_is_not_held_apart(a, b, x, published, hashing_embedder):
    # the name reader drops "Trier", "Bayer" (German nouns to the lexicon): no name in common is read, no tie either
    f = _features(a.format(x=x), b.format(x=x), "de", published, hashing_embedder)
    assert f.far_nouns_capitalised == "de"
    assert sim.verdict_apart(f, content=False) is None
    assert sim._verdict._far_silence(f) == ("the text's language (de) capitalises every noun, so names in common "
                                            "cannot all be read, and the texts do not each name another place the "
                                            "gazetteer knows")


def test_a_german_town_after_a_preposition_in_both_ties_them(hashing_embedder):
    a = ("Hochwasser überflutet Altstadt\nDie Altstadt von Passau ist am Dienstag überflutet worden, teilte die "
         "Feuerwehr mit.")
    b = "Sechs Wochen danach\nIn Passau sind viele Geschäfte noch geschlossen, sagte ein Händler."
    f = _features(a, b, "de", ("2025-07-15", "2025-08-28"), hashing_embedder)
    assert ("passau", "Passau in both") in f.far_ties


def test_german_texts_naming_two_places_the_gazetteer_knows_are_held_apart(hashing_embedder):
    a = ("Altstadt überflutet\nIn Regensburg ist die Altstadt überflutet worden, sagte Oberbürgermeisterin Gertrud "
         "Maltz-Schwarzfischer.")
    b = "Altstadt überflutet\nIn Dresden ist die Altstadt überflutet worden, sagte Oberbürgermeister Dirk Hilbert."
    f = _features(a, b, "de", ("2025-07-15", "2025-10-28"), hashing_embedder)
    assert f.far_ties == ()
    reason = sim._verdict._published_apart(f)
    assert reason == ("published 105 days apart, and the texts name other places the gazetteer knows below the "
                      "country (Regensburg / Dresden), none in common, and no dated day, recalled month, telling figure "
                      "or name the name reader reads in common")


def test_the_reason_says_what_was_read(hashing_embedder):
    a = ("Explosion at chemical plant kills four workers\nAn explosion at a chemical plant in Ludwigshafen killed four "
         "workers on Tuesday, the company BASF said.")
    b = ("Explosion at chemical plant kills six workers\nAn explosion at a chemical plant in Leverkusen killed six "
         "workers on Thursday, the company Covestro said.")
    f = _features(a, b, "en", ("2026-03-10", "2026-05-21"), hashing_embedder)
    assert sim.verdict_apart(f, content=False) == (
        "published 72 days apart, and nothing in common ties one event (no place the gazetteer knows below the "
        "country, no dated day, recalled month or telling figure; no name the name reader reads in common, none "
        "opening a sentence or after a title)")


def test_a_same_story_verdict_says_why_the_rule_was_silent(hashing_embedder):
    # neither opening names anyone: the rule has no event to tell apart, and says so (not "what the texts share above")
    a = ("Gas explosion destroys block of flats\nA gas explosion destroyed a three-storey block of flats early on "
         "Friday, killing two residents and injuring eleven, firefighters said.")
    b = ("Gas firm admits failings over deadly blast\nThe gas network operator has admitted that its engineers left a "
         "leaking pipe unrepaired hours before the explosion, which destroyed a block of flats.")
    f = _features(a, b, "en", ("2026-01-30", "2026-03-24"), hashing_embedder)
    assert f.openings_named == (False, False)
    score = sim._scoring._pair_score(_row(0.8), f, MODEL)
    assert ("published 53 days apart, which weighs against one story; neither opening names anyone or anything, so "
            "there is no event to tell apart") in score.reasons


def test_a_title_before_a_common_word_names_no_one():
    from storylens.similarity._far import _after_courtesy_title

    assert _after_courtesy_title("Eine Frau Anfang 60 wurde verletzt. Frau Schneider sagte aus.", "de") == ("Schneider",)
    assert _after_courtesy_title("Gegen Frau Müller wird ermittelt.", "de") == ("Müller",)


def test_an_elided_article_opens_no_name():
    from storylens.similarity._far import _sentence_start_words

    text = "Une usine ferme. L'entreprise a été condamnée. L'enquête se poursuit. L'Oréal a réagi."
    assert _sentence_start_words(text, "fr") == ("Oréal",)


def test_a_country_opening_sentences_ties_nothing(hashing_embedder):
    a = ("Missile strike on power plant\nUkraine said a missile strike hit a power plant near Lviv on Monday, cutting "
         "power to thousands.")
    b = ("Grain ship attacked\nUkraine said a drone attack damaged a grain ship off Odesa on Friday, wounding two "
         "sailors.")
    f = _features(a, b, "en", ("2026-01-12", "2026-04-21"), hashing_embedder)
    assert not any("Ukraine" in label for _, label in f.far_ties), f.far_ties


@pytest.mark.parametrize(("published", "later", "tie"), [
    # the blast in March a year and a week on is this year's March: no recall
    (("2025-03-11", "2026-03-18"), "A corroded pipe caused the explosion in March, investigators said.", None),
    (("2026-03-11", "2026-05-20"), "A corroded pipe caused the explosion in March, investigators said.",
     "recalls March (explosion)"),
    # "last month" across a month's turn: a blast on 30 January, recalled on 4 March
    (("2026-01-30", "2026-03-04"), "Engineers left a pipe unrepaired before last month's explosion, the firm said.",
     "recalls last month's (explosion)"),
    (("2026-01-30", "2026-04-20"), "Engineers left a pipe unrepaired before last month's explosion, the firm said.",
     None),
    (("2026-02-10", "2026-04-01"), "The fire in February destroyed the warehouse, the insurer said.",
     "recalls February (fire)"),
])
def test_the_recalled_month(published, later, tie, hashing_embedder):
    a = "Blaze at plant\nA blaze and an explosion hit a plant run by Norvex on Tuesday, officials said."
    f = _features(a, "Inquiry\n" + later, "en", published, hashing_embedder)
    recalled = [label for key, label in f.far_ties if label.startswith("recalls")]
    assert recalled == ([tie] if tie else []), f.far_ties


def test_one_german_office_holder_s_two_events_are_left_to_the_score(hashing_embedder):
    # Lauterbach's two events months apart: the rule cannot read in German that nothing else ties them (a company or
    # town the lexicon knows would be dropped too), so it abstains; his name opening sentences is no tie it counts
    from .test_published_apart_samestory67 import LAUTERBACH_CANNABIS, LAUTERBACH_KLINIKEN

    f = _features(LAUTERBACH_KLINIKEN, LAUTERBACH_CANNABIS, "de", ("2026-01-14", "2026-05-21"), hashing_embedder)
    assert sim.verdict_apart(f, content=False) is None
    score = sim._scoring._pair_score(_row(0.73), f, MODEL)
    assert score.same_story is True
    assert ("published 127 days apart, which weighs against one story; the text's language (de) capitalises every "
            "noun, so names in common cannot all be read, and the texts do not each name another place the gazetteer "
            "knows") in score.reasons, score.reasons


def test_a_german_title_before_a_given_name_is_no_family_name(hashing_embedder):
    # "Oberbürgermeisterin Gertrud": a title whose "ü" is a Hungarian letter too, before a listed given name, was read as
    # a Hungarian family name first, and the two mayors' titles became a name in common (int68: names68 with samestory68)
    a = ("Altstadt überflutet\nIn Regensburg ist die Altstadt überflutet worden, sagte Oberbürgermeisterin Gertrud "
         "Maltz-Schwarzfischer.")
    b = "Altstadt überflutet\nIn Dresden ist die Altstadt überflutet worden, sagte Oberbürgermeister Dirk Hilbert."
    assert _features(a, b, "de", ("2025-07-15", "2025-10-28"), hashing_embedder).shared_names == ()
