"""A feature whose headline runs on into an anecdotal opening is read whole (games55, issue #11).

The glued-headline check (:func:`storylens.prepare._topic.glued_headline`, a word test, confirmed by
:func:`storylens.similarity.glued_parts` with the sentence encoder under ``settings.glued_headline_max_cosine``) set
aside the body of features that open on a person's morning ("Wall Street ends at record high Janet Miller wakes at
five ..."): no headline word returns (the body says "all-time peaks"), and the anecdote is far from the headline. Such
a feature comes back to its headline's story a few sentences on (its nut paragraph); another page's body (a forum
post, a list of other stories, a privacy notice) never does. The encoder now reads the windows of three sentences
after the lead too, and the body is set aside only when all are far from the headline. Texts written for this test.
"""

from __future__ import annotations

import numpy as np
import pytest

ANECDOTES = [
    ("Wall Street ends at record high Janet Miller wakes at five, feeds her two dogs and drives twenty minutes through "
     "the dark to the diner she has run in Dayton for thirty years. By six the griddle is hot and the same four regulars "
     "are at the counter, arguing about baseball and the weather. She knows their orders by heart: two eggs over easy, "
     "rye toast, black coffee. None of them owns a share. Yet on Friday the S&P 500 and the Dow Jones closed at all-time "
     "peaks, lifted by technology stocks and hopes of lower interest rates. Investors cheered fresh data showing "
     "inflation cooling faster than expected. Analysts warned that the rally rests on a handful of giant companies, and "
     "that many Americans like Miller see little of the gains."),
    ("El precio del aceite de oliva se dispara Antonio Ruiz se levanta a las seis, da de comer a sus gallinas y baja "
     "andando hasta la plaza del pueblo, donde abre su pequeña tienda desde hace cuarenta años. Sus vecinos entran a "
     "charlar, compran el pan y le preguntan por sus nietos. Él conoce a todos por su nombre. Pero desde hace meses la "
     "estantería de las botellas verdes está casi vacía: la sequía ha reducido la cosecha a la mitad por segundo año "
     "consecutivo y el litro de virgen extra supera ya los nueve euros en los supermercados. Las cooperativas andaluzas "
     "advierten de que la situación no mejorará hasta la próxima campaña. El Gobierno estudia rebajar el IVA para "
     "aliviar a los consumidores."),
    ("Fernzüge: Staatskonzern schraubt Tarife kräftig nach oben Petra Wagner steht um halb fünf auf, kocht Kaffee und "
     "packt zwei Brote ein, bevor sie im Dunkeln mit dem Rad durch Kassel fährt. Seit zwölf Jahren arbeitet sie als "
     "Krankenpflegerin in Göttingen, sie liebt ihre Station und ihre Kolleginnen. Am Wochenende singt sie im Kirchenchor. "
     "Ihr Monatsticket wird bald fast hundert Euro mehr im Jahr kosten. Die Deutsche Bahn hat am Dienstag angekündigt, "
     "dass Tickets für ICE und Intercity ab Dezember im Schnitt sechs Prozent teurer werden. Auch die Bahncard wird "
     "teurer, Sparpreise bleiben dagegen weitgehend stabil. Verbraucherschützer kritisierten den Schritt scharf, "
     "Pendlerinnen wie Wagner sprechen von einer Zumutung."),
]


@pytest.mark.slow
@pytest.mark.parametrize("text", ANECDOTES)
def test_an_anecdotal_opening_under_a_glued_headline_is_read_whole(text: str) -> None:
    from storylens import embed
    from storylens.prepare._topic import glued_headline
    from storylens.settings import DEFAULT
    from storylens.similarity import glued_parts, prepare_text
    from storylens.similarity._prepare import _glued_windows

    embedder = embed.get_default_embedder()
    prepared = prepare_text(text)
    head = glued_headline(prepared.text)
    assert head is not None  # the word test flags it: no headline word returns
    lead, *later = _glued_windows(prepared.text.strip()[len(head):].strip())
    vectors = np.asarray(embedder.embed([head, lead]), dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    assert float(vectors[0] @ vectors[1]) < DEFAULT.glued_headline_max_cosine  # the anecdote alone is far from it
    assert later
    (kept,) = glued_parts([prepared], embedder)
    assert not kept.story_part and not kept.glued


def test_the_windows_are_the_lead_and_the_next_sentences_three_by_three() -> None:
    from storylens.similarity._prepare import _GLUED_WINDOWS, _glued_windows

    body = " ".join(f"Sentence number {k} ends here." for k in range(1, 30))
    windows = _glued_windows(body)
    assert len(windows) == _GLUED_WINDOWS + 1
    assert windows[0].startswith("Sentence number 1 ") and windows[1].startswith("Sentence number 4 ")
    assert _glued_windows("One short body without a full stop") == ["One short body without a full stop"]
