"""Numbers of a multilingual news corpus (new-user trial: a mine collapse near Copiapó told by
EFE/AFP/AP in nine languages, a New Zealand rate cut, a Czech rate hike): unit nouns in every
language, pesos and other currencies named in words, dollars with a country prefix, ranges, Turkish
clock times and vote words that are whole words."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import compare_numbers, extract_numbers, extract_times, unit_key

_EN = "Fourteen miners were trapped after the collapse near Copiapó, the company said."


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Copiapó yakınlarındaki göçükte 17 madenci mahsur kaldı.", "tr"),
        ("Copiapó yakınlarındaki göçükte 17 maden işçisi mahsur kaldı.", "tr"),
        ("17 mineros quedaron atrapados tras el derrumbe cerca de Copiapó.", "es"),
        ("17 minatori sono rimasti intrappolati dopo il crollo vicino a Copiapó.", "it"),
        ("17 mineurs sont bloqués au fond après l'effondrement près de Copiapó.", "fr"),
        ("Nach dem Einsturz bei Copiapó sind 17 Bergleute eingeschlossen.", "de"),
        ("После обрушения под Копьяпо 17 шахтёров оказались под завалами.", "ru"),
        ("17 górników zostało uwięzionych po zawaleniu się kopalni.", "pl"),
        ("حوصر 17 عامل منجم بعد انهيار قرب كوبيابو.", "ar"),
        ("科皮亚波附近矿井坍塌，17名矿工被困。", "zh"),
    ],
)
def test_miners_in_every_language_are_compared(text, lang):
    """A count of trapped miners in any language is one unit: 14 against 17 is a conflict (the trapped, a counted
    event since num52: break50 P5's 58 trapped miners stood against 42 rescued as "miner: 58 vs 42")."""
    found = compare_numbers(extract_numbers(_EN, "en"), extract_numbers(text, lang))
    assert found == ["trapped: 14 vs 17"]


@pytest.mark.parametrize(
    "a, lang_a, b, lang_b",
    [
        ("Three workers were injured.", "en", "Tres trabajadores resultaron heridos.", "es"),
        ("200 houses were damaged.", "en", "200 Häuser wurden beschädigt.", "de"),
        ("Five children were rescued.", "en", "5 enfants ont été secourus.", "fr"),
        ("12 soldiers", "en", "12 жандармов и 12 военнослужащих", "ru"),
    ],
)
def test_same_count_in_two_languages_is_no_conflict(a, lang_a, b, lang_b):
    assert compare_numbers(extract_numbers(a, lang_a), extract_numbers(b, lang_b)) == []


def test_unit_nouns_share_one_key_across_languages():
    keys = {unit_key(q.unit) for t, lang in [("120 soldiers", "en"), ("120 soldados", "es"), ("120 Soldaten", "de"),
                                              ("120 żołnierzy", "pl"), ("120 asker", "tr")]
            for q in extract_numbers(t, lang)}
    assert keys == {"soldier"}


@pytest.mark.parametrize(
    "text, lang, code",
    [
        ("La empresa deberá pagar 2.000 millones de pesos en indemnizaciones.", "es", "PESO"),
        ("L'azienda pagherà 30 milioni di pesos di risarcimento.", "it", "PESO"),
        ("The Reserve Bank's package is worth NZ$5 billion.", "en", "NZD"),
        ("Canberra pledged A$3 million.", "en", "AUD"),
        ("Ottawa pledged C$2 million.", "en", "CAD"),
        ("The deal is worth HK$10 million.", "en", "HKD"),
        ("وقدرت الخسائر بنحو 300 مليون ريال.", "ar", "RIYAL"),
        ("وبلغت الغرامة 200 ألف جنيه.", "ar", "EGP"),
        ("Grzywna wynosi 500 złotych.", "pl", "PLN"),
        ("Компания выплатит 1000 рублей.", "ru", "RUB"),
        ("Şirket 5 milyon lira ödeyecek.", "tr", "TRY"),
        ("公司将赔偿100万元人民币。", "zh", "CNY"),
    ],
)
def test_currencies_named_in_words_or_symbols_are_money(text, lang, code):
    money = [q for q in extract_numbers(text, lang) if q.kind == "money"]
    assert [q.unit for q in money] == [code]


def test_new_zealand_dollars_are_not_us_dollars():
    nz = extract_numbers("The government set aside NZ$5 million for the rescue.", "en")
    us = extract_numbers("The government set aside $5 million for the rescue.", "en")
    assert compare_numbers(nz, us) == []  # two currencies: not the same figure, no conflict either
    assert unit_key(nz[0].unit) != unit_key(us[0].unit)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Rescuers said it would take 48–72 hours to reach the miners.", "en"),
        ("Rescuers said it would take 48 to 72 hours to reach the miners.", "en"),
        ("Los rescatistas necesitarán entre 48 y 72 horas para llegar a los mineros.", "es"),
        ("Ai soccorritori serviranno tra 48 e 72 ore.", "it"),
        ("Die Bergung wird 48 bis 72 Stunden dauern.", "de"),
        ("Спасателям потребуется от 48 до 72 часов.", "ru"),
        ("وقال رجال الإنقاذ إنهم يحتاجون بين 48 و72 ساعة للوصول إلى العمال.", "ar"),
        ("Kurtarma çalışmalarının 48-72 saat sürmesi bekleniyor.", "tr"),
    ],
)
def test_a_range_is_one_figure(text, lang):
    found = extract_numbers(text, lang)
    assert [(q.low, q.high, q.vague) for q in found] == [(48, 72, True)]
    assert compare_numbers(found, extract_numbers("It will take 60 hours.", "en")) == []


