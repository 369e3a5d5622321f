"""break62k HIGH 6/7: false "same words, different speakers" pairs the sure-speaker rule (report._sure_speakers)
kept: a name that is the object of a preposition before a reporting verb with its own subject ("Nach einem
Treffen mit Emmanuel Macron sagte der Kanzler: „…“" read as Macron's), and a Polish office the extractor tags
PERSON ("– przekazała Kancelaria Premiera"). Each kind in several languages, and the subject's own name kept."""

from __future__ import annotations

import pytest

from .test_sure_speakers_spk62 import _entities, _flagged

SCHOLZ = ("en", '"We will not raise taxes next year, whatever happens," Olaf Scholz said.',
          "We will not raise taxes next year, whatever happens", "Olaf Scholz")


@pytest.mark.parametrize(("a", "person"), [
    (("de", ("Nach einem Treffen mit Emmanuel Macron sagte der Kanzler: „Wir werden die Steuern im nächsten Jahr "
      "nicht erhöhen, egal was passiert.“"), "Wir werden die Steuern im nächsten Jahr nicht erhöhen, egal was passiert",
      "Emmanuel Macron"), "Emmanuel Macron"),
    (("de", ("Im Interview mit Marietta Slomka sagte er: „Wir werden die Steuern im nächsten Jahr nicht erhöhen, "
      "egal was passiert.“"), "Wir werden die Steuern im nächsten Jahr nicht erhöhen, egal was passiert",
      "Marietta Slomka"), "Marietta Slomka"),
    (("pl", ("W rozmowie z Emmanuelem Macronem kanclerz powiedział: „Nie podniesiemy podatków w przyszłym roku, bez "
      "względu na wszystko”."), "Nie podniesiemy podatków w przyszłym roku, bez względu na wszystko", "Emmanuel Macron"),
     "Emmanuelem Macronem"),
    (("nl", ("Na een gesprek met Emmanuel Macron zei de premier: „Wij verhogen de belastingen volgend jaar niet, wat "
      "er ook gebeurt.”"), "Wij verhogen de belastingen volgend jaar niet, wat er ook gebeurt", "Emmanuel Macron"),
     "Emmanuel Macron"),
])
def test_a_name_after_a_preposition_before_another_subject_is_no_speaker(a, person):
    assert not _flagged(a, SCHOLZ, _entities(("PERSON", "d1", person), ("PERSON", "d2", "Olaf Scholz")), score=0.7)


@pytest.mark.parametrize("a", [
    # the name opens its clause, or a title does: the subject, whatever follows the verb
    ("de", ("Emmanuel Macron sagte der Zeitung: „Wir werden die Steuern im nächsten Jahr nicht erhöhen, egal was "
     "passiert.“"), "Wir werden die Steuern im nächsten Jahr nicht erhöhen, egal was passiert", "Emmanuel Macron"),
    ("de", ("Präsident Emmanuel Macron sagte am Montag: „Wir werden die Steuern im nächsten Jahr nicht erhöhen, egal "
     "was passiert.“"), "Wir werden die Steuern im nächsten Jahr nicht erhöhen, egal was passiert", "Emmanuel Macron"),
    ("en", '"We will not raise taxes next year, whatever happens," President Emmanuel Macron told the chancellor.',
     "We will not raise taxes next year, whatever happens", "Emmanuel Macron"),
    ("de", ("Am Montag sagte Emmanuel Macron: „Wir werden die Steuern im nächsten Jahr nicht erhöhen, egal was "
     "passiert.“"), "Wir werden die Steuern im nächsten Jahr nicht erhöhen, egal was passiert", "Emmanuel Macron"),
])
def test_the_subjects_own_name_is_kept(a):
    assert _flagged(a, SCHOLZ, _entities(("PERSON", "d1", "Emmanuel Macron"), ("PERSON", "d2", "Olaf Scholz")),
                    score=0.7)


@pytest.mark.parametrize(("a", "office"), [
    (("pl", "„Nie podniesiemy podatków w przyszłym roku, bez względu na wszystko” – przekazała Kancelaria Premiera.",
      "Nie podniesiemy podatków w przyszłym roku, bez względu na wszystko", "Kancelaria Premiera"),
     "Kancelaria Premiera"),
    (("pl", ("„Nie podniesiemy podatków w przyszłym roku, bez względu na wszystko” – przekazało Biuro Bezpieczeństwa "
      "Narodowego."), "Nie podniesiemy podatków w przyszłym roku, bez względu na wszystko",
      "Biuro Bezpieczeństwa Narodowego"), "Biuro Bezpieczeństwa Narodowego"),
    (("de", ("„Wir werden die Steuern im nächsten Jahr nicht erhöhen, egal was passiert“, teilte die Bundesregierung "
      "Deutschland mit."), "Wir werden die Steuern im nächsten Jahr nicht erhöhen, egal was passiert",
      "Bundesregierung Deutschland"), "Bundesregierung Deutschland"),
])
def test_an_office_tagged_person_is_no_speaker(a, office):
    assert not _flagged(a, SCHOLZ, _entities(("PERSON", "d1", office), ("PERSON", "d2", "Olaf Scholz")), score=0.7)
