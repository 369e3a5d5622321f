"""A verdict never contradicts its reasons; non-articles get no verdict; reasons name real names and numbers.

A JSON body fetched as an "article" was judged SAME STORY 0.53 while its only reason said
"different content (0.06)"; "same names: About, Residents" (sentence openers) and
"same numbers: 15" (15 million vs 15. März) were reasons.
"""

from __future__ import annotations

import itertools
from types import SimpleNamespace

import numpy as np
import pytest

from storylens import similarity as sim
from storylens.errors import InputError
from storylens.ingest.files import read_bytes

FIRE_EN = ("A large fire destroyed a warehouse in the east of Berlin on Thursday night, causing damage estimated "
           "at 15 million euros. About 120 firefighters fought the blaze for more than ten hours, the fire brigade "
           "said. Residents of nearby buildings were told to keep their windows closed because of the smoke.")
FIRE_DE = ("Ein Großbrand hat in der Nacht zu Freitag, dem 15. März, eine Lagerhalle im Osten Berlins zerstört. "
           "Der Schaden wird auf 25 Millionen Euro geschätzt. Rund 120 Feuerwehrleute kämpften mehr als zehn "
           "Stunden gegen die Flammen, teilte die Feuerwehr mit. Anwohner sollten die Fenster geschlossen halten.")
BUDGET = ("The city council of Munich approved a new budget on Tuesday. About 15 million euros will go to schools, "
          "the mayor said. Residents had asked for more money for public transport, but the council kept the tram "
          "fares unchanged for another year.")
JSON_BODY = ('{"status": "ok", "data": {"items": [{"id": 1, "name": "About", "url": "https://example.com/about"}, '
             '{"id": 2, "name": "Residents", "count": 15}], "meta": {"page": 1, "total": 2, '
             '"generated": "2024-03-14T10:00:00Z"}}, "links": {"self": "https://example.com/api", "next": null}}')

MODEL = SimpleNamespace(threshold_=0.5, variant_="fast")


def _features(cos_whole: float, aligned: float = 0.0, names=(), places=(), dates=()) -> sim.PairFeatures:
    values = [0.0] * len(sim.FEATURE_NAMES)
    values[sim.FEATURE_NAMES.index("cos_whole")] = cos_whole
    values[sim.FEATURE_NAMES.index("cased_pair")] = 1.0
    return sim.PairFeatures(values=tuple(values), shared_names=tuple(names), shared_places=tuple(places),
                            shared_dates=tuple(dates), aligned=aligned)


def _row(overall: float) -> np.ndarray:
    return np.array([overall] + [0.5] * (len(sim.DIMENSIONS) - 1))


def test_a_same_story_score_with_different_content_and_nothing_shared_is_no_verdict_of_same():
    score = sim._scoring._pair_score(_row(0.53), _features(0.06), MODEL)
    assert score.same_story is False
    assert score.reasons[0].startswith("different content (text similarity 0.06)")
    assert "0.53" in score.reasons[0]


def test_a_same_story_verdict_with_low_text_similarity_stands_on_shared_names_and_says_so():
    score = sim._scoring._pair_score(_row(0.7), _features(0.2, names=("Tokayev",), places=("Kazakhstan",)), MODEL)
    assert score.same_story is True
    assert not any(r.startswith("different content") for r in score.reasons)
    assert "names, places or dates below decide" in score.reasons[0]


@pytest.mark.parametrize("overall, cos_whole, aligned, support", list(itertools.product(
    (0.2, 0.45, 0.55, 0.9), (0.05, 0.3, 0.5, 0.7), (0.0, 0.5), (False, True))))
def test_no_verdict_contradicts_its_first_reason(overall, cos_whole, aligned, support):
    f = _features(cos_whole, aligned, names=("Berlin",) if support else (), places=("Berlin",) if support else ())
    score = sim._scoring._pair_score(_row(overall), f, MODEL)
    assert score.reasons, "a verdict always gives a reason"
    first = score.reasons[0]
    if score.same_story:
        assert first.startswith(sim.SUPPORTING), score.reasons
    else:
        assert not first.startswith(sim.SUPPORTING), score.reasons


