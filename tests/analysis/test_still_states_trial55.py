"""trial55 F1: a place said *still* closed is kept shut in every language with data (text data "still_states"), so it
contradicts a reopening whatever the day ("The motorway was reopened on Monday evening" against «Автомагистраль
по-прежнему закрыта», "该高速公路目前仍处于封闭状态", "Otoyol hâlâ trafiğe kapalı", «ولا يزال الطريق السريع مغلقا» were
shared); "ولا يزال" (and still) negates nothing; a tsunami threat is a warning, shipping on a waterway a service, and
the traffic on a line the line's measure. Number words: teens in es/it/pl, Han numerals in Japanese, and a people
count whose toll closes the clause after who they were ("Dix-neuf personnes se trouvant dans d'autres voitures ont été
blessées") count the injured."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import measure_stance, negated, same_measure_of
from storylens.analysis.quantities import extract_numbers

STILL_CLOSED = [
    ("en", "The motorway is still closed."),
    ("de", "Die Autobahn ist noch immer gesperrt."),
    ("fr", "L'autoroute est toujours fermée."),
    ("es", "La autopista todavía está cerrada."),
    ("es", "La autopista continúa cortada."),
    ("it", "L'autostrada è ancora chiusa."),
    ("pt", "A autoestrada ainda está fechada."),
    ("pl", "Autostrada wciąż jest zamknięta."),
    ("ru", "Автомагистраль по-прежнему закрыта."),
    ("ru", "Трасса всё ещё закрыта."),
    ("uk", "Траса і далі закрита."),
    ("cs", "Dálnice je stále uzavřená."),
    ("nl", "De snelweg is nog steeds afgesloten."),
    ("zh", "该高速公路目前仍处于封闭状态。"),
    ("zh", "截至7日上午，两座机场仍处于关闭状态。"),
    ("ja", "高速道路はまだ閉鎖されている。"),
    ("ko", "고속도로는 여전히 폐쇄된 상태다."),
    ("ar", "ولا يزال الطريق السريع مغلقا."),
    ("ar", "وما زال الطريق مغلقا."),
    ("tr", "Otoyol hâlâ trafiğe kapalı."),
    ("tr", "Otoyol hala kapalı."),
]


@pytest.mark.parametrize(("lang", "text"), STILL_CLOSED)
def test_a_place_still_closed_is_kept_shut(lang, text):
    assert measure_stance(text, lang) == "kept"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The motorway was closed on Monday morning."),
    ("ru", "Полиция закрыла трассу в понедельник утром."),
    ("zh", "警方周一上午封闭了该高速公路。"),
    ("tr", "Polis otoyolu pazartesi sabahı trafiğe kapattı."),
])
def test_a_closing_without_a_still_word_stays_a_closing(lang, text):
    assert measure_stance(text, lang) == "closed"


def test_and_still_in_arabic_negates_nothing():
    assert not negated("ولا يزال الطريق السريع مغلقا.", "ar")
    assert negated("ولم يتم إغلاق الطريق السريع.", "ar")


@pytest.mark.parametrize(("lang", "text", "stance"), [
    ("ru", "Через три часа угроза цунами была снята, сообщили в региональном управлении МЧС.", "lifted"),
    ("pl", "Według rosyjskiego ministerstwa ostrzeżenie wciąż obowiązuje.", "kept"),
    ("en", "A tsunami threat issued after the quake was lifted three hours later.", "lifted"),
    ("ar", "وأشار إلى أن حركة الملاحة استؤنفت بشكل طبيعي فور انتهاء عملية التعويم.", "lifted"),
    ("en", "Two shipping sources said the southbound convoy remained suspended on Tuesday evening.", "kept"),
    ("fr", "La circulation sur la ligne a repris samedi matin, sur une seule voie.", "lifted"),
    ("es", "El sábado por la tarde la línea seguía cortada.", "kept"),
    ("it", "La pista 3 resta chiusa per le verifiche tecniche.", "kept"),
])
def test_warnings_shipping_and_lines(lang, text, stance):
    assert measure_stance(text, lang) == stance


def test_the_traffic_on_a_line_is_the_lines_measure():
    assert same_measure_of("La circulation sur la ligne a repris samedi matin.", "fr",
                           "El sábado por la tarde la línea seguía cortada.", "es")
    # trains on a railway, not on a road
    assert not same_measure_of("Train services were suspended.", "en", "The motorway remains closed.", "en")


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("es", "Diecinueve personas que viajaban en otros coches resultaron heridas.", 19),
    ("es", "Diecinueve de ellos sufrieron heridas leves, según la prefectura francesa.", 19),
    ("es", "Trece personas resultaron heridas.", 13),
    ("it", "Diciannove persone in altre auto sono rimaste ferite.", 19),
    ("it", "Diciassette persone sono rimaste ferite.", 17),
    ("pl", "Dziewiętnaście osób w innych samochodach zostało rannych.", 19),
    ("pl", "Rannych zostało jedenaście osób.", 11),
    ("ja", "他の車に乗っていた十九人がけがをした。", 19),
    ("fr", "Dix-neuf personnes se trouvant dans d'autres voitures ont été blessées.", 19),
    ("en", "Nine people who were travelling in other cars were injured.", 9),
])
def test_number_words_count_the_injured(lang, text, value):
    found = [(q.value, q.unit) for q in extract_numbers(text, lang)]
    assert (value, "injured") in found


def test_a_toll_of_someone_else_at_the_clause_end_is_not_the_counts():
    # the people counted saw; the injured is the driver (a reporting verb between)
    found = [(q.value, q.unit) for q in extract_numbers("Nine people who saw the crash said the driver was injured.", "en")]
    assert (9.0, "injured") not in found


def test_japanese_han_numerals_only_before_what_they_count():
    assert [q.value for q in extract_numbers("十分に注意してください。", "ja")] == []


@pytest.mark.parametrize("text", ["路面修复工作将持续到2024年9月25日。", "路面修复工作将持续到9月25日。", "封锁将延长到9月25日。"])
def test_a_chinese_verb_lasting_to_a_date_dates_a_limit(text):
    # trial55 dates/zh: "持续到2024年9月25日" read as the event's day, so "until 20 September 2024" was shared
    from storylens.analysis.quantities import date_role, extract_dates

    dates = extract_dates(text, published=None, language="zh")
    assert dates and {date_role(text, d, "zh") for d in dates} == {"limit"}


def test_a_chinese_span_from_one_day_to_another_is_no_limit():
    from storylens.analysis.quantities import date_role, extract_dates

    text = "从9月20日到9月25日"
    assert "limit" not in {date_role(text, d, "zh") for d in extract_dates(text, published=None, language="zh")}
