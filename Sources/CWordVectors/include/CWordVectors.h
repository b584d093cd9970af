#ifndef ORDERHELP_CWORDVECTORS_H
#define ORDERHELP_CWORDVECTORS_H

/// The bytes of word-vectors.bin, compiled into the binary (format: scripts/distill_word_vectors.py).
const unsigned char *orderhelp_word_vectors(void);

/// The number of bytes orderhelp_word_vectors() points at.
unsigned long orderhelp_word_vectors_size(void);

/// The bytes of example-vectors.bin: each intent example's vector, made by orderhelp-train.
const unsigned char *orderhelp_example_vectors(void);

/// The number of bytes orderhelp_example_vectors() points at.
unsigned long orderhelp_example_vectors_size(void);

/// The dot product of two float vectors of `count` numbers.
float orderhelp_dot(const float *a, const float *b, long count);

/// Adds `row` (`count` int8 values), times `scale`, to `sum`.
void orderhelp_add_scaled(float *sum, const signed char *row, float scale, long count);

#endif
