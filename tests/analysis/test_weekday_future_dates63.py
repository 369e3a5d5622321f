"""Weekdays around a future verb (issue #12). Stop 63's first try (dates63 10a76133, ``_past_after_future``) read a
weekday after any past form past a comma or a complementizer as the last such day; break63d (trials/break63d.md H1)
showed it read 21 FUTURE weekdays a week back ("The talks will resume, as agreed, on Monday", the German order
"Der Bundestag wird über das Gesetz, das das Kabinett im Sommer beschloss, am Donnerstag abstimmen") and made false
date conflicts. It was reverted; these cases keep main's reading: the future cases of that try and the break63d
weekday probes main resolves right (publication Wednesday 2026-12-02)."""
from __future__ import annotations

import pytest

from storylens.analysis.quantities import extract_dates

PUB = "2026-12-02"  # a Wednesday
NEXT_TUESDAY = "2026-12-08"


def _day(text: str, lang: str) -> str | None:
    days = [d.date for d in extract_dates(text, published=PUB, language=lang) if d.precision == "day" and d.relative]
    return days[-1] if days else None


@pytest.mark.parametrize(("text", "lang"), [
    ("The minister will meet the unions on Tuesday.", "en"),
    ("The minister is to meet the unions on Tuesday.", "en"),
    ("The vote is scheduled for Tuesday.", "en"),
    ("The appeal will be heard on Tuesday.", "en"),
    ("The border will remain closed on Tuesday.", "en"),
    ("Los comercios permanecerán cerrados el martes.", "es"),
    ("La carretera seguirá cerrada hasta el martes.", "es"),
    ("Il ponte resterà chiuso fino a martedì.", "it"),
    ("Das Gericht wird am Dienstag die ersten Zeugen hören.", "de"),
    ("Le tribunal entendra mardi les premiers témoins.", "fr"),
    ("El tribunal escuchará el martes a los primeros testigos.", "es"),
])
def test_weekday_of_a_future_verb_stays_ahead(text, lang):
    assert _day(text, lang) == NEXT_TUESDAY


