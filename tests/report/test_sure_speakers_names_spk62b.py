"""break62k HIGH 1/2/4: true "same words, different speakers" pairs the sure-speaker rule (report._sure_speakers)
lost on how a name is written: a ß / İ in the surname (casefold writes "ss" / "i" and a combining dot), a
hyphenated or apostrophe name the extractor tags ORG or not at all, a lone surname after a title. Inputs of
each kind in several languages; each also checked unflagged when the title or name is missing."""

from __future__ import annotations

import pytest

from .test_sure_speakers_spk62 import _entities, _flagged

SCHOLZ_DE = ("de", "„Wir werden die Steuern im nächsten Jahr nicht erhöhen“, sagte Olaf Scholz.",
             "Wir werden die Steuern im nächsten Jahr nicht erhöhen", "Olaf Scholz")


@pytest.mark.parametrize(("a", "ents"), [
    (("de", "„Wir werden die Steuern im nächsten Jahr nicht erhöhen“, sagte Markus Weiß am Montag.",
      "Wir werden die Steuern im nächsten Jahr nicht erhöhen", "Markus Weiß"), [("PERSON", "d1", "Markus Weiß")]),
    (("tr", 'Milletvekili Selin İlhan, "Vergileri gelecek yıl kesinlikle artırmayacağız" dedi.',
      "Vergileri gelecek yıl kesinlikle artırmayacağız", "Selin İlhan"), [("PERSON", "d1", "Selin İlhan")]),
    (("tr", 'Bakan Mehmet İnce, "Vergileri gelecek yıl kesinlikle artırmayacağız" dedi.',
      "Vergileri gelecek yıl kesinlikle artırmayacağız", "Mehmet İnce"), [("PERSON", "d1", "Mehmet İnce")]),
])
def test_a_surname_with_sharp_s_or_dotted_capital_i_is_found_in_its_sentence(a, ents):
    assert _flagged(a, SCHOLZ_DE, _entities(*ents, ("PERSON", "d2", "Olaf Scholz")), score=0.7)


@pytest.mark.parametrize(("a", "ents"), [
    # the extractor's ORG over a hyphenated given name, or no mention at all
    (("fr", "« Nous n'augmenterons pas les impôts l'an prochain », a déclaré Marie-Pierre Vedrenne.",
      "Nous n'augmenterons pas les impôts l'an prochain", "Marie-Pierre Vedrenne"),
     [("ORG", "d1", "Marie-Pierre Vedrenne")]),
    (("en", '"We will not raise taxes next year," Jean-Marc Ayrault said on Monday.',
      "We will not raise taxes next year", "Jean-Marc Ayrault"), [("ORG", "d1", "Jean-Marc Ayrault")]),
    (("it", "«Non aumenteremo le tasse l'anno prossimo», ha detto Gianni D'Amato.",
      "Non aumenteremo le tasse l'anno prossimo", "Gianni D'Amato"), []),
    (("es", "«No subiremos los impuestos el año que viene», dijo Cayetana Álvarez de Toledo.",
      "No subiremos los impuestos el año que viene", "Cayetana Álvarez de Toledo"), []),
])
def test_a_hyphenated_or_apostrophe_name_is_a_person(a, ents):
    b = ("en", '"We will not raise taxes next year," Olaf Scholz said.', "We will not raise taxes next year",
         "Olaf Scholz")
    assert _flagged(a, b, _entities(*ents, ("PERSON", "d2", "Olaf Scholz")), score=0.7)


@pytest.mark.parametrize("a", [
    ("en", '"We will not raise taxes next year," Chancellor Scholz told reporters.', "We will not raise taxes next year",
     "Scholz"),
    ("de", "„Wir werden die Steuern nicht erhöhen“, sagte Bundeskanzler Scholz.", "Wir werden die Steuern nicht erhöhen",
     "Scholz"),
    ("fr", "« Nous n'augmenterons pas les impôts », a affirmé M. Scholz.", "Nous n'augmenterons pas les impôts",
     "Scholz"),
    ("es", "«No subiremos los impuestos el año que viene», dijo el presidente Sánchez.",
     "No subiremos los impuestos el año que viene", "Sánchez"),
])
def test_a_lone_surname_after_a_title_is_a_person(a):
    b = ("it", "«Non aumenteremo le tasse l'anno prossimo», ha detto il ministro Giorgetti.",
         "Non aumenteremo le tasse l'anno prossimo", "Giorgetti")
    assert _flagged(a, b, [], score=0.7)


@pytest.mark.parametrize("a", [
    # no title word before the lone surname: an unsure reading stays a quote match
    ("en", '"We will not raise taxes next year," Scholz told reporters.', "We will not raise taxes next year", "Scholz"),
    # a word the document writes in lower case is no name ("the", of a misread subject)
    ("en", '"We will not raise taxes next year," the chancellor said.', "We will not raise taxes next year", "The"),
    # Polish writes an office's country in the genitive after it: "kanclerz Niemiec" is Germany's chancellor
    # (break62k f_after_pl), "prezydent Francji" France's president
    ("pl", "„Nie podniesiemy podatków w przyszłym roku” – powiedział kanclerz Niemiec.",
     "Nie podniesiemy podatków w przyszłym roku", "Niemiec"),
    ("pl", "„Nie podniesiemy podatków w przyszłym roku” – powiedział prezydent Francji.",
     "Nie podniesiemy podatków w przyszłym roku", "Francji"),
    # one capitalised word of a hyphenated organisation is no two-word name
    ("fr", "« Nous n'augmenterons pas les impôts l'an prochain », a indiqué Bercy-Finances.",
     "Nous n'augmenterons pas les impôts l'an prochain", "Bercy-Finances"),
])
def test_no_title_or_no_name_stays_unsure(a):
    b = ("en", '"We will not raise taxes next year," Christian Lindner said.', "We will not raise taxes next year",
         "Christian Lindner")
    assert not _flagged(a, b, _entities(("PERSON", "d2", "Christian Lindner"), ("ORG", "d1", "Bercy-Finances")), score=0.7)
