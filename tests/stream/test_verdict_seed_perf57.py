"""What the ingest's map step read of a text is not read again by the verdict's rules (issue #16, perf57): the raw
text's cleaning and its document's junk test (the story part's first) go with the prepared article (``VerdictSeed``), and the rules'
preparation (:func:`storylens.similarity.prepare_text`) given them is the one it makes alone; an opening's event is
read once for the online join's events rule and the rules-only analysis. Texts written for these tests: a wire
dateline, a headline over a cookie banner, a plain report, in English, German, Polish and Spanish."""

from __future__ import annotations

import pytest

from storylens.models import RawDocument
from storylens.prepare._junk import junk_part
from storylens.prepare.clean import clean_text
from storylens.similarity import opening_event, prepare_text
from storylens.similarity._common import _dates
from storylens.similarity._openings import _opening_event
from storylens.similarity._teams import _lead_cut
from storylens.stream._clusterer import VerdictApart
from storylens.stream._profile import StageTimes
from storylens.stream.prepare import prepare_part, stream_tools

LISBON = ("LISBON, Dec 2 (Reuters) - A fire in a Lisbon warehouse killed 3 people on Tuesday, the fire service said.\n"
          "Firefighters fought the blaze for five hours before it was under control.")
KOLKATA = ("Hotel fire kills 14 in Kolkata, owner detained\nWe use cookies and similar technologies to improve your "
           "experience. By clicking Accept all you agree to our use of cookies. Manage preferences. Privacy policy.\n"
           "Accept all | Reject all")
LEIPZIG = ("BERLIN (dpa) - Bei einem Busunglück auf der A9 bei Leipzig sind am Montag 12 Menschen verletzt worden, "
           "teilte die Polizei mit. Die Autobahn war stundenlang gesperrt.")
GDANSK = ("Pożar hali w Gdańsku\nUżywamy plików cookie, aby ulepszyć działanie serwisu. Klikając Akceptuję, wyrażasz "
          "zgodę.\nAkceptuję | Odrzuć | Ustawienia")
TOLEDO = ("MADRID, 3 dic (EFE).- Al menos 7 personas murieron el miércoles en un accidente de autobús en la provincia de "
          "Toledo, informaron los servicios de emergencia.")
TEXTS = [(LISBON, None), (KOLKATA, None), (LEIPZIG, "Busunglück auf der A9"), (GDANSK, None), (TOLEDO, None)]


@pytest.mark.parametrize(("raw", "title"), TEXTS)
def test_a_seeded_preparation_is_the_one_made_alone(raw, title):
    cleaned = clean_text(raw)
    body = cleaned.text  # the stream's document text (no headline line over it)
    alone = prepare_text(raw, title=title)
    seeded = prepare_text(raw, title=title, cleaned=cleaned, parts={body: junk_part(body)})
    assert seeded == alone
    assert type(seeded.text) is type(alone.text) and getattr(seeded.text, "whole", "") == getattr(alone.text, "whole", "")


def test_a_story_part_of_another_text_is_not_read():
    raw = TEXTS[1][0]
    fake = junk_part(TEXTS[3][0])
    assert fake is not None
    assert prepare_text(raw, parts={"another text": fake}) == prepare_text(raw)


def test_the_map_step_gives_each_article_its_seed(hashing_embedder):
    fresh = [(RawDocument(f"t{i}.txt", raw), f"id{i}") for i, (raw, _) in enumerate(TEXTS)]
    for (raw, _), (outcome, keys, seed) in zip(fresh, prepare_part(fresh, stream_tools(), hashing_embedder,
                                                                    StageTimes(), "main")):
        doc = outcome[0]
        assert doc is not None and keys is not None and seed is not None
        assert seed.cleaned == clean_text(raw.text)
        assert seed.part_text == doc.text and seed.part == junk_part(doc.text)


class _NoStore:
    def articles(self, ids):
        return []


def test_a_seed_is_read_for_its_own_raw_text_only():
    raw, title = TEXTS[2]
    other = TEXTS[0][0]
    seeded = VerdictApart(_NoStore())
    wrong = clean_text(other)
    # a seed made from another raw text (a record replaced under the same id) is not read: the text is prepared
    seeded.hold({"a": (raw, title, "de", "2026-12-01")}, {"a": (other, _seed(wrong, wrong.text))})
    seeded._read(["a"])
    alone = VerdictApart(_NoStore())
    alone.hold({"a": (raw, title, "de", "2026-12-01")})
    alone._read(["a"])
    assert repr(seeded.rules._sides["a"][0].info) == repr(alone.rules._sides["a"][0].info)


def _seed(cleaned, part_text):
    from storylens.stream.prepare import VerdictSeed

    return VerdictSeed(cleaned, part_text, junk_part(part_text))


@pytest.mark.parametrize(("text", "lang", "published"), [
    ("At least 38 people were killed on 23 November when a quake struck the region, officials said.", "en", "2026-11-24"),
    ("Mindestens 12 Menschen wurden am Montag verletzt, als ein Bus auf der A9 verunglückte.", "de", "2026-12-01"),
    ("Al menos 7 personas murieron el 2 de diciembre en un accidente de autobús en Toledo.", "es", None),
])
def test_an_opening_event_read_again_is_the_same(text, lang, published):
    opening = _lead_cut(text.strip())
    direct = _opening_event(opening, _dates(opening, lang)[1], lang=lang, published=published, filed=None)
    assert opening_event(text, language=lang, published=published) == direct
    assert opening_event(text, language=lang, published=published) == direct  # kept
    assert opening_event(text, language=lang, published=published, dateline_day="--12-02") == _opening_event(
        opening, _dates(opening, lang)[1], lang=lang, published=published, filed="--12-02")
