"""A sentence that opens with a role and names the person in apposition ("La ministra de Sanidad, Elena
Ruiz, rechazó …") or after the role's complement ("Министр здравоохранения региона Ольга Белова
отвергла …") is about that person: a pronoun or a subject-less verb of saying in the next sentence is
hers, not the earlier speaker's. Inputs written for these tests."""

import pytest

from storylens.analysis.quotes import extract_quote_spans

from ._docs import segmented_doc


@pytest.mark.parametrize("text, lang", [
    (('«Die Lage im Krankenhaus ist ernst», sagte Klinikchef Thomas Brandt am Montag. '
      'Die Ministerin für Gesundheit des Landes Hessen, Julia Hartmann, wies die Kritik zurück. '
      '«Wir haben genug Betten für alle Patienten», sagte sie.'), "de"),
    (('"La situation à l\'hôpital est grave", a déclaré le directeur de l\'hôpital, Paul Girard. '
      'Selon lui, une centaine de malades attendent. '
      'La ministre des Affaires sociales, Julie Marchand, a démenti toute faute. '
      '"Nous avons assez de lits pour tous les patients", a-t-elle affirmé.'), "fr"),
    (('"La situación en el hospital es grave", afirmó el director Pablo García el lunes. '
      'La ministra de Sanidad de la región, Elena Ruiz, rechazó las críticas. '
      '"Tenemos camas suficientes para todos los pacientes", dijo.'), "es"),
    (('"Ситуация в больнице серьезная", - заявил главный врач больницы Джон Беннет. По его словам, сто больных ждут. '
      'Министр здравоохранения региона Мэри Кент отвергла критику. '
      '"У нас достаточно коек для всех пациентов", - сказала она.'), "ru"),
], ids=["de", "fr", "es", "ru"])
def test_role_opening_with_name_is_the_next_quotes_antecedent(text, lang):
    speakers = [q.speaker for q in extract_quote_spans([segmented_doc(text, lang)])]
    assert speakers[-1] == {"de": "Julia Hartmann", "fr": "Julie Marchand", "es": "Elena Ruiz",
                            "ru": "Мэри Кент"}[lang]


@pytest.mark.parametrize("text, lang, speaker", [
    (('"La situación es grave", afirmó el director del hospital, Pablo García. Según García, cien enfermos '
      'esperan cama. Más tarde el director habló de nuevo. "No tenemos médicos", dijo.'), "es", "Pablo García"),
    (('«Die Lage ist ernst», sagte der Klinikchef Thomas Brandt. Laut Brandt warten hundert Kranke auf ein '
      'Bett. Später sprach er noch einmal. «Uns fehlen Ärzte», sagte er.'), "de", "Thomas Brandt"),
], ids=["es-segun", "de-laut"])
def test_according_to_opening_is_no_part_of_the_name(text, lang, speaker):
    speakers = [q.speaker for q in extract_quote_spans([segmented_doc(text, lang)])]
    assert speakers == [speaker, speaker]


@pytest.mark.parametrize("text, lang, speaker", [
    (('"El agua ya no llega a los barrios altos", afirmó el director del Instituto Nacional de Agua Potable y '
      'Saneamiento Rural, Jorge Medina, quien pidió calma.'), "es", "Jorge Medina"),
    (('"L\'eau n\'arrive plus dans les quartiers hauts", a affirmé le directeur de l\'Institut national de l\'eau '
      'potable et de l\'assainissement des campagnes, Jorge Medina, qui a appelé au calme.'), "fr", "Jorge Medina"),
    (('"The water no longer reaches the upper districts," said the head of the National Institute of Drinking '
      'Water and Rural Sanitation, Jorge Medina, who asked for calm.'), "en", "Jorge Medina"),
    (('«Das Wasser erreicht die oberen Viertel nicht mehr», sagte der Sprecher des Bundesamts für Wasser und '
      'Abwasser, Thomas Berger, am Sonntag.'), "de", "Thomas Berger"),
], ids=["es", "fr", "en-and", "de-fuer"])
def test_name_in_apposition_after_a_long_role(text, lang, speaker):
    assert [q.speaker for q in extract_quote_spans([segmented_doc(text, lang)])] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("卫生部长詹姆斯·惠勒否认医院缺床。他说：“我们有足够的床位。”", "詹姆斯·惠勒"),
    ("市长威廉·珀金斯否认学校关闭。他说：“学校明天照常上课。”", "威廉·珀金斯"),
], ids=["hui", "po-lian"])
def test_zh_transliterated_name_ends_before_the_verb(text, speaker):
    assert [q.speaker for q in extract_quote_spans([segmented_doc(text, "zh")])] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Ankara Cumhuriyet Başsavcısı Ahmet Kaya, "Soruşturma sürüyor" dedi.', "Ahmet Kaya"),
    ('Hastane Başhekimi Ayşe Demir, "Yatak sıkıntısı yok" dedi.', "Ayşe Demir"),
    ('Orman Yangınları Komiseri Can Öztürk, "Yangın kontrol altında değil" dedi.', "Can Öztürk"),
], ids=["bassavci", "bashekim", "komiser"])
def test_tr_job_title_is_no_part_of_the_name(text, speaker):
    assert [q.speaker for q in extract_quote_spans([segmented_doc(text, "tr")])] == [speaker]


@pytest.mark.parametrize("text", [
    ('Copiapó (Chile), 4 dic (EFE).- Unas 300 familias fueron evacuadas por una crecida del río Copiapó, '
     'informaron las autoridades. "El agua subió muy rápido", afirmó el alcalde, Juan Pérez.'),
    ('Lima, 5 ene (EFE).- El Gobierno peruano declaró la emergencia en tres regiones. "Es una medida '
     'preventiva", dijo la ministra de Defensa, Ana Torres.'),
], ids=["copiapo", "lima"])
def test_agency_dateline_mark_opens_no_dash_quote(text):
    """Spanish dialogue opens with a dash, but the hyphen glued to the stop after an agency's dateline
    ("(EFE).-") opens the lead, not speech."""
    assert [q.text[:6] for q in extract_quote_spans([segmented_doc(text, "es")])] == [text.split('"')[1][:6]]
