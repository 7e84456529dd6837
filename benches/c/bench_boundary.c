/*
 * The C side of the boundary benchmark: the loop a C program runs, linked
 * against libisc_pat.so and compiled with -O2.
 *
 *   bench_boundary [--quick] [--out rows.jsonl]
 *   bench_boundary --profile OPERATION ITERATIONS
 *
 * For each operation: a warm-up, then repetitions of a batch of calls, each
 * timed with clock_gettime(CLOCK_MONOTONIC). It prints the median time per
 * call with the interquartile range and, with --out, appends one JSON line
 * per operation in the benchmark row format (see BENCHMARKS.md). Their
 * baseline, the Rust core called directly, comes from the criterion run.
 *
 * --profile runs one operation ITERATIONS times and nothing else, for
 * callgrind (benches/callgrind.py): parse_free_expiring or
 * parse_json_free_expiring, on the documented example with expirationDate.
 */
#define _POSIX_C_SOURCE 199309L

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "isc_pat.h"

static const char CANONICAL[] =
    "{\"id\":\"86f1dc6fe8f54414950454cbb11278fa\",\"secret\":\"1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9\","
    "\"scope\":[\"demo:personal-access-token-scope:first\",\"demo:personal-access-token-scope:second\"],"
    "\"name\":\"NodeJS Integration\",\"owner\":{\"type\":\"IDENTITY\",\"id\":\"2c9180a46faadee4016fb4e018c20639\",\"name\":\"Support\"},"
    "\"created\":\"2017-07-11T18:45:37.098Z\",\"accessTokenValiditySeconds\":36900}";

/* The documented example with an expirationDate. */
static const char EXPIRING[] =
    "{\"id\":\"86f1dc6fe8f54414950454cbb11278fa\",\"secret\":\"1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9\","
    "\"scope\":[\"demo:personal-access-token-scope:first\",\"demo:personal-access-token-scope:second\"],"
    "\"name\":\"NodeJS Integration\",\"owner\":{\"type\":\"IDENTITY\",\"id\":\"2c9180a46faadee4016fb4e018c20639\",\"name\":\"Support\"},"
    "\"created\":\"2017-07-11T18:45:37.098Z\",\"accessTokenValiditySeconds\":36900,\"expirationDate\":\"2018-01-11T18:45:37.098Z\"}";

#define S(lit) isc_pat_str_of(lit, sizeof(lit) - 1)
#define ITEM(lit) {lit, sizeof(lit) - 1}

static void die(const char *what, isc_pat_status s, isc_pat_error *err) {
    fprintf(stderr, "%s failed (status %d): %s\n", what, (int)s, err ? isc_pat_error_message(err) : "");
    exit(1);
}

/* Sink so the compiler keeps every call's result. */
static volatile size_t sink;

/* Owner + response from fields, compact JSON, free all. */
static void create_serialize_free(void) {
    static const isc_pat_str scope[2] = {
        ITEM("demo:personal-access-token-scope:first"),
        ITEM("demo:personal-access-token-scope:second"),
    };
    const int64_t validity = 36900;
    isc_pat_error *err = NULL;
    isc_pat_owner *owner = NULL;
    isc_pat_response *r = NULL;
    char *json = NULL;
    size_t len = 0;
    isc_pat_status s;
    s = isc_pat_owner_new(S("IDENTITY"), S("2c9180a46faadee4016fb4e018c20639"), S("Support"), &owner, &err);
    if (s != ISC_PAT_STATUS_OK) die("isc_pat_owner_new", s, err);
    s = isc_pat_response_new(S("86f1dc6fe8f54414950454cbb11278fa"),
                             S("1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9"),
                             scope, 2, false, S("NodeJS Integration"), owner,
                             INT64_C(1499798737098) /* 2017-07-11T18:45:37.098Z */, &validity, NULL, &r, &err);
    if (s != ISC_PAT_STATUS_OK) die("isc_pat_response_new", s, err);
    s = isc_pat_response_to_json(r, false, &json, &len, &err);
    if (s != ISC_PAT_STATUS_OK) die("isc_pat_response_to_json", s, err);
    sink += len;
    isc_pat_string_free(json);
    isc_pat_response_free(r);
    isc_pat_owner_free(owner);
}

/* Parse the documented example, free it. */
static void parse_free(void) {
    isc_pat_error *err = NULL;
    isc_pat_response *r = NULL;
    isc_pat_status s = isc_pat_response_parse(S(CANONICAL), false, &r, &err);
    if (s != ISC_PAT_STATUS_OK) die("isc_pat_response_parse", s, err);
    sink += (size_t)(r != NULL);
    isc_pat_response_free(r);
}

