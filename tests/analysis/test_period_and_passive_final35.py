"""New-user check final35 F3a/F3b: a percentage "from <previous month>" is month on month in every data
language (month names from babel), and a negated passive in a clause of its own ("nebyl zadržen a policie
po něm stále pátrá") still denies the plain passive of another language ("was arrested")."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import polarity
from storylens.analysis.quantities import extract_numbers

_MONTH_ON_MONTH = [
    ("Consumer prices rose 0.4% in November from October, the statistics office said.", "en"),
    ("Die Verbraucherpreise stiegen im November gegenüber Oktober um 0,4 Prozent.", "de"),
    ("Los precios subieron un 0,4% en noviembre respecto a octubre.", "es"),
    ("Les prix ont augmenté de 0,4 % en novembre par rapport à octobre.", "fr"),
    ("I prezzi sono saliti dello 0,4% a novembre rispetto a ottobre.", "it"),
    ("Os preços subiram 0,4% em novembro em relação a outubro.", "pt"),
    ("De prijzen stegen in november met 0,4 procent ten opzichte van oktober.", "nl"),
    ("Потребительские цены в ноябре выросли на 0,4% по сравнению с октябрём.", "ru"),
    ("Споживчі ціни в листопаді зросли на 0,4% порівняно з жовтнем.", "uk"),
    ("Ceny w listopadzie wzrosły o 0,4 proc. w porównaniu z październikiem.", "pl"),
    ("Spotřebitelské ceny v listopadu vzrostly o 0,4 % oproti říjnu.", "cs"),
    ("Tüketici fiyatları kasımda ekim ayına göre yüzde 0,4 arttı.", "tr"),
    ("11月份居民消费价格比10月上涨0.4%。", "zh"),
    ("11月の消費者物価は10月比0.4%上昇した。", "ja"),
    ("11월 소비자물가는 10월 대비 0.4% 올랐다.", "ko"),
]

_NOT_MONTH_ON_MONTH = [
    ("Inflation slowed to 3.1% in November from October's 3.3%.", "en"),  # a before-value, no period
    ("Prices rose 3.1% in November from November last year.", "en"),
    ("Die Krone verlor 1,2 Prozent gegenüber dem Euro.", "de"),
    ("Цены выросли на 3,1% по сравнению с ноябрём прошлого года.", "ru"),
    ("Los precios subieron un 3,1% respecto a noviembre del año pasado.", "es"),
    ("11月CPI同比上涨3.1%，与10月持平。", "zh"),  # the year-on-year rate, as high as October's
]


def _percent_measures(text: str, lang: str) -> list[str | None]:
    return [q.measure for q in extract_numbers(text, lang) if q.unit == "%"]


@pytest.mark.parametrize(("text", "lang"), _MONTH_ON_MONTH)
def test_a_percentage_against_the_previous_month_is_month_on_month(text, lang):
    measures = _percent_measures(text, lang)
    assert measures and all(m is not None and "month on month" in m for m in measures)


@pytest.mark.parametrize(("text", "lang"), _NOT_MONTH_ON_MONTH)
def test_a_month_of_another_year_or_a_before_value_is_no_month_on_month(text, lang):
    assert not any(m and "month on month" in m for m in _percent_measures(text, lang))


_NEGATED_PASSIVE = [
    ("Útočník nebyl zadržen a policie po něm stále pátrá.", "cs", "The attacker was arrested at the scene, police said.", "en"),
    ("Sprawca nie został zatrzymany, a policja nadal go szuka.", "pl", "The attacker was arrested at the scene.", "en"),
    ("Нападавший не был задержан, и полиция продолжает его искать.", "ru", "El atacante fue detenido en el lugar.", "es"),
    ("Нападник не був затриманий, і поліція його шукає.", "uk", "Der Angreifer wurde am Tatort festgenommen.", "de"),
    ("The attacker was not arrested and police are still looking for him.", "en", "Útočník byl zadržen na místě.", "cs"),
    ("Il sospettato non è stato arrestato e la polizia lo cerca ancora.", "it", "The suspect was arrested on Tuesday.", "en"),
]


@pytest.mark.parametrize(("denial", "denial_lang", "plain", "plain_lang"), _NEGATED_PASSIVE)
def test_a_negated_passive_in_a_clause_of_its_own_denies_the_plain_passive(denial, denial_lang, plain, plain_lang):
    assert polarity(denial, denial_lang, plain, plain_lang) == (0, True, False)
    assert polarity(plain, plain_lang, denial, denial_lang) == (0, False, True)


@pytest.mark.parametrize(("denial", "denial_lang", "plain", "plain_lang"), [
    ("Útočník nebyl zadržen a policie po něm stále pátrá.", "cs", "Police are still searching for the attacker.", "en"),
    ("Police are still searching for him, and the attacker was not identified.", "en", "Policie po něm stále pátrá.", "cs"),
])
def test_a_plain_side_without_the_passive_states_the_affirmed_clause(denial, denial_lang, plain, plain_lang):
    assert polarity(denial, denial_lang, plain, plain_lang) is None


@pytest.mark.parametrize(("text", "lang"), [
    ("El banco central elevó el miércoles su tipo de interés de referencia al 5,25%, desde el 4,75% anterior.", "es"),
    ("O banco central elevou a taxa para 5,25%, ante 4,75% anteriormente.", "pt"),
    ("Centrální banka zvýšila sazbu na 5,25 % z 4,75 %.", "cs"),
    ("The central bank raised its key rate to 5.25%, up from 4.75%.", "en"),
])
def test_the_rate_before_the_change_is_a_former_value(text, lang):
    from storylens.analysis.conflicts import filter_numbers

    kinds = filter_numbers(text, [q for q in extract_numbers(text, lang) if q.unit == "%"], lang)
    assert [q.value for q in kinds["count"]] == [5.25] and [q.value for q in kinds["previous"]] == [4.75]


@pytest.mark.parametrize(("text", "lang"), [
    ("Ozbrojený muž v úterý zabil na tržišti ve městě Dravenk 12 lidí, uvedla policie.", "cs"),
    ("Napastnik zabił na targu w Dravenku 12 osób.", "pl"),
    ("Стрелок убил на рынке в Дравенке 12 человек.", "ru"),
    ("Der Schütze tötete in Dravenk 12 Menschen.", "de"),
])
def test_a_toll_verb_before_a_place_phrase_counts_the_dead(text, lang):
    assert [q.unit for q in extract_numbers(text, lang) if q.value == 12] == ["killed"]


@pytest.mark.parametrize(("text", "lang", "unit"), [
    ("Povodně zasáhly v pondělí na jihu země 12 obcí.", "cs", "obcí"),
    # the arrest verb reads the people it counts as arrested (trial53 F1), still no dead
    ("Policie zadržela na místě 3 lidi.", "cs", "arrested"),
])
def test_a_place_phrase_after_another_verb_counts_no_dead(text, lang, unit):
    assert [q.unit for q in extract_numbers(text, lang)] == [unit]
