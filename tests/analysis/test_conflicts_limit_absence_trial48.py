"""Two false polarity conflicts of new-user trial 48 (F2, F3, F4), each a kind across languages.

"Not until/before <an event>" is a time limit, as "not until <a time>" is (trial47 F2): ru «не откроют до
понедельника, пока специалисты не проверят опоры» (the «пока … не» clause's subject between the two), «до
проверки опор», ar «لن يفتح قبل فحص سطح الطريق», pl "przed sprawdzeniem", tr "kontrol edilmeden açılmayacak", nl
"voordat", cs "dokud … ne-", pt "antes da inspeção", ja "点検するまで … ない" read as denials against "would
reopen on Monday after engineers inspect its supports". The forms are data (text/data "until_clauses"): a
conjunction of time, or a preposition before a noun of a check or an end ("проверки", "فحص", "zakończenia").

A negation of one thing's existence in a clause of its own («отменены 40 рейсов, пострадавших нет», "…, no
injuries", "Verletzte gab es nicht", «لا إصابات») denies that thing, not the other clause (text/data
"absence_negation"): it conflicts with a side that states the thing ("two people were injured"), not with
one that states only the other clause."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import measure_stance, negated, polarity

_OPEN = "The bridge would reopen on Monday after engineers inspect its supports."


@pytest.mark.parametrize(("text", "lang"), [
    ("Демешин заявил, что мост не откроют до понедельника, пока специалисты не проверят опоры.", "ru"),
    ("Демешин заявил, что мост не откроют, пока инженеры не проверят опоры.", "ru"),
    ("Мост не откроют до проверки опор инженерами, то есть до понедельника.", "ru"),
    ("Мост не откроют до завершения проверки.", "ru"),
    ("Мост не откроют до того, как инженеры проверят опоры.", "ru"),
    ("Мост не откроют, прежде чем инженеры проверят опоры.", "ru"),
    ("Міст не відкриють до понеділка, поки інженери не перевірять опори.", "uk"),
    ("Міст не відкриють до перевірки опор.", "uk"),
    ("Most nie zostanie otwarty przed sprawdzeniem podpór.", "pl"),
    ("Most nie zostanie otwarty do czasu zakończenia kontroli.", "pl"),
    ("قال الوزير إن هذا الجزء من الطريق لن يفتح قبل فحص سطح الطريق، مضيفا أن المرور سيحول.", "ar"),
    ("لن يفتح الجسر إلا بعد الانتهاء من فحص الدعامات.", "ar"),
    ("Köprü, kontrol edilmeden açılmayacak.", "tr"),
    ("De brug gaat niet open voordat ingenieurs de pijlers hebben gecontroleerd.", "nl"),
    ("De brug gaat niet open vóór de inspectie van de pijlers.", "nl"),
    ("Most nebude otevřen, dokud inženýři nezkontrolují pilíře.", "cs"),
    ("Most nebude otevřen před kontrolou pilířů.", "cs"),
    ("A ponte não será reaberta antes da inspeção dos pilares.", "pt"),
    ("A ponte não será reaberta até que os engenheiros inspecionem os pilares.", "pt"),
    ("技術者が橋脚を点検するまで橋は再開されない。", "ja"),
])
def test_not_before_an_event_is_a_time_limit(text, lang):
    assert not negated(text, lang)
    assert polarity(text, lang, _OPEN, "en") is None
    assert polarity(_OPEN, "en", text, lang) is None


@pytest.mark.parametrize(("text", "lang"), [
    # "до" / "do" / "przed" before a place, a court, an event that did not happen: still denials
    ("Дело не дошло до столкновения.", "ru"),
    ("Автобус не доехал до Москвы.", "ru"),
    ("Справа не дійшла до зіткнення.", "uk"),
    ("Nie doszło do porozumienia.", "pl"),
    ("Minister nie wystąpił przed zgromadzeniem.", "pl"),
    ("De minister verscheen niet voor de commissie.", "nl"),
    ("Hij werkte niet voor de inspectie.", "nl"),
    ("O ônibus não chegou até a estação.", "pt"),
    ("لن يشارك الحزب في الانتخابات.", "ar"),
    ("Köprü açılmayacak.", "tr"),
    ("Никто не пострадал до прибытия спасателей.", "ru"),
])
def test_other_denials_still_deny(text, lang):
    assert negated(text, lang)


_FLIGHTS = "A cable fire forced the cancellation of 40 flights on Wednesday, the airport said."


@pytest.mark.parametrize(("text", "lang"), [
    ("Из-за возгорания кабеля в среду отменены 40 рейсов, пострадавших нет, сообщили в аэропорту.", "ru"),
    ("В среду отменены 40 рейсов, жертв нет.", "ru"),
    ("У середу скасовано 40 рейсів, постраждалих немає.", "uk"),
    ("Odwołano 40 lotów w środę, nikt nie został ranny.", "pl"),
    ("Odwołano 40 lotów w środę, rannych nie ma.", "pl"),
    ("40 Flüge wurden am Mittwoch gestrichen, Verletzte gab es nicht.", "de"),
    ("40 Flüge wurden am Mittwoch gestrichen, verletzt wurde niemand.", "de"),
    ("40 vols ont été annulés mercredi, il n'y a pas eu de blessés.", "fr"),
    ("Se cancelaron 40 vuelos el miércoles, no hubo heridos.", "es"),
    ("Cancellati 40 voli mercoledì, non ci sono feriti.", "it"),
    ("Çarşamba günü 40 sefer iptal edildi, yaralanan olmadı.", "tr"),
    ("لا إصابات في الحادث، وألغيت 40 رحلة.", "ar"),
    ("Forty flights were cancelled on Wednesday, with no injuries reported.", "en"),
])
def test_an_absence_beside_another_clause_denies_only_that_thing(text, lang):
    assert polarity(text, lang, _FLIGHTS, "en") is None
    assert polarity(_FLIGHTS, "en", text, lang) is None


@pytest.mark.parametrize(("denial", "lang_a", "plain", "lang_b"), [
    # the thing denied is stated: a conflict
    ("В среду отменены 40 рейсов, пострадавших нет.", "ru", "Forty flights were cancelled on Wednesday and two people were injured.", "en"),
    ("Forty flights were cancelled on Wednesday, no one was injured.", "en", "40 Flüge wurden am Mittwoch gestrichen, zwei Menschen wurden verletzt.", "de"),
    ("Odwołano 40 lotów, nikt nie został ranny.", "pl", "Odwołano 40 lotów, dwie osoby zostały ranne.", "pl"),
    ("There were no survivors, the coast guard said on Tuesday.", "en", "Rescuers found 12 survivors, the coast guard said on Tuesday.", "en"),
    # a verb's negation is no absence
    ("The 13 protesters, police said, were not arrested.", "en", "Police said 13 protesters were released.", "en"),
    ("Министр не подал в отставку, сообщил его пресс-секретарь.", "ru", "The minister resigned, his spokesman said.", "en"),
])
def test_other_denials_still_conflict(denial, lang_a, plain, lang_b):
    assert polarity(denial, lang_a, plain, lang_b) is not None


def test_a_measure_lifted_beside_an_absence_is_lifted():
    # «отменены» (cancelled) with «пострадавших нет» beside it: the flights' cancellation, not a measure kept
    assert measure_stance("В среду отменены 40 рейсов, пострадавших нет, сообщили в аэропорту.", "ru") == \
        measure_stance("В среду отменены 40 рейсов, сообщили в аэропорту.", "ru")
