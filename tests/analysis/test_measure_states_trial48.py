"""trial48 F14/F6: a measure's place said closed (an act or a state) and said open or undone without a reversal
verb have stances of their own (text data "closing_states", "open_states"), in every language with measure
data; a state's subject cut off by a clause link still names the measure; a keeping said with a noun
("maintient la fermeture") is a continued state and a lifting said with one ("la levée", "reapertura") an
opening. trial48 F18: a date after a limit word ("until Monday", "bis Montag", «до понедельника», "kadar")
is the end of a time limit, compared only with another limit."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import OPEN_STANCES, SHUT_STANCES, measure_stance, polarity
from storylens.analysis.quantities import compare_dated, extract_dates
from storylens.analysis.quantities._date_compare import date_role

CLOSED = [
    ("Lithuania closed its border with Belarus on Wednesday.", "en"),
    ("The border with Poland was closed for repairs.", "en"),
    ("Litauen schloss am Mittwoch seine Grenze zu Belarus.", "de"),
    ("La Lituanie a fermé mercredi sa frontière avec le Bélarus.", "fr"),
    ("Lituania cerró el miércoles su frontera con Bielorrusia.", "es"),
    ("La Lituania ha chiuso mercoledì il confine con la Bielorrussia.", "it"),
    ("A Lituânia fechou na quarta-feira a fronteira com a Bielorrússia.", "pt"),
    ("Litouwen heeft woensdag de grens met Belarus gesloten.", "nl"),
    ("Litwa zamknęła w środę granicę z Białorusią.", "pl"),
    ("Litva ve středu uzavřela hranici s Běloruskem.", "cs"),
    ("Литва в среду закрыла границу с Белоруссией.", "ru"),
    ("Литва в середу закрила кордон з Білоруссю.", "uk"),
    ("Litvanya çarşamba günü Belarus sınırını kapattı.", "tr"),
    ("أغلقت ليتوانيا الحدود مع بيلاروسيا يوم الأربعاء.", "ar"),
    ("立陶宛周三关闭了与白俄罗斯的边境。", "zh"),
    ("リトアニアは水曜日、ベラルーシとの国境を閉鎖した。", "ja"),
    ("리투아니아는 수요일 벨라루스와의 국경을 폐쇄했다.", "ko"),
]
OPEN = [
    ("The border with Poland remains open.", "en"),
    ("The crossings were open again.", "en"),
    ("Die Grenze zu Polen bleibt geöffnet.", "de"),
    ("Die Grenze zu Polen ist wieder offen.", "de"),
    ("La frontière avec la Pologne reste ouverte.", "fr"),
    ("La frontera con Polonia sigue abierta.", "es"),
    ("Il confine con la Polonia resta aperto.", "it"),
    ("A fronteira com a Polónia continua aberta.", "pt"),
    ("De grens met Polen blijft open.", "nl"),
    ("Granica z Polską pozostaje otwarta.", "pl"),
    ("Hranice s Polskem zůstává otevřená.", "cs"),
    ("Граница с Польшей остаётся открытой.", "ru"),
    ("Кордон з Польщею залишається відкритим.", "uk"),
    ("Polonya sınırı açık kalıyor.", "tr"),
    ("تبقى الحدود مع بولندا مفتوحة.", "ar"),
    ("与波兰的边境保持开放。", "zh"),
    ("ポーランドとの国境は開放されたままだ。", "ja"),
    ("폴란드와의 국경은 개방된 상태다.", "ko"),
]
# a keeping said with a noun (a continued state) and a lifting said with one (an opening)
KEPT_NOUNS = [
    ("Le gouvernement maintient la fermeture de la frontière.", "fr"),
    ("El Gobierno mantiene el cierre de la frontera.", "es"),
    ("The government extended the closure of the border.", "en"),
    ("Die Regierung verlängerte die Sperrung der Grenze.", "de"),
    ("Rząd przedłużył zamknięcie granicy.", "pl"),
    ("Власти продлили закрытие границы.", "ru"),
]
OPEN_NOUNS = [
    ("Le gouvernement a annoncé la levée de la fermeture de la frontière.", "fr"),
    ("El Gobierno anunció la reapertura de la frontera.", "es"),
    ("The government announced the reopening of the border.", "en"),
    ("Die Regierung kündigte die Wiedereröffnung der Grenze an.", "de"),
    ("Il governo ha annunciato la riapertura del confine.", "it"),
]


@pytest.mark.parametrize(("text", "lang"), CLOSED)
def test_a_closing_is_a_shut_stance_in_every_language(text: str, lang: str) -> None:
    assert measure_stance(text, lang) == "closed"


@pytest.mark.parametrize(("text", "lang"), OPEN)
def test_an_open_state_is_an_open_stance_in_every_language(text: str, lang: str) -> None:
    assert measure_stance(text, lang) == "open"


@pytest.mark.parametrize(("text", "lang"), KEPT_NOUNS)
def test_keeping_a_closure_said_with_a_noun_is_kept(text: str, lang: str) -> None:
    assert measure_stance(text, lang) == "kept"


@pytest.mark.parametrize(("text", "lang"), OPEN_NOUNS)
def test_lifting_said_with_a_noun_is_an_opening(text: str, lang: str) -> None:
    assert measure_stance(text, lang) in OPEN_STANCES


@pytest.mark.parametrize(("text", "lang", "stance"), [
    ("The border was not closed.", "en", "open"),
    ("Die Grenze ist nicht geöffnet.", "de", "closed"),
    ("La frontière n'a pas été fermée.", "fr", "open"),
    ("Граница не закрыта.", "ru", "open"),
])
def test_a_denied_closing_or_opening_is_the_other(text: str, lang: str, stance: str) -> None:
    assert measure_stance(text, lang) == stance


@pytest.mark.parametrize(("text", "lang", "stance"), [
    # the subject cut off by a clause link stands in the clause before
    ("The minister said the two crossings at Medininkai and Salcininkai would stay closed until further notice.", "en", "kept"),
    ("The minister said the crossings at Medininkai and Salcininkai were open again.", "en", "open"),
    ("Minister powiedział, że przejścia w Miednikach i Soleczkach pozostaną zamknięte do odwołania.", "pl", "kept"),
    # a reversal undoes the closing it names: no two sides
    ("The airport, closed since Monday, reopened on Wednesday.", "en", "lifted"),
    ("Le terminal à conteneurs restera fermé jusqu'à vendredi.", "fr", "kept"),
    ("La terminal de contenedores reabrió el jueves.", "es", "lifted"),
])
def test_stances_across_clauses_and_of_a_terminal(text: str, lang: str, stance: str) -> None:
    assert measure_stance(text, lang) == stance


@pytest.mark.parametrize(("text", "lang"), [
    # no measure named, or another sense of the word
    ("The company closed its factory in Ohio.", "en"),
    ("A bus overturned on the motorway and rescuers reopened the search.", "en"),
    ("Police said the investigation was closed.", "en"),
    ("The village lies close to the border.", "en"),
    # both sides in one sentence: no stance
    ("The road was closed on Monday and the bridge remains open.", "en"),
    ("Is the border open?", "en"),
    # "bleibt offen" is "remains unclear"
    ("Ob jemand einen Böller auf die Straße geworfen hat, bleibt offen.", "de"),
    ("KE proponowała, żeby do zablokowania decyzji wymagana była taka większość.", "pl"),
])
def test_no_stance_without_a_measure_or_with_both_sides(text: str, lang: str) -> None:
    assert measure_stance(text, lang) is None


def test_the_sides() -> None:
    assert set(SHUT_STANCES) == {"kept", "closed"} and set(OPEN_STANCES) == {"lifted", "open"}


@pytest.mark.parametrize(("plain", "lang_p", "denial", "lang_d"), [
    ("The border was closed on Wednesday.", "en", "The border was not reopened on Wednesday.", "en"),
    ("Die Grenze wurde am Mittwoch geschlossen.", "de", "The border was not reopened on Wednesday.", "en"),
])
def test_a_closing_agrees_with_a_denied_reopening(plain: str, lang_p: str, denial: str, lang_d: str) -> None:
    assert polarity(plain, lang_p, denial, lang_d) is None


REFERENCE = "2026-12-02"  # a Wednesday


@pytest.mark.parametrize(("text", "lang"), [
    ("The road would stay closed until Monday, police said.", "en"),
    ("Die Straße bleibt bis Montag gesperrt.", "de"),
    ("La route restera fermée jusqu'à lundi.", "fr"),
    ("La carretera seguirá cerrada hasta el lunes.", "es"),
    ("La strada resterà chiusa fino a lunedì.", "it"),
    ("De weg blijft tot maandag dicht.", "nl"),
    ("Droga pozostanie zamknięta do poniedziałku.", "pl"),
    ("Silnice zůstane uzavřena do pondělí.", "cs"),
    ("Дорога останется перекрытой до понедельника.", "ru"),
    ("Дорога залишиться перекритою до понеділка.", "uk"),
    ("Yol pazartesiye kadar kapalı kalacak.", "tr"),
    ("سيبقى الطريق مغلقا حتى يوم الاثنين.", "ar"),
    ("该路段将封闭至下周一。", "zh"),
])
def test_a_date_after_a_limit_word_is_a_limit(text: str, lang: str) -> None:
    [date] = extract_dates(text, published=REFERENCE, language=lang)
    assert date.date == "2026-12-07" and date_role(text, date, lang) == "limit"


@pytest.mark.parametrize(("text", "lang"), [
    ("The bridge won't reopen until Monday.", "en"),
    ("The bridge would not reopen until Monday.", "en"),
    ("Мост не откроют до понедельника.", "ru"),
    ("Köprü pazartesiye kadar açılmayacak.", "tr"),
])
def test_a_denied_act_until_a_day_dates_the_act(text: str, lang: str) -> None:
    [date] = extract_dates(text, published=REFERENCE, language=lang)
    assert date_role(text, date, lang) == "event"


def _dated(text: str, lang: str) -> tuple:
    return text, extract_dates(text, published=REFERENCE, language=lang), lang


@pytest.mark.parametrize(("a", "lang_a", "b", "lang_b"), [
    ("The road would stay closed until Monday, police said.", "en", "The road was closed on Wednesday after the crash.", "en"),
    ("Die Straße bleibt bis Montag gesperrt.", "de", "The road was closed on Wednesday.", "en"),
    ("La route restera fermée jusqu'à lundi.", "fr", "La carretera fue cerrada el miércoles.", "es"),
    ("Дорога останется перекрытой до понедельника.", "ru", "Droga została zamknięta w środę.", "pl"),
])
def test_a_limit_is_no_conflict_with_the_day_the_measure_began(a: str, lang_a: str, b: str, lang_b: str) -> None:
    assert compare_dated(_dated(a, lang_a), _dated(b, lang_b)) == []


def test_two_limits_still_conflict_and_a_denied_until_is_the_acts_day() -> None:
    assert compare_dated(_dated("The border would stay closed until Monday.", "en"),
                         _dated("Die Grenze bleibt bis Freitag geschlossen.", "de"))
    assert compare_dated(_dated("The bridge would not reopen until Monday.", "en"),
                         _dated("The bridge would reopen on Friday.", "en"))


@pytest.mark.parametrize(("text", "stance"), [
    ("The road was closed to traffic after the crash.", "closed"),
    ("Police will close the bridge on Friday.", "closed"),
    ("The village lies close to the border crossing.", None),
    ("Officials held a closed-door meeting at the airport.", None),
])
def test_close_the_verb_not_the_adjective(text: str, stance: str | None) -> None:
    assert measure_stance(text, "en") == stance
