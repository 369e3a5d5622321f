"""Entities across documents and languages: extraction, linking with reasons, never over-merging."""

from __future__ import annotations

import pytest

from storylens.analysis.entities import (
    EntityExtractor,
    canonical_key,
    clean_name,
    entity_overlap,
    extract_entities,
)
from storylens.models import Document, Sentence

# Written in the style of the wire reports on the same address (not copied from any outlet).
GERMAN = (
    "Der kasachische Präsident Kassym-Schomart Tokajew hat den Sicherheitskräften erlaubt, "
    "ohne Vorwarnung zu schießen. In einer Fernsehansprache am Freitag sagte Tokajew, die Lage "
    "in Almaty habe sich stabilisiert. Er dankte dem russischen Präsidenten Wladimir Putin für "
    "die schnelle Hilfe des Militärbündnisses OVKS. Am Donnerstag waren die ersten russischen "
    "Soldaten in Kasachstan gelandet. Die NATO und die EU riefen zur Zurückhaltung auf. Der "
    "frühere Präsident Nursultan Nasarbajew wurde als Chef des Sicherheitsrates abgesetzt."
)
FRENCH = (
    "Le président kazakh Kassym-Jomart Tokaïev a ordonné vendredi aux forces de l'ordre de tirer "
    "sans sommation. Selon Tokaïev, la situation à Almaty s'est stabilisée. Il a remercié "
    "Vladimir Poutine pour l'envoi de troupes de l'Organisation du traité de sécurité collective "
    "(OTSC). L'OTAN et l'UE appellent à la retenue."
)
RUSSIAN = (
    "Президент Казахстана Касым-Жомарт Токаев приказал силовикам открывать огонь без "
    "предупреждения. По словам Токаева, ситуация в Алматы стабилизировалась. Токаев поблагодарил "
    "Владимира Путина за оперативную помощь ОДКБ. В НАТО и ЕС призвали к сдержанности. Бывший "
    "президент Нурсултан Назарбаев покинул пост главы Совбеза."
)


def make_doc(doc_id: str, text: str, language: str | None = "en") -> Document:
    """A Document split into sentences with pysbd (the splitter the pipeline uses)."""
    import pysbd

    seg = pysbd.Segmenter(language=language or "en", clean=False, char_span=True)
    sentences: list[Sentence] = []
    for span in seg.segment(text):
        chunk = span.sent.strip()
        if chunk:
            start = span.start + span.sent.index(chunk)
            sentences.append(
                Sentence(id=f"{doc_id}:s{len(sentences)}", text=chunk, start=start, end=start + len(chunk))
            )
    return Document(id=doc_id, source=doc_id, text=text, sentences=tuple(sentences), language=language)


@pytest.fixture(scope="module")
def seed_docs(data_dir) -> list[Document]:
    cnn = (data_dir / "seeds" / "000_f41a21d6102af561.txt").read_text("utf-8")
    faz = (data_dir / "seeds" / "001_b69586f12682ff66.txt").read_text("utf-8")
    cnn = cnn.split("\n", 1)[1]  # header line "date ... By ..., CNN"
    return [make_doc("d1", cnn), make_doc("d2", faz)]


@pytest.fixture(scope="module")
def seed_entities(extractor, seed_docs):
    return extractor.extract(seed_docs)


def entity_with(entities, form: str):
    found = [e for e in entities if form in e.variants]
    assert found, f"no entity has the variant {form!r}: {[e.variants for e in entities]}"
    return found[0]


def test_seed_tokayev_spellings_are_one_entity_with_reasons(seed_entities):
    tokayev = entity_with(seed_entities, "Kassym-Jomart Tokayev")
    assert {"Kassym-Shomart Tokayev", "Tokayev"} <= set(tokayev.variants)
    assert tokayev.type == "PERSON"
    assert tokayev.name == "Kassym-Jomart Tokayev"
    assert {m.doc for m in tokayev.mentions} == {"d1", "d2"}
    reasons = " ".join(link.reason for link in tokayev.links)
    assert "transliteration" in reasons and "short form" in reasons
    # every variant is tied in by some link
    linked = {link.a for link in tokayev.links} | {link.b for link in tokayev.links}
    assert set(tokayev.variants) <= linked


