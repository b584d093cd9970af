// The learned scorer's weights (orderhelp-train writes scorer-weights.bin), compiled in with C23 #embed so the
// binary carries them and reads them in place: nothing is parsed at start, and only the rows a line uses are
// touched. LearnedScorer.swift documents the format.
#include "CLearnedScorer.h"

#pragma clang diagnostic ignored "-Wc23-extensions"

static const unsigned char table[] __attribute__((aligned(16))) = {
#embed "scorer-weights.bin"
};

const unsigned char *orderhelp_scorer_weights(void) { return table; }

unsigned long orderhelp_scorer_weights_size(void) { return sizeof table; }
