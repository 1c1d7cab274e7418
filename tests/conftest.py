"""Shared fixtures: one built index per test session, in a temporary TRADEBRIEF_HOME.

Guard rails for the whole suite:
- a test that uses the model or the index (the ``assistant`` fixture, or anything built on it) is
  marked ``slow`` at collection, so ``-m "not slow"`` never pays for them;
- every test runs with ``TRADEBRIEF_HOME`` pointing at a temporary folder of its own, so no test
  reads or writes the user's data;
- in a test that is not marked ``slow``, loading the embedding model raises;
- temporary files of the code under test go to a folder of the session's (``tempfile.tempdir``),
  which pytest removes with its old runs. ``TMPDIR`` is left alone for the processes the tests
  start: with it pointed there, the browser tests' Chromium never showed an uploaded file.
"""

from __future__ import annotations

import gc
import logging
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

# Fixtures whose use means the embedding model is loaded and the index built.
_NEEDS_MODEL = {"assistant"}

from assistant.settings import REPO_ROOT, Settings  # noqa: E402


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if _NEEDS_MODEL & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


def pytest_collection_finish(session: pytest.Session) -> None:
    # What importing and collecting made (modules, patterns, tables, test items) lives as long as
    # the session: frozen, it is no longer walked by every full garbage collection (the fast
    # suite's workers spent a third less time in the collector: 9.5 s -> 6.3 s of CPU).
    gc.freeze()


@pytest.fixture(scope="session", autouse=True)
def _session_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Module- and session-scoped fixtures that read ``Settings()`` see a temporary home too."""
    path = tmp_path_factory.mktemp("session-home")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TRADEBRIEF_HOME", str(path))
        yield


@pytest.fixture(scope="session", autouse=True)
def _session_temp_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    path = tmp_path_factory.mktemp("tmp")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(tempfile, "tempdir", str(path))
        yield


@pytest.fixture(autouse=True)
def _own_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRADEBRIEF_HOME", str(tmp_path_factory.mktemp("home")))


@pytest.fixture(autouse=True)
def _logging_as_it_was() -> Iterator[None]:
    """The package's logger as it was before the test: a command run through ``cli.main`` gives it
    a stderr handler and stops its records at it, and a later test reading them with ``caplog``
    (whose handler sits on the root logger) must not depend on whether one ran before it."""
    logger = logging.getLogger("assistant")
    kept = (list(logger.handlers), logger.level, logger.propagate)
    yield
    logger.handlers[:], logger.level, logger.propagate = kept


class ModelLoadedInFastTest(AssertionError):
    """A test not marked ``slow`` tried to load the embedding model."""


@pytest.fixture(autouse=True)
def _no_model_in_fast_tests(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    if request.node.get_closest_marker("slow"):
        return
    from assistant.search import encoder

    def refuse(*args: object, **kwargs: object) -> None:
        raise ModelLoadedInFastTest(
            f"{request.node.nodeid} loads the embedding model: mark it slow or use no index"
        )

    for name in ("load_encoder", "export_onnx"):
        monkeypatch.setattr(encoder, name, refuse)
    monkeypatch.setattr(encoder.OnnxEncoder, "__init__", refuse)
    monkeypatch.setattr(encoder.TorchEncoder, "__init__", refuse)


@pytest.fixture(scope="session")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("tradebrief-home")
    # Reuse an ONNX export made earlier in this checkout, so the suite does not pay for it twice.
    cached = REPO_ROOT / ".tradebrief-home" / "models"
    if cached.is_dir():
        shutil.copytree(cached, path / "models")
    return path


@pytest.fixture(scope="session")
def settings(home: Path) -> Settings:
    return Settings(home=home)


@pytest.fixture(scope="session")
def assistant(settings: Settings):
    from assistant import Assistant

    bot = Assistant(settings, progress=False)
    assert bot.index.units  # built now, once for the session
    models = REPO_ROOT / ".tradebrief-home" / "models"
    if not models.exists():
        shutil.copytree(settings.models_dir, models)
    return bot


@pytest.fixture(scope="session")
def data():
    """The offset data of the knowledge folder, read once: the calculator and routing tests read
    it and never change it."""
    from assistant.knowledge.rows import load_data

    return load_data(Settings().data_dir)


@pytest.fixture(scope="session")
def sources(settings: Settings):
    from assistant.knowledge.sources import load_sources

    return {s.id: s for s in load_sources(settings.sources_dir)}
