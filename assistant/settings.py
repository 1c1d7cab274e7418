"""One settings object, read from ``TRADEBRIEF_*`` environment variables.

Nothing here touches the disk: directories are created by the code that writes to them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import InputError

REPO_ROOT = Path(__file__).resolve().parent.parent


def _default_home() -> Path:
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg) if xdg else Path.home() / ".local" / "share"
    return base / "tradebrief"


def _env_int(name: str, default: int, low: int, high: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise InputError(f"{name}={raw!r} is not a whole number") from None
    if not low <= value <= high:
        raise InputError(f"{name}={value} is out of range: use {low}..{high}")
    return value


@dataclass(frozen=True)
class Settings:
    """Where things live and how deep retrieval goes."""

    home: Path = field(default_factory=_default_home)
    knowledge_dir: Path = REPO_ROOT / "knowledge"
    # Passages fetched by hybrid retrieval before sentence selection.
    retrieval_depth: int = 8
    # Reciprocal-rank-fusion constant (the usual 60 from Cormack et al.).
    rrf_k: int = 60
    # Longest question accepted, in characters.
    max_question_chars: int = 2000
    # "onnx" (default, fast start, no torch at query time) or "torch" (sentence-transformers).
    encoder: str = "onnx"

    @property
    def sources_dir(self) -> Path:
        return self.knowledge_dir / "sources"

    @property
    def data_dir(self) -> Path:
        return self.knowledge_dir / "data"

    @property
    def chroma_dir(self) -> Path:
        return self.home / "chroma"

    @property
    def models_dir(self) -> Path:
        return self.home / "models"

    @classmethod
    def from_env(cls) -> Settings:
        """Read ``TRADEBRIEF_HOME``, ``TRADEBRIEF_KNOWLEDGE``, ``TRADEBRIEF_K``, ``TRADEBRIEF_ENCODER``."""
        settings = cls()
        home = os.environ.get("TRADEBRIEF_HOME")
        if home:
            settings = replace(settings, home=Path(home).expanduser())
        knowledge = os.environ.get("TRADEBRIEF_KNOWLEDGE")
        if knowledge:
            settings = replace(settings, knowledge_dir=Path(knowledge).expanduser())
        encoder = os.environ.get("TRADEBRIEF_ENCODER", "onnx").strip().lower()
        if encoder not in ("onnx", "torch"):
            raise InputError(f"TRADEBRIEF_ENCODER={encoder!r} is not known: use onnx or torch")
        return replace(
            settings,
            encoder=encoder,
            retrieval_depth=_env_int("TRADEBRIEF_K", settings.retrieval_depth, 1, 100),
        )