def test_seed_csto_and_odkb_are_one_entity(seed_entities):
    csto = entity_with(seed_entities, "CSTO")
    assert "ODKB" in csto.variants
    assert "Collective Security Treaty Organization" in csto.variants
    assert csto.type == "ORG"
    reasons = {(link.a, link.b): link.reason for link in csto.links}
    assert any("ODKB" in pair for pair in reasons)
    assert any(r.startswith("acronym") for r in reasons.values())


def test_seed_people_stay_apart(seed_entities):
    ids = {form: entity_with(seed_entities, form).id for form in ("Tokayev", "Vladimir Putin", "Xi Jinping", "Nazarbayev")}
    assert len(set(ids.values())) == 4, ids
    putin = entity_with(seed_entities, "Vladimir Putin")
    assert putin.type == "PERSON"
    # "Russian President Vladimir Putin" is a person, never the country
    russia = [e for e in seed_entities if "Russia" in e.variants]
    assert all(e.id != putin.id for e in russia)


def test_seed_short_organisation_name(seed_entities):
    council = entity_with(seed_entities, "National Security Council")
    assert "Security Council" in council.variants
    assert any("short form" in link.reason for link in council.links)


def test_seed_adjective_is_not_the_country(seed_entities):
    kazakhstan = entity_with(seed_entities, "Kazakhstan")
    assert "Kazakh" not in kazakhstan.variants
    assert not any(e.variants == ("Kazakh",) for e in seed_entities)


def test_entity_overlap_on_seeds(seed_entities):
    shared = {e.name for e in entity_overlap(seed_entities, "d1", "d2")}
    assert {"Kassym-Jomart Tokayev", "Almaty", "Vladimir Putin", "Collective Security Treaty Organization"} <= shared
    assert "Xi Jinping" not in shared  # only CNN names him


def test_cross_language_linking(extractor, seed_docs):
    docs = [seed_docs[0], make_doc("d2", GERMAN, "de"), make_doc("d3", FRENCH, "fr"), make_doc("d4", RUSSIAN, "ru")]
    entities = extractor.extract(docs)
    tokayev = entity_with(entities, "Kassym-Jomart Tokayev")
    assert {"Kassym-Schomart Tokajew", "Tokajew", "Kassym-Jomart Tokaïev", "Касым-Жомарт Токаев", "Токаева"} <= set(tokayev.variants)
    assert {m.doc for m in tokayev.mentions} == {"d1", "d2", "d3", "d4"}
    putin = entity_with(entities, "Vladimir Putin")
    assert {"Wladimir Putin", "Vladimir Poutine", "Владимира Путина"} <= set(putin.variants)
    assert putin.id != tokayev.id
    nato = entity_with(entities, "NATO")
    assert {"OTAN", "НАТО"} <= set(nato.variants)
    assert any("transliterated acronym" in link.reason for link in nato.links)
    eu = entity_with(entities, "EU")
    assert {"UE", "ЕС"} <= set(eu.variants)
    csto = entity_with(entities, "CSTO")
    assert {"OVKS", "OTSC", "ОДКБ"} <= set(csto.variants)
    almaty = entity_with(entities, "Almaty")
    assert "Алматы" in almaty.variants
    kazakhstan = entity_with(entities, "Kazakhstan")
    assert {"Kasachstan", "Казахстана"} <= set(kazakhstan.variants)
    nazarbayev = entity_with(entities, "Nursultan Nasarbajew")
    assert "Нурсултан Назарбаев" in nazarbayev.variants
    # German common nouns are not entities
    assert not any(v in ("Sicherheitskräften", "Fernsehansprache", "Freitag", "Donnerstag") for e in entities for v in e.variants)


def test_language_guessed_when_missing(extractor):
    docs = [make_doc("d1", RUSSIAN, None), make_doc("d2", GERMAN, None)]
    entities = extractor.extract(docs)
    tokayev = entity_with(entities, "Касым-Жомарт Токаев")
    assert "Kassym-Schomart Tokajew" in tokayev.variants


