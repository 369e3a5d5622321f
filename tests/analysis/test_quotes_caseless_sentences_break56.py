"""A quotation that ends its sentence inside its marks ("….»", '…."') before the next sentence of a script
without capitals: the splitter keeps the two sentences whole, and each sentence's attribution is its own quotation's
(break56 F2: "به گفته وزیر امور خارجه عباس عراقچی، «….» رئیس‌جمهور مسعود پزشکیان نیز تأکید کرد که «…»" gave
Araghchi's quotation to Pezeshkian; 'לדברי ראש האופוזיציה יאיר לפיד, "…."' after an earlier speaker's quotation
took that speaker). Inputs written for these tests."""

import pytest

from storylens.analysis.quotes import extract_quote_spans

from ._docs import segmented_doc


def _speakers(text: str, lang: str) -> list[str | None]:
    return [s.speaker for s in extract_quote_spans([segmented_doc(text, lang, "d1")])]


@pytest.mark.parametrize(("lang", "text", "speakers"), [
    ("fa", ("سخنگوی وزارت امور خارجه اسماعیل بقائی روز شنبه گفت: «ایران به مذاکرات ادامه خواهد داد.» به گفته وزیر "
           "امور خارجه عباس عراقچی، «دور بعدی گفتگوها در عمان برگزار می‌شود.» رئیس‌جمهور مسعود پزشکیان نیز تأکید کرد "
           "که «ما به دنبال سلاح هسته‌ای نیستیم.»"),
     ["اسماعیل بقائی", "عباس عراقچی", "مسعود پزشکیان"]),
    ("fa", ("به گفته سخنگوی قوه قضاییه اصغر جهانگیر، «پرونده در حال بررسی است.» دادستان تهران علی صالحی هم گفت که "
           "«متهمان بازداشت شدند.»"),
     ["اصغر جهانگیر", "علی صالحی"]),
    ("he", ('דובר צה"ל, תת-אלוף אפי דפרין, אמר ביום שבת: "הכוחות ממשיכים לפעול ברצועת עזה." לדברי ראש האופוזיציה '
           'יאיר לפיד, "הממשלה מפקירה את החטופים."'),
     ["אפי דפרין", "יאיר לפיד"]),
    ("he", 'על פי דובר המשטרה אלי לוי, "החשוד נעצר." מפכ"ל המשטרה דני לוי אמר כי "החקירה נמשכת".',
     ["אלי לוי", "דני לוי"]),
    ("ar", "قال وزير الخارجية أيمن الصفدي: «الأردن يرفض التهجير.» ووفقا لوزير الداخلية مازن الفراية، «الحدود آمنة.»",
     ["أيمن الصفدي", "مازن الفراية"]),
])
def test_each_sentence_attributes_its_own_quotation(lang: str, text: str, speakers: list[str]):
    assert _speakers(text, lang) == speakers


def test_a_quotation_between_two_sentences_is_no_later_ones():
    # no attribution of its own: not the next sentence's subject (nor, in Hebrew, the "according to" after it)
    text = ('השר לביטחון לאומי איתמר בן גביר אמר: "נפעל בכל הכוח." לפי שר האוצר בצלאל סמוטריץ\', "התקציב יאושר."')
    assert _speakers(text, "he")[1] == "בצלאל סמוטריץ'"
    assert _speakers(text, "he")[0] != "בצלאל סמוטריץ'"


@pytest.mark.parametrize(("text", "speaker"), [
    # a role, its complement, the holder's rank, then the name (text data "ranks"; break56 F2 gave none)
    ('מפקד חיל האוויר אלוף תומר בר אמר כי "התקיפות יימשכו".', "תומר בר"),
    ('מפקד פיקוד הדרום אלוף ירון פינקלמן אמר כי "נמשיך לפעול".', "ירון פינקלמן"),
    ('מפקד מחוז הצפון ניצב מאיר אליהו אמר כי "החשודים נעצרו".', "מאיר אליהו"),
])
def test_a_rank_after_a_role_opens_the_holders_name(text: str, speaker: str):
    assert _speakers(text, "he") == [speaker]


def test_after_an_according_to_the_next_sentence_keeps_its_own_speaker():
    text = ('לדברי ראש האופוזיציה יאיר לפיד, "הממשלה מפקירה את החטופים." מפקד חיל האוויר אלוף תומר בר אמר כי '
            '"התקיפות יימשכו".')
    assert _speakers(text, "he") == ["יאיר לפיד", "תומר בר"]


@pytest.mark.parametrize(("text", "speaker"), [
    # a place or an occasion between the subject and its verb (text data "adverbial_prepositions"; break56 F2)
    ("معاون اول رئیس‌جمهور محمدرضا عارف روز شنبه در تهران گفت: «دولت از مذاکرات حمایت می‌کند.»", "محمدرضا عارف"),
    ("وزیر خارجه عباس عراقچی در دیدار با همتای عمانی خود گفت: «گفتگوها ادامه دارد.»", "عباس عراقچی"),
    ("سخنگوی وزارت امور خارجه اسماعیل بقائی روز دوشنبه در نشست خبری هفتگی گفت: «مذاکرات ادامه دارد.»", "اسماعیل بقائی"),
    # a role with a preposition inside stays whole
    ("نماینده ایران در سازمان ملل امیر سعید ایروانی گفت: «ایران به دنبال جنگ نیست.»", "سعید ایروانی"),
    # a title chain before the holder ("رهبر", leader: text data "titles")
    ("رهبر جمهوری اسلامی آیت‌الله علی خامنه‌ای گفت: «مذاکره با آمریکا عاقلانه نیست.»", "علی خامنه‌ای"),
])
def test_a_persian_subject_before_an_adverbial(text: str, speaker: str):
    assert _speakers(text, "fa") == [speaker]
