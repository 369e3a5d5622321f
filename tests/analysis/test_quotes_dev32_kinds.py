"""Speaker kinds found on spk19's fresh dev sets (stop 32; gold written before the first run), each in
inputs other than the gold's: a role's place or body in the genitive before the holder (pl), a body split
by "i", an outlet told without a preposition, a role resolved to a name written in a case form, a bare noun
of one sex for the person just described, a headline glued to the first sentence by a run of spaces, and a
role's "de" complement that is no place (es)."""

import pytest

from ._docs import speakers_match, speakers_of

CASES = [
    ("pl-place-genitive", "pl",
     ("Burmistrz Kłodzka Michał Piszko i komendantka straży Agnieszka Nowak apelowali o ostrożność. "
     "– Prosimy nie wracać do domów – zaznaczyła."), ["Agnieszka Nowak"]),
    ("pl-place-genitive-after-verb", "pl", "– Nie damy rady sami – powiedział burmistrz Kłodzka Michał Piszko.",
     ["Michał Piszko"]),
    ("pl-given-name-no-place", "pl", "Burmistrz Anna Maria Nowak odwiedziła szkołę. – To trudny dzień – powiedziała.",
     ["Anna Maria Nowak"]),
    ("pl-body-of-words", "pl", "„To największa powódź” – ocenił dyrektor Zakładu Gospodarki Wodnej Grzegorz Walijewski.",
     ["Grzegorz Walijewski"]),
    ("pl-body-split-by-and", "pl",
     "„To największa powódź od lat” – ocenił hydrolog Instytutu Meteorologii i Gospodarki Wodnej Grzegorz Walijewski.",
     ["Grzegorz Walijewski"]),
    ("pl-and-after-name-is-no-body", "pl", "„To wielka powódź” – powiedział minister Jan Kowalski i dodał, że pomoc nadejdzie.",
     ["Jan Kowalski"]),
    ("pl-outlet-told-then-role", "pl",
     ("Według wojewody dolnośląskiego Macieja Awiżenia sytuacja się stabilizuje. "
     "– Najgorsze mamy chyba za sobą – powiedział PAP wojewoda."), [("Maciej Awiżenia", "Maciej Awiżeń")]),
    ("pl-outlet-told-then-name", "pl", "– Woda opada – powiedział PAP Jan Kowalski.", ["Jan Kowalski"]),
    ("ru-outlet-told-then-name", "ru", "«Вода спадает», — сказал ТАСС министр Сергей Иванов.", ["Сергей Иванов"]),
    ("pl-woman-noun", "pl",
     "Mieszkanka Kłodzka, 64-letnia Halina Wróbel, straciła cały dobytek. „Woda weszła do domu w kwadrans” – mówi kobieta.",
     ["Halina Wróbel"]),
    ("pl-woman-noun-after-a-man", "pl",
     "Jan Nowak pomagał sąsiadom. Obok stała Ewa Lis. – Wszystko straciliśmy – mówi kobieta.", ["Ewa Lis"]),
    ("pl-man-noun", "pl", "Ewa Lis i jej mąż Piotr Lis stracili dom. – Nie mamy nic – mówi mężczyzna.", ["Piotr Lis"]),
    ("pl-woman-noun-no-woman", "pl", "Jan Nowak pomagał sąsiadom. – Wszystko straciliśmy – mówi kobieta.", ["kobieta"]),
    ("es-glued-headline", "es",
     ("Ciudadanos critica la falta de colaboración con la Sindicatura de Cuentas  El concejal de Ciudadanos Rubén "
     "Pérez Carcedo pide al equipo de gobierno que aclare \"los motivos de la demora en la auditoría\". "
     "“No puede ser que el Ayuntamiento esté entre los morosos”, señaló."),
     [("El concejal de Ciudadanos Rubén Pérez Carcedo", "Rubén Pérez Carcedo"), "Rubén Pérez Carcedo"]),
    # (the party word stays on the subject read from the sentence opening: a leftover, not this kind)
    ("es-role-complement-no-place", "es",
     "El concejal de Ciudadanos Rubén Pérez visitó la planta de Gijón. “Hay que cerrarla cuanto antes”, afirmó.",
     [("Rubén Pérez", "Ciudadanos Rubén Pérez")]),
    # a given name alone with an age is a person; a pronoun of her gender after the last speaker (a man by
    # the name lists) is hers
    ("fr-aged-given-name", "fr",
     ("« C'est un record absolu pour la région », a précisé à l'AFP le prévisionniste Laurent Cabrol.\n\n"
      "Dans le village de Plouguerneau, Martine, 71 ans, balaie les tuiles. "
      "« Le toit s'est envolé en deux minutes », raconte-t-elle."), ["Laurent Cabrol", "Martine"]),
    ("es-aged-given-name", "es",
     ("«Es un récord absoluto», precisó el meteorólogo Javier Ruiz.\n\n"
      "En el pueblo de Cangas, Lucía, de 34 años, barre las tejas. «El tejado voló en dos minutos», cuenta ella."),
     ["Javier Ruiz", "Lucía"]),
    ("es-place-still-no-speaker", "es",
     ("El alcalde Paul Mercadier y la prefecta Claire Dumas visitaron el refugio de Puerto Calvén el jueves. "
     "«Hay que evacuar el valle», insistió ella."), ["Claire Dumas"]),
]


