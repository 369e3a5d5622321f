"""Trial 10 (a Paris court verdict in nine languages, a Romanian bribery trial): entity kinds."""

from __future__ import annotations

import pytest

from storylens.analysis.entities import EntityExtractor
from storylens.models import Document, Sentence
from storylens.text import sound_match


def _doc(doc_id: str, text: str, lang: str) -> Document:
    return Document(doc_id, doc_id, text, (Sentence(f"{doc_id}:s0", text, 0, len(text), language=lang),), language=lang)


@pytest.fixture(scope="module")
def extractor():
    return EntityExtractor()


def _group_of(entities, form: str):
    return next(e for e in entities if form in e.variants)


# -- a currency is no person, and a short name does not link across alphabets on a weak sound key

@pytest.mark.parametrize("text", [
    "Der Minister soll Schmiergeld in Höhe von 3 Millionen Lei angenommen haben.",
    "Die Firma zahlte dem Staat 40 Millionen Lei zurück.",
])
def test_a_currency_capitalised_as_a_german_noun_is_no_entity(extractor, text):
    other = _doc("ru", "Адвокат Антуан Леже заявил, что Леже обжалует приговор.", "ru")
    entities = extractor.extract([_doc("de", text, "de"), other])
    assert not any("Lei" in e.variants for e in entities)


@pytest.mark.parametrize("full, short", [
    ("Адвокат Антуан Леже заявил, что обжалует приговор.", "His lawyer said Lei would appeal the verdict."),
    ("Адвокат Антуан Леже заявил, что Леже обжалует приговор.", "His lawyer said Lei would appeal the verdict."),
    ("Судья Мишель Рено зачитал приговор, Рено ушёл.", "The judge said Reno had read the verdict."),
])
def test_a_short_latin_name_does_not_join_a_cyrillic_full_name_by_a_weak_key(extractor, full, short):
    entities = extractor.extract([_doc("ru", full, "ru"), _doc("en", short, "en")])
    word = short.split(" said ")[1].split()[0]
    group = _group_of(entities, word)
    assert not any(v for v in group.variants if any("\u0400" <= ch <= "\u04ff" for ch in v))


# -- a French full name read as it is said links across scripts: both parts agree

@pytest.mark.parametrize("latin, other", [
    ("Isabelle Marchand", "伊莎贝尔·马尔尚"),
    ("Isabelle Marchand", "إيزابيل مارشان"),
    ("Sophie Richard", "索菲·里沙尔"),
    ("Sophie Richard", "صوفي ريشار"),
])
def test_a_french_full_name_matches_its_spelling_by_sound(latin, other):
    assert sound_match(latin, other)


@pytest.mark.parametrize("latin, other", [
    ("Isabelle Marchand", "伊莎贝尔·马尔科"),  # another surname
    ("Sophie Richard", "玛丽·里沙尔"),  # another given name
    ("Marchand", "马尔尚"),  # a surname alone: the French reading needs both parts
])
def test_the_french_reading_needs_both_parts(latin, other):
    assert not sound_match(latin, other)


def test_a_french_full_name_links_in_four_scripts(extractor):
    docs = [
        _doc("fr", "La procureure Sophie Richard a requis deux ans de prison contre l'ancien maire.", "fr"),
        _doc("ru", "Прокурор Софи Ришар потребовала два года тюрьмы для бывшего мэра.", "ru"),
        _doc("zh", "检察官索菲·里沙尔要求判处前市长两年监禁。", "zh"),
    ]
    group = _group_of(extractor.extract(docs), "Sophie Richard")
    assert {"Софи Ришар", "索菲·里沙尔"} <= set(group.variants)
