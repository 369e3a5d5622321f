"""The common three-part header: outlet / "section | date | byline" / headline (trial61 F1).

A section label or breadcrumb beside the header's date and byline blocked the whole header: the section line
became the title and a claim, the article was undated, and its header words were entities."""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text

_LEAD = {
    "nl": "Een cyberaanval heeft maandag de systemen van de ziekenhuizen in Leiden en Alphen aan den Rijn platgelegd, "
          "meldde de directie.",
    "en": "At least 27 people drowned when an overloaded passenger ferry capsized on Lake Victoria on Sunday evening, "
          "police said.",
    "fr": "Au moins 31 personnes ont péri dimanche soir dans le naufrage d'un ferry sur le lac Victoria, a indiqué la "
          "police.",
    "sv": "Kaptenen på färjan som kantrade på Victoriasjön har gripits, och dödssiffran har stigit till 34, uppger polisen.",
    "es": "Al menos 21 personas murieron el martes al hundirse un transbordador en el estrecho de Selayar, informaron "
          "las autoridades.",
    "ko": "24일 오전 인도네시아 남술라웨시 셀라야르 해협에서 승객 212명을 태운 여객선이 침몰해 19명이 숨졌다.",
    "de": "Ein Hackerangriff hat am Montag die Systeme mehrerer Krankenhäuser in den Niederlanden lahmgelegt, teilte "
          "die Klinikgruppe mit.",
    "pl": "Hakerzy zaatakowali w poniedziałek systemy szpitali w Holandii i żądają okupu, poinformował zarząd grupy.",
    "ar": "قتل 12 شخصا على الأقل في انفجار مستودع لنترات الأمونيوم في ميناء مرسين التركي فجر الجمعة، بحسب السلطات.",
    "el": "Δώδεκα άνθρωποι σκοτώθηκαν από έκρηξη σε αποθήκη νιτρικής αμμωνίας στο λιμάνι της Μερσίνης, ανέφεραν οι αρχές.",
    "ru": "Двенадцать человек погибли при взрыве склада аммиачной селитры в порту Мерсина в пятницу, сообщили власти.",
    "tr": "Mersin Limanı'nda amonyum nitrat deposunda cuma sabahı meydana gelen patlamada 12 kişi hayatını kaybetti.",
    "he": "נשיא מחוז מוליזה נעצר ביום חמישי בחשד לשוחד במכרזי בתי החולים, כך מסרה התביעה.",
    "it": "Il presidente della regione Molise è stato arrestato questa mattina con l'accusa di corruzione, ha detto la "
          "procura.",
    "pt": "O governador da região de Molise foi preso na quinta-feira por suspeita de corrupção, informou a procuradoria.",
    "ja": "29日午前10時20分ごろ、韓国・慶州の高速道路で日本人観光客を乗せたバスが事故を起こし、5人が死亡した。",
    "zh": "韩国庆州29日上午发生一起大巴车祸，一辆载有日本游客的大巴失控，造成4人死亡、22人受伤。",
    "cs": "Ministr zdravotnictví v úterý rezignoval kvůli ventilátorům, které nebyly nikdy dodány, oznámil úřad vlády.",
    "uk": "Міністр охорони здоров'я Чехії у вівторок пішов у відставку через скандал з апаратами ШВЛ, повідомив уряд.",
    "hi": "युगांडा में विक्टोरिया झील में रविवार रात एक नौका पलट गई, जिसमें कम से कम 27 लोगों की मौत हो गई।",
}

