"""A reporting clause with no subject, or a pronoun, speaks for the subject of the sentence before
it, never for a person named only after it (a verdict trial in es/pl/it/ar). Inputs written for
these tests: a mayor on trial, his lawyer named in the next sentence, a judge quoted before."""

import pytest

from storylens.analysis.quotes import extract_quote_spans

from ._docs import segmented_doc


def _speakers(text, lang):
    return [q.speaker for q in extract_quote_spans([segmented_doc(text, lang, "d1")])]


@pytest.mark.parametrize("text, lang", [
    (('La jueza Marta Ruiz leyó la sentencia contra el alcalde Tomás Vidal. "Nadie está por encima de la ley", '
     'afirmó Ruiz.\n\nVidal, de 58 años, rechazó las acusaciones. "Soy inocente y lo demostraré", declaró ante '
     'la prensa. Su abogada, Elena Soto, recurrirá el fallo.'), "es"),
    (('Jean Moreau skazany.\n\nSąd w Lyonie skazał byłego mera Jeana Moreau. "Nikt nie stoi ponad prawem" - '
     'powiedziała przewodnicząca Marta Nowak.\n\nMoreau nie przyznał się do winy. "Jestem niewinny" - oświadczył reporterom. '
     'Jego obrońca Piotr Lis zapowiedział apelację.'), "pl"),
])
def test_subjectless_clause_takes_the_previous_subject_not_the_next_name(text, lang):
    # the quote's own clause has a verb and an addressee, no subject: the one who denied it speaks
    speakers = _speakers(text, lang)
    assert speakers[-1].split()[-1] in ("Vidal", "Moreau"), speakers
    assert speakers[-1].split()[0] in ("Tomás", "Jean"), speakers


@pytest.mark.parametrize("text, lang, speaker", [
    (("Il tribunale di Lione ha condannato l'ex sindaco Jean Moreau. \"Nessuno è al di sopra della legge\", "
     "ha detto la giudice Marta Rossi.\n\nL'ex sindaco, 58 anni, ha respinto le accuse. \"Sono innocente\", "
     "ha detto ai cronisti. Il suo avvocato, Paolo Neri, farà ricorso."), "it", "Jean Moreau"),
    (('El tribunal condenó al exalcalde Jean Moreau. "Nadie está por encima de la ley", dijo la jueza Marta '
     'Ruiz.\n\nEl exalcalde rechazó las acusaciones. "Soy inocente", dijo a los periodistas. Su abogado, '
     'Pablo Gil, recurrirá.'), "es", "Jean Moreau"),
])
def test_former_role_subject_resolves_to_the_person_named_with_it(text, lang, speaker):
    # "L'ex sindaco" / "El exalcalde" opens the sentence before a subjectless "ha detto": the text named
    # that former mayor Jean Moreau; the judge quoted before and the lawyer named after do not speak
    assert _speakers(text, lang)[-1] == speaker


@pytest.mark.parametrize("text, lang, speaker", [
    (("Das Gericht in Lyon verurteilte den früheren Bürgermeister. „Das Gesetz gilt für alle“, sagte "
     "Richterin Anna Weber."), "de", "Anna Weber"),
    ("« Nous ferons appel », a déclaré Me Paul Girard, l'avocat de l'ancien maire.", "fr", "Paul Girard"),
    ('Суд приговорил бывшего мэра к трем годам. Сам Петров вину не признал. "Я невиновен", - сказал он.',
     "ru", "Петров"),
])
def test_title_or_intensifier_before_the_name_is_no_part_of_it(text, lang, speaker):
    # "Richterin" (judge), French "Me" (Maître, a lawyer's title) and Russian "Сам" (himself) stand
    # before the name; the speaker is the person (text/data "titles")
    assert _speakers(text, lang)[-1] == speaker


def test_arabic_verb_first_subject_speaks_for_the_next_said():
    # "ونفى مورو …، وقال للصحافيين «…»": Moreau denied the charges and said to reporters; the judge
    # quoted in the sentence before does not speak
    text = ('قضت المحكمة بسجن رئيس البلدية السابق جان مورو ثلاث سنوات. وقالت رئيسة المحكمة مارتا روسي إن "لا أحد فوق '
            'القانون". وبحسب الادعاء، حصل مورو على مليون يورو. ونفى مورو التهم، وقال للصحافيين "أنا بريء ولم أسرق شيئا".')
    assert _speakers(text, "ar")[-1] == "جان مورو"


@pytest.mark.parametrize("opening", ["现年58岁的莫罗一直否认指控。", "莫罗始终否认指控。"])
def test_chinese_he_said_after_the_defendant_opens_the_sentence_before(opening):
    # 他对记者说 (he told reporters) after a sentence about Moreau (an age attribute with 的 before his
    # name, an adverb after it): his words, not those of the judge quoted before
    text = ("法院判处前市长马克·莫罗三年监禁。审判长玛尔塔·罗西说：“任何人都不能凌驾于法律之上。”"
            + opening + "他对记者说：“我是无辜的。”莫罗的律师表示将提起上诉。")
    assert _speakers(text, "zh")[-1] == "马克·莫罗"  # the full name, not "马克·莫罗三年监禁" nor "莫罗"


@pytest.mark.parametrize("text, lang, surname", [
    (('Sąd skazał byłego mera Jeana Moreau. "Nikt nie stoi ponad prawem" - powiedziała sędzia Marta Nowak.\n\n'
      'Były mer nie przyznał się do winy. "Jestem niewinny" - zapewnił dziennikarzy. Jego obrońca Piotr Lis '
      'zapowiedział apelację.'), "pl", "Moreau"),
    (('Суд приговорил бывшего мэра Жана Моро. "Никто не стоит выше закона", - заявила судья Марта Росси.\n\n'
      'Бывший мэр вину не признал. "Я невиновен", - сказал он журналистам. Его адвокат Поль Жирар обжалует '
      'приговор.'), "ru", "Моро"),
])
def test_former_role_without_article_resolves_to_its_holder(text, lang, surname):
    # pl/ru have no article: "Były mer" / "Бывший мэр" opens the sentence, the former-word stands
    # where an article would, and the text named that former mayor before
    assert _speakers(text, lang)[-1].split()[-1] == surname


@pytest.mark.parametrize("text, lang", [
    (('El tribunal condenó al exalcalde Jean Moreau. "Nadie está por encima de la ley", dijo la jueza Marta Ruiz. '
     'Moreau negó los cargos y dijo a la prensa: "Soy inocente".'), "es"),
    (("Il tribunale ha condannato l'ex sindaco Jean Moreau. \"Nessuno è al di sopra della legge\", ha detto la "
     'giudice Marta Rossi. Moreau ha negato le accuse e ha detto ai cronisti: "Sono innocente".'), "it"),
    (("Le tribunal a condamné l'ancien maire Jean Moreau. « Personne n'est au-dessus des lois », a dit la juge "
     "Marta Rossi. Moreau a nié les faits et a déclaré aux journalistes : « Je suis innocent »."), "fr"),
])
def test_subject_of_the_first_coordinated_verb_speaks(text, lang):
    # "Moreau negó los cargos y dijo …": the subject before the first verb, not its object ("los cargos")
    assert _speakers(text, lang)[-1] == "Jean Moreau"
