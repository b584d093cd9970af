// The static word-piece vector table (scripts/distill_word_vectors.py writes word-vectors.bin), compiled in with
// C23 #embed so the binary carries it and the program reads it in place: nothing is parsed or copied at start,
// and its pages are only touched when a line is embedded. Swift can't import an extern array of unknown size,
// hence the two accessors.
#include "CWordVectors.h"

#pragma clang diagnostic ignored "-Wc23-extensions"

static const unsigned char table[] __attribute__((aligned(16))) = {
#embed "word-vectors.bin"
};

const unsigned char *orderhelp_word_vectors(void) { return table; }

unsigned long orderhelp_word_vectors_size(void) { return sizeof table; }

// Each intent example's vector (orderhelp-train writes example-vectors.bin; ExampleVectors in
// Matching/WordVectors.swift reads it): ranking by meaning reads these rather than the table's rows.
static const unsigned char examples[] __attribute__((aligned(16))) = {
#embed "example-vectors.bin"
};

const unsigned char *orderhelp_example_vectors(void) { return examples; }

unsigned long orderhelp_example_vectors_size(void) { return sizeof examples; }
