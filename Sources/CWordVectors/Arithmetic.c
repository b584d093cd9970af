// The arithmetic on the table's vectors, in C so that it is fast in a debug build too (swift test runs one):
// Swift's SIMD types are generic and, unoptimised, cost a call per lane. Eight lanes at a time.
#include "CWordVectors.h"

typedef float lanes8 __attribute__((ext_vector_type(8)));

float orderhelp_dot(const float *a, const float *b, long count) {
    lanes8 sum = 0;
    long i = 0;
    for (; i + 8 <= count; i += 8) {
        lanes8 x, y;
        __builtin_memcpy(&x, a + i, sizeof x);
        __builtin_memcpy(&y, b + i, sizeof y);
        sum += x * y;
    }
    float total = sum[0] + sum[1] + sum[2] + sum[3] + sum[4] + sum[5] + sum[6] + sum[7];
    for (; i < count; i++) total += a[i] * b[i];
    return total;
}

void orderhelp_add_scaled(float *sum, const signed char *row, float scale, long count) {
    for (long i = 0; i < count; i++) sum[i] += (float)row[i] * scale;
}
