"""The exported model's folder is named by a digest of the weights, remembered between processes
so that it is not recomputed at every start, and recomputed when the weights change."""

from __future__ import annotations

import os

import pytest

from assistant.search import encoder


def test_the_weights_digest_is_remembered_and_recomputed_when_they_change(tmp_path, monkeypatch):
    source, models = tmp_path / "model", tmp_path / "models"
    source.mkdir()
    weights = source / "model.safetensors"
    weights.write_bytes(b"weights one")
    first = encoder.export_dir_for(models, source)
    assert first.name.endswith(encoder._fingerprint(source))

    def never(path):
        raise AssertionError("hashed again")

    with monkeypatch.context() as patched:
        patched.setattr(encoder, "_fingerprint", never)
        assert encoder.export_dir_for(models, source) == first

    weights.write_bytes(b"weights two, longer")
    second = encoder.export_dir_for(models, source)
    assert second != first and second.name.endswith(encoder._fingerprint(source))
    stat = weights.stat()
    weights.write_bytes(b"weights 3, longer!!")  # same size
    os.utime(weights, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    assert encoder.export_dir_for(models, source).name.endswith(encoder._fingerprint(source))


@pytest.mark.parametrize("memo", ["{not json", "[1, 2]", '{"k": 5}'])
def test_a_damaged_memo_is_ignored(tmp_path, memo):
    source, models = tmp_path / "model", tmp_path / "models"
    source.mkdir()
    (source / "model.safetensors").write_bytes(b"weights")
    models.mkdir()
    (models / "fingerprints.json").write_text(memo)
    assert encoder.export_dir_for(models, source).name.endswith(encoder._fingerprint(source))