# (language, outlet line, header line(s), headline, outlet, date, authors): each is a real site's layout
CASES = [
    ("nl", "Hollands Dagblad", "Binnenland | maandag 30 november 2026, 16:22 | Door Sanne de Groot",
     "Cyberaanval legt ziekenhuizen plat", "Hollands Dagblad", "2026-11-30", ("Sanne de Groot",)),
    ("en", "The Lakeside Observer", "News › Uganda › Monday, November 23, 2026\nBy Brian Ssempala, East Africa Wire",
     "27 dead as overloaded ferry capsizes on Lake Victoria", "The Lakeside Observer", "2026-11-23",
     ("Brian Ssempala",)),
    ("fr", "Le Journal des Grands Lacs", "Afrique de l'Est | Publié le 23/11/2026 à 11h02\nPar Aline Mukamana",
     "Ouganda : 31 morts dans le naufrage d'un ferry", "Le Journal des Grands Lacs", "2026-11-23",
     ("Aline Mukamana",)),
    ("sv", "Svenska Kvällsposten", "Utrikes | Publicerad 29 november 2026 kl. 18.40\nAv Johan Lindqvist",
     "Färjekatastrofen i Victoriasjön: kaptenen gripen", "Svenska Kvällsposten", "2026-11-29", ("Johan Lindqvist",)),
    ("es", "Agencia Iberoamericana de Noticias (AIN)",
     "Internacional · 24 de noviembre de 2026 · 20:10 CET\nRedacción: Carlos Méndez Ruiz",
     "Al menos 21 muertos al hundirse un transbordador en Indonesia", "Agencia Iberoamericana de Noticias (AIN)",
     "2026-11-24", ("Carlos Méndez Ruiz",)),
    ("ko", "한빛일보", "국제 | 입력 2026.11.24 21:05 | 자카르타=정민수 특파원",
     "인도네시아 셀라야르 해협서 여객선 침몰…19명 사망", "한빛일보", "2026-11-24", ("정민수",)),
    ("ko", "경북신문", "사회 | 사건사고 | 입력 2026-11-29 15:42 | 수정 2026-11-29 18:10 | 경주=김지훈 기자",
     "경부고속도로 경주 구간서 관광버스 사고", "경북신문", "2026-11-29", ("김지훈",)),
    ("de", "Rheinische Allgemeine", "Ausland | 30.11.2026 – 19:05 Uhr | Von Katrin Albers, Den Haag",
     "Hackerangriff auf niederländische Kliniken", "Rheinische Allgemeine", "2026-11-30", ("Katrin Albers",)),
    ("pl", "Gazeta Pomorska Online", "Świat | 1.12.2026, 21:47 | Autor: Michał Zieliński",
     "Atak hakerów na szpitale w Holandii", "Gazeta Pomorska Online", "2026-12-01", ("Michał Zieliński",)),
    ("ar", "شبكة المشرق الإخبارية", "عربي ودولي | الجمعة 27 نوفمبر 2026 - 17:20 | كتبت: ريم العلي",
     "مقتل 12 شخصاً في انفجار بميناء تركي", "شبكة المشرق الإخبارية", "2026-11-27", ("ريم العلي",)),
    ("el", "Η Φωνή του Αιγαίου", "Κόσμος | Παρασκευή 27 Νοεμβρίου 2026, 18:05 | Του Νίκου Παπαδόπουλου",
     "Τουρκία: 14 νεκροί από έκρηξη στη Μερσίνη", "Η Φωνή του Αιγαίου", "2026-11-27", ("Νίκου Παπαδόπουλου",)),
    ("ru", "Вести Причерноморья", "Мир | 27 ноября 2026, 16:30 | Автор: Андрей Соколов",
     "Взрыв аммиачной селитры в порту Мерсина", "Вести Причерноморья", "2026-11-27", ("Андрей Соколов",)),
    ("tr", "Akdeniz Haber Ajansı", "Gündem | 27 Kasım 2026 Cuma, 14:12 | Muhabir: Derya Aksoy",
     "Mersin Limanı'nda patlama: 12 ölü", "Akdeniz Haber Ajansı", "2026-11-27", ("Derya Aksoy",)),
    ("he", "חדשות הים התיכון", "עולם | 26.11.2026, 21:15 | מאת: יעל כהן",
     "נשיא מחוז מוליזה באיטליה נעצר", "חדשות הים התיכון", "2026-11-26", ("יעל כהן",)),
    ("pt", "Diário do Atlântico", "Mundo | 26 nov. 2026 • 19h20 | Por Ricardo Santos Almeida, correspondente em Roma",
     "Itália: governador de Molise preso por suspeita de corrupção", "Diário do Atlântico", "2026-11-26",
     ("Ricardo Santos Almeida",)),
    ("ja", "東洋新報デジタル", "国際 | 2026年11月29日 19時05分 | ソウル支局・山本健太",
     "韓国・慶州で日本人ツアー客乗せたバス事故", "東洋新報デジタル", "2026-11-29", ("山本健太",)),
    ("zh", "环球新闻网", "国际频道 | 2026-11-29 20:36 | 来源：本网驻首尔记者 王立新",
     "韩国庆州一辆载有日本游客的大巴发生车祸", "环球新闻网", "2026-11-29", ("王立新",)),
    ("cs", "Pražský deník", "Domácí | Politika | 1. prosince 2026 14:55 | Autor: Petra Novotná",
     "Ministr zdravotnictví Tomáš Vrba rezignoval", "Pražský deník", "2026-12-01", ("Petra Novotná",)),
    ("uk", "Європейська правда сьогодні", "Світ | 1 грудня 2026, 19:12 | Автор: Олена Мельник",
     "У Чехії пішов у відставку міністр охорони здоров'я", "Європейська правда сьогодні", "2026-12-01",
     ("Олена Мельник",)),
    ("en", "Central Europe Monitor", "POLITICS | December 1, 2026 — 17:40 CET | By Daniel Kovac, Prague",
     "Czech health minister quits over ventilators", "Central Europe Monitor", "2026-12-01", ("Daniel Kovac",)),
    ("en", "The European Ledger", "TECH & SECURITY · 1 December 2026 · 08:30 GMT\nBy Tom Whitaker in Amsterdam",
     "Dutch hospital group crippled by ransomware gang", "The European Ledger", "2026-12-01", ("Tom Whitaker",)),
    ("hi", "प्रवासी समाचार", "अंतरराष्ट्रीय | 23 नवंबर 2026, 14:30 IST\nलेखक: रश्मि त्रिवेदी",
     "युगांडा: विक्टोरिया झील में नौका पलटी, 27 की मौत", "प्रवासी समाचार", "2026-11-23", ("रश्मि त्रिवेदी",)),
]


