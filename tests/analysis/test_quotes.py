"""Quotes: extraction, speakers and cross-document matching on real text."""

from __future__ import annotations

import itertools

import pytest

from storylens.analysis.quotes import QuoteSpan, extract_quote_spans, extract_quotes, match_quotes, word_diff
from storylens.models import Document, Quote, Sentence
from storylens.text.segment import Segmenter

from ..conftest import CNN_SEED, FAZ_SEED


def make_doc(doc_id: str, text: str, language: str = "en") -> Document:
    spans = Segmenter().split(text, language)
    sentences = tuple(
        Sentence(id=f"{doc_id}:s{i}", text=s.text, start=s.start, end=s.end, paragraph=s.paragraph, language=language)
        for i, s in enumerate(spans)
    )
    return Document(id=doc_id, source=doc_id, text=text, sentences=sentences, language=language)


@pytest.fixture(scope="module")
def seed_docs() -> list[Document]:
    if not CNN_SEED.exists() or not FAZ_SEED.exists():
        pytest.skip("seed articles not found")
    cnn = CNN_SEED.read_text(encoding="utf-8").split("\n", 1)[1]  # first line is a `date ... By ..., CNN` header
    faz = FAZ_SEED.read_text(encoding="utf-8")
    return [make_doc("d1", cnn), make_doc("d2", faz)]


def find(quotes, doc: str, fragment: str):
    hits = [q for q in quotes if q.doc == doc and fragment in q.text]
    assert hits, f"no quote with {fragment!r} in {doc}: {[q.text for q in quotes if q.doc == doc]}"
    return hits[0]


# ---------------------------------------------------------------- extraction on the seeds


def test_seed_quotes_are_extracted_with_ids_and_offsets(seed_docs):
    spans = extract_quote_spans(seed_docs)
    assert [q.id for q in spans] == [f"q{i}" for i in range(1, len(spans) + 1)]
    docs = {d.id: d for d in seed_docs}
    for q in spans:
        assert docs[q.doc].text[q.start : q.end] == q.text
        assert q.sentence == q.sentences[0]
    cnn = [q.text for q in spans if q.doc == "d1"]
    assert "kill without warning" in cnn  # partial quote inside a sentence
    assert "terrorist bandits" in cnn
    assert "They need to be destroyed." in cnn
    assert not any("Kazakhstan’s" in t or t.startswith("s ") for t in cnn)  # apostrophes are not quotes


def test_extract_quotes_returns_plain_model_quotes(seed_docs):
    quotes = extract_quotes(seed_docs)
    assert quotes and all(type(q) is Quote for q in quotes)


def test_seed_speakers(seed_docs):
    quotes = extract_quote_spans(seed_docs)
    for doc, fragment in [
        ("d1", "kill without warning"),
        ("d1", "terrorist bandits"),
        ("d1", "But terrorists continue"),  # ", he said"
        ("d1", "They need to be destroyed"),  # the sentence after "… Tokayev said."
        ("d1", "What kind of negotiations"),  # "Tokayev added"
        ("d1", "very promptly"),
        ("d2", "destroyed"),  # ", said Tokayev"
        ("d2", "so-called free media"),  # "In his speech, Tokayev attacked …"
        ("d2", "responded operationally"),
    ]:
        assert "Tokayev" in (find(quotes, doc, fragment).speaker or ""), fragment
    # the full name the article gives, not the surface form
    assert find(quotes, "d1", "What kind of negotiations").speaker == "Kassym-Jomart Tokayev"
    assert find(quotes, "d2", "destroyed").speaker == "Kassym-Shomart Tokayev"
    # the China quotes belong to the spokesman, not to Tokayev
    assert find(quotes, "d2", "China supports all efforts").speaker == "a foreign ministry spokesman"
    assert find(quotes, "d2", "foreign forces that intentionally").speaker == "a foreign ministry spokesman"


# ---------------------------------------------------------------- matching on the seeds


