"""``python -m storylens.cli``: the same as the ``storylens`` command (and ``python -m storylens``)."""

from . import main

main()
