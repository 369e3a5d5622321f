"""Generic institution nouns and their abbreviations are one entity across languages (trial 9: "ЦБ",
"Центробанк", "Notenbank", "central bank", "Banco Central", "央行" in reports of a New Zealand rate
cut were six entities), from text/data "institution_nouns"; two countries' central banks, named
with their countries, never join (a Czech rate hike beside the New Zealand cut)."""

from __future__ import annotations

from storylens.analysis.entities import EntityExtractor

from ._docs import doc_of

NZ = {
    "en": ["New Zealand's central bank cut its official cash rate by 50 basis points to 3.0 percent on Wednesday.",
           "The central bank said inflation was back within its target range."],
    "de": ["Die Notenbank in Wellington senkte den Leitzins am Mittwoch um 50 Basispunkte auf 3,0 Prozent.",
           "Die Zentralbank begründete den Schritt mit der schwachen Konjunktur."],
    "es": ["El Banco Central de Nueva Zelanda recortó el miércoles su tasa oficial en 50 puntos básicos, hasta el 3,0 %.",
           "El banco central dijo que la inflación volvió a su rango meta."],
    "ru": ["ЦБ Новой Зеландии в среду снизил ключевую ставку на 50 базисных пунктов, до 3,0%.",
           "Центробанк заявил, что инфляция вернулась в целевой диапазон."],
    "zh": ["新西兰央行周三将官方现金利率下调50个基点至3.0%。", "央行表示，通胀已回到目标区间。"],
}
CZ = {
    "en": ["The central bank of Czechia raised its main rate by 25 basis points to 4.25 percent on Thursday."],
    "ru": ["ЦБ Чехии в четверг повысил основную ставку на 25 базисных пунктов."],
    "fr": ["La banque centrale tchèque a relevé jeudi son taux directeur de 25 points de base."],
}


def _docs(stories):
    return [doc_of(f"d{i}", sentences, lang)
            for i, (lang, sentences) in enumerate(((lg, s) for story in stories for lg, s in story.items()), start=1)]


def _banks(entities):
    return [e for e in entities if any(m.text in {"Notenbank", "Центробанк", "央行", "central bank"} or "ЦБ" in m.text
                                       or "anco" in m.text or "anque" in m.text for m in e.mentions)]


def test_one_central_bank_across_five_languages():
    entities = EntityExtractor().extract(_docs([NZ]))
    [bank] = _banks(entities)
    assert bank.type == "ORG"
    assert {m.doc for m in bank.mentions} == {"d1", "d2", "d3", "d4", "d5"}
    assert {"Notenbank", "Zentralbank", "Центробанк", "央行", "ЦБ Новой Зеландии", "banco central"} <= {m.text for m in bank.mentions}
    # the country named with it stays a place of its own
    [nz] = [e for e in entities if e.name == "New Zealand"]
    assert {"Nueva Zelanda", "Новой Зеландии", "新西兰"} <= {m.text for m in nz.mentions} and nz.type == "PLACE"


def test_two_countries_central_banks_never_join():
    entities = EntityExtractor().extract(_docs([NZ, CZ]))
    banks = _banks(entities)
    by_text = {m.text: e.name for e in banks for m in e.mentions}
    assert by_text["ЦБ Новой Зеландии"] == by_text["新西兰央行"] == by_text["Banco Central de Nueva Zelanda"]
    assert by_text["ЦБ Чехии"] == by_text["central bank of Czechia"]
    assert by_text["ЦБ Чехии"] != by_text["ЦБ Новой Зеландии"]
    # a bare "central bank" cannot say which of the two it is: it joins neither
    assert by_text["Notenbank"] not in {by_text["ЦБ Чехии"], by_text["ЦБ Новой Зеландии"]}