def test_a_same_story_verdict_never_rests_on_a_contrary_reason_alone():
    # es-en dev pair: "same story 0.58" with the only reason "different places: Mango, Belém vs Turkey".
    f = _features(0.45)
    f = sim.PairFeatures(values=f.values, places_only=(("Belém",), ("Turkey",)))
    score = sim._scoring._pair_score(_row(0.58), f, MODEL)
    assert score.same_story is True and score.reasons[0].startswith("related wording and topic")
    assert score.reasons[1] == "different places: Belém vs Turkey"


@pytest.fixture
def fast(hashing_embedder):
    return {"embedder": hashing_embedder, "fast": True}


def test_a_json_body_gets_no_verdict_and_says_why(fast):
    score = sim.score_pair(JSON_BODY, FIRE_EN, **fast)
    assert score.same_story is None and score.undecided is not None
    assert "JSON document" in score.undecided and score.reasons == (score.undecided,)
    assert score.as_dict()["overall"] is None  # no score that reads as a verdict


@pytest.mark.parametrize("data, words", [
    (JSON_BODY.encode(), "a JSON document, not article text"),
    (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "a PDF file"),
    ((b'<?xml version="1.0"?><rss version="2.0"><channel><title>News</title><item><title>Fire</title>'
      b"<description>A fire in Berlin.</description></item></channel></rss>"), "an RSS/Atom feed"),
])
def test_the_article_reader_refuses_other_kinds_of_file_in_one_line(data, words):
    with pytest.raises(InputError) as err:
        read_bytes(data, "x.txt")
    message = str(err.value)
    assert words in message and "x.txt" in message and "\n" not in message
    assert "'storylens ingest" in message or "pdftotext" in message or "text or HTML" in message


def test_encoded_data_is_no_article_but_cjk_prose_is():
    import base64

    blob = base64.b64encode(bytes(range(256)) * 40).decode()
    with pytest.raises(InputError, match="encoded data"):
        read_bytes(blob.encode(), "blob.txt")
    chinese = "哈萨克斯坦总统托卡耶夫周五表示，骚乱已经平息，外国维和部队将在两天后开始撤离。" * 5
    assert read_bytes(chinese.encode(), "zh.txt").text.startswith("哈萨克斯坦")
    # Minified HTML is long runs without spaces too, but no encoding (trial 6: a cookie page was
    # refused as "encoded data"); a long URL is not one either.
    page = ("<html><head><title>Floods</title></head><body><nav>Home</nav><article><p>Heavy rain flooded the "
            "old town of Passau on Tuesday, the city said.</p></article></body></html>")
    assert "Passau" in read_bytes(page.encode(), "page.html").text
    url = "https://example.org/news/2026/11/16/" + "a-very-long-slug-about-the-floods-in-passau" * 3
    assert read_bytes(f"Heavy rain flooded Passau. Read more at {url}".encode(), "u.txt").text


def test_json_served_as_json_is_no_article_even_when_it_is_a_bare_string():
    with pytest.raises(InputError, match="JSON document"):
        read_bytes(b'"A fire destroyed a warehouse in Berlin."', "https://x/api", content_type="application/json")


def test_sentence_openers_are_not_shared_names(fast):
    score = sim.score_pair(FIRE_EN, BUDGET, "en", "en", **fast)
    named = [r for r in score.reasons if r.startswith("same names")]
    assert not any("About" in r or "Residents" in r for r in named), score.reasons


def test_a_name_used_inside_a_sentence_is_still_a_shared_name(fast):
    score = sim.score_pair(FIRE_EN, FIRE_DE, "en", "de", **fast)
    assert any(r.startswith("same names") and "Berlin" in r for r in score.reasons), score.reasons


def test_a_date_day_is_not_a_shared_quantity_and_typed_quantities_are(fast):
    score = sim.score_pair(FIRE_EN, FIRE_DE, "en", "de", **fast)
    numbers = next((r for r in score.reasons if r.startswith("same numbers")), "")
    assert "120" in numbers  # 120 firefighters / 120 Feuerwehrleute
    assert "15" not in numbers.replace("15 million", "")  # 15 million euros vs 15. März: no shared 15
    assert "15 million" not in numbers  # 15 vs 25 million: different amounts


def _q(value: float, text: str, unit: str | None = None, kind: str = "count"):
    from storylens.analysis.quantities import Quantity

    return Quantity(text, value, unit, value, value, False, kind)


