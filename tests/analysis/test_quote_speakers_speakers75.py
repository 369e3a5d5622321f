"""Quote speakers (speakers75, issue #12), each a kind stop 74's testers found wrong: people named as one subject
with a role before each name gave the last alone ("police chief Anna Berg and mayor Tom Lee said" gave Tom Lee); a
capitalised adverb opening a Romance sentence before an inverted verb was the speaker ("Ensuite ont répondu les
habitants" gave "Ensuite"); the second place of a group's "of X and Y" was the speaker ("I sindaci di Roma e Milano"
gave "Milano"); a firm's "X and Y" was split into two people for the resolver ("Marks and Spencer" after "Stuart
Marks" gave "Stuart Marks and Spencer"). Inputs written for these tests, with the neighbours that keep their
speaker."""

from __future__ import annotations

import pytest

from ._docs import speakers_of


@pytest.mark.parametrize("text, lang, speaker", [
    ('"We will rebuild," police chief Anna Berg and mayor Tom Lee said.', "en", "Anna Berg and Tom Lee"),
    ('Police chief Anna Berg and mayor Tom Lee said: "We will rebuild."', "en", "Anna Berg and Tom Lee"),
    ('"We will rebuild," said police chief Anna Berg and mayor Tom Lee.', "en", "Anna Berg and Tom Lee"),
    ("Polizeichefin Anna Berg und Bürgermeister Tom Lee sagten: „Wir bauen wieder auf.“", "de",
     "Anna Berg und Tom Lee"),
    ("„Wir bauen wieder auf“, sagten Polizeichefin Anna Berg und Bürgermeister Tom Lee.", "de",
     "Anna Berg und Tom Lee"),
    ("La cheffe de la police Anna Berg et le maire Tom Lee ont déclaré : « Nous reconstruirons. »", "fr",
     "Anna Berg et Tom Lee"),
    ("La jefa de policía Ana Berg y el alcalde Tom Lee dijeron: «Vamos a reconstruir la ciudad entera».", "es",
     "Ana Berg y Tom Lee"),
    ("Il sindaco Tom Lee e la questora Anna Berg hanno detto: «Ricostruiremo la città intera».", "it",
     "Tom Lee e Anna Berg"),
    # neighbours: a role's body in the genitive, a spokesman of two firms
    ("„Wir wachsen“, sagte ein Sprecher von Boston Consulting und McKinsey.", "de",
     "ein Sprecher von Boston Consulting"),
    ('John Smith and Mary Jones said: "We agree on the plan."', "en", "John Smith and Mary Jones"),
])
def test_roles_before_coordinated_names(text: str, lang: str, speaker: str) -> None:
    assert speakers_of(text, lang) == [speaker]


@pytest.mark.parametrize("text, lang, speaker", [
    ("Ensuite ont répondu les habitants : « Nous avons tout perdu dans cet incendie. »", "fr", "les habitants"),
    ("Ensuite a répondu Marie Dupont : « Nous avons tout perdu dans cet incendie. »", "fr", "Marie Dupont"),
    ("Finalement a déclaré le maire : « Nous reconstruirons toute la ville. »", "fr", "le maire"),
    ("Seguidamente dijo el alcalde: «Lo perdimos todo en el incendio».", "es", "el alcalde"),
    ("Posteriormente disse o prefeito: «Perdemos tudo no incêndio».", "pt", "o prefeito"),
    ("Successivamente ha detto il sindaco: «Abbiamo perso tutto nell'incendio».", "it", "il sindaco"),
    # neighbours: a surname that is a word of the language, with no subject after its verb
    ("Blanco dijo a los periodistas: «Lo perdimos todo en el incendio».", "es", "Blanco"),
    ("Boulanger a déclaré : « Nous reconstruirons toute la ville. »", "fr", "Boulanger"),
    ("Leone ha detto ai giornalisti: «Abbiamo perso tutto nell'incendio».", "it", "Leone"),
])
def test_opening_adverb_before_an_inverted_verb(text: str, lang: str, speaker: str) -> None:
    assert speakers_of(text, lang) == [speaker]


@pytest.mark.parametrize("text, lang, speaker", [
    ("I sindaci di Roma e Milano hanno detto: «Serve aiuto dal governo».", "it", "I sindaci di Roma e Milano"),
    ("Los alcaldes de Madrid y Sevilla dijeron: «Necesitamos ayuda del gobierno».", "es",
     "Los alcaldes de Madrid y Sevilla"),
    ("Les maires de Lyon et de Marseille ont déclaré : « Nous avons besoin d'aide. »", "fr",
     "Les maires de Lyon et de Marseille"),
    ("Os prefeitos de Lisboa e Porto disseram: «Precisamos de ajuda do governo».", "pt",
     "Os prefeitos de Lisboa e Porto"),
    ('The mayors of Rome and Milan said: "We need help from the government."', "en", "The mayors of Rome and Milan"),
    # neighbours: a person after "and", two people, one place
    ("Il sindaco di Roma e Giuseppe Sala hanno detto: «Serve aiuto dal governo».", "it", "Giuseppe Sala"),
    ("Ana García y Pedro López dijeron: «Necesitamos ayuda del gobierno».", "es", "Ana García y Pedro López"),
    ("Los alcaldes de Madrid dijeron: «Necesitamos ayuda del gobierno».", "es", "Los alcaldes de Madrid"),
])
def test_group_of_two_places(text: str, lang: str, speaker: str) -> None:
    assert speakers_of(text, lang) == [speaker]


@pytest.mark.parametrize("text, lang, speaker", [
    (('Chief executive Stuart Marks spoke to investors on Monday. "Sales rose sharply this year," Marks and Spencer '
      "said."), "en", "Marks and Spencer"),
    ('Analyst Tom Gamble expects more growth. Procter and Gamble said: "Our sales rose sharply this year."', "en",
     "Procter and Gamble"),
    # neighbours: both people named in full before, resolved each on its own
    ('John Smith and Mary Jones met on Monday. Later Smith and Jones said: "We agree on the plan."', "en",
     "John Smith and Mary Jones"),
    ("Peter Müller und Anna Schmidt trafen sich. Müller und Schmidt sagten: „Wir sind zufrieden mit dem Jahr.“", "de",
     "Peter Müller und Anna Schmidt"),
])
def test_firm_of_two_surnames_stays_whole(text: str, lang: str, speaker: str) -> None:
    assert speakers_of(text, lang) == [speaker]
