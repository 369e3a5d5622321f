"""trial59 F18: a role phrase is read whole to its verb, and a hyphenated role comes before its holder's name."""

from ._docs import speakers_of


def test_role_complement_runs_to_its_auxiliary_it():
    text = ("Le opposizioni chiedevano le dimissioni da giorni. La segretaria del principale partito di opposizione "
            'ha parlato di "un passo inevitabile, arrivato troppo tardi". Le posizioni erano divise.')
    assert speakers_of(text, "it") == ["La segretaria del principale partito di opposizione"]


def test_role_complement_runs_to_its_auxiliary_es():
    text = ("La oposición pedía la dimisión desde hacía días. La portavoz del principal partido de la oposición "
            'ha hablado de "un paso inevitable, llegado demasiado tarde". Las posiciones estaban divididas.')
    assert speakers_of(text, "es") == ["La portavoz del principal partido de la oposición"]


def test_hyphenated_role_before_a_name_pt():
    text = ("A oposição exigia a demissão há vários dias. Dentro da maioria, as posições estavam divididas: "
            'o vice-primeiro-ministro Carlo Sanna tinha classificado a investigação como "um ato devido", '
            "mas defendera o trabalho do ministro.")
    assert speakers_of(text, "pt") == ["Carlo Sanna"]


def test_hyphenated_role_before_a_name_fr():
    text = ("Les positions étaient divisées. Le vice-Premier ministre Carlo Sanna avait qualifié l'enquête "
            "d'« acte dû », tout en défendant le ministre.")
    assert speakers_of(text, "fr") == ["Carlo Sanna"]
