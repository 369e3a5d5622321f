"""A page's share prompts and picture-credit labels are no stream entity keys in every language that writes them
(review40): open39's ``page_words`` covered en, de, es, fr, it, pl and tr; a Portuguese, Dutch, Czech, Russian or
Ukrainian page's "Compartilhar", "Delen", "Sdílet", "Поделиться", "Поділитися" and "Crédito", "Beeld", "Zdroj"
were still name keys. They come from the text data the cleaner already reads (``furniture`` "share" and
"credit_labels", one word). Texts written for these tests in the manner of the dev texts: a button line, a
body line, a credit line."""

from __future__ import annotations

import pytest

from storylens.cluster import entity_keys
from storylens.text import LANGUAGES, page_words, profile


@pytest.mark.parametrize(("text", "language", "gone", "kept"), [
    (("Lula visita Manaus Atualizado em 03/01/2020 Compartilhar O presidente Luiz Inácio Lula visitou Manaus nesta "
     "segunda-feira e falou com os moradores. Crédito: Agência Brasil"), "pt",
     {"compartilhar", "credito"}, {"lula", "manaus"}),
    (("Schoof in Rotterdam Bijgewerkt 03-01-2020 Delen Premier Dick Schoof bezocht maandag de haven van Rotterdam "
     "en sprak met de havenbaas. Beeld: ANP"), "nl", {"delen", "beeld"}, {"schoof", "rotterdam"}),
    (("Fiala v Ostravě 3. 1. 2020 Sdílet Premiér Petr Fiala v pondělí navštívil Ostravu a jednal se starostou "
     "města. Zdroj: ČTK"), "cs", {"sdilet", "zdroj"}, {"fiala", "@ostrava"}),  # "Ostravu": the city's key (stop 47)
    (("Минниханов в Елабуге Обновлено 03.01.2020 Поделиться Глава региона Рустам Минниханов в понедельник посетил "
     "новый завод в Елабуге и встретился с рабочими. Фото: ТАСС"), "ru",
     {"podelit'sya", "foto"}, {"minnikhanov", "elabuge"}),
    (("Кличко на Оболоні Оновлено 03.01.2020 Поділитися Мер міста Віталій Кличко у понеділок відвідав нову школу "
     "на Оболоні і поговорив з учнями. Фото: Укрінформ"), "uk", {"podilitisya", "foto"},
     {"klichko", "oboloni"}),
])
def test_share_prompts_and_credit_labels_are_no_keys(text, language, gone, kept):
    keys = entity_keys(text, language)
    assert not gone & keys, gone & keys
    assert kept <= keys, kept - keys


def test_every_cased_languages_one_word_share_prompt_is_a_page_word():
    for lang in LANGUAGES:
        prompts = {w.casefold() for w in profile(lang).share_prompts if " " not in w}
        assert prompts <= page_words(lang), (lang, prompts - page_words(lang))
    # the networks of a share bar are names a story may be about: not page words
    assert "facebook" not in page_words("en") and "twitter" not in page_words("en")
