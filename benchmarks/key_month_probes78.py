"""leftovers78's number-key probes (issue #11): a figure beside a month's name (after an ordinal date, a space-grouped
thousand; a month opening the clause) and dates that must stay blanked, in 9 languages. Each line right when its
figure keys are exactly the wanted ones.

    PYTHONPATH=src python benchmarks/key_month_probes78.py [out.json]
"""
import json
import sys
from pathlib import Path

from storylens.cluster import entity_keys

# (lang, text, the figure keys wanted)
P = [
 ("fr", "Le 1er mai, 45 000 manifestants ont défilé.", {"#45000"}), ("fr", "Le 1er mai, 45\u202f000 manifestants.", {"#45000"}),
 ("fr", "Le 1er mai, 12\u00a0000 manifestants.", {"#12000"}), ("fr", "Le 14 juillet 300 000 personnes.", {"#300000"}),
 ("fr", "En mars 300 personnes ont manifesté.", {"#300"}), ("fr", "Le 12 mai 2026, 40 blessés.", {"#40"}),
 ("de", "Am 1. Mai, 45 000 Demonstranten.", {"#45000"}), ("de", "Am 1. Mai 12\u202f000 Demonstranten.", {"#12000"}),
 ("de", "Im März 300 Menschen.", {"#300"}), ("de", "Am 12. März 2026 starben 40 Menschen.", {"#40"}),
 ("pl", "1 maja 45 000 demonstrantów.", {"#45000"}), ("pl", "1 maja 12\u00a0000 demonstrantów.", {"#12000"}),
 ("pl", "W marcu 300 osób zginęło.", {"#300"}), ("pl", "12 marca 2026 zginęło 40 osób.", {"#40"}),
 ("ru", "1 мая 45 000 демонстрантов.", {"#45000"}), ("ru", "1 мая 12\u00a0000 демонстрантов.", {"#12000"}),
 ("ru", "В марте 300 человек погибли.", {"#300"}), ("ru", "12 марта 2026 года погибли 40 человек.", {"#40"}),
 ("it", "Il 1 maggio 45 000 manifestanti.", {"#45000"}), ("it", "A marzo 300 persone sono morte.", {"#300"}),
 ("it", "Il 12 marzo 2026 sono morte 40 persone.", {"#40"}),
 ("es", "El 1 de mayo, 45 000 manifestantes.", {"#45000"}), ("es", "En marzo 300 personas murieron.", {"#300"}),
 ("es", "El 12 de marzo de 2026 murieron 40 personas.", {"#40"}),
 ("pt", "Em março 300 pessoas morreram.", {"#300"}), ("pt", "Em 12 de março de 2026 morreram 40 pessoas.", {"#40"}),
 ("en", "In March 300 people died.", {"#300"}), ("en", "On March 12, 2026, 40 people died.", {"#40"}),
 ("en", "March 12: 40 people died.", {"#40"}), ("nl", "In maart 300 mensen overleden.", {"#300"}),
 ("en", "Thousands march 12 km to the capital.", {"#12"}), ("en", "Protesters will march 10 miles.", {"#10"}),
 ("en", "ON MARCH 12, police said nothing.", set()),
 ("nl", "Op 12 maart 2026 overleden 40 mensen.", {"#40"}),
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
