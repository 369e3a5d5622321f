"""A speaker span that carries the end of the speaker's role (trial 14): "Trasporti Matteo Salvini" after
"il ministro delle Infrastrutture e dei Trasporti", "Consiglio Giorgia Meloni" after "la presidente del",
a Chinese run around a dotted name. A name after a noun that is no title keeps all its words."""

import pytest

from storylens.analysis.quotes import extract_quote_spans
from storylens.analysis.quotes._document import _name_of_role

from ._docs import segmented_doc

CASES = [
    ('it-portfolio', 'it',
     ('Il treno è deragliato martedì. «È una tragedia che non doveva accadere», ha detto il ministro delle '
      'Infrastrutture e dei Trasporti Matteo Salvini.'), 'Matteo Salvini'),
    ('it-council', 'it',
     'La presidente del Consiglio Giorgia Meloni ha detto che «tutta la nazione piange le vittime».', 'Giorgia Meloni'),
    ('es-portfolio', 'es',
     'El incendio sigue activo. «No vamos a dejar solo a nadie», dijo la ministra de Transición Ecológica Sara Aagesen.',
     'Sara Aagesen'),
    ('zh-dotted', 'zh',
     '两列火车相撞。意大利基础设施和交通部长马泰奥·萨尔维尼在事故现场说：“这是一场本不该发生的悲剧。”', '马泰奥·萨尔维尼'),
]


@pytest.mark.parametrize(("case", "lang", "text", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_the_role_is_not_part_of_the_name(case, lang, text, speaker):
    [quote] = extract_quote_spans([segmented_doc(text, lang)])
    assert quote.speaker == speaker


@pytest.mark.parametrize(("speaker", "context", "lang"), [
    ("Juan Carlos Pérez", "«Lo hemos perdido todo», dijo la vecina de Juan Carlos Pérez.", "es"),  # no title
    ("Mary Ann Cole", '"We will rebuild," said Minister Mary Ann Cole.', "en"),  # a title right before the name
    ("Maria Anna Rossi", "«Siamo pronti», ha detto Maria Anna Rossi.", "it"),  # nothing before the name
    ("王丽", "“我们很安全。”王丽说。", "zh"),  # no dotted name
])
def test_a_name_without_a_role_before_it_keeps_every_word(speaker, context, lang):
    assert _name_of_role(speaker, context, lang) == speaker
