"""False polarity conflicts of new-user trial 17 #3 (Poland's 2023 election told in eight languages): a
negation in a clause of its own beside the shared one, a negated adjective against its privative
antonym, and a deadline ("no later than", «не позднее») read as a denial."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import negated, polarity

_EN_SUCCESS = (('PiS leader Jaroslaw Kaczynski said his party would not give up, calling the result "a success" '
               "despite the loss of its majority."), "en")
_PL_SUCCESS = (("Prezes PiS Jarosław Kaczyński zapowiedział, że jego partia nie odda władzy bez walki i nazwał "
               "wynik „sukcesem”."), "pl")
_PLAIN_SUCCESS = [
    ("Лидер ПиС Ярослав Качиньский назвал результат успехом, несмотря на потерю большинства.", "ru"),
    ("PiS-Chef Jaroslaw Kaczynski sprach trotz des Verlusts der Mehrheit von einem Erfolg.", "de"),
    ('Il leader del PiS Jaroslaw Kaczynski ha parlato di "successo" nonostante la perdita della maggioranza.', "it"),
    ("法律与公正党主席卡钦斯基表示，尽管失去多数席位，但选举结果仍是一次成功。", "zh"),
]


@pytest.mark.parametrize("denial", [_EN_SUCCESS, _PL_SUCCESS])
@pytest.mark.parametrize("plain", _PLAIN_SUCCESS)
def test_a_negation_in_a_clause_of_its_own_denies_nothing_the_other_side_says(denial, plain):
    assert polarity(*denial, *plain) is None
    assert polarity(*plain, *denial) is None


@pytest.mark.parametrize(
    "denial, plain",
    [
        # the plain side's figure is in the negated clause: a contradiction
        (("The dam was not damaged by the 6.8 quake, officials said, calling the town safe.", "en"),
         ("Die Staumauer wurde durch das Beben der Stärke 6,8 beschädigt.", "de")),
        # one clause each: the whole sentence is compared
        (("Kaczynski did not call the result a success.", "en"),
         ("Лидер ПиС Ярослав Качиньский назвал результат успехом.", "ru")),
    ],
)
def test_a_negation_tied_to_the_shared_fact_still_conflicts(denial, plain):
    assert polarity(*denial, *plain) is not None


_IT_NOT_VALID = ("Il referendum tenuto lo stesso giorno non è valido, con un'affluenza del 40,91%.", "it")


@pytest.mark.parametrize(
    "plain",
    [
        ("A referendum held on the same day on migration and retirement age was invalid, with turnout of 40.91%.", "en"),
        ("Referendum przeprowadzone tego samego dnia jest nieważne, bo frekwencja wyniosła 40,91 proc.", "pl"),
        ("Референдум, проведённый в тот же день, признан недействительным: в нём приняли участие лишь 40,91% избирателей.", "ru"),
        ("Das am selben Tag abgehaltene Referendum ist mit einer Beteiligung von 40,91 Prozent ungültig.", "de"),
        ("Le référendum organisé le même jour est invalide, avec une participation de 40,91 %.", "fr"),
    ],
)
def test_a_negated_adjective_agrees_with_its_privative_antonym(plain):
    assert polarity(*_IT_NOT_VALID, *plain) is None
    assert polarity(*plain, *_IT_NOT_VALID) is None


def test_a_negated_adjective_against_the_adjective_still_conflicts():
    assert polarity(*_IT_NOT_VALID, "The referendum held on the same day was valid, with turnout of 40.91%.", "en")


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Новый Сейм должен собраться не позднее 14 ноября.", "ru"),
        ("The new Sejm must convene no later than November 14.", "en"),
        ("Nowy Sejm musi zebrać się nie później niż 14 listopada.", "pl"),
        ("Il nuovo Sejm dovrà riunirsi non oltre il 14 novembre.", "it"),
    ],
)
def test_no_later_than_is_a_deadline_not_a_denial(text, lang):
    assert not negated(text, lang)
    assert polarity(text, lang, "The new Sejm must convene within 30 days of the election, by November 14.", "en") is None


def test_not_late_still_denies():
    assert negated("The new Sejm will not convene later this month.", "en")


@pytest.mark.parametrize(
    "denial, plain",
    [
        (("Police did not find any bodies, saying the search would go on.", "en"),
         ("Die Polizei fand Leichen.", "de")),
        (("Полиция не нашла тел, заявив, что поиски продолжатся.", "ru"), ("Police found bodies.", "en")),
    ],
)
def test_an_attribution_after_the_denial_is_no_clause_of_its_own(denial, plain):
    assert polarity(*denial, *plain) is not None
