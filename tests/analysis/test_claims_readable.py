"""Claims are readable units: a detail reads as the phrase that states it, and is never a second claim."""

from __future__ import annotations

from collections.abc import Mapping

from storylens.analysis.claims import detail_phrases
from storylens.models import Claim, Evidence


def _shared(text_a: str, text_b: str, details: dict) -> Claim:
    ev = (Evidence("d1", "d1:s0", text_a, 0, len(text_a)), Evidence("d2", "d2:s0", text_b, 0, len(text_b)))
    return Claim("c1", "shared", text_a, ev, docs=("d1", "d2"), details=details)


def test_a_verb_phrase_detail_reads_as_its_phrase_inside_the_shared_claim():
    claim = _shared("Protesters in Almaty reportedly stormed the airport", "Rioters stormed public buildings",
                    {"d1": ("airport",)})
    out = detail_phrases([claim])
    # One claim: the piece "reportedly stormed the airport" is evidence of the shared
    # claim already, so it is not listed again as a unique claim.
    assert [c.status for c in out] == ["shared"]
    assert out[0].details == {"d1": ("reportedly stormed the airport",)}


def test_bare_noun_phrases_stay_details_not_claims():
    claim = _shared("Shots were heard in Almaty, gunfire", "In Almaty, the former Soviet republic, shots rang out",
                    {"d1": ("gunfire",), "d2": ("republic",)})
    out = detail_phrases([claim])
    assert [c.status for c in out] == ["shared"]
    assert out[0].details == {"d1": ("gunfire",), "d2": ("republic",)}


def test_weak_is_below_the_sure_threshold_of_the_language_pair():
    from dataclasses import replace

    from storylens.analysis.claims import is_weak
    from storylens.settings import DEFAULT

    claim = _shared("a b c", "x y z", {})
    cosine_rule = replace(DEFAULT, claim_pair_model=False)
    cross = cosine_rule.claim_cross_sure_threshold
    mono = cosine_rule.claim_sure_threshold
    assert cross is not None and cross < mono
    between = replace(claim, confidence=(cross + mono) / 2)
    assert is_weak(between, {"d1": "en", "d2": "en"}, cosine_rule)
    assert not is_weak(between, {"d1": "de", "d2": "en"}, cosine_rule)
    assert is_weak(replace(claim, confidence=cross - 0.01), {"d1": "de", "d2": "en"}, cosine_rule)
    assert not is_weak(replace(between, status="unique", docs=("d1",)), {"d1": "en"}, cosine_rule)


def test_with_the_pair_model_a_cross_lingual_match_is_weak_below_its_sure_probability():
    from dataclasses import replace

    from storylens.analysis.claims import is_weak
    from storylens.settings import DEFAULT

    settings = replace(DEFAULT, claim_pair_model=True, claim_pair_sure_threshold=0.9)
    claim = _shared("a b c", "x y z", {})
    cross = {"d1": "de", "d2": "en"}
    assert is_weak(replace(claim, confidence=0.85), cross, settings)
    assert not is_weak(replace(claim, confidence=0.95), cross, settings)
    # Same-language claims keep the cosine rule's sure threshold.
    assert not is_weak(replace(claim, confidence=0.85), {"d1": "en", "d2": "en"}, settings)


def test_a_detail_phrase_never_reaches_back_over_a_word_the_other_documents_use():
    # Eight-document trial: "only d2 mentions: haut Gläubiger › Jouwatch" beside a document
    # that says "Gläubiger" itself flagged a word the other side has.
    claim = _shared("Ohne Beherrschung: Papst haut Gläubiger › Jouwatch", "Papst schlägt Frau auf die Finger",
                    {"d1": ("Jouwatch",)})
    texts = {"d1": "Ohne Beherrschung: Papst haut Gläubiger › Jouwatch",
             "d2": "Papst schlägt Frau auf die Finger. Viele Gläubiger waren auf dem Platz."}
    assert detail_phrases([claim])[0].details == {"d1": ("haut Gläubiger › Jouwatch",)}  # without the texts
    assert detail_phrases([claim], texts, {"d1": "de", "d2": "de"})[0].details == {"d1": ("Jouwatch",)}


