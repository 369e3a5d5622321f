""""Flights will not resume until Monday" is a time limit, not a denial, in every language we ingest (new-user
trial 47 F2): ru «не … до понедельника», pl "nie … przed poniedziałkiem" / "do poniedziałku", cs "až do pondělí" /
"ne dříve než", pt "não … até segunda-feira" / "antes de", nl "niet voor maandag" / "niet … tot", uk «не … до
понеділка», ja "月曜日まで再開されない", ko "월요일까지 재개되지 않는다", ar «لن … قبل», tr "pazartesiye kadar … -meyecek" (a noun's dative) read as denials, so each against
"Flights resume on Monday" was a false polarity conflict. The forms are data (text/data "until_clauses"); the
word after the preposition must name a time (a weekday, a month, a date, "evening", "the end"), so "did not get
to Moscow" or "nie stanął przed sądem" stays a denial, and a negation of existence ("nobody", «никто») stays."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import negated, polarity_conflict

_EN = "Flights resume on Monday."


@pytest.mark.parametrize(("text", "lang"), [
    ("Полеты не возобновятся до понедельника.", "ru"),
    ("Власти не подтверждали число погибших вплоть до вечера пятницы.", "ru"),
    ("Мост не откроют раньше 15 марта, сообщили власти.", "ru"),
    ("Loty nie zostaną wznowione przed poniedziałkiem.", "pl"),
    ("Loty nie zostaną wznowione do poniedziałku.", "pl"),
    ("Władze nie podały liczby ofiar aż do piątkowego wieczoru.", "pl"),
    ("Lety nebudou obnoveny až do pondělí.", "cs"),
    ("Lety nebudou obnoveny dříve než v pondělí.", "cs"),
    ("Lety budou obnoveny ne dříve než v pondělí.", "cs"),
    ("Úřady nezveřejnily počet obětí až do pátečního večera.", "cs"),
    ("Os voos não serão retomados até segunda-feira.", "pt"),
    ("Os voos não serão retomados antes de segunda-feira.", "pt"),
    ("As autoridades não confirmaram o número de mortos até a noite de sexta-feira.", "pt"),
    ("De vluchten worden niet voor maandag hervat.", "nl"),
    ("De vluchten worden niet hervat tot maandag.", "nl"),
    ("De autoriteiten maakten het dodental niet bekend tot vrijdagavond.", "nl"),
    ("Рейси не відновляться до понеділка.", "uk"),
    ("Влада не підтверджувала кількість загиблих аж до вечора п'ятниці.", "uk"),
    ("لن تستأنف الرحلات قبل يوم الاثنين.", "ar"),
    ("قالت الشركة إن الرحلات لن تستأنف قبل نهاية الأسبوع.", "ar"),
    ("Seferler pazartesiye kadar yeniden başlamayacak.", "tr"),
    ("Uçuşlar ay sonuna kadar yapılmayacak.", "tr"),
    ("Mosty nebudou otevřeny dříve než 15. března.", "cs"),
    ("Os voos não serão retomados antes de 15 de março.", "pt"),
    ("De vluchten worden niet hervat voor 2026.", "nl"),
    ("Рейси не відновляться до 15 березня.", "uk"),
    ("Loty nie zostaną wznowione do 15 marca.", "pl"),
    ("航空便は月曜日まで再開されない。", "ja"),
    ("運航は3月15日まで再開しない見通しだ。", "ja"),
    ("항공편은 월요일까지 재개되지 않는다.", "ko"),
    ("항공편은 월요일 전에는 재개되지 않을 예정이다.", "ko"),
])
def test_not_until_a_time_is_a_time_limit(text, lang):
    assert not negated(text, lang)
    assert polarity_conflict(_EN, "en", text, lang) is None
    assert polarity_conflict(text, lang, _EN, "en") is None


@pytest.mark.parametrize(("text", "lang"), [
    # a preposition that names no time: a place, a court, a number
    ("Автобус не доехал до Москвы.", "ru"),
    ("Oskarżony nie stanął przed sądem.", "pl"),
    ("Autobus nedojel až do Prahy.", "cs"),
    ("O ônibus não chegou até a cidade.", "pt"),
    ("De minister verscheen niet voor de commissie.", "nl"),
    ("Автобус не доїхав до Києва.", "uk"),
    ("لم يتم تأكيد الخبر من قبل الشرطة.", "ar"),
    ("Otobüs eve kadar gitmedi.", "tr"),
    # a number that is no date: "did not rise to 50" denies
    ("Число погибших не выросло до 50 человек.", "ru"),
    ("Liczba ofiar nie wzrosła do 50 osób.", "pl"),
    ("Počet obětí nevzrostl až do 50.", "cs"),
    ("O número de mortos não subiu até 50.", "pt"),
    ("Het dodental steeg niet tot 50.", "nl"),
    ("Кількість загиблих не зросла до 50 осіб.", "uk"),
    ("Ölü sayısı 50'ye kadar çıkmadı.", "tr"),
    ("لم يتم الإعلان عن الحصيلة قبل 10 أيام.", "ar"),
    # a denial of existence up to a time still denies: nobody was found / arrested as of then
    ("Никто не был задержан до понедельника.", "ru"),
    ("Nikt nie został zatrzymany do poniedziałku.", "pl"),
    ("Ninguém foi preso até segunda-feira.", "pt"),
    ("Niemand werd gearresteerd tot maandag.", "nl"),
    ("Ніхто не був затриманий до понеділка.", "uk"),
    ("月曜日まで誰も逮捕されなかった。", "ja"),
    ("월요일까지 아무도 체포되지 않았다.", "ko"),
    ("월요일까지 생존자가 없었다.", "ko"),
    ("橋は通行できない。", "ja"),
    # Arabic past negation + حتى + a time is "as of" (closing note of stop 37): no survivors found as of Saturday
    ("لم يعثر على ناجين حتى مساء السبت.", "ar"),
    ("لم تعلن السلطات عن أي اعتقالات حتى يوم الاثنين.", "ar"),
    # a real denial
    ("Policie popřela, že by někoho zadržela.", "cs"),
    ("Policja zaprzeczyła, by kogokolwiek zatrzymano.", "pl"),
    ("Полиция опровергла сообщения о задержаниях.", "ru"),
    ("A polícia negou que houvesse detidos.", "pt"),
    ("De politie ontkende dat er arrestaties waren.", "nl"),
])
def test_other_denials_still_deny(text, lang):
    assert negated(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    # a future "until" with لن stays a time limit (trial 46), only the past form with a time reads "as of"
    ("قال الوزير إنهم لن يتوقفوا حتى يتم العثور على كل مفقود.", "ar"),
    ("لن تستأنف الرحلات حتى يوم الاثنين.", "ar"),
    ("لم يغادر العمال المنجم حتى وصل رجال الإنقاذ.", "ar"),
])
def test_arabic_until_clause_of_an_event_is_a_time_limit(text, lang):
    assert not negated(text, lang)
