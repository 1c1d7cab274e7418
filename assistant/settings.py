"""One settings object, read from ``TRADEBRIEF_*`` environment variables.

Nothing here touches the disk: directories are created by the code that writes to them.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from assistant.datafiles import parse_yaml, read_yaml
from assistant.errors import InputError, KnowledgeError

REPO_ROOT = Path(__file__).resolve().parent.parent
# The knowledge base the repository ships: the name, domain and label tables are read from it.
DEFAULT_KNOWLEDGE = REPO_ROOT / "knowledge"


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


def _env_flag(name: str, default: bool) -> bool:
    raw = os.environ.get(name, "").strip().lower()
    if raw == "":
        return default
    if raw in ("1", "true", "yes", "on"):
        return True
    if raw in ("0", "false", "no", "off"):
        return False
    raise InputError(f"{name}={raw!r} is not a yes or no: use 1 or 0")


# The numeric settings read as whole numbers from ``TRADEBRIEF_<NAME>``, with the range each
# accepts (seconds for the times).
_RANGES: dict[str, tuple[int, int]] = {
    "max_upload_mb": (1, 2048),
    "lock_timeout": (0, 86400),
    "max_expanded_mb": (1, 16384),
    "max_request_kb": (16, 1024 * 1024),
    "login_failures": (1, 1000),
    "login_window": (1, 86400),
    "chroma_timeout": (1, 3600),
    "write_deadline": (1, 7 * 86400),
    "confirm_seconds": (0, 86400),
}


def _env_number(name: str, default: float) -> float:
    """Setting ``name`` from ``TRADEBRIEF_<NAME>``, in its range, of its default's type."""
    value = _env_int(f"TRADEBRIEF_{name.upper()}", int(default), *_RANGES[name])
    return float(value) if isinstance(default, float) else value


class _Within:
    """A path inside one of the settings' folders, read as an attribute:
    ``chroma_dir = _Within("home", "chroma")`` makes ``settings.chroma_dir`` the folder ``chroma``
    of ``settings.home``, whatever home the settings name."""

    def __init__(self, folder: str, name: str) -> None:
        self.folder = folder
        self.name = name

    def __get__(self, settings: object, owner: type | None = None) -> Path:
        folder: Path = getattr(settings, self.folder)
        return folder / self.name


@dataclass(frozen=True)
class Settings:
    """Where things live and how deep retrieval goes."""

    home: Path = field(default_factory=_default_home)
    knowledge_dir: Path = DEFAULT_KNOWLEDGE
    # Passages fetched by hybrid retrieval before sentence selection.
    retrieval_depth: int = 8
    # Reciprocal-rank-fusion constant (the usual 60 from Cormack et al.).
    rrf_k: int = 60
    # Longest question accepted, in characters.
    max_question_chars: int = 2000
    # "onnx" (default, fast start, no torch at query time) or "torch" (sentence-transformers).
    encoder: str = "onnx"
    # A shared Chroma server ("http://host:port"); None means the embedded store in ``home``.
    chroma_url: str | None = None
    # Largest document `ingest` (and the UI's upload) accepts, in MB; larger ones are refused unread.
    max_upload_mb: int = 50
    # Most a document may expand to when read (a DOCX's unzipped parts, a PDF's text), in MB.
    max_expanded_mb: int = 200
    # How long (seconds) a writer waits for another one writing to the same home, then fails.
    lock_timeout: float = 600.0
    # How often (seconds) a long-running assistant checks the store for documents added elsewhere.
    refresh_seconds: float = 5.0
    # Largest request body `serve` accepts (file uploads aside, which max_upload_mb bounds), in KB.
    max_request_kb: int = 2048
    # Failed logins to `serve --auth` from one address within login_window seconds before that
    # address is locked out (each further lock-out twice as long).
    login_failures: int = 5
    login_window: float = 60.0
    # Seconds any one call to a Chroma server may take (connect and each read) before it fails.
    chroma_timeout: float = 30.0
    # Seconds a whole document write may take, all its calls together, before it is given up.
    write_deadline: float = 1800.0
    # Ingest estimates above this many seconds need confirming (`ingest --yes`, or a prompt).
    confirm_seconds: float = 60.0
    # The date the answers speak as of (``TRADEBRIEF_AS_OF``, ISO); None: the newest built-in
    # source's date in ``knowledge/sources/sources.yaml``. The calculator never reads the clock.
    as_of: dt.date | None = None
    # Serve the agent tools over MCP beside the chat (`serve --mcp`, ``TRADEBRIEF_MCP=1``).
    mcp: bool = False
    # The language of questions and answers (``TRADEBRIEF_LANG``): "auto" tells Korean from
    # English by the question's letters; "en" or "ko" fixes it.
    language: str = "auto"

    # Where things live: the knowledge base's folders, and everything tradebrief keeps in its home.
    sources_dir = _Within("knowledge_dir", "sources")
    data_dir = _Within("knowledge_dir", "data")
    # The embedded Chroma store, and the embedding model exported to ONNX.
    chroma_dir = _Within("home", "chroma")
    models_dir = _Within("home", "models")
    # The data rows' embeddings (``answering/row_answers.py``) and the data check's verdict
    # (``knowledge/verdict.py``).
    cache_dir = _Within("home", "cache")
    # The search views on disk (``search/view_cache.py``) and the embedded store's source records
    # (``search/manifest.py``).
    views_dir = _Within("home", "views")
    store_manifest = _Within("home", "store-manifest.json")
    # Every ingested document's text and metadata, outside Chroma (``search/archive.py``).
    archive_dir = _Within("home", "archive")
    # The one writer's lock (``search/lock.py``).
    write_lock = _Within("home", "write.lock")
    # The chat's answer feedback (kept per server, never in Chroma).
    feedback_db = _Within("home", "feedback.sqlite3")

    @property
    def as_of_date(self) -> dt.date:
        """``as_of``, else the newest source's date (read from sources.yaml when first asked)."""
        return self.as_of or newest_source_date(self.sources_dir / "sources.yaml")

    def checked(self) -> Settings:
        """These settings, once the knowledge folder is known to be there.

        tradebrief runs from a checkout of its repository (``pip install -e .``): the sources,
        data tables and evaluation cases live beside the package, not inside it."""
        if not (self.sources_dir.is_dir() and self.data_dir.is_dir()):
            raise KnowledgeError(
                f"no knowledge base at {self.knowledge_dir} (it needs sources/ and data/): "
                "tradebrief runs from a checkout of its repository (pip install -e .), or set "
                "TRADEBRIEF_KNOWLEDGE to the folder that holds sources/ and data/"
            )
        return self

    @property
    def max_upload_bytes(self) -> int:
        return self.max_upload_mb * 1024 * 1024

    @property
    def max_expanded_bytes(self) -> int:
        return self.max_expanded_mb * 1024 * 1024

    @property
    def max_request_bytes(self) -> int:
        return self.max_request_kb * 1024

    @property
    def store_location(self) -> str:
        """Where the knowledge base lives, for messages: the server URL or the embedded folder."""
        return self.chroma_url or str(self.chroma_dir)

    @classmethod
    def from_env(cls) -> Settings:
        """Read ``TRADEBRIEF_HOME``, ``_KNOWLEDGE``, ``_K``, ``_ENCODER``, ``_CHROMA_URL``,
        ``_MAX_UPLOAD_MB``, ``_MAX_EXPANDED_MB``, ``_LOCK_TIMEOUT``, ``_AS_OF``, ``_MAX_REQUEST_KB``,
        ``_LOGIN_FAILURES``, ``_LOGIN_WINDOW``, ``_CHROMA_TIMEOUT``, ``_WRITE_DEADLINE``,
        ``_CONFIRM_SECONDS``, ``_MCP``, ``_LANG``."""
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
        url = os.environ.get("TRADEBRIEF_CHROMA_URL", "").strip()
        as_of = os.environ.get("TRADEBRIEF_AS_OF", "").strip()
        numbers: dict[str, Any] = {
            name: _env_number(name, getattr(settings, name)) for name in _RANGES
        }
        return replace(
            settings,
            language=check_language(os.environ.get("TRADEBRIEF_LANG", "auto"), "TRADEBRIEF_LANG"),
            as_of=parse_as_of(as_of) if as_of else None,
            mcp=_env_flag("TRADEBRIEF_MCP", settings.mcp),
            encoder=encoder,
            retrieval_depth=_env_int("TRADEBRIEF_K", settings.retrieval_depth, 1, 100),
            chroma_url=check_chroma_url(url) if url else None,
            **numbers,
        )


