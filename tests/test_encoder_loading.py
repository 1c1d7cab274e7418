"""Starting the encoder: in the background while the store opens (``Store.prepare_encoder``), and
from the export's prepared copy (``encoder.prepare``), which onnxruntime starts in a fraction of
the time and which gives the export's own vectors to the bit."""

from __future__ import annotations

import shutil
import threading

import numpy as np
import pytest

from assistant.errors import ModelError
from assistant.search import encoder as encoder_module
from assistant.search.store import Store
from assistant.settings import Settings

SENTENCES = [
    "The garnet quarry paid a levy of 12 percent in 2021.",
    "Which harbour raised its berth fees twice?",
    "offset",
    "A much longer sentence about the slate exporters, who marched on the trade office on a "
    "Tuesday and said that the new levy would cost them forty million crowns a year.",
]


def test_the_encoder_loaded_in_the_background_is_the_one_used_and_loaded_once(
    tmp_path, monkeypatch
):
    started, release = threading.Event(), threading.Event()
    loads = []

    def load(settings):
        started.set()
        release.wait(10)
        loads.append(settings)
        return "the encoder"

    monkeypatch.setattr(encoder_module, "load_encoder", load)
    monkeypatch.setattr(encoder_module, "exported", lambda settings: True)
    store = Store(Settings(home=tmp_path))
    store.prepare_encoder()
    assert started.wait(10)  # loading while the caller goes on
    store.prepare_encoder()  # already loading: nothing more
    release.set()
    assert store.encoder == "the encoder" and store.encoder == "the encoder"
    assert len(loads) == 1


def test_a_background_load_that_fails_fails_where_the_encoder_is_asked_for(tmp_path, monkeypatch):
    def broken(settings):
        raise ModelError("the embedding model package is missing")

    monkeypatch.setattr(encoder_module, "load_encoder", broken)
    monkeypatch.setattr(encoder_module, "exported", lambda settings: True)
    store = Store(Settings(home=tmp_path))
    store.prepare_encoder()
    for _ in range(2):  # and the next ask tries again
        with pytest.raises(ModelError, match="package is missing"):
            store.encoder  # noqa: B018 - the property loads it


def test_a_model_not_exported_yet_is_not_loaded_in_the_background(tmp_path, monkeypatch):
    def load(settings):
        raise AssertionError("would export the model in the background")

    monkeypatch.setattr(encoder_module, "load_encoder", load)
    store = Store(Settings(home=tmp_path))  # no export in this home
    store.prepare_encoder()
    assert store._loading is None


@pytest.fixture
def export(settings, assistant, tmp_path):
    """A copy of the session's ONNX export, without any prepared copy."""
    found = [p for p in settings.models_dir.iterdir() if (p / "export.json").exists()]
    target = tmp_path / found[0].name
    shutil.copytree(found[0], target, ignore=shutil.ignore_patterns("prepared-*"))
    return target


@pytest.mark.slow
def test_the_prepared_copy_gives_the_exports_vectors_to_the_bit(export, sources):
    texts = [*SENTENCES, *(s.text[:2000] for s in sources.values())]
    first = encoder_module.OnnxEncoder(export)  # runs the export, and prepares the copy
    assert not first.prepared
    assert (encoder_module.prepared_dir(export) / encoder_module.PREPARED).exists()
    second = encoder_module.OnnxEncoder(export)
    assert second.prepared
    for batch in (1, 32):
        assert np.array_equal(
            first.encode(texts, batch_size=batch), second.encode(texts, batch_size=batch)
        )


@pytest.mark.slow
def test_a_damaged_prepared_copy_is_not_used_and_is_made_again(export):
    expected = encoder_module.OnnxEncoder(export).encode(SENTENCES)
    data = encoder_module.prepared_dir(export) / "model.data"
    with data.open("r+b") as handle:
        handle.truncate(1000)
    damaged = encoder_module.OnnxEncoder(export)
    assert not damaged.prepared and np.array_equal(damaged.encode(SENTENCES), expected)
    again = encoder_module.OnnxEncoder(export)
    assert again.prepared and np.array_equal(again.encode(SENTENCES), expected)
