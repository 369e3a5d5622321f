"""byline70 (newuser70 H1, LOW 1): a header's byline with its language's author marker ("Autor:", "Автор:",
"作者：", "记者", "بقلم", "Yazan:"; text data "byline") lost the author and the outlet -- the keyed line
("date 2024-09-16 Autor: Piotr Nowak, Gazeta Wyborcza") was still removed as a header, so both were silently
gone -- or gave the whole byline as the outlet ("作者：李明，新华社", "新华社记者李明"), or kept the marker in the
author's name ("بقلم أحمد حسن", "Autorin Anna Schmidt", "李明记者"). A sentence opening with the marker's word
stays text."""

import pytest

from storylens.prepare.clean import clean_text

LEADS = {
    "pl": ("Powódź na Dolnym Śląsku", "W wyniku powodzi zginęły cztery osoby, poinformował w poniedziałek premier."),
    "ru": ("Наводнение в Оренбурге", "В Оренбурге уровень воды превысил 10 метров, сообщили в понедельник власти."),
    "zh": ("西藏定日县发生地震", "1月7日，西藏日喀则市定日县发生6.8级地震，已造成126人遇难。"),
    "ar": ("تصادم قطارين في سوهاج", "لقي 32 شخصا مصرعهم يوم الجمعة في تصادم قطارين في محافظة سوهاج."),
    "en": ("Floods hit the region", "Four people died in floods, the prime minister said on Monday."),
    "de": ("Hochwasser in Schlesien", "Vier Menschen sind ums Leben gekommen, sagte der Regierungschef am Montag."),
    "fr": ("Inondations en Pologne", "Quatre personnes sont mortes, a annoncé lundi le Premier ministre."),
    "es": ("Inundaciones en Polonia", "Cuatro personas murieron, anunció el lunes el primer ministro."),
    "it": ("Alluvione in Polonia", "Quattro persone sono morte, ha annunciato lunedì il premier."),
    "tr": ("Polonya'da sel felaketi", "Sellerde dört kişi hayatını kaybetti, Başbakan pazartesi günü açıkladı."),
}


def _keyed(lang: str, byline: str) -> str:
    title, lead = LEADS[lang]
    return f"date 2025-01-07 {byline}\n\n{title}\n\n{lead}\n"


def _under(lang: str, line: str) -> str:
    title, lead = LEADS[lang]
    return f"{title}\n{line}\n\n{lead}\n"


