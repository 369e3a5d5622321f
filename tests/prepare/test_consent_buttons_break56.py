"""A consent banner's buttons and links left under a headline (break56 F4): after the banner's sentences go
(site notices), its buttons ("Manage preferences.", "Accept all | Reject all", "Alle akzeptieren | Ablehnen")
were kept as the page's text, and headline-only pages over one banner read as one story. Every banner below
was written for this test."""

from __future__ import annotations

import pytest

from storylens.prepare._notices import strip_notices


@pytest.mark.parametrize("text, kept", [
    (("Trump signs stopgap bill, averting government shutdown\nWe use cookies and similar technologies to improve "
      "your experience. By clicking Accept all you agree to our use of cookies. Manage preferences. Privacy policy.\n"
      "Accept all | Reject all"), "Trump signs stopgap bill, averting government shutdown"),
    (("Brand in Diskothek in Nordmazedonien: mindestens 59 Tote\nWir verwenden Cookies, um Ihnen die bestmögliche "
      "Nutzung unserer Website zu ermöglichen. Mit Klick auf Alle akzeptieren stimmen Sie zu. Datenschutzerklärung. "
      "Einstellungen.\nAlle akzeptieren | Ablehnen"), "Brand in Diskothek in Nordmazedonien: mindestens 59 Tote"),
    (("Incendio en un hotel de Calcuta deja 14 muertos\nUtilizamos cookies propias y de terceros para mejorar "
      "nuestros servicios. Si continúa navegando, consideramos que acepta su uso. Aceptar | Configurar cookies"),
     "Incendio en un hotel de Calcuta deja 14 muertos"),
    (("Grève à la SNCF : un TGV sur deux supprimé jeudi\nNous utilisons des cookies pour mesurer l'audience. "
      "Paramétrer les cookies\nTout accepter | Tout refuser\nContinuer sans accepter"),
     "Grève à la SNCF : un TGV sur deux supprimé jeudi"),
    (("Maltempo, allerta rossa in Emilia-Romagna\nUtilizziamo i cookie per migliorare la tua esperienza.\n"
      "Accetta tutto · Rifiuta tutto · Gestisci le preferenze"), "Maltempo, allerta rossa in Emilia-Romagna"),
])
def test_a_banners_buttons_go_with_its_sentences(text: str, kept: str) -> None:
    out, removed = strip_notices(text)
    assert out.strip() == kept
    assert "consent" in {kind for kind, _ in removed}


@pytest.mark.parametrize("text", [
    "The union said it would not accept all of the conditions. Talks resume on Monday.",
    "Die Gewerkschaft will nicht alle Bedingungen akzeptieren. Die Gespräche gehen am Montag weiter.",
    "El sindicato se negó a aceptar la oferta. Las negociaciones siguen el lunes.",
    "Le syndicat refuse d'accepter l'accord. Les négociations reprennent lundi.",
    "Il sindacato ha detto che non accetta tutto. Le trattative riprendono lunedì.",
])
def test_an_articles_sentence_with_a_buttons_word_stays(text: str) -> None:
    out, removed = strip_notices(text)
    assert out == text and not removed
