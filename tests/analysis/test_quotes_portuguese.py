"""Portuguese quote speakers from text/data/pt.json alone (no code): "disse", "afirmou", "garantiu" after a
quotation, a role before or after the name ("o primeiro-ministro"), "segundo" and "para" + a name, a pronoun
for the last person of its gender, a name in apposition after a role. Inputs written for these tests; Portuguese
had no data file, so every speaker below was None or a wrong phrase before."""

import pytest

from ._docs import speakers_match, speakers_of

CASES = [
    # trial18 #4: a role with its complement before the name after "segundo"
    ('pt-segundo-role-complement', ('Segundo o advogado de defesa Stefan Brandl, "vamos recorrer desta sentença '
     'ao Supremo Tribunal".'), ['Stefan Brandl']),
    ('pt-role-after-quote', ('O primeiro-ministro António Costa falou aos jornalistas. "Vamos governar com '
     'estabilidade", disse o primeiro-ministro.'), ['António Costa']),
    ('pt-name-then-addressee', '"Vamos governar com estabilidade", afirmou António Costa aos jornalistas.',
     ['António Costa']),
    ('pt-segundo', 'Segundo o presidente Lula, o acordo é "histórico".', ['Lula']),
    ('pt-lone-surname', '"O acordo é histórico", disse Lula.', ['Lula']),
    ('pt-role-adjective', ('O presidente Luiz Inácio Lula da Silva chegou a Lisboa. "O acordo é histórico", declarou '
     'o presidente brasileiro.'), ['Luiz Inácio Lula da Silva']),
    ('pt-pronoun', 'A ministra da Saúde, Marta Temido, falou ontem. "Estamos preparados", garantiu ela.',
     ['Marta Temido']),
    ('pt-para-opinion', 'Para o economista Pedro Santos, a medida é "insuficiente".', ['Pedro Santos']),
    ('pt-role-apposition', '"Foi um erro", admitiu o ministro das Finanças, Fernando Medina, em conferência de imprensa.',
     ['Fernando Medina']),
    ('pt-pro-drop', 'O líder do Chega, André Ventura, reagiu. "É uma vergonha", escreveu nas redes sociais.',
     ['André Ventura']),
]


@pytest.mark.parametrize("case_id, text, want", CASES, ids=[c[0] for c in CASES])
def test_portuguese_speakers(case_id, text, want):
    got = speakers_of(text, "pt")
    assert speakers_match(got, want), got