# break63d harness probes_weekday.py: (id, sentence, language, the day its last weekday is)
BREAK63D = [
    ('W01', 'He said he would travel to Kyiv on Friday.', 'en', '2026-12-04'),
    ('W02', 'The company announced on Monday that it will close the plant.', 'en', '2026-11-30'),
    ('W03', 'The ministers will meet Tuesday.', 'en', '2026-12-08'),
    ('W04', 'The minister, who resigned on Tuesday, will testify before the committee on Friday.', 'en', '2026-12-04'),
    ('W06', 'The leaders will sign the accord, which they negotiated for months, on Friday.', 'en', '2026-12-04'),
    ('W07', 'Investors will watch the central bank, which raised rates in October, on Thursday.', 'en', '2026-12-03'),
    ('W08', 'The airline will resume flights to Tel Aviv, which it suspended in October, on Monday.', 'en', '2026-12-07'),
    ('W09', 'The talks will resume, as agreed, on Monday.', 'en', '2026-12-07'),
    ('W10', 'The government will, as promised, publish the report on Monday.', 'en', '2026-12-07'),
    ('W11', 'The law will, if approved, take effect on Monday.', 'en', '2026-12-07'),
    ('W12', 'The deal will, once signed, take effect on Friday.', 'en', '2026-12-04'),
    ('W13', 'Voters will go to the polls, two years after a coup that toppled the president, on Sunday.', 'en', '2026-12-06'),
    ('W14', 'The embassy will stay closed, officials decided, until Friday.', 'en', '2026-12-04'),
    ('W15', 'Prosecutors will seek a retrial after the jury, which deliberated for two days, acquitted him on Tuesday.', 'en', '2026-12-01'),
    ('W17', 'The court will hear the appeal that was lodged on Tuesday.', 'en', '2026-12-01'),
    ('W18', 'The minister will travel to Brussels; he met his counterparts on Tuesday.', 'en', '2026-12-01'),
    ('W20', 'Der Bundestag wird über das Gesetz, das das Kabinett im Sommer beschloss, am Donnerstag abstimmen.', 'de', '2026-12-03'),
    ('W21', 'Die Regierung wird die Hilfen, die sie im Frühjahr beschloss, am Freitag verlängern.', 'de', '2026-12-04'),
    ('W22', 'Der Minister kündigte am Montag an, dass er zurücktreten werde.', 'de', '2026-11-30'),
    ('W23', 'Der Kanzler wird am Freitag nach Kiew reisen.', 'de', '2026-12-04'),
    ('W26', 'Der Minister sagte, er werde am Freitag nach Kiew reisen.', 'de', '2026-12-04'),
    ('W27', 'Der Kanzler wird, nachdem er Macron traf, am Freitag nach Kiew reisen.', 'de', '2026-12-04'),
    ('W28', 'Die Tarifparteien werden, wie vereinbart, am Montag weiterverhandeln.', 'de', '2026-12-07'),
    ('W31', "Le ministre a annoncé lundi qu'il démissionnera.", 'fr', '2026-11-30'),
    ('W32', 'Le président se rendra à Kiev vendredi.', 'fr', '2026-12-04'),
    ('W35', 'La commission, qui votera la semaine prochaine, a entendu mardi le ministre.', 'fr', '2026-12-01'),
    ('W37', 'El presidente anunció el lunes que viajará a Kiev.', 'es', '2026-11-30'),
    ('W38', 'El ministro dijo que viajará a Kiev el viernes.', 'es', '2026-12-04'),
    ('W40', 'La comisión, que votará la próxima semana, escuchó el martes al ministro.', 'es', '2026-12-01'),
    ('W42', 'Il ministro ha annunciato lunedì che si dimetterà.', 'it', '2026-11-30'),
    ('W44', 'La commissione, che voterà la prossima settimana, ha ascoltato martedì il ministro.', 'it', '2026-12-01'),
    ('W46', 'Minister ogłosił w poniedziałek, że poda się do dymisji.', 'pl', '2026-11-30'),
    ('W47', 'Komisja, która zagłosuje w przyszłym tygodniu, wysłuchała we wtorek ministra.', 'pl', '2026-12-01'),
    ('W49', 'Министр заявил в понедельник, что уйдёт в отставку.', 'ru', '2026-11-30'),
    ('W50', 'Комиссия, которая проголосует на следующей неделе, заслушала во вторник министра.', 'ru', '2026-12-01'),
    ('W51', 'The new rules will apply, the ministry ruled, from Monday.', 'en', '2026-12-07'),
    ('W52', 'The strike will go ahead, unions warned, on Thursday.', 'en', '2026-12-03'),
    ('W53', 'The plant will reopen, the company confirmed, on Monday.', 'en', '2026-12-07'),
    ('W54', 'The museum will reopen, restored and expanded, on Saturday.', 'en', '2026-12-05'),
    ('W55', 'Schools will stay shut - teachers voted overwhelmingly - until Friday.', 'en', '2026-12-04'),
    ('W56', 'Der Prozess wird, wie vom Gericht beschlossen, am Montag fortgesetzt.', 'de', '2026-12-07'),
    ('W58', 'The ministers will meet in Brussels, where they signed the treaty, on Friday.', 'en', '2026-12-04'),
    ('W59', 'Biden will visit Maui, devastated by wildfires last month, on Monday.', 'en', '2026-12-07'),
    ('W60', 'The prime minister will chair a meeting of Cobra, convened after the attack, on Thursday.', 'en', '2026-12-03'),
    ('W61', 'The ECB will decide, as markets widely assumed, on Thursday.', 'en', '2026-12-03'),
    ('W62', 'Der Papst wird Portugal, das er zuletzt 2023 besuchte, am Freitag erneut bereisen.', 'de', '2026-12-04'),
    ('W63', 'Die Bahn wird die Strecke, die im Sommer gesperrt wurde, am Montag wieder freigeben.', 'de', '2026-12-07'),
    ('W64', 'Die Abgeordneten werden den Haushalt, den die Regierung im September vorlegte, am Freitag verabschieden.', 'de', '2026-12-04'),
    ('W65', 'The finance minister will present the budget, delayed by the coalition crisis, on Wednesday.', 'en', '2026-12-09'),
]


@pytest.mark.parametrize(("pid", "text", "lang", "want"), BREAK63D, ids=[row[0] for row in BREAK63D])
def test_break63d_weekday_probe(pid, text, lang, want):
    assert _day(text, lang) == want