@pytest.mark.parametrize(("lang", "byline", "authors", "outlet", "lookalike"), [
    ("pl", "Autor: Piotr Nowak, Gazeta Wyborcza", ("Piotr Nowak",), "Gazeta Wyborcza",
     "Autor książki powiedział, że powódź była największa od lat."),
    ("pl", "autor Piotr Nowak, Gazeta Wyborcza", ("Piotr Nowak",), "Gazeta Wyborcza", "Autor raportu ostrzega"),
    ("pl", "Autor: Piotr Nowak, Kurier Lubelski", ("Piotr Nowak",), "Kurier Lubelski", "Autor książki o powodzi"),
    ("ru", "Автор: Иван Петров, РИА Новости", ("Иван Петров",), "РИА Новости",
     "Автор законопроекта заявил, что документ будет принят в пятницу."),
    ("ru", "Автор Иван Петров, РИА Новости", ("Иван Петров",), "РИА Новости", "Автор законопроекта о выборах"),
    ("zh", "作者：李明，新华社", ("李明",), "新华社", "作者表示，这次地震造成了严重损失。"),
    ("zh", "作者: 李明, 新华社", ("李明",), "新华社", "作者表示这次地震造成了严重损失"),
    ("zh", "新华社记者李明", ("李明",), "新华社", "记者从应急管理部获悉，救援工作正在进行。"),
    ("zh", "新华社记者 李明", ("李明",), "新华社", "据新华社记者报道"),
    ("zh", "记者 李明，新华社", ("李明",), "新华社", "新华社记者"),
    ("zh", "李明记者", ("李明",), None, "记者从应急管理部获悉"),
    ("zh", "撰文：李明", ("李明",), None, "作者表示这次地震造成了严重损失"),
    ("zh", "文／李明　新华社", ("李明",), "新华社", "据新华社记者报道，救援队已抵达灾区。"),
    ("ar", "بقلم أحمد حسن، الأهرام", ("أحمد حسن",), "الأهرام",
     "بقلم الكاتب الكبير نشرت الصحيفة مقالا عن الحادث أمس."),
    ("ar", "بقلم: أحمد حسن", ("أحمد حسن",), None, "بقلم الكاتب الكبير نشرت الصحيفة مقالا عن الحادث أمس."),
    ("en", "Author: Jane Doe, BBC", ("Jane Doe",), "BBC", "By the end of the day, the water had receded."),
    ("en", "Written by Jane Doe, BBC", ("Jane Doe",), "BBC", "Author of the report warns of more floods"),
    ("de", "Autorin Anna Schmidt, dpa", ("Anna Schmidt",), "dpa", "Autor des Berichts ist der Forscher Hans Meier."),
    ("de", "Autor: Anna Schmidt, dpa", ("Anna Schmidt",), "dpa", "Von der Leyen in Kiew"),
    ("fr", "Auteur : Jean Dupont, Le Monde", ("Jean Dupont",), "Le Monde", "Par ailleurs, le gouvernement a promis une aide."),
    ("es", "Autora Ana Pérez, El País", ("Ana Pérez",), "El País", "Autora del libro sobre las inundaciones"),
    ("it", "Autore: Marco Rossi, ANSA", ("Marco Rossi",), "ANSA", "Di Maio si dimette"),
    ("tr", "Yazan: Ahmet Yılmaz, Hürriyet", ("Ahmet Yılmaz",), "Hürriyet",
     "Yazar, kitabında selin etkilerini anlattı ve yardım istedi."),
    ("tr", "Muhabir: Ahmet Yılmaz, Anadolu Ajansı", ("Ahmet Yılmaz",), "Anadolu Ajansı", "Yazar kitabını anlattı"),
])
def test_a_keyed_byline_with_its_marker_gives_author_and_outlet_and_a_lookalike_stays_text(
        lang, byline, authors, outlet, lookalike):
    clean = clean_text(_keyed(lang, byline))
    assert (clean.authors, clean.outlet, clean.published) == (authors, outlet, "2025-01-07")
    assert byline not in clean.text and clean.title == LEADS[lang][0]
    # the marker's word opening a line under the headline, or the lead, is no byline
    for text in (_under(lang, lookalike), f"{LEADS[lang][0]}\n\n{lookalike} {LEADS[lang][1]}\n"):
        looked = clean_text(text)
        assert (looked.authors, looked.outlet) == ((), None) and lookalike in looked.text


@pytest.mark.parametrize(("line", "authors", "outlet", "published"), [
    ("新华社　2025年1月7日　李明记者", ("李明",), "新华社", "2025-01-07"),  # the marker after the name is no part of it
    ("新华社记者　李明", ("李明",), "新华社", None),  # the outlet glued to the marker, the name apart
    ("作者：李明　新华社", ("李明",), "新华社", None),  # the ideographic space parts the outlet
])
def test_a_chinese_byline_under_the_headline_gives_the_reporter_and_the_outlet(line, authors, outlet, published):
    clean = clean_text(_under("zh", line))
    assert (clean.authors, clean.outlet, clean.published) == (authors, outlet, published)
    assert line not in clean.text
    # an outlet's reporter with no name is nobody's byline: the outlet is never the author
    alone = clean_text(_under("zh", "新华社记者"))
    assert alone.authors == () and "新华社记者" in alone.text


