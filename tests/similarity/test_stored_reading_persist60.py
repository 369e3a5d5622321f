"""A text's preparation as a store keeps it (issue #13, persist60): the stream stores what the verdict's rules read of
an article's text (:func:`storylens.similarity.prepare_text`'s: cleaned text under its headline, dateline, date, story
part, whole reading) and a later process reads it back instead of cleaning the text again. The stored reading must
give back the very preparation, so the rules' verdicts are those of the text prepared again. Texts: the wire
datelines, cookie walls and plain reports of perf57's tests (en, de, pl, es) and off-topic bodies under a headline
(de, en, fr) from tests/prepare/test_off_topic_body.py, all written for the tests."""

from __future__ import annotations

import itertools

import pytest

from storylens.similarity import VerdictRules, decode_prepared, encode_prepared, prepare_text

from ..prepare.test_off_topic_body import OFF_TOPIC
from ..stream.test_verdict_seed_perf57 import TEXTS

KYIV = ("Portuguese Prime Minister Luís Montenegro met Ukrainian President Volodymyr Zelensky in Kyiv on Monday and "
        "promised 200 million euros for air defence this year, officials in both governments said.")
LISBON = KYIV.replace("in Kyiv on Monday", "in Lisbon on Thursday")
# an outlet's header with its date and author over the text (prepare.clean's outlet header: its date read)
FRANA = ("Gazzetta delle Alpi, 23 novembre 2026, di Marco Ferrante\n\nUna frana ha bloccato lunedì la strada statale "
         "del Brennero vicino a Bolzano; due auto sono state colpite e tre persone sono rimaste ferite, ha detto la "
         "protezione civile.")
SAMPLES = [*TEXTS, *((f"{head}\n\n{body}", None) for _, head, body in OFF_TOPIC[:3]), (KYIV, "Montenegro in Kyiv"),
           (LISBON, "Montenegro in Lisbon"), (FRANA, None), ("", None)]
LANGUAGES = ["en", "en", "de", "pl", "es", "de", "en", "fr", "en", "en", "it", None]


@pytest.mark.parametrize(("raw", "title"), SAMPLES)
def test_a_stored_reading_is_the_preparation_it_was(raw, title):
    alone = prepare_text(raw, title=title)
    back = decode_prepared(encode_prepared(alone, raw, title), raw, title)
    assert back == alone
    # a story part's text remembers it is one, and its whole text, as prepare_text gave it
    assert type(back.text) is type(alone.text) and getattr(back.text, "whole", "") == getattr(alone.text, "whole", "")
    assert prepare_text(back.text) == prepare_text(alone.text)


def test_the_samples_hold_each_kind_of_reading():
    read = [prepare_text(raw, title=title) for raw, title in SAMPLES]
    assert any(p.dateline for p in read) and any(p.published for p in read)
    assert any(p.story_part and not p.whole for p in read) and any(p.whole for p in read)
    assert any(p.loose_headline for p in read) or any(not p.story_part for p in read)


def test_a_reading_of_another_title_or_form_is_not_read():
    raw, title = TEXTS[2]
    stored = encode_prepared(prepare_text(raw, title=title), raw, title)
    assert decode_prepared(stored, raw, title) is not None
    assert decode_prepared(stored, raw, f" {title} ") is not None  # a title is read stripped, as the stream stores it
    assert decode_prepared(stored, raw, "Another headline") is None  # retitled by a metadata update: read again
    assert decode_prepared(stored, raw, None) is None
    assert decode_prepared(stored.replace('"p2/', '"p0/', 1), raw, title) is None  # a form this code does not know


def test_the_rules_read_from_stored_readings_give_the_verdicts_of_the_texts_read_again():
    again, stored = VerdictRules(), VerdictRules()
    for k, ((raw, title), lang) in enumerate(zip(SAMPLES, LANGUAGES)):
        published = "2026-03-02" if k % 2 else None  # a date given, else the text's own
        again.add(k, raw, lang, published, title=title)
        prepared = decode_prepared(encode_prepared(prepare_text(raw, title=title), raw, title), raw, title) if raw else None
        stored.add(k, raw, lang, published, title=title, prepared=prepared)
    pairs = list(itertools.permutations(range(len(SAMPLES)), 2))
    for countries in (False, True):
        verdicts = [again.apart(a, b, countries=countries) for a, b in pairs]
        assert verdicts == [stored.apart(a, b, countries=countries) for a, b in pairs]
    assert any(verdicts)  # some pair is held apart (Kyiv / Lisbon: other cities), so the comparison can fail
    assert [again.may_hold(k) for k in range(len(SAMPLES))] == [stored.may_hold(k) for k in range(len(SAMPLES))]


