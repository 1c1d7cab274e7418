"""``tradebrief index`` builds what the first question would otherwise build and keep on disk:
the vectors of the sources' vocabulary, which cost over a second to embed. The first ``ask``
after ``index`` then reads them, as every later one does."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_preparing_keeps_the_vocabulary_vectors_in_the_cache_folder(assistant, settings):
    from assistant import Assistant

    for kept in settings.cache_dir.glob("vocabulary-*.npy"):
        kept.unlink()
    # A new process's assistant on the same home: nothing embedded in memory yet.
    Assistant(settings, progress=False).prepare()
    assert len(list(settings.cache_dir.glob("vocabulary-*.npy"))) == 1


def test_the_index_command_prepares(assistant, settings, monkeypatch):
    from assistant import cli

    for kept in settings.cache_dir.glob("vocabulary-*.npy"):
        kept.unlink()
    monkeypatch.setenv("TRADEBRIEF_HOME", str(settings.home))
    assert cli.main(["index"]) == 0
    assert len(list(settings.cache_dir.glob("vocabulary-*.npy"))) == 1