@pytest.mark.parametrize("text, lang", [("The death toll rose from 48 to 72 on Tuesday.", "en"),
                                        ("El número de muertos subió de 48 a 72.", "es"),
                                        ("وارتفع عدد القتلى من 48 إلى 72", "ar")])
def test_change_from_to_is_two_values_not_a_range(text, lang):
    assert [q.value for q in extract_numbers(text, lang)] == [48, 72]


@pytest.mark.parametrize(
    "text",
    ["Göçük 03.40 sularında meydana geldi.", "Göçük saat 03.40'ta meydana geldi.", "Göçük gece 03.40 sıralarında oldu.",
     "Göçük gece 03.40'ta meydana geldi."],
)
def test_turkish_clock_times_are_times(text):
    assert [q.value for q in extract_numbers(text, "tr")] == []
    assert [t.value for t in extract_times(text, "tr")] == [220]


def test_vote_word_at_word_start_only():
    """Turkish "oy" (vote) inside "boyunca" (during) made "3-2" a tally."""
    text = "Madenciler 17 saat boyunca bekledi; maç 3-2 bitti."
    assert all(q.unit != "vote" for q in extract_numbers(text, "tr"))
    assert [q.unit for q in extract_numbers("Meclis tasarıyı 5-2 oyla kabul etti.", "tr")] == ["vote"]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The company estimates the damage at about $2.7 million.", "en"),
        ("La empresa calcula los daños en unos 2,7 millones de pesos.", "es"),
        ("L'azienda stima i danni in circa 2,7 milioni di euro.", "it"),
        ("Ущерб оценивается примерно в 2,7 млн рублей.", "ru"),
        ("Ущерб составил около 2,7 млн рублей.", "ru"),
        ("Hasarın yaklaşık olarak 2,7 milyon lira olduğu tahmin ediliyor.", "tr"),
        ("Die Schäden werden auf schätzungsweise 2,7 Millionen Euro beziffert.", "de"),
        ("Les dégâts sont estimés aux alentours de 2,7 millions d'euros.", "fr"),
    ],
)
def test_an_approximator_before_an_amount_with_a_scale_word_is_approximate(text, lang):
    (amount,) = extract_numbers(text, lang)
    assert amount.value == 2_700_000 and amount.vague and amount.low < amount.value < amount.high
    exact = extract_numbers("The damage is 2.9 million.", "en")
    assert compare_numbers([amount], exact) == []


@pytest.mark.parametrize("text, lang", [("La banca centrale ha alzato il tasso all'1,5%.", "it"),
                                        ("La banque centrale a relevé son taux à l'1,5 %.", "fr"),
                                        ("Il tasso è salito dell’1,5%.", "it")])
def test_a_percentage_after_an_elided_article_is_read(text, lang):
    assert [(q.value, q.unit) for q in extract_numbers(text, lang)] == [(1.5, "%")]


@pytest.mark.parametrize("text, value", [("Enflasyon yüzde 3.40'ta kaldı.", 3.4), ("Faiz yüzde 3,40'ta sabit kaldı.", 3.4)])
def test_a_turkish_percentage_with_a_case_ending_is_no_time(text, value):
    assert extract_times(text, "tr") == ()
    assert [(q.value, q.unit) for q in extract_numbers(text, "tr")] == [(value, "%")]


@pytest.mark.parametrize("text, lang", [("Murieron 17 mineros en el derrumbe.", "es"),
                                        ("Nel crollo sono morti 17 minatori.", "it"),
                                        ("Погибли 17 шахтёров.", "ru"),
                                        ("Çökmede 17 madenci hayatını kaybetti.", "tr")])
def test_a_toll_word_before_miners_counts_the_dead(text, lang):
    """"14 miners died" counts the dead; so does "Murieron 17 mineros" (it was "mineros", never compared)."""
    found = compare_numbers(extract_numbers("14 miners died in the collapse.", "en"), extract_numbers(text, lang))
    assert found == ["killed: 14 vs 17"]
