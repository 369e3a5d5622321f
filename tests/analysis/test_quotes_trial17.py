"""Quotation kinds of new-user trial 17 (Poland's 2023 election in eight languages): party names in
«…» / “…” were quotations with invented speakers (#7: "ГИК" said «Гражданская коалиция»), and Russian
unmarked speech before ", — сказал X" gave no quotation at all (#8)."""

from __future__ import annotations

import pytest

from storylens.analysis.quotes import extract_quotes

from ._docs import doc_of


@pytest.mark.parametrize(
    "lines, lang",
    [
        ([("Правящая партия «Право и справедливость» (ПиС) получила 35,38% голосов, "
           "оппозиционная «Гражданская коалиция» (ГК) — 30,70%, сообщила ГИК.")], "ru"),
        (["Коалиция «Третий путь» набрала 14,40%, «Левые» — 8,61%.", "«Конфедерация» исключила коалицию с ПиС."], "ru"),
        (["“第三条道路”联盟获得14.40%的选票，左翼联盟获得8.61%的选票。"], "zh"),
    ],
)
def test_a_short_quoted_name_is_no_quotation(lines, lang):
    assert extract_quotes([doc_of("d1", lines, lang)]) == []


@pytest.mark.parametrize(
    "lines, lang, text, speaker",
    [
        (["«Мы победили», — заявил Туск своим сторонникам."], "ru", "Мы победили", "Туск"),
        (["图斯克说：“这是坏时代的结束。”"], "zh", "这是坏时代的结束。", "图斯克"),
    ],
)
def test_a_short_quotation_with_its_attribution_stays(lines, lang, text, speaker):
    (quote,) = extract_quotes([doc_of("d1", lines, lang)])
    assert (quote.text, quote.speaker) == (text, speaker)


@pytest.mark.parametrize(
    "lines, lang, text, speaker",
    [
        (["Лидер ПиС признал поражение.",
          "Партия будет бороться за власть, — сказал Качиньский журналистам в штаб-квартире ПиС."],
         "ru", "Партия будет бороться за власть", "Качиньский"),
        (["Туск поблагодарил избирателей.",
          "Мы сформируем правительство в ближайшие недели, – заявил Дональд Туск в Варшаве."],
         "ru", "Мы сформируем правительство в ближайшие недели", "Дональд Туск"),
    ],
)
def test_unmarked_speech_before_a_dash_attribution_is_a_quotation(lines, lang, text, speaker):
    (quote,) = extract_quotes([doc_of("d1", lines, lang)])
    assert (quote.text, quote.speaker) == (text, speaker)


def test_a_dash_without_a_verb_of_saying_is_no_speech():
    doc = doc_of("d1", ["Три оппозиционные силы получили 248 мандатов, — это больше, чем нужно."], "ru")
    assert extract_quotes([doc]) == []


def test_polish_unmarked_speech_stays_no_quotation():
    # the quote gold's rule 1: PAP's unmarked paragraphs ending "- powiedział" are not quotations
    doc = doc_of("d1", ["Nie oddamy władzy bez walki - powiedział Jarosław Kaczyński dziennikarzom."], "pl")
    assert extract_quotes([doc]) == []


@pytest.mark.parametrize(("line", "lang"), [
    ("Лидер партии «Право и справедливость» Ярослав Качиньский заявил, что его фракция поддержит проект.", "ru"),
    ("Лидер партии «Новые люди» Алексей Нечаев заявил, что партия не поддержит бюджет.", "ru"),
    ("Lider partii „Nowa Lewica” Włodzimierz Czarzasty powiedział, że poprze projekt.", "pl"),
])
def test_a_party_name_before_its_leaders_name_is_no_quotation(line, lang):
    # final31 #6: a verb of saying later in the sentence made the party's name its leader's quotation
    assert extract_quotes([doc_of("d1", [line], lang)]) == []


def test_a_quotation_before_a_one_word_speaker_stays_one():
    (quote,) = extract_quotes([doc_of("d1", ["«Это большой успех» Туск повторил дважды."], "ru")])
    assert quote.text == "Это большой успех"