def test_equal_amounts_in_different_words_are_shared():
    assert sim._rules._shared_quantities((_q(15e6, "15 million"),), (_q(15e6, "15 Millionen"),)) == ("15 million",)
    assert sim._rules._shared_quantities((_q(15e6, "15 million"),), (_q(15.0, "15"),)) == ()


def test_equal_values_of_different_kinds_are_not_shared_numbers():
    # Trial 14: "same numbers: 11" for 11 killed in Italy and "Eleven of the injured" in Poland.
    assert sim._rules._shared_quantities((_q(11, "11", "killed"),), (_q(11, "Eleven", "injured"),)) == ()
    assert sim._rules._shared_quantities((_q(11, "11", "killed"),), (_q(11, "elf", "Tote"),)) == ("11",)
    assert sim._rules._shared_quantities((_q(12e6, "12 million", "EUR", "money"),), (_q(12e6, "12 million", "USD", "money"),)) == ()
    assert sim._rules._shared_quantities((_q(118, "118", "km/h"),), (_q(118, "118", "km"),)) == ()
    assert sim._rules._shared_quantities((_q(320, "320", "passengers"),), (_q(320, "320", "Fahrgäste"),)) == ("320",)


def test_a_cookie_wall_page_gets_no_verdict(fast):
    wall = ("We use cookies to improve your experience. See our privacy policy. "
            "Click accept and close to agree to the use of cookies and the processing of your data " * 3)
    score = sim.score_pair("Fire in Berlin\n" + wall, "Flood in Rome\n" + wall, **fast)
    # preparing the texts removes the notice's sentences (prepare._notices): the headlines are left, too
    # little to judge (a wall the cleaning leaves is named: "cookie, registration or bot-check page")
    assert score.same_story is None and "not enough text to judge" in (score.undecided or "")
    assert score.as_dict()["overall"] is None


BOJ_EN = ("Tokyo, 2 April 2024. Japan's central bank kept interest rates unchanged on Tuesday, surprising some "
          "analysts who had expected a further increase. Bank of Japan Governor Kazuo Ueda said inflation was "
          "still not firmly anchored at the 2% target. The yen weakened to 151 per dollar after the announcement.")
SHELLS_EN = ("Berlin, 14 March 2024. German Chancellor Olaf Scholz announced on Thursday that Germany will send "
             "10,000 additional artillery shells to Ukraine by the end of April. The package is worth 500 million "
             "euros, Scholz told reporters in Berlin.")


def test_a_person_named_like_a_town_is_no_different_place(fast):
    """'different places: Germany, Ukraine vs Japan, Ueda': Kazuo Ueda is a person (Ueda is also a town)."""
    score = sim.score_pair(SHELLS_EN, BOJ_EN, **fast)
    places = next(r for r in score.reasons if r.startswith("different places"))
    assert "Japan" in places and "Ueda" not in places
    # the town stays a place where the text puts someone in it
    gazetteer = sim.Gazetteer.load()
    ueda = gazetteer.names["ueda"]
    assert ueda in sim._sides._name_places(BOJ_EN, gazetteer, "en")
    assert ueda not in sim._sides._name_places(BOJ_EN + " He had given a talk in Ueda.", gazetteer, "en")


def test_a_name_and_its_possessive_are_one_shared_name():
    # Trial 14: "same names: Garda, Desenzano, Italy, Italy's" (Italy twice, and again as a place).
    f = sim.PairFeatures(values=(), shared_names=("Garda", "Italy", "Italy's", "Reuters", "Reuters'"),
                         shared_places=("Brescia",))
    assert sim._verdict._reason_names(f) == ("Garda", "Italy", "Reuters")
    g = sim.PairFeatures(values=(), shared_names=("Garda", "Italy's"), shared_places=("Italy",))
    assert sim._verdict._reason_names(g) == ("Garda",)


def test_a_bare_year_alone_is_no_shared_date():
    # trial 19 #18: "same dates: 2026" for two reports of one week
    assert not any(r.startswith("same dates") for r in sim._scoring._pair_score(_row(0.7), _features(0.6, dates=("2026",)), MODEL).reasons)
    reasons = sim._scoring._pair_score(_row(0.7), _features(0.6, dates=("2026-11-23", "2026")), MODEL).reasons
    assert any(r.startswith("same dates: ") for r in reasons)