@pytest.mark.parametrize(("lang", "outlet_line", "header", "headline", "outlet", "date", "authors"), CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_section_header_is_read_whole(lang: str, outlet_line: str, header: str, headline: str, outlet: str,
                                      date: str, authors: tuple[str, ...]) -> None:
    text = f"{outlet_line}\n{header}\n\n{headline}\n\n{_LEAD[lang]}\n\n{_LEAD[lang]}"
    clean = clean_text(text)
    assert clean.outlet == outlet
    assert clean.published == date
    assert clean.authors == authors
    assert clean.title == headline
    # the header's lines are no text: the body opens with the headline
    assert clean.text.split("\n")[0] == headline


@pytest.mark.parametrize(("outlet_line", "section", "headline", "byline", "outlet", "date", "authors"), [
    # a section line alone over the headline, the byline and date under it
    ("Asia Pacific Daily", "WORLD / SOUTHEAST ASIA", "Indonesian ferry sinks in Selayar Strait; 19 dead, 8 missing",
     "By Dewi Kartika | Published November 24, 2026 at 6:45 PM", "Asia Pacific Daily", "2026-11-24",
     ("Dewi Kartika",)),
    # a menu trail over the headline, the wire's reporter and initials under it
    ("KAMPALA EVENING POST", "Home / National / Accidents",
     "Ferry tragedy: Kalangala Star overturns near Bukasa, 27 feared dead",
     "Brian Ssempala | EAW | 23 Nov 2026, 09:14 EAT", "KAMPALA EVENING POST", "2026-11-23", ("Brian Ssempala",)),
])
def test_header_under_the_headline(outlet_line: str, section: str, headline: str, byline: str, outlet: str,
                                   date: str, authors: tuple[str, ...]) -> None:
    clean = clean_text(f"{outlet_line}\n{section}\n{headline}\n{byline}\n\n{_LEAD['en']}\n\n{_LEAD['en']}")
    assert (clean.outlet, clean.published, clean.authors, clean.title) == (outlet, date, authors, headline)
    assert section not in clean.text and byline not in clean.text


def test_a_headline_over_a_section_header_stays_the_title() -> None:
    """A headline over a header line has the lead under the header: the first line is the title, no outlet."""
    text = (f"Floods Hit Valencia\nWorld | 23 November 2026 | By Jane Holloway\n\n{_LEAD['en']}\n\n{_LEAD['en']}")
    clean = clean_text(text)
    assert clean.title == "Floods Hit Valencia"
    assert clean.published == "2026-11-23"
    assert clean.authors == ("Jane Holloway",)
    assert clean.outlet != "Floods Hit Valencia"


@pytest.mark.parametrize("line", [
    # a sentence with a bar or a dash is text, not a header
    "World | Floods hit Valencia after three days of rain, and the city counts 40 dead.",
    # a headline and its outlet after a dash: no date, no byline
    "卑诗省阿伯茨福德警方调查他们认为是针对的枪击事件 – Red Deer Advocate",
    # a place and a colon before a headline's words: no author key
    "Denzlingen: Nächtlicher Brand",
])
def test_text_lines_stay_text(line: str) -> None:
    text = f"{line}\n\n{_LEAD['de']}\n\n{_LEAD['de']}"
    clean = clean_text(text)
    assert clean.text.startswith(line)
    assert clean.authors == ()
