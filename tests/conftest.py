"""Shared fixtures: one built index per test session, in a temporary TRADEBRIEF_HOME."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from assistant.settings import REPO_ROOT, Settings  # noqa: E402


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
def sources(settings: Settings):
    from assistant.sources import load_sources

    return {s.id: s for s in load_sources(settings.sources_dir)}
