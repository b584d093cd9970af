#ifndef CLEARNEDSCORER_H
#define CLEARNEDSCORER_H

/// The committed weights of the learned scorer (scorer-weights.bin), compiled in with #embed.
const unsigned char *orderhelp_scorer_weights(void);
/// Their size in bytes.
unsigned long orderhelp_scorer_weights_size(void);

/// logits[c] += scale[r] * rows[r * classes + c] for each row number r in `found` (quantised weights).
void orderhelp_scorer_add_rows(const signed char *rows, const float *scales, const long *found, long count,
                               long classes, double *logits);

/// Training: one AdaGrad step of a multinomial logistic regression on one line. The loss is −log of the
/// probability of the accepted classes together (`accepted[c]` is 1 for each); `weight` scales it, and L2 decay
/// applies to the rows the line touches. `scratch` holds 2 × classes floats.
void orderhelp_train_line(float *w, float *squares, const int *ids, long count, long classes,
                          const unsigned char *accepted, float weight, float rate, float decay, float *scratch);

#endif
