"""A real report under a headline that says its story in other words (final38 #1).

ev21's off-topic rule (:mod:`storylens.prepare._topic`) judges a text from its headline when none of the
headline's content words begins a word of the body: right for a forum post or adverts under a story's
headline, wrong for a report whose headline says the story in other words ("Respiro para la Casa Rosada"
over an IMF loan report). Such a text is read whole too and the better reading counts, so setting a body
aside never makes a text less similar to a report of its body's story; a reason says which reading counts.
Every text below was written for this test.
"""

from __future__ import annotations

import pytest

from storylens import similarity as sim

# (language, headline in other words, report body, a plain headline of the same report)
OTHER_WORDS = [
    ("es", "Respiro para la Casa Rosada tras semanas de incertidumbre",
     ("El Fondo Monetario Internacional aprobó este viernes un nuevo programa de financiación para Argentina "
      "por valor de veinte mil millones de dólares. La directora gerente, Kristalina Georgieva, dijo que el "
      "acuerdo apoya el plan de estabilización del presidente Javier Milei. El ministro de Economía, Luis "
      "Caputo, celebró la decisión y anunció que el primer desembolso llegará en los próximos días. Los mercados "
      "reaccionaron con subidas en Buenos Aires y el peso se fortaleció frente al dólar."),
     "El FMI aprueba un crédito de 20.000 millones de dólares para Argentina"),
    ("de", "Frisches Geld aus Washington für Buenos Aires",
     ("Der Internationale Währungsfonds hat am Freitag ein neues Kreditprogramm über zwanzig Milliarden "
      "Dollar für Argentinien gebilligt. IWF-Chefin Kristalina Georgiewa sagte, die Vereinbarung stütze den "
      "Stabilisierungsplan von Präsident Javier Milei. Wirtschaftsminister Luis Caputo begrüßte die "
      "Entscheidung und kündigte an, dass die erste Tranche in der kommenden Woche überwiesen werde. Die "
      "Börse reagierte mit Kursgewinnen, und der Peso legte gegenüber dem Dollar zu."),
     "IWF gibt Argentinien 20 Milliarden Dollar"),
    ("fr", "Soulagement au bord du Rhône après une longue nuit",
     ("Les pompiers ont maîtrisé samedi matin l'incendie qui ravageait depuis vendredi soir un entrepôt "
      "de produits chimiques dans la zone industrielle de Saint-Fons, au sud de Lyon. Aucune victime n'est "
      "à déplorer, a indiqué la préfecture, qui avait demandé aux habitants de rester chez eux et de fermer "
      "les fenêtres. Les analyses de l'air menées pendant l'intervention n'ont pas révélé de toxicité particulière, "
      "selon les autorités, et les écoles rouvriront lundi comme prévu."),
     "Incendie d'un entrepôt chimique à Saint-Fons : le feu est maîtrisé"),
    ("pl", "Dobra wiadomość dla kierowców z Pomorza",
     ("Nowy most na Wiśle w Kwidzynie został w sobotę oddany do użytku. Przeprawa ma prawie dwa kilometry "
      "długości i skraca drogę z Gdańska do Grudziądza o czterdzieści minut. Budowa trwała cztery lata i "
      "kosztowała ponad miliard złotych, z czego większość pochodziła z funduszy unijnych. Minister "
      "infrastruktury przeciął wstęgę razem z marszałkiem województwa, a pierwsze samochody przejechały "
      "mostem tuż po południu."),
     "Most na Wiśle w Kwidzynie otwarty"),
]

# a forum post that no report's words return in: put under two headlines of two stories
FORUM = ("Hallo zusammen, ich habe eine Frage zu meinem alten Golf. Seit letzter Woche klappert beim Anfahren "
         "irgendetwas vorne links, vor allem wenn es draußen kalt ist. Die Werkstatt meint, es könnte das "
         "Radlager sein, aber sicher sind sie nicht. Hat jemand von euch so etwas schon erlebt? Lohnt sich die "
         "Reparatur noch bei einem Auto mit vielen Kilometern oder sollte ich lieber verkaufen? Danke euch!")


def _ids(rows: list) -> list[str]:
    return [r[0] for r in rows]


def _copy(body: str) -> str:
    """A near-copy of a report's body, as another outlet runs it: a closing line added."""
    return f"{body}\n(Agencias / dpa / AFP)"


