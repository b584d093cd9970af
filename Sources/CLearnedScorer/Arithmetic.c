// The learned scorer's arithmetic, in C so that training is fast in a debug build too: `swift test` trains a model
// for every writer it leaves out (WriterFoldTests), and unoptimised Swift is tens of times slower at such loops.
#include "CLearnedScorer.h"

void orderhelp_scorer_add_rows(const signed char *rows, const float *scales, const long *found, long count,
                               long classes, double *logits) {
    for (long i = 0; i < count; i++) {
        const signed char *row = rows + found[i] * classes;
        double scale = scales[found[i]];
        for (long c = 0; c < classes; c++) logits[c] += scale * row[c];
    }
}

void orderhelp_train_line(float *w, float *squares, const int *ids, long count, long classes,
                          const unsigned char *accepted, float weight, float rate, float decay, float *scratch) {
    float *p = scratch, *gradient = scratch + classes;
    for (long c = 0; c < classes; c++) p[c] = 0;
    for (long i = 0; i < count; i++) {
        const float *row = w + (long)ids[i] * classes;
        for (long c = 0; c < classes; c++) p[c] += row[c];
    }
    float top = p[0];
    for (long c = 1; c < classes; c++) if (p[c] > top) top = p[c];
    float total = 0, mass = 0;
    for (long c = 0; c < classes; c++) { p[c] = __builtin_expf(p[c] - top); total += p[c]; }
    for (long c = 0; c < classes; c++) { p[c] /= total; if (accepted[c]) mass += p[c]; }
    if (mass < 1e-12f) mass = 1e-12f;
    for (long c = 0; c < classes; c++) gradient[c] = (p[c] - (accepted[c] ? p[c] / mass : 0)) * weight;
    for (long i = 0; i < count; i++) {
        float *row = w + (long)ids[i] * classes;
        float *square = squares + (long)ids[i] * classes;
        for (long c = 0; c < classes; c++) {
            float g = gradient[c] + decay * row[c];
            square[c] += g * g;
            row[c] -= rate * g / __builtin_sqrtf(square[c] + 1e-8f);
        }
    }
}
