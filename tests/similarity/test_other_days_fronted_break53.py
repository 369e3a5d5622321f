"""A weekday that opens its sentence and dates the statement that follows is no day of the event (break53 F1).

The other-days rule (:func:`storylens.similarity._events._other_days_apart`) leaves out a weekday that dates only a
statement. It read one so only after the verb ("Tajani said on Wednesday that ..."): a follow-up opening with its
weekday ("On Wednesday, Foreign Minister Antonio Tajani said the meeting ... had been very positive", «Mercoledì il
ministro degli Esteri Antonio Tajani ha detto che ...») was still dated on Wednesday and held apart from the Monday
meeting it reports on ("other days, 12 May vs 14 May, with other names (Tajani)"). A fronted weekday before an
event's verb stays the event's day.

Reasons and verdict only: the model's features are unchanged (a hashing embedder, a fixed model row)."""

from __future__ import annotations

import pytest

from storylens import similarity as sim

from ._pairs import MODEL, score_row


@pytest.mark.parametrize(("text", "lang", "days"), [
    ("On Wednesday, Foreign Minister Antonio Tajani said the talks with Zelensky on Monday had been positive", "en", {0}),
    ("Mercoledì il ministro degli Esteri Antonio Tajani ha detto che l'incontro di lunedì è stato positivo", "it", {0}),
    ("Mercoledì Antonio Tajani, ministro degli Esteri, ha detto che l'incontro di lunedì è stato positivo", "it", {0}),
    ("Mercredi, le ministre des Affaires étrangères Antonio Tajani a déclaré que la rencontre de lundi était utile",
     "fr", {0}),
    ("El miércoles, el ministro de Exteriores, Antonio Tajani, dijo que la reunión del lunes fue muy positiva",
     "es", {0}),
    ("Na quarta-feira, o chanceler Antonio Tajani disse que a reunião de segunda-feira foi muito positiva", "pt", {0}),
    ("В среду министр иностранных дел Антонио Таяни заявил, что встреча в понедельник была позитивной", "ru", {0}),
    # a fronted weekday before an event's verb is the event's, whoever tells it after
    ("On Monday, gunmen attacked a hotel in Mogadishu, police said", "en", {0}),
    ("On Monday, a bomb exploded in Kabul, said police", "en", {0}),
    ("On Monday Tajani met Zelensky and Meloni said the talks went well", "en", {0}),
    ("Lunedì la polizia ha arrestato tre uomini, ha detto il ministro", "it", {0}),
    # break54 4: a parenthesis, a passive, a relative clause: the reporting verb dates nothing
    ("On Monday, police said, gunmen attacked a hotel in Mogadishu, killing nine", "en", {0}),
    ("On Monday, troops said to be loyal to the general seized the airport", "en", {0}),
    ("On Monday, gunmen who police said belonged to al-Shabaab attacked a hotel", "en", {0}),
    ("On Monday, the minister who said last week he would resign was dismissed", "en", {0}),
    ("Lunedì uomini armati che la polizia ha detto legati ad al-Shabaab hanno attaccato un hotel", "it", {0}),
    ("El lunes, hombres armados que según la policía dijo pertenecían a al Shabab atacaron un hotel", "es", {0}),
])
def test_a_fronted_weekday_that_dates_a_statement_is_no_day_of_the_event(text, lang, days):
    assert sim._openings._opening_weekdays(text, lang=lang, published=None) == days
    assert sim._openings._opening_weekdays(text, lang=lang, published="2026-11-06") == days


MEETING_EN = ("ROME, May 12 - Italian Prime Minister Giorgia Meloni met Ukrainian President Volodymyr Zelensky in "
              "Rome on Monday to discuss reconstruction and new military aid for Kyiv.")
# the follow-ups two days later, each a foreign minister's word on the meeting, opening with its weekday
TAJANI_EN = ("ROME, May 14 - On Wednesday, Foreign Minister Antonio Tajani said the meeting between Meloni and "
             "Zelensky in Rome had been very positive and that Italy would host the reconstruction conference.")
TAJANI_IT = ("ROMA, 14 maggio - Mercoledì il ministro degli Esteri Antonio Tajani ha detto che l'incontro tra Meloni "
             "e Zelensky a Roma è stato molto positivo e che l'Italia ospiterà la conferenza sulla ricostruzione.")
TAJANI_IT_APPOSITION = ("ROMA, 14 maggio - Mercoledì Antonio Tajani, ministro degli Esteri, ha detto che l'incontro "
                        "tra Meloni e Zelensky a Roma è stato molto positivo.")
TAJANI_FR = ("ROME, 14 mai - Mercredi, le ministre des Affaires étrangères Antonio Tajani a déclaré que la rencontre "
             "entre Meloni et Zelensky à Rome avait été très positive.")
TAJANI_ES = ("ROMA, 14 de mayo - El miércoles, el ministro de Exteriores, Antonio Tajani, dijo que la reunión entre "
             "Meloni y Zelensky en Roma fue muy positiva.")


def _features(a: str, b: str, la: str, lb: str, embedder) -> sim.PairFeatures:
    """The pair's features with the meeting published on Monday 12 May 2025 and the follow-up on Wednesday 14 May."""
    pa, pb = sim.prepare_text(a), sim.prepare_text(b)
    return sim.pair_features([(pa.text, pb.text, la, lb)], embedder, sim.Gazetteer.load(),
                             published=[("2025-05-12", "2025-05-14")], datelines=[(pa.dateline, pb.dateline)])[0]


@pytest.mark.parametrize(("b", "lb"), [(TAJANI_EN, "en"), (TAJANI_IT, "it"), (TAJANI_IT_APPOSITION, "it"),
                                       (TAJANI_FR, "fr"), (TAJANI_ES, "es")])
def test_a_follow_up_opening_with_its_statements_weekday_is_not_held_apart(b, lb, hashing_embedder):
    f = _features(MEETING_EN, b, "en", lb, hashing_embedder)
    assert f.other_days is not None  # 12 May vs 14 May: the rule's day condition holds on the openings' days
    assert f.other_days_apart is None
    score = sim._scoring._pair_score(score_row(0.7), f, MODEL, None, ("en", lb))
    assert score.same_story is True, score.reasons


def test_the_speaker_of_a_fronted_statement_is_the_words_before_its_verb():
    # «Mercoledì il ministro ... Tajani ha detto che l'incontro tra Meloni e Zelensky ...»: the speaker was the
    # whole clause after the weekday, so names both texts write (Meloni, Zelensky) made the statement theirs
    said = sim._openings._said_days(TAJANI_IT.split(" - ", 1)[1], lang="it", published="2025-05-14")
    assert [day for day, _ in said] == ["05-14"]
    assert "Tajani" in said[0][1] and "Meloni" not in said[0][1]
