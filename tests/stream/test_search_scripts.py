"""Search across scripts (trial 20 #19): a name or an organisation's acronym finds the reports that write
it in another script or language. "蒙塔内尔" found only the Chinese report, "صندوق النقد الدولي" only
the Arabic one, "IWF Kreditprogramm" only the German one, "Монтанер" the Latin-script ones but neither
the Chinese nor the Arabic: a name's vector means little (the semantic half found nothing), and full
text reads a word as written. Both backends; the query's vector is far from every article."""

from __future__ import annotations

import numpy as np
import pytest

from storylens.store import ArticleRecord, StoreBatch
from storylens.stream.queries import search

from .test_search_names import _id, _unit  # the same stored ids and unit vectors

# (title, text, language, vector): two stories of central-bank news (A: Calvera, B: Germany), written
# near one another by meaning, each naming its people in Latin, Cyrillic, Chinese, Arabic, Katakana
# and Hangul letters
_CORPUS = [
    ("Calvera raises rates", "Governor Lucía Montaner said the bank would defend the peso.", "en", _unit(1, 0, 0)),
    ("卡尔韦拉央行加息", "央行行长露西娅·蒙塔内尔说，将捍卫比索。", "zh", _unit(1, 0.1, 0)),
    ("رفع الفائدة", "وقالت محافظة البنك المركزي لوسيا مونتانير إن البنك سيدافع عن البيزو.", "ar", _unit(1, 0, 0.1)),
    ("ЦБ повысил ставку", "Глава центробанка Лусия Монтанер заявила, что банк защитит песо.", "ru", _unit(1, 0.1, 0.1)),
    # the same story's reports of another person: near by meaning, no Montaner
    ("财政部长表态", "财政部长安德烈斯·索拉诺表示，这一决定完全由中央银行作出。", "zh", _unit(1, 0.2, 0)),
    ("وزير المالية", "وقال وزير المالية أندريس سولانو في تشرين الثاني إن القرار يعود إلى البنك المركزي.", "ar", _unit(1, 0, 0.2)),
    # a month that sounds like "Solano" (تشرين, "Tishreen": t-sh-r-n), no person
    ("الاحتياطيات", "تراجعت الاحتياطيات الأجنبية في تشرين الثاني إلى ١٢ مليار دولار.", "ar", _unit(1, 0.2, 0.2)),
    ("Scholz backs the bank", "Chancellor Olaf Scholz said the central bank was independent.", "en", _unit(0, 1, 0)),
    ("德国总理表态", "德国总理奥拉夫·朔尔茨说，央行是独立的。", "zh", _unit(0.1, 1, 0)),
    ("المستشار الألماني", "وقال المستشار الألماني أولاف شولتس إن البنك المركزي مستقل.", "ar", _unit(0, 1, 0.1)),
    ("カルベラ中銀が利上げ", "中央銀行のルシア・モンタネール総裁は、ペソを守ると述べた。", "ja", _unit(1, 0.1, 0.2)),
    ("칼베라 중앙은행 금리 인상", "루시아 몬타네르는 페소를 지키겠다고 말했다.", "ko", _unit(1, 0.2, 0.1)),
]
MONTANER, SOLANO, SCHOLZ = {1, 2, 3, 4, 11, 12}, {5, 6}, {8, 9, 10}

# one organisation in six languages and four scripts, and texts with its words but not its name
_IMF = [
    ("IMF reviews loan", "The IMF is reviewing a $3 billion loan programme.", "en"),
    ("IWF prüft Kredit", "Der IWF prüft derzeit ein Kreditprogramm über 3 Milliarden Dollar.", "de"),
    ("MMF posuzuje úvěr", "Mezinárodní měnový fond (MMF) posuzuje úvěrový program.", "cs"),
    ("МВФ рассматривает кредит", "МВФ рассматривает программу кредитования на 3 млрд долларов.", "ru"),
    ("贷款计划", "国际货币基金组织正在审议一项30亿美元的贷款计划。", "zh"),
    ("برنامج قروض", "ويراجع صندوق النقد الدولي برنامج قروض بقيمة ٣ مليارات دولار.", "ar"),
    ("International fund", "An international fund for monetary art opened in Paris.", "en"),
    ("Fondo escolar", "El fondo monetario de la escuela creció.", "es"),
    ("EZB senkt Zinsen", "Die EZB senkt die Zinsen.", "de"),
    ("欧洲央行降息", "欧洲央行宣布降息。", "zh"),
    ("البنك المركزي الأوروبي", "خفض البنك المركزي الأوروبي أسعار الفائدة.", "ar"),
]
IMF, ECB = {1, 2, 3, 4, 5, 6}, {9, 10, 11}


class _FarQuery:
    """An embedder whose every query is orthogonal to every article (a name means nothing to it)."""

    def embed(self, texts):
        return np.stack([_unit(0, 0, 0, 1) for _ in texts])


def _write(store, corpus, vectors=True):
    articles = [ArticleRecord(id=_id(i), source=f"x#{i}", text=row[1], title=row[0], outlet=f"O{i}", language=row[2],
                              published="2025-06-05", metadata={}) for i, row in enumerate(corpus, 1)]
    store.write_batch(StoreBatch(articles=articles, vectors={_id(i): row[3] for i, row in enumerate(corpus, 1)}
                                 if vectors else {}))
    return store


def _found(store, query: str, **kw) -> set[int]:
    return {int(r.article.id, 16) for r in search(store, query, **kw).results}


@pytest.mark.parametrize(("query", "want"), [
    ("Montaner", MONTANER), ("蒙塔内尔", MONTANER), ("مونتانير", MONTANER), ("Монтанер", MONTANER),
    ("Lucía Montaner", MONTANER), ("モンタネール", MONTANER), ("몬타네르", MONTANER), ("Solano", SOLANO), ("索拉诺", SOLANO), ("Scholz", SCHOLZ), ("朔尔茨", SCHOLZ),
    ("شولتس", SCHOLZ)])
def test_a_name_finds_the_reports_that_write_it_in_another_script(any_store, query, want):
    """The reports of what the name found by text, and their nearest by meaning, that write a name
    sounding as the query does: never a report of another person beside them, nor a month (تشرين)."""
    assert _found(_write(any_store, _CORPUS), query, embedder=_FarQuery()) == want


@pytest.mark.parametrize(("query", "want"), [
    ("IMF", IMF), ("IWF Kreditprogramm", IMF), ("صندوق النقد الدولي", IMF), ("国际货币基金组织", IMF), ("МВФ", IMF),
    ("EZB", ECB), ("欧洲央行", ECB), ("البنك المركزي الأوروبي", ECB)])
def test_an_organisation_is_found_by_each_of_its_names(any_store, query, want):
    """Every form of the query's alias group is searched, and a text counts when it names the group:
    "International fund" and "fondo monetario" share words with the IMF's names, not the name."""
    assert _found(_write(any_store, _IMF, vectors=False), query) == want
