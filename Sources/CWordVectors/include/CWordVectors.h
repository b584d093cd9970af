#ifndef ORDERHELP_CWORDVECTORS_H
#define ORDERHELP_CWORDVECTORS_H

/// The bytes of word-vectors.bin, compiled into the binary (format: scripts/distill_word_vectors.py).
const unsigned char *orderhelp_word_vectors(void);

/// The number of bytes orderhelp_word_vectors() points at.
unsigned long orderhelp_word_vectors_size(void);

#endif