@pytest.mark.parametrize(("lang", "headline", "body", "plain"), OTHER_WORDS, ids=_ids(OTHER_WORDS))
def test_the_headline_in_other_words_sets_the_body_aside(lang, headline, body, plain) -> None:
    # the inputs are of the kind: ev21's rule fires on the report, not on its plainly headed copy
    assert sim.prepare_text(f"{headline}\n{body}").story_part
    assert not sim.prepare_text(f"{plain}\n{_copy(body)}").story_part


@pytest.mark.parametrize(("lang", "headline", "body", "plain"), OTHER_WORDS, ids=_ids(OTHER_WORDS))
def test_setting_the_body_aside_never_lowers_the_score_against_a_report_of_it(
        hashing_embedder, monkeypatch, lang, headline, body, plain) -> None:
    text, copy = f"{headline}\n{body}", f"{plain}\n{_copy(body)}"
    got = sim.score_pair(text, copy, lang, lang, embedder=hashing_embedder, fast=True)
    with monkeypatch.context() as m:  # the same pair with the body never set aside
        m.setattr("storylens.prepare._topic.off_topic_part", lambda _text: None)
        whole = sim.score_pair(text, copy, lang, lang, embedder=hashing_embedder, fast=True)
    assert got.overall >= whole.overall and got.same_story is True  # a near-copy of its body: the same story
    assert any(r.startswith("text 1 read whole") for r in got.reasons)
    # either way round
    back = sim.score_pair(copy, text, lang, lang, embedder=hashing_embedder, fast=True)
    assert back.same_story is True and any(r.startswith("text 2 read whole") for r in back.reasons)


@pytest.mark.parametrize(("lang", "headline", "body", "plain"), OTHER_WORDS, ids=_ids(OTHER_WORDS))
def test_the_stream_judge_reads_both_as_score_pairs_does(hashing_embedder, lang, headline, body, plain) -> None:
    texts = [f"{headline}\n{body}", f"{plain}\n{_copy(body)}", f"{headline}\n{FORUM}", f"{plain}\n{FORUM}"]
    sides = sim.ArticleSides(texts, [lang, lang, lang, "de"], embedder=hashing_embedder, variant="fast")
    pairs = [(0, 1), (1, 0), (2, 1), (0, 2), (2, 3)]
    got = sides.overall([a for a, _ in pairs], [b for _, b in pairs])
    want = sim.score_pairs([(texts[a], texts[b], sides.languages[a], sides.languages[b]) for a, b in pairs],
                           embedder=hashing_embedder, fast=True)
    assert [round(float(g), 4) for g in got] == [w.overall for w in want]
    assert round(float(min(got[:2])), 4) >= want[0].overall >= 0.9  # the copy floor: the whole reading counts


@pytest.mark.parametrize("lang", ["de", "en", "es"])
def test_a_body_about_something_else_is_still_judged_from_its_headline(hashing_embedder, lang) -> None:
    # two stories' headlines over one scraped forum page: not copies, and the reason says the bodies were set aside
    heads = {"de": ("Großbrand zerstört Lagerhalle im Bremer Hafen", "Bundestag beschließt neues Heizungsgesetz"),
             "en": ("Barge strikes pier and closes Ohio River crossing", "Parliament passes heating bill after long debate"),
             "es": ("Inundaciones dejan cinco muertos en Valencia", "Parlamento aprueba nueva ley de vivienda")}[lang]
    a, b = (f"{h}\n{FORUM}" for h in heads)
    got = sim.score_pair(a, b, lang, lang, embedder=hashing_embedder, fast=True)
    assert got.overall < 0.9 and got.same_story is not True and not any("copy" in r for r in got.reasons)
    # the better reading counts (a headline alone, or one text whole against the other's headline), and says so;
    # "Parlamento aprueba nueva ley de vivienda" is too short for the rule: judged whole, and read against
    # only as judged (its body may be the same other page: no copy)
    assert sum(r.startswith(("judged from its headline: the bodies of texts 1 and 2 are about something else",
                             "judged from its headline: the body of text 1 is about something else",
                             "text 1 read whole", "text 2 read whole")) for r in got.reasons) == 1
    report = ("Die Feuerwehr war mit mehr als hundert Kräften im Einsatz, als die Halle im Hafen in Flammen "
              "stand. Die Polizei ermittelt wegen Brandstiftung; verletzt wurde nach ersten Angaben niemand.")
    one = sim.score_pair(a, report, lang, "de", embedder=hashing_embedder, fast=True)
    assert any(r.startswith(("judged from its headline: the body of text 1 is", "text 1 read whole"))
               for r in one.reasons)