def test_seed_quotes_match_across_documents(seed_docs, embedder):
    quotes = match_quotes(extract_quotes(seed_docs), seed_docs, embedder)
    by_id = {q.id: q for q in quotes}

    def matched(a_fragment: str, b_fragment: str):
        a, b = find(quotes, "d1", a_fragment), find(quotes, "d2", b_fragment)
        hit = [m for m in a.matches if m.quote == b.id]
        found = [(by_id[m.quote].text, m.score) for m in a.matches]
        assert hit, f"{a.text!r} not matched to {b.text!r}; matches: {found}"
        assert any(m.quote == a.id for m in b.matches)  # symmetric
        assert 0.0 <= hit[0].score <= 1.0
        return hit[0]

    putin = matched("very promptly", "responded operationally")
    assert "[-very promptly-]" in putin.diff and "{+" in putin.diff and "most importantly" in putin.diff
    assert "destroyed" in matched("They need to be destroyed", "destroyed").diff
    assert matched("terrorist bandits", "bandits and terrorists").diff
    assert "ideological" in matched("ideological sabotage", "ideological diversion").diff


def test_matches_are_symmetric_and_cross_document(seed_docs, embedder):
    quotes = match_quotes(extract_quotes(seed_docs), seed_docs, embedder)
    by_id = {q.id: q for q in quotes}
    for q in quotes:
        for m in q.matches:
            other = by_id[m.quote]
            assert other.doc != q.doc
            assert any(back.quote == q.id and back.score == m.score for back in other.matches)


def test_unrelated_quotes_do_not_match(embedder):
    a = make_doc("d1", "“We will open three new schools in the autumn,” the mayor said on Monday.")
    b = make_doc("d2", "“The river flooded the old bridge again,” a resident said.")
    quotes = match_quotes(extract_quotes([a, b]), [a, b], embedder)
    assert all(not q.matches for q in quotes)


def test_short_translated_quote_matches_via_context(embedder):
    de = make_doc("d1", "«Wo bist du», sagt Dwayne Johnson mehrmals in einem Video über die Proteste.", "de")
    en = make_doc("d2", "\"Where are you,\" Dwayne Johnson asked in a video about the protests.", "en")
    quotes = match_quotes(extract_quotes([de, en]), [de, en], embedder)
    assert quotes[0].matches and quotes[0].matches[0].quote == quotes[1].id


# ---------------------------------------------------------------- languages and quote marks


def test_german_guillemets_and_low_quotes():
    doc = make_doc(
        "d1",
        "Präsident Kassym-Schomart Tokajew sprach am Freitag im Fernsehen. "
        "«Die Terroristen müssen vernichtet werden», sagte Tokajew. "
        "„Mit Verbrechern verhandelt man nicht“, erklärte der Präsident. "
        "Die Lage sei „weitgehend stabil“, so Tokajew.",
        "de",
    )
    quotes = extract_quotes([doc])
    assert [q.text for q in quotes] == [
        "Die Terroristen müssen vernichtet werden",
        "Mit Verbrechern verhandelt man nicht",
        "weitgehend stabil",
    ]
    assert all(q.speaker == "Kassym-Schomart Tokajew" for q in quotes)


def test_french_guillemets_with_a_declare():
    doc = make_doc(
        "d1",
        "« Nous ne négocierons pas avec des criminels », a déclaré Kassym-Jomart Tokaïev vendredi. "
        "Selon le porte-parole du ministère, « la situation est sous contrôle ».",
        "fr",
    )
    quotes = extract_quotes([doc])
    assert [q.text for q in quotes] == ["Nous ne négocierons pas avec des criminels", "la situation est sous contrôle"]
    assert quotes[0].speaker == "Kassym-Jomart Tokaïev"
    assert quotes[1].speaker == "le porte-parole du ministère"


def test_russian_guillemets_with_zayavil():
    doc = make_doc(
        "d1",
        "«Переговоры с преступниками невозможны», — заявил Касым-Жомарт Токаев в пятницу. "
        "По словам Токаева, «ситуация стабилизировалась».",
        "ru",
    )
    quotes = extract_quotes([doc])
    assert [q.text for q in quotes] == ["Переговоры с преступниками невозможны", "ситуация стабилизировалась"]
    assert quotes[0].speaker == "Касым-Жомарт Токаев"
    assert "Токаев" in quotes[1].speaker


