"""A mine collapse near Copiapó as EFE (es) and AP (en) report it, through the whole pipeline (real
models): the translated facts are shared, figures in two unit systems are no conflict, and two unrelated
closing sentences, if matched, read as a weak match (USE, or e5 + CSLS with settings.claim_e5_*).

Invented reports in the style of the new-user trial's corpus (a Chilean mine collapse reported by
EFE/AFP/AP in several languages)."""

from __future__ import annotations

import storylens
from storylens.analysis.claims import is_weak

ES = ('Derrumbe en mina de Copiapó deja 33 trabajadores atrapados\n\n'
      'COPIAPÓ (Chile), 3 dic (EFE).- Un derrumbe en la mina de cobre San Esteban, a unos 45 kilómetros de '
      'Copiapó, dejó atrapados este miércoles a 33 mineros a unos 700 metros de profundidad, informó el '
      'Gobierno regional de Atacama.\n\n'
      'El accidente ocurrió poco después de las 14.00 hora local, cuando se desplomó una galería en el '
      'nivel inferior del yacimiento.\n\n'
      'Los equipos de rescate comenzaron durante la noche a perforar un sondaje de 15 centímetros para '
      'intentar establecer contacto con los trabajadores.\n\n'
      '"Vamos a hacer todo lo humanamente posible para sacarlos con vida", dijo el ministro de Minería, '
      'Andrés Rojas, a la prensa en el lugar.\n\n'
      'Decenas de familiares se congregaron a la entrada de la mina a la espera de noticias.')
EN = ('33 miners trapped after collapse at Chilean copper mine\n\n'
      'COPIAPO, Chile (AP) — A tunnel collapsed Wednesday at the San Esteban copper mine in northern Chile,'
      ' trapping 33 miners, regional officials said.\n\n'
      'The men are about 700 meters (2,300 feet) underground, some 45 kilometers (28 miles) from the city '
      'of Copiapo.\n\n'
      'The collapse happened shortly after 2 p.m. local time in the lowest level of the mine.\n\n'
      'Rescuers began drilling a 6-inch borehole overnight in an attempt to reach the workers.\n\n'
      '"We will do everything humanly possible to bring them out alive," Mining Minister Andres Rojas told '
      'reporters at the site.\n\n'
      "The mine's owners have faced safety fines in the past, according to local media.")


def _compare(tmp_path, embedder):
    paths = []
    for name, text in (("efe", ES), ("ap", EN)):
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return storylens.compare(paths, embedder=embedder)


def _shared_with(result, spanish: str, english: str):
    return [c for c in result.claims if c.status != "unique"
            and any(spanish in e.text for e in c.evidence) and any(english in e.text for e in c.evidence)]


def test_the_translated_facts_of_a_mine_collapse_are_shared_without_conflicts(tmp_path, embedder):
    result = _compare(tmp_path, embedder)
    for spanish, english in (("deja 33 trabajadores atrapados", "33 miners trapped"),
                             ("poco después de las 14.00", "shortly after 2 p.m."),
                             ("sondaje de 15 centímetros", "6-inch borehole"),
                             ("humanamente posible", "humanly possible")):
        assert _shared_with(result, spanish, english), (spanish, english)
    # 14.00 / 2 p.m., 15 centimetres / 6 inches, 700 metres / 2,300 feet: one figure each, no conflict.
    assert not [c for c in result.claims if c.status == "conflicting"]


def test_two_unrelated_closing_sentences_matched_across_languages_read_weak(tmp_path, embedder):
    # The relatives waiting at the mine and the owners' past fines are two facts; both reports end on
    # them, each other's best leftover: matched (USE 0.46, e5 0.92), but never as a sure match.
    result = _compare(tmp_path, embedder)
    languages = {d.id: d.language for d in result.documents}
    for claim in _shared_with(result, "Decenas de familiares", "safety fines"):
        assert is_weak(claim, languages), claim