def test_a_detail_phrase_keeps_the_words_only_its_document_has():
    seized = _shared("Protesters in Almaty reportedly seized the airport", "Rioters stormed public buildings",
                     {"d1": ("airport",)})
    stormed = _shared("Protesters in Almaty reportedly stormed the airport", "Rioters stormed public buildings",
                      {"d1": ("airport",)})
    texts = {"d1": seized.evidence[0].text, "d2": "Rioters stormed public buildings."}
    assert detail_phrases([seized], texts)[0].details == {"d1": ("reportedly seized the airport",)}
    # "stormed" is the other side's word too: the detail is the airport, not the storming
    assert detail_phrases([stormed], texts | {"d1": stormed.evidence[0].text})[0].details == {"d1": ("airport",)}


def test_a_word_another_language_states_elsewhere_is_no_detail(embedder):
    # Eight-document trial: "only d4 mentions: Comments" beside a German text whose other
    # sentence says "Kommentare".
    from storylens.analysis.claims import DetailFinder

    claim = _shared("Comments on Twitter were mostly supportive of the pontiff's reaction.",
                    "Das Netz reagierte vor allem wohlwollend.", {})
    texts = {"d1": claim.evidence[0].text,
             "d2": "Das Netz reagierte vor allem wohlwollend. Es gab auch unangenehme Kommentare."}
    languages = {"d1": "en", "d2": "de"}
    finder = DetailFinder(embedder.embed)
    names = {"Twitter": {"d1"}}  # the entity extractor's name; the German text does not mention it
    with_texts = finder.details([claim], languages, names, texts)[0].details.get("d1", ())
    assert "Comments" not in with_texts
    assert "Twitter" in with_texts  # "Netz" is no translation (USE 0.38)


def _cross_details(embedder, text_a: str, lang_a: str, text_b: str, lang_b: str, names: dict) -> Mapping:
    from storylens.analysis.claims import DetailFinder

    claim = _shared(text_a, text_b, {})
    return DetailFinder(embedder.embed).details(
        [claim], {"d1": lang_a, "d2": lang_b}, names, {"d1": text_a, "d2": text_b}
    )[0].details


def test_a_common_noun_the_other_language_says_in_its_own_words_is_no_detail(embedder):
    # 13-article trial: "only d3 mentions: absitzen, Fußfessel" beside "the two years he must
    # serve ... with an electronic tag"; "Bewährung" beside "suspended". Single-word vectors
    # cannot tell a translation from an absence across languages, so no common noun is shown.
    cases = [
        ("Zwei der vier Jahre wurden zur Bewährung ausgesetzt, den Rest sitzt er mit Fußfessel ab.", "de",
         "Two of the four years were suspended; he serves the rest with an electronic tag.", "en"),
        ("Das Gericht verurteilte den Politiker wegen Bestechlichkeit und Geldwäsche.", "de",
         "The court convicted the politician of taking bribes and money laundering.", "en"),
        ("Die Ermittler fanden ein Netz von Scheinfirmen, über das Schmiergelder flossen.", "de",
         "Investigators found a web of shell companies through which kickbacks flowed.", "en"),
        ("Il giudice ha disposto gli arresti domiciliari con il braccialetto elettronico.", "it",
         "The judge ordered house arrest with an electronic tag.", "en"),
        ("El exministro cumplirá la condena en su casa con una tobillera electrónica.", "es",
         "The former minister will serve the sentence at home wearing an electronic ankle monitor.", "en"),
    ]
    for text_a, lang_a, text_b, lang_b in cases:
        assert _cross_details(embedder, text_a, lang_a, text_b, lang_b, {}) == {}, text_a
        assert _cross_details(embedder, text_b, lang_b, text_a, lang_a, {}) == {}, text_b


