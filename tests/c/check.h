/* A minimal test harness for the C tests: CHECK macros that count failures
 * and a runner that prints one line per test. Compiles as C99 and C++. */
#ifndef ISC_PAT_TEST_CHECK_H
#define ISC_PAT_TEST_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_failures = 0;

#define CHECK(cond)                                                           \
  do {                                                                        \
    if (!(cond)) {                                                            \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
      check_failures++;                                                       \
    }                                                                         \
  } while (0)

#define CHECK_STATUS(expr, expected)                                          \
  do {                                                                        \
    isc_pat_status check_status_ = (expr);                                    \
    if (check_status_ != (expected)) {                                        \
      fprintf(stderr, "%s:%d: %s returned %d, expected %s (%d)\n", __FILE__,  \
              __LINE__, #expr, (int)check_status_, #expected, (int)(expected)); \
      check_failures++;                                                       \
    }                                                                         \
  } while (0)

#define CHECK_STR(actual, expected)                                           \
  do {                                                                        \
    const char *check_a_ = (actual);                                          \
    const char *check_e_ = (expected);                                        \
    if (check_a_ == NULL || strcmp(check_a_, check_e_) != 0) {                \
      fprintf(stderr, "%s:%d: %s is \"%s\", expected \"%s\"\n", __FILE__,     \
              __LINE__, #actual, check_a_ ? check_a_ : "(null)", check_e_);   \
      check_failures++;                                                       \
    }                                                                         \
  } while (0)

#define RUN(test)                                                             \
  do {                                                                        \
    int check_before_ = check_failures;                                       \
    test();                                                                   \
    printf("%s %s\n", check_failures == check_before_ ? "ok  " : "FAIL", #test); \
  } while (0)

/* A string literal as the isc_pat_str the API takes. */
#define S(literal) isc_pat_str_of((literal), sizeof(literal) - 1)

#endif
