"""The trained model on disk, keyed on a hash of the training data, the crisis phrase tables and
the code that trains: `naast serve` starts from the cache in well under a second and without
importing scikit-learn; only changed data, tables or training code (or a first start) train
again, which takes about half a minute."""

from __future__ import annotations

import logging
import pickle
from pathlib import Path

from nlu import crisis_patterns
from nlu.compiled import CompiledModel
from nlu.data import DATA_DIR, data_files, fingerprint, read_dir

log = logging.getLogger(__name__)
FORMAT = 5  # raise when CompiledModel changes shape (2: shared weight matrix, binary crisis head; 3: check-in band; 4: phrase corroboration; 5: sound key)
# The crisis threshold is calibrated together with the phrase layer, so new tables mean a new
# model; so do new features, folding or thresholds (a changed budget must not serve an old model).
# (by path: importing the classifier would load scikit-learn, which serving does without)
_HERE = Path(crisis_patterns.__file__).parent
_SOURCES = [_HERE / "crisis_patterns.py", _HERE / "classifier.py", _HERE / "normalize.py"]


def model_key(data_dir: Path = DATA_DIR) -> str:
    """What the trained model depends on: the data files, the crisis phrase tables and the training code."""
    return fingerprint([*data_files(data_dir), *_SOURCES])


def _path(cache_dir: Path, key: str) -> Path:
    return cache_dir / f"nlu-{key}-v{FORMAT}.pickle"


def load_or_train(cache_dir: Path | None, data_dir: Path = DATA_DIR, key: str | None = None) -> CompiledModel:
    """The model for the current data (`key`: its `model_key`, if the caller has it): from the
    cache when its fingerprint matches, else trained now and cached. The cache is this program's
    own file under var/; a broken one is retrained."""
    key = key or model_key(data_dir)
    if cache_dir is not None and _path(cache_dir, key).exists():
        try:
            with _path(cache_dir, key).open("rb") as handle:
                model = pickle.load(handle)  # noqa: S301 - written by this program, under var/
            if isinstance(model, CompiledModel) and model.data_fingerprint == key:
                return model
        except Exception:
            log.warning("nlu cache unreadable; training again")
    from nlu.classifier import train  # scikit-learn is needed only to train

    model = train(read_dir(data_dir), data_fingerprint=key)
    if cache_dir is not None:
        save(model, cache_dir)
    return model


def save(model: CompiledModel, cache_dir: Path) -> Path:
    """Write the model where `load_or_train` looks for it; atomically, so a process starting
    beside this one never reads half a file."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    path = _path(cache_dir, model.data_fingerprint)
    temporary = path.with_suffix(".tmp")
    with temporary.open("wb") as handle:
        pickle.dump(model, handle)
    temporary.replace(path)
    return path