def test_a_name_only_one_language_mentions_stays_a_detail(embedder):
    names = {"Dubois": {"d1"}, "Paris": {"d1", "d2"}}
    details = _cross_details(embedder, "The verdict was read out in Paris by presiding judge Dubois.", "en",
                             "Das Urteil wurde in Paris verlesen.", "de", names)
    assert details.get("d1") == ("Dubois",)
    # a hyphenated name is a name (the entity words are split at the hyphen); a compound is not
    names = {"Annegret": {"d1"}, "Kramp": {"d1"}, "Karrenbauer": {"d1"}, "CDU": {"d1", "d2"}}
    details = _cross_details(embedder, "Orban will noch mit der CDU-Vorsitzenden Kramp-Karrenbauer beraten.", "de",
                             "Orban will meet the head of the CDU party first.", "en", names)
    assert details == {"d1": ("Kramp-Karrenbauer",)}
    # a name the other side mentions is no detail, whatever language it is in
    assert "Paris" not in " ".join(details.get("d1", ()))
    # Same-language details keep the word-vector rule: a common noun can still be one.
    same = _cross_details(embedder, "Protesters in Almaty reportedly stormed the airport.", "en",
                          "Rioters in Almaty stormed public buildings.", "en", {})
    assert "airport" in same.get("d1", ())


def test_across_languages_a_detail_phrase_reaches_back_over_name_words_only():
    # Gold set jakarta-floods (es-it): "inundada El aeropuerto Halim" beside an Italian text that
    # says "inondazioni": the words before a name are not checked across languages.
    flooded = _shared("El agua inundó el aeropuerto Halim de la capital", "L'acqua ha allagato la capitale",
                      {"d1": ("Halim",)})
    texts = {"d1": flooded.evidence[0].text, "d2": flooded.evidence[1].text}
    assert detail_phrases([flooded], texts, {"d1": "es", "d2": "it"})[0].details == {"d1": ("Halim",)}
    prison = _shared("Kelly said the conditions at the Metropolitan Correctional Center worsened",
                     "Kelly sorgt sich um die Bedingungen im Gefängnis", {"d1": ("Center",)})
    texts = {"d1": prison.evidence[0].text, "d2": prison.evidence[1].text}
    names = {"Metropolitan", "Correctional", "Center"}
    out = detail_phrases([prison], texts, {"d1": "en", "d2": "de"}, names)[0].details
    assert out == {"d1": ("Metropolitan Correctional Center",)}
    # within one language the phrase still reads as before
    flooded_es = _shared(flooded.evidence[0].text, "La lluvia cayó sobre la capital", {"d1": ("Halim",)})
    texts = {"d1": flooded_es.evidence[0].text, "d2": flooded_es.evidence[1].text}
    assert detail_phrases([flooded_es], texts, {"d1": "es", "d2": "es"})[0].details == {
        "d1": ("inundó el aeropuerto Halim",)
    }


def test_details_embed_only_the_words_a_counterpart_test_reads(embedder):
    # 80 BASIL articles embedded every word of the shared claims' evidence (3,648 words) to test
    # a few candidates; a candidate the other side states by its stem needs no vector at all.
    from storylens.analysis.claims import DetailFinder

    asked: list[str] = []

    def embed(texts):
        asked.extend(texts)
        return embedder.embed(texts)

    same_stem = _shared("Police stormed the airport in Almaty.", "The airports of Almaty were stormed by police.", {})
    assert DetailFinder(embed).details([same_stem], {"d1": "en", "d2": "en"})[0].details == {}
    assert asked == []
    new_word = _shared("Police stormed the airport in Almaty.", "Police stormed buildings in Almaty.", {})
    details = DetailFinder(embed).details([new_word], {"d1": "en", "d2": "en"})[0].details
    assert details.get("d1") == ("airport",)
    assert "airport" in asked and "buildings" in asked