def test_a_text_cleaning_leaves_as_it_is_is_not_stored_twice():
    import json

    plain = json.loads(encode_prepared(prepare_text(KYIV, title="Montenegro in Kyiv"), KYIV, "Montenegro in Kyiv"))
    wire = json.loads(encode_prepared(prepare_text(TEXTS[0][0]), TEXTS[0][0]))  # its dateline header cleaned away
    assert plain[2] is None and wire[2] is not None and "LISBON" not in json.dumps(wire[2])
    wall_raw = SAMPLES[5][0]  # a headline over a forum post: its whole reading is the text as it was
    wall = prepare_text(wall_raw)
    assert wall.whole and json.loads(encode_prepared(wall, wall_raw))[6] is None


@pytest.mark.parametrize(("raw", "title"), [s for s in SAMPLES if s[0]])
def test_a_text_cleaning_cut_pieces_from_is_kept_as_offsets_not_a_copy(raw, title):
    # break60s M1: a wire report whose dateline ("LISBON (Reuters) -") alone was cleaned away stored its whole text a
    # second time (1,351 bytes a reading on BASIL + SemEval dev, ~10x the synthetic stream's); its cleaned text is
    # the stored text with pieces cut out, so it is kept as offsets into it
    import json

    prepared = prepare_text(raw, title=title)
    stored = encode_prepared(prepared, raw, title)
    row = json.loads(stored)
    for kept in (row[2], row[6]):
        assert kept is None or isinstance(kept, list) or kept == ""
        literal = "".join(p for p in kept or () if isinstance(p, str))
        assert len(literal) <= 10  # a line break or two between the pieces, nothing of the text copied
    assert len(stored.encode()) < 160 + len((title or "").encode()) + len(prepared.dateline.encode())
    assert decode_prepared(stored, raw, title) == prepared


def test_some_samples_are_kept_as_offsets():
    import json

    rows = [json.loads(encode_prepared(prepare_text(raw, title=title), raw, title)) for raw, title in SAMPLES]
    assert sum(isinstance(r[2], list) for r in rows) >= 5  # so the test above reads offsets, not only nulls


def test_a_text_not_cut_from_the_stored_one_is_kept_whole():
    # a preparation that is not pieces of the text (not made from it) is kept as it is, and read back equal
    import json

    other = prepare_text(FRANA)
    stored = encode_prepared(other, KYIV, None)
    assert isinstance(json.loads(stored)[2], str) and decode_prepared(stored, KYIV, None) == other


@pytest.mark.parametrize("damage", [
    lambda r: "p2:" + r,  # break60s L3: not JSON (a damaged row, a later form): a traceback stopped ingest
    lambda r: r[:-5],  # cut short
    lambda r: "",
    lambda r: "null",
    lambda r: r.replace("[[", "[[99999,", 1),  # an offset outside the text
    lambda r: r.replace("[[", '[["a",', 1),  # an offset that is not a number
    lambda r: r.replace(',"",', ",7,", 1),  # a dateline that is not text
])
def test_a_reading_that_is_not_one_is_read_again_not_raised(damage):
    raw, title = TEXTS[0]
    stored = encode_prepared(prepare_text(raw, title=title), raw, title)
    assert "[[" in stored and ',"",' in stored  # each damage below changes the reading
    assert decode_prepared(damage(stored), raw, title) is None


def test_a_reading_of_another_preparation_version_is_read_again(monkeypatch):
    # break60s L2: a reading is a cache of the preparation; one made by other cleaning rules is not read back
    from storylens import prepare

    for raw, title in TEXTS[:3]:
        stored = encode_prepared(prepare_text(raw, title=title), raw, title)
        monkeypatch.setattr(prepare, "PREPARATION_VERSION", prepare.PREPARATION_VERSION + 1)
        assert decode_prepared(stored, raw, title) is None
        again = encode_prepared(prepare_text(raw, title=title), raw, title)
        assert decode_prepared(again, raw, title) == prepare_text(raw, title=title)
        monkeypatch.undo()
        assert decode_prepared(again, raw, title) is None and decode_prepared(stored, raw, title) is not None
