"""Turkish: a quotation qualified by a participle clause ("… \\"…\\" şeklinde paylaşımda bulunan şüpheli", the
suspect who posted "…") is the words of the noun the participle qualifies, not of the body that reports the
arrest (text/data tr.json quote_participles, case_suffixes); "paylaşımında bulundu" (posted) reports.
Inputs written for these tests."""

import pytest

from storylens.analysis.quotes import extract_quote_spans

from ._docs import segmented_doc


@pytest.mark.parametrize("text, speaker", [
    (('İzmir Emniyet Müdürlüğü, sosyal medyada "Yarın okullar kapanacak" şeklinde paylaşımda bulunan şüphelinin '
     'gözaltına alındığını bildirdi.'), "şüpheli"),
    ('Polis, "Yarın okullar kapanacak" diye paylaşım yapan kullanıcıyı gözaltına aldı.', "kullanıcı"),
    ('Toplantıda "Vaka sayısı düşüyor" diye konuşan Bakan Fahrettin Koca tedbir çağrısı yaptı.', "Fahrettin Koca"),
    ('Sağlık Bakanı Fahrettin Koca, Twitter hesabından "Vaka sayısı düşüyor" paylaşımında bulundu.', "Fahrettin Koca"),
], ids=["suspect-genitive", "user-accusative", "titled-name", "posted"])
def test_participle_noun_or_poster_speaks(text, speaker):
    assert [q.speaker for q in extract_quote_spans([segmented_doc(text, "tr")])] == [speaker]
