"""leftovers78's count-key probes (issue #11, B8): counts ahead of the writing day ("in 3 years", "dans 3 ans") and back
("3 years ago") must give no number key, other counts after the same words must (a term, places, people). Each line
right when its figure keys are exactly the wanted ones.

    PYTHONPATH=src python benchmarks/key_count_probes78.py [out.json]
"""
import json
import sys
from pathlib import Path

from storylens.cluster import entity_keys

P = [
    ("en", "He will retire in 3 years, Smith said.", set()), ("en", "The vote is due in 2 weeks.", set()),
    ("en", "The plant opens 6 months from now.", set()), ("en", "He retired 3 years ago.", set()),
    ("en", "He was sentenced to 3 years in prison.", {"#3"}), ("en", "Police in 12 cities made arrests.", {"#12"}),
    ("de", "Er geht in 3 Jahren in Rente.", set()), ("de", "Die Wahl ist in 2 Wochen.", set()),
    ("de", "Er ging vor 3 Jahren in Rente.", set()), ("de", "Er wurde zu 3 Jahren Haft verurteilt.", {"#3"}),
    ("de", "In 12 Städten gab es Festnahmen.", {"#12"}),
    ("fr", "Il prendra sa retraite dans 3 ans.", set()), ("fr", "Le vote aura lieu dans 2 semaines.", set()),
    ("fr", "Il a pris sa retraite il y a 3 ans.", set()), ("fr", "Il a été condamné à 3 ans de prison.", {"#3"}),
    ("fr", "Dans 12 villes, la police a arrêté des suspects.", {"#12"}),
    ("es", "Se jubilará dentro de 3 años.", set()), ("es", "Se jubiló hace 3 años.", set()),
    ("es", "Fue condenado a 3 años de prisión.", {"#3"}),
    ("it", "Andrà in pensione tra 3 anni.", set()), ("it", "È andato in pensione 3 anni fa.", set()),
    ("it", "È stato condannato a 3 anni di carcere.", {"#3"}),
    ("pt", "Vai se aposentar daqui a 3 anos.", set()), ("pt", "Aposentou-se há 3 anos.", set()),
    ("pl", "Przejdzie na emeryturę za 3 lata.", set()), ("pl", "Przeszedł na emeryturę 3 lata temu.", set()),
    ("pl", "Został skazany na 3 lata więzienia.", {"#3"}),
    ("ru", "Он уйдёт на пенсию через 3 года.", set()), ("ru", "Он ушёл на пенсию 3 года назад.", set()),
    ("ru", "Его приговорили к 3 годам колонии.", {"#3"}),
    ("uk", "Він піде на пенсію через 3 роки.", set()), ("uk", "Він пішов на пенсію 3 роки тому.", set()),
    ("nl", "Hij gaat over 3 jaar met pensioen.", set()), ("nl", "Hij ging 3 jaar geleden met pensioen.", set()),
    ("nl", "Hij kreeg 3 jaar cel.", {"#3"}),
    ("cs", "Odejde do důchodu za 3 roky.", set()), ("cs", "Odešel do důchodu před 3 lety.", set()),
]
right, out = 0, []
for lang, t, want in P:
    got = {k for k in entity_keys(t, lang) if k.startswith("#")}
    ok = got == want
    right += ok
    out.append([lang, t, sorted(got), ok])
    print("OK " if ok else "BAD", lang, t, sorted(got))
print(f"{right}/{len(P)}")
if len(sys.argv) > 1:
    Path(sys.argv[1]).write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