def test_two_people_sharing_a_surname_are_not_merged(extractor):
    text = (
        "Joe Biden met reporters on Tuesday. His son Hunter Biden did not attend. "
        "Biden said the talks were productive. Jill Biden travelled to Ohio."
    )
    entities = extractor.extract([make_doc("d1", text)])
    joe = entity_with(entities, "Joe Biden")
    hunter = entity_with(entities, "Hunter Biden")
    assert joe.id != hunter.id
    # the bare surname is ambiguous, so it joins neither
    bare = entity_with(entities, "Biden")
    assert bare.id not in (joe.id, hunter.id)


def test_shared_first_name_is_not_merged(extractor):
    text = "Vladimir Putin spoke with Vladimir Zelensky by phone. Putin later met Xi Jinping in Moscow."
    entities = extractor.extract([make_doc("d1", text)])
    assert entity_with(entities, "Vladimir Putin").id != entity_with(entities, "Vladimir Zelensky").id
    assert entity_with(entities, "Putin").id == entity_with(entities, "Vladimir Putin").id


def test_exonyms_and_possessives(extractor):
    en = make_doc("d1", "Protesters gathered in Kiev on Monday. Munich's police said Mr. Scholz's office was informed.")
    de = make_doc("d2", "In München demonstrierten am Montag Tausende. Auch in Kyiv und Alma-Ata gab es Kundgebungen.", "de")
    entities = extractor.extract([en, de])
    assert {"Munich", "München"} <= set(entity_with(entities, "Munich").variants)
    assert {"Kiev", "Kyiv"} <= set(entity_with(entities, "Kiev").variants)
    assert "Scholz" in {v for e in entities for v in e.variants}
    assert not any(v.endswith(("'s", "’s")) for e in entities for v in e.variants)


def test_nlp_injection_and_empty_input():
    class NoNlp:
        def pipe(self, texts, batch_size=64):
            raise AssertionError("spaCy must not run for non-English documents")

    entities = extract_entities([make_doc("d1", GERMAN, "de")], nlp=NoNlp())
    assert entity_with(entities, "Kassym-Schomart Tokajew").type == "PERSON"
    assert extract_entities([], nlp=NoNlp()) == ()


def test_entity_ids_and_mentions_are_consistent(seed_entities, seed_docs):
    assert [e.id for e in seed_entities] == [f"e{i}" for i in range(1, len(seed_entities) + 1)]
    sentences = {s.id: s.text for d in seed_docs for s in d.sentences}
    for e in seed_entities:
        assert e.type in ("PERSON", "ORG", "PLACE", "OTHER")
        assert e.name in e.variants
        for m in e.mentions:
            assert m.text in e.variants
            assert m.sentence in sentences


def test_helpers():
    assert clean_name("Russian President Vladimir Putin") == "Vladimir Putin"
    assert clean_name("Tokayev's") == "Tokayev"
    assert clean_name("US-Präsident Joe Biden") == "Joe Biden"
    assert canonical_key("Kassym-Jomart Tokayev") == canonical_key("Касым-Жомарт Токаев")
    assert canonical_key("Kassym-Schomart Tokajew") == canonical_key("Kassym-Shomart Tokayev")
    assert canonical_key("Tokayev") != canonical_key("Putin")


def test_generational_suffix_and_middle_initial(extractor):
    text = (
        "Donald Trump Jr. exchanged messages with WikiLeaks, The Atlantic reported. "
        "President Donald Trump did not comment. Trump Jr. later posted the messages. "
        "Special Counsel Robert S. Mueller III is investigating. President Vladimir V. Putin of Russia denied it. "
        "Mr. Mueller declined to comment. Vladimir Putin spoke on Monday."
    )
    entities = extractor.extract([make_doc("d1", text)])
    junior = entity_with(entities, "Donald Trump Jr")
    assert "Trump Jr" in junior.variants
    assert entity_with(entities, "Donald Trump").id != junior.id
    putin = entity_with(entities, "Vladimir V. Putin")
    assert "Vladimir Putin" in putin.variants
    assert "Mueller" in entity_with(entities, "Robert S. Mueller III").variants
    assert entity_with(entities, "Russia").id != putin.id