/* Parse the example with expirationDate, then free. */
static void parse_free_expiring(void) {
    isc_pat_error *err = NULL;
    isc_pat_response *r = NULL;
    isc_pat_status s = isc_pat_response_parse(S(EXPIRING), false, &r, &err);
    if (s != ISC_PAT_STATUS_OK) die("isc_pat_response_parse", s, err);
    sink += (size_t)(r != NULL);
    isc_pat_response_free(r);
}

/* Parse the example with expirationDate, write it compact, free both. */
static void parse_json_free_expiring(void) {
    isc_pat_error *err = NULL;
    isc_pat_response *r = NULL;
    char *json = NULL;
    size_t len = 0;
    isc_pat_status s = isc_pat_response_parse(S(EXPIRING), false, &r, &err);
    if (s != ISC_PAT_STATUS_OK) die("isc_pat_response_parse", s, err);
    s = isc_pat_response_to_json(r, false, &json, &len, &err);
    if (s != ISC_PAT_STATUS_OK) die("isc_pat_response_to_json", s, err);
    sink += len;
    isc_pat_string_free(json);
    isc_pat_response_free(r);
}

static double now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* The p-quantile of sorted v (linear interpolation). */
static double quantile(const double *v, int n, double p) {
    double pos = p * (n - 1);
    int lo = (int)pos;
    int hi = lo + 1 < n ? lo + 1 : lo;
    return v[lo] + (v[hi] - v[lo]) * (pos - lo);
}

struct result {
    double median, q1, q3;
};

/* Warm-up for warm_ns, then reps batches of `batch` calls; ns per call. */
static struct result measure(void (*op)(void), int reps, int batch, double warm_ns) {
    double start = now_ns();
    while (now_ns() - start < warm_ns) op();
    double *t = malloc(sizeof(double) * (size_t)reps);
    if (!t) exit(1);
    for (int r = 0; r < reps; r++) {
        double t0 = now_ns();
        for (int i = 0; i < batch; i++) op();
        t[r] = (now_ns() - t0) / batch;
    }
    qsort(t, (size_t)reps, sizeof(double), cmp_double);
    struct result res = {quantile(t, reps, 0.5), quantile(t, reps, 0.25), quantile(t, reps, 0.75)};
    free(t);
    return res;
}

static void report(FILE *out, const char *operation, const char *ref, const char *target, struct result r) {
    printf("C (gcc -O2)  %-28s median %8.1f ns  IQR %.1f..%.1f\n", operation, r.median, r.q1, r.q3);
    if (!out) return;
    fprintf(out,
            "{\"layer\":\"C (gcc -O2, libisc_pat.so)\",\"operation\":\"%s\",\"ours_ns\":%.1f,"
            "\"ours_spread\":[%.1f,%.1f],\"baseline\":\"Rust core called directly (criterion, same run)\","
            "\"baseline_ns\":null,\"baseline_spread\":null,\"baseline_ref\":\"%s\",\"target_max_ratio\":%s,"
            "\"note\":\"C loop timed with clock_gettime(CLOCK_MONOTONIC): median of repeated batches\"}\n",
            operation, r.median, r.q1, r.q3, ref, target);
}

int main(int argc, char **argv) {
    if (argc == 4 && strcmp(argv[1], "--profile") == 0) {
        void (*op)(void) = strcmp(argv[2], "parse_free_expiring") == 0        ? parse_free_expiring
                           : strcmp(argv[2], "parse_json_free_expiring") == 0 ? parse_json_free_expiring
                                                                                : NULL;
        if (!op) {
            fprintf(stderr, "unknown operation %s\n", argv[2]);
            return 2;
        }
        for (long i = atol(argv[3]); i > 0; i--) op();
        return 0;
    }
    int quick = 0;
    const char *out_path = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--quick") == 0) quick = 1;
        else if (strcmp(argv[i], "--out") == 0 && i + 1 < argc) out_path = argv[++i];
        else {
            fprintf(stderr, "usage: %s [--quick] [--out rows.jsonl]\n", argv[0]);
            return 2;
        }
    }
    int reps = quick ? 31 : 201;
    int batch = 2000;
    double warm_ns = quick ? 2e8 : 1e9;
    FILE *out = NULL;
    if (out_path && !(out = fopen(out_path, "a"))) {
        perror(out_path);
        return 1;
    }
    report(out, "create + serialize + free", "c_abi_create_serialize_free/rust_direct", "1.3",
           measure(create_serialize_free, reps, batch, warm_ns));
    report(out, "parse + free", "c_abi_parse_free/rust_direct", "null",
           measure(parse_free, reps, batch, warm_ns));
    if (out) fclose(out);
    return 0;
}