@pytest.mark.parametrize(("lang", "line", "authors", "outlet", "published"), [
    ("ru", "23 марта 2024, Автор Иван Петров", ("Иван Петров",), None, "2024-03-23"),
    ("de", "Der Spiegel, 16. September 2024, Autorin Anna Schmidt", ("Anna Schmidt",), "Der Spiegel", "2024-09-16"),
    ("zh", "2025年1月7日　作者：李明", ("李明",), None, "2025-01-07"),
    # the line was removed as a header and both the reporter and the outlet lost
    ("zh", "新华社记者李明　2025年1月7日", ("李明",), "新华社", "2025-01-07"),
])
def test_a_marked_author_beside_a_date_under_the_headline_is_read_without_the_marker(
        lang, line, authors, outlet, published):
    clean = clean_text(_under(lang, line))
    assert (clean.authors, clean.outlet, clean.published) == (authors, outlet, published)
    assert line not in clean.text and clean.title == LEADS[lang][0]


@pytest.mark.parametrize("line", [
    # a headline or a sentence ending in 记者 names nobody before it (byline70b H1: "表彰优秀" was the author)
    "表彰优秀记者", "致敬记者", "我是记者", "专访战地记者", "寻找最美记者", "他是一名记者",
    # what is glued after the reporter's name is no part of it (H2): a photo's credit, the reporter's work, no name
    "新华社记者李明摄", "人民日报记者张三采访", "新华社记者王者归来",
    # an anonymous author is no name (M2)
    "作者：佚名",
])
def test_a_line_ending_or_opening_with_a_chinese_marker_but_no_name_gives_no_author(line):
    clean = clean_text(_under("zh", line))
    assert clean.authors == () and f"{LEADS['zh'][0]}\n{line}\n" in clean.text


@pytest.mark.parametrize("line", ["新华社记者　2025年1月7日", "2025年1月7日　新华社记者"])
def test_an_outlets_unnamed_reporter_beside_a_date_is_no_author(line):
    # byline70b H3: the marker alone was the author "记者"
    clean = clean_text(_under("zh", line))
    assert (clean.authors, clean.outlet, clean.published) == ((), "新华社", "2025-01-07")


def test_a_second_marker_after_the_first_is_no_part_of_the_name():
    # byline70b M1: "文/本报记者 李明" gave the author "本报记者 李明"
    assert clean_text(_under("zh", "文/本报记者 李明")).authors == ("李明",)


@pytest.mark.parametrize(("lang", "line", "author", "photographer"), [
    ("ru", "Текст: Иван Петров, фото: Анна Сидорова", "Иван Петров", "Анна Сидорова"),
    ("de", "Von Anna Schmidt, Fotos: Hans Meier", "Anna Schmidt", "Hans Meier"),
])
def test_a_photographer_credited_beside_the_author_is_a_contributor(lang, line, author, photographer):
    # byline70b M3: the line was removed as a header and the photographer lost
    clean = clean_text(_under(lang, line))
    assert (clean.authors, clean.contributors) == ((author,), (photographer,))


@pytest.mark.parametrize("line", ["来源：网络 作者：网友"])
def test_a_source_line_whose_author_is_no_name_stays_text(line):
    """final70 H1: the header-fields reader took "佚名" (anonymous) and "网友" (a netizen) for authors and removed the
    line, the source 人民日报 with it. (A source that is an outlet, "来源：人民日报 作者：佚名", is read since hdr71:
    test_a_source_line_whose_author_is_kept_back_gives_the_outlet.)"""
    cleaned = clean_text(f"市议会批准新交通计划\n{line}\n\n全市已有12所学校停课。教育局表示，停课将持续到周五。")
    assert cleaned.authors == () and line in cleaned.text


def test_a_source_line_whose_author_is_kept_back_gives_the_outlet():
    """hdr71 #5: "来源：人民日报 作者：佚名" is the outlet 人民日报 and no author (佚名, anonymous, stays no name)."""
    line = "来源：人民日报 作者：佚名"
    cleaned = clean_text(f"市议会批准新交通计划\n{line}\n\n全市已有12所学校停课。教育局表示，停课将持续到周五。")
    assert (cleaned.authors, cleaned.outlet, cleaned.title) == ((), "人民日报", "市议会批准新交通计划")
    assert line not in cleaned.text