def test_family_members_and_initials_stay_apart(extractor):
    text = (
        "Mary Cheney criticized her sister Liz Cheney on Friday. Their father, former Vice President "
        "Dick Cheney, supports same-sex marriage. Sen. Mike Enzi of Wyoming did not comment. "
        "Enzi spoke in Washington, DC on Monday. Sen. Mark Warner and Sen. Elizabeth Warren asked "
        "questions. Warner said the hearing was useful."
    )
    entities = extractor.extract([make_doc("d1", text)])
    ids = {f: entity_with(entities, f).id for f in ("Mary Cheney", "Liz Cheney", "Dick Cheney", "Mark Warner", "Elizabeth Warren")}
    assert len(set(ids.values())) == 5, ids
    # "Cheney" would be ambiguous, "Warner" is not
    assert "Warner" in entity_with(entities, "Mark Warner").variants
    assert "Enzi" in entity_with(entities, "Mike Enzi").variants
    # a person's initials are not an acronym of them
    assert "DC" not in entity_with(entities, "Dick Cheney").variants


def test_link_scorer_counts_pairs_over_surface_forms():
    from .._bench import load_benchmark

    lib = load_benchmark("_lib/entity_eval.py")
    gold = {
        "entities": [
            {"name": "Liz Cheney", "forms": ["Liz Cheney", "Elizabeth Cheney"]},
            {"name": "Mary Cheney", "forms": ["Mary Cheney"]},
            {"name": "Tokayev", "forms": ["Kassym-Jomart Tokayev", "Tokayev", "Токаев"]},
        ],
        "apart": [["Liz Cheney", "Mary Cheney"]],
        "ambiguous": ["Cheney"],
    }
    predicted = [
        {"variants": ["Liz Cheney", "Mary Cheney", "Cheney"]},  # one wrong pair; "Cheney" not scored
        {"variants": ["Kassym-Jomart Tokayev", "Tokayev's", "Unlisted Form"]},  # possessive normalised
        {"variants": ["Токаев"]},
    ]
    score = lib.score_entity_links(predicted, gold)
    assert score["pairs"] == {"gold": 4, "predicted": 2, "correct": 1}
    assert score["precision"] == 0.5 and score["recall"] == 0.25
    assert score["apart_violations"] == [["Liz Cheney", "Mary Cheney"]]
    assert lib.score_entity_links([], gold)["precision"] == 1.0


def test_missing_model_is_a_model_error():
    from storylens.errors import ModelError

    extractor = EntityExtractor(model="no_such_spacy_model")
    with pytest.raises(ModelError, match="no_such_spacy_model"):
        extractor.extract([make_doc("d1", "Joe Biden met Emmanuel Macron in Paris.")])
    # non-English documents never load the model
    assert extractor.extract([make_doc("d1", GERMAN, "de")])


def test_alias_tables_from_the_disk_cache_equal_a_fresh_build(tmp_path, monkeypatch):
    from storylens.analysis import entities
    from storylens.analysis.entities import _aliases

    monkeypatch.setenv("STORYLENS_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(_aliases, "_DEFAULT_ALIASES", None)
    built = _aliases._default_alias_tables()  # builds and writes
    monkeypatch.setattr(_aliases, "_DEFAULT_ALIASES", None)
    read = _aliases._default_alias_tables()  # reads the file back
    assert list((tmp_path / "derived").glob("alias-tables-*.pickle"))
    territories = _aliases._territory_groups_from_babel()  # from babel, not the table
    fresh_aliases = entities.load_aliases() + territories
    fresh_index = _aliases._alias_index(fresh_aliases)
    assert read[0] == built[0] == fresh_aliases
    # the territory groups and the known names' keys are read with the table (issue 16), equal to a fresh build
    assert entities.territory_groups() == territories
    assert _aliases.known_name_keys() == {entities.exact_key(f) for g in fresh_aliases for f in g.forms}
    assert list(read[1].items()) == list(fresh_index.items())
    tokens, tuples = _aliases._alias_phonetics(read[1])
    assert tuples == {entities.phonetic_tokens(f) for g in fresh_aliases for f in g.forms}
    assert tokens == {k for t in tuples for k in t}
