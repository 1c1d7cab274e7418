"""The archive: every ingested document's extracted text and metadata, outside Chroma.

With the embedded store, Chroma is an index that can be rebuilt: the built-in sources live in
``knowledge/sources``, and each ingested document is kept here, under ``$TRADEBRIEF_HOME/archive``:

    archive/documents/<key>.json   {"meta": {...}, "text": "..."}; key = sha256 of that content
    archive/manifest.json          {"format": 1, "documents": {source id: key}}: what is stored now
    archive/manifest-<hash>.json   the same for a Chroma server (hash of its URL, named inside)

With a Chroma server the archive is this machine's copy of the ingested documents the server
holds: those written from here, and those another tradebrief wrote, kept as this one reads the
store (``KnowledgeIndex.load``). A server that lost its data is refilled from it by
``tradebrief index --rebuild``.

A document file is written once and never changed (its name is its content's hash); the manifest
is rewritten from the store's own records after every write. Every file is written by atomic
rename (a temporary file in the same folder, fsync, ``os.replace``), so a crash leaves the old file
or the new one, never a torn one. Documents taken out of the knowledge base stay in the archive.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.datafiles import atomic_write
from assistant.errors import IndexStoreError
from assistant.knowledge.sources import Source, SourceMeta

if TYPE_CHECKING:
    from assistant.settings import Settings

MANIFEST = "manifest.json"
_FORMAT = 1


def _content(source: Source) -> bytes:
    payload = {"meta": source.meta.model_dump(mode="json"), "text": source.text}
    return json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8")


class Archive:
    """The content-addressed archive of ingested documents under one home."""

    def __init__(self, root: Path, manifest: str = MANIFEST, store: str = "") -> None:
        self.root = root
        self.manifest_name = manifest
        # The Chroma server this archive's manifest speaks for ("" for the embedded store).
        self.store = store

    @classmethod
    def of(cls, settings: Settings) -> Archive:
        """The archive of the store ``settings`` name: the embedded one, or a Chroma server's."""
        root = settings.archive_dir
        url = settings.chroma_url
        if not url:
            return cls(root)
        name = f"manifest-{hashlib.sha256(url.encode('utf-8')).hexdigest()[:16]}.json"
        return cls(root, name, url)

    def has(self, key: str) -> bool:
        """Whether the document with this key is archived (its file exists)."""
        return self._document(key).is_file()

    def _document(self, key: str) -> Path:
        return self.root / "documents" / f"{key}.json"

    def put(self, source: Source) -> str:
        """Keep ``source``'s text and metadata; its key. Writing the same content again is free."""
        data = _content(source)
        key = hashlib.sha256(data).hexdigest()
        path = self._document(key)
        if not path.is_file():
            try:
                atomic_write(path, data)
            except OSError as exc:
                raise IndexStoreError(
                    f"cannot archive {source.id} in {self.root}: {exc.strerror or exc}"
                ) from None
        return key

    def get(self, key: str) -> Source:
        """The archived document with this key (its content is checked against the key)."""
        path = self._document(key)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise IndexStoreError(
                f"archived document {path} cannot be read: {exc.strerror}"
            ) from None
        if hashlib.sha256(data).hexdigest() != key:
            raise IndexStoreError(f"archived document {path} is damaged (its hash does not match)")
        payload: dict[str, Any] = json.loads(data)
        return Source(meta=SourceMeta.model_validate(payload["meta"]), text=payload["text"])

    def manifest(self) -> dict[str, str]:
        """Source id → key of every ingested document the store held at the last write."""
        path = self.root / self.manifest_name
        try:
            payload = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            raise IndexStoreError(f"the archive manifest {path} cannot be read ({exc})") from None
        documents = payload.get("documents", {})
        return {str(sid): str(key) for sid, key in documents.items()}

    def set_manifest(self, documents: dict[str, str]) -> None:
        """Record which archived documents the store holds now (written only when it changed)."""
        if self.root.joinpath(self.manifest_name).is_file() and self.manifest() == documents:
            return
        payload: dict[str, Any] = {"format": _FORMAT}
        if self.store:
            payload["store"] = self.store
        payload["documents"] = dict(sorted(documents.items()))
        data = json.dumps(payload, ensure_ascii=False, indent=1).encode("utf-8")
        try:
            atomic_write(self.root / self.manifest_name, data)
        except OSError as exc:
            raise IndexStoreError(
                f"cannot write the archive manifest in {self.root}: {exc.strerror or exc}"
            ) from None
