"""A story's summary is cited in the reader's language (English by default) when one of its reports
has it, else in the story's most common language (trial 9: an Arabic sentence summed up a mine
collapse reported in English, Spanish, German, French and Arabic, because the Arabic report came first)."""

from __future__ import annotations

from storylens.models import Claim, Document, Evidence
from storylens.report.pipeline import summarise, summary_language

from ..analysis._docs import doc_of

COLLAPSE = {
    "ar": ["انهار منجم للنحاس قرب كوبيابو في شمال تشيلي صباح الثلاثاء.", "قالت السلطات إن ثلاثة عمال لقوا حتفهم."],
    "es": ["Una mina de cobre se derrumbó cerca de Copiapó, en el norte de Chile, el martes.",
           "Las autoridades informaron de tres trabajadores muertos."],
    "en": ["A copper mine collapsed near Copiapó in northern Chile on Tuesday.", "Officials said three workers died."],
    "de": ["Nahe Copiapó im Norden Chiles ist am Dienstag eine Kupfermine eingestürzt.",
           "Nach Angaben der Behörden kamen drei Arbeiter ums Leben."],
    "fr": ["Une mine de cuivre s'est effondrée mardi près de Copiapó, dans le nord du Chili.",
           "Trois ouvriers ont été tués, selon les autorités."],
}


def _story(langs: list[str]) -> tuple[list[Document], list[Claim]]:
    docs = [doc_of(f"d{i}", COLLAPSE[lang], lang) for i, lang in enumerate(langs, start=1)]
    claims = [Claim(f"c{k}", "shared", docs[0].sentences[k].text,
                    tuple(Evidence(d.id, d.sentences[k].id, d.sentences[k].text) for d in docs),
                    confidence=0.9, docs=tuple(d.id for d in docs)) for k in (0, 1)]
    return docs, claims


def test_the_summary_is_in_english_when_the_story_has_an_english_report():
    docs, claims = _story(["ar", "es", "de", "en", "fr"])  # the Arabic report first, as in the trial
    summary, _ = summarise(docs, claims)
    assert [e.doc for e in summary] == ["d4", "d4"]
    assert summary[0].text == COLLAPSE["en"][0] and summary[1].text == COLLAPSE["en"][1]


def test_the_reader_can_ask_for_another_language():
    docs, claims = _story(["ar", "es", "de", "en", "fr"])
    summary, _ = summarise(docs, claims, reader_language="fr")
    assert [e.text for e in summary] == COLLAPSE["fr"]
    assert summary_language(docs, "fr-FR") == "fr"


def test_without_the_readers_language_the_most_common_one():
    docs, claims = _story(["ar", "de", "es", "es", "fr"])
    summary, _ = summarise(docs, claims)
    assert [e.doc for e in summary] == ["d3", "d3"] and summary[0].text == COLLAPSE["es"][0]
    assert summary_language(docs[:2]) == "ar"  # a tie: the first in story order
    assert summary_language([]) is None