@pytest.mark.parametrize("lang, text, want", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speaker_of_each_quotation(lang: str, text: str, want: list) -> None:
    got = speakers_of(text, lang)
    assert speakers_match(got, want), got


@pytest.mark.parametrize("lang, text, subject", [
    ("en", ("White House press secretary Sarah Huckabee Sanders, traveling with the president on his trip to Asia, "
            "told reporters that Trump “believes that we cannot allow a mere allegation to destroy a person’s life” "
            "but that if the allegations are true, “Judge Moore will do the right thing and step aside.”"),
     "the allegations"),
    ("en", ("Press secretary Dana Webb, traveling with the governor in Ohio, told reporters that Cole “will not resign "
            "over a rumour” but that if the reports are true, “the governor will step aside.”"), "the reports"),
])
def test_a_condition_subject_is_no_speaker(lang: str, text: str, subject: str) -> None:
    # "if the allegations are true, “…”": the condition's subject never speaks (dev32 h2)
    assert subject not in speakers_of(text, lang)


def test_the_condition_follows_its_speaker() -> None:
    text = ("White House press secretary Sarah Huckabee Sanders, traveling with the president on his trip to Asia, "
            "told reporters that Trump “believes that we cannot allow a mere allegation to destroy a person’s life” "
            "but that if the allegations are true, “Judge Moore will do the right thing and step aside.”")
    assert speakers_of(text, "en") == ["Sarah Huckabee Sanders", "Sarah Huckabee Sanders"]


@pytest.mark.parametrize("text, outlet", [
    (("Moore’s campaign denied the allegations, which The Washington Post first reported, telling the paper the "
     "accusations of four women are “the very definition of fake news.”"), "Washington Post"),
    ("The mayor’s office denied the claims, which The Guardian first reported, calling them “completely baseless.”",
     "The Guardian first"),
])
def test_a_name_in_a_relative_clause_about_a_thing_is_no_speaker(text: str, outlet: str) -> None:
    # ", which X first reported,": X reported the allegations, not the words the participle after it quotes
    assert outlet not in speakers_of(text, "en")


def test_the_subject_before_a_thing_relative_still_speaks() -> None:
    text = "Senator Tom Reed denied the claims, which The Guardian first reported, calling them “completely baseless.”"
    assert speakers_of(text, "en") == ["Tom Reed"]


@pytest.mark.parametrize("lang, text, want", [
    ("en", ("Mr. Moore called the allegations “completely false.”\n\n"
            "That’s how John Skipper, 66, a former party chairman, characterized the claims.\n\n"
            "He said that other Republicans would stand by the candidate.\n\n"
            "“Most of them will not be shocked,” he said."), ["Moore", "John Skipper"]),
    ("fr", ("Le maire a jugé ces accusations « absurdes », a dit Paul Girard.\n\n"
            "C'est ainsi que Anne Roux, 58 ans, ancienne députée, a résumé l'affaire.\n\n"
            "« Personne ne sera surpris », a-t-elle ajouté."), ["Paul Girard", "Anne Roux"]),
])
def test_the_subject_after_a_cleft(lang: str, text: str, want: list) -> None:
    # "That's how X … characterized the claims": X is the sentence's subject, whom a later "he" names
    assert speakers_of(text, lang) == want