LANGUAGES = ("auto", "en", "ko")


def check_language(value: str, name: str = "language") -> str:
    """``value`` as one of ``LANGUAGES`` (case and spaces aside), or an ``InputError``."""
    chosen = str(value).strip().lower()
    if chosen not in LANGUAGES:
        raise InputError(f"{name}={value!r} is not known: use {', '.join(LANGUAGES)}")
    return chosen


def check_chroma_url(url: str) -> str:
    """``url`` if it is an ``http(s)://host:port`` address, else an InputError saying what to give."""
    from urllib.parse import urlsplit

    parts = urlsplit(url.strip())
    try:
        port = parts.port
    except ValueError:
        port = None
    if parts.scheme not in ("http", "https") or not parts.hostname or port is None:
        raise InputError(
            f"Chroma URL {url!r} is not valid: use http://HOST:PORT, e.g. http://127.0.0.1:8000"
        )
    return f"{parts.scheme}://{parts.netloc}"


def parse_as_of(text: str) -> dt.date:
    """``TRADEBRIEF_AS_OF``: an ISO date (YYYY-MM-DD)."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise InputError(f"TRADEBRIEF_AS_OF={text!r} is not an ISO date (YYYY-MM-DD)") from None


def newest_source_date(metadata: Path) -> dt.date:
    """The newest ``date`` in a sources.yaml ("2025-04-01", "2023-06" or "2023"; a year or month
    alone counts as its first day).

    Parsed again only when the file's text changes: every calculation that needs the date the
    sources speak as of asks for it, and parsing the YAML costs far more than reading it."""
    try:
        text = metadata.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return _newest_of(read_yaml(metadata), metadata)  # read_yaml says what is wrong
    return _newest_in_text(text, metadata)


@lru_cache(maxsize=4)
def _newest_in_text(text: str, metadata: Path) -> dt.date:
    return _newest_of(parse_yaml(text, metadata), metadata)


def _newest_of(parsed: Any, metadata: Path) -> dt.date:
    entries = parsed or []
    dates = []
    for entry in entries:
        parts = [int(p) for p in str(entry.get("date", "")).split("-") if p.isdigit()]
        if parts:
            dates.append(dt.date(parts[0], *(parts[1:3] + [1, 1][len(parts) - 1 :])))
    if not dates:
        raise KnowledgeError(f"no source in {metadata} has a date")
    return max(dates)