def test_quote_spanning_sentences_is_one_quote():
    # A splitter that cuts inside the quotation (pysbd keeps quotes whole, others do not).
    text = (
        "Mary Cheney posted on Facebook. “Freedom means freedom for everyone. That means all families are "
        "entitled to the same rights,” Mary Cheney wrote."
    )
    cuts = [0, text.index("“"), text.index("That means"), len(text)]
    sentences = tuple(
        Sentence(id=f"d1:s{i}", text=text[a:b].strip(), start=a, end=a + len(text[a:b].rstrip()))
        for i, (a, b) in enumerate(itertools.pairwise(cuts))
    )
    doc = Document(id="d1", source="d1", text=text, sentences=sentences)
    (quote,) = extract_quote_spans([doc])
    assert quote.text.startswith("Freedom means") and quote.text.endswith("same rights")
    assert quote.sentence == "d1:s1" and quote.sentences == ("d1:s1", "d1:s2")
    assert quote.speaker == "Mary Cheney"


def test_single_quotes_and_apostrophes():
    doc = make_doc(
        "d1",
        "Kazakhstan’s president didn't say when the countries’ troops would leave. "
        "He called the protests ‘an attack on the state’ and said it was 'nonsense' to negotiate.",
    )
    assert [q.text for q in extract_quotes([doc])] == ["an attack on the state", "nonsense"]


def test_unattributed_quote_has_no_speaker_and_titles_are_skipped():
    doc = make_doc(
        "d1",
        "The weather was cold in Almaty on Friday.\n\nThe word “sovereignty” appears twice in the new law. "
        "The film \"House of Cards\" was shown later.",
    )
    quotes = extract_quotes([doc])
    assert [(q.text, q.speaker) for q in quotes] == [("sovereignty", None)]


def test_description_speaker_and_according_to():
    doc = make_doc(
        "d1",
        "\"China supports all efforts to end the chaos,\" said a foreign ministry spokesman. "
        "According to Interior Minister Erlan Turgumbayev, the airport is \"fully under control\".",
    )
    quotes = extract_quotes([doc])
    assert quotes[0].speaker == "a foreign ministry spokesman"
    assert quotes[1].speaker == "Erlan Turgumbayev"


def test_pronoun_resolves_to_recent_subject():
    doc = make_doc(
        "d1",
        "“For the record, I love my sister,” Mary Cheney wrote.\n\n"
        "On Friday, Liz Cheney issued a statement.\n\n"
        "“I am not pro-gay marriage,” she said.",
    )
    quotes = extract_quotes([doc])
    assert [q.speaker for q in quotes] == ["Mary Cheney", "Liz Cheney"]


def test_word_diff():
    assert word_diff("They need to be destroyed.", "destroyed") == "[-They need to be-] destroyed"
    assert word_diff("terrorist bandits", "bandits and terrorists") == "[-terrorist-] bandits {+and terrorists+}"
    assert word_diff("same words", "Same words!") == "same words"


def test_empty_inputs(embedder):
    assert extract_quotes([]) == []
    assert match_quotes([], [], embedder) == []
    empty = Document(id="d1", source="x", text="", sentences=())
    assert extract_quotes([empty]) == []
    assert isinstance(extract_quote_spans([make_doc("d1", "“Yes,” he said.")])[0], QuoteSpan)


def test_unbalanced_and_odd_marks_do_not_crash():
    doc = make_doc(
        "d1",
        "He said “this never closes. Then ” a stray mark, « and a guillemet, and 'single.\n\n"
        "„German“ and ‚single German‘ and »reversed« marks, rock 'n' roll in the '90s.",
    )
    quotes = extract_quote_spans([doc])
    for q in quotes:
        assert doc.text[q.start : q.end] == q.text and q.text.strip()
