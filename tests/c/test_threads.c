/* 8 threads serialize one shared response at once, and each also builds,
 * parses and frees objects of its own; every result must equal the
 * single-threaded one. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "fixtures.h"

enum { THREADS = 8, ROUNDS = 2000 };

typedef struct {
  const isc_pat_response *shared;
  int mismatches;
} worker_state;

static void *worker(void *arg) {
  worker_state *state = (worker_state *)arg;
  for (int i = 0; i < ROUNDS; i++) {
    char *json = NULL;
    if (isc_pat_response_to_json(state->shared, false, &json, NULL, NULL) != ISC_PAT_STATUS_OK ||
        strcmp(json, CANONICAL) != 0) {
      state->mismatches++;
    }
    isc_pat_response *own = NULL;
    if (isc_pat_response_parse(json, strlen(json), true, &own, NULL) != ISC_PAT_STATUS_OK) {
      state->mismatches++;
    } else {
      char *again = json_of(own);
      if (strcmp(again, CANONICAL) != 0) {
        state->mismatches++;
      }
      isc_pat_string_free(again);
    }
    isc_pat_response_free(own);
    isc_pat_string_free(json);
  }
  return NULL;
}

static void eight_threads_share_one_response(void) {
  isc_pat_response *shared = documented_response();
  pthread_t threads[THREADS];
  worker_state states[THREADS];
  for (int t = 0; t < THREADS; t++) {
    states[t].shared = shared;
    states[t].mismatches = 0;
    CHECK(pthread_create(&threads[t], NULL, worker, &states[t]) == 0);
  }
  for (int t = 0; t < THREADS; t++) {
    CHECK(pthread_join(threads[t], NULL) == 0);
    CHECK(states[t].mismatches == 0);
  }
  isc_pat_response_free(shared);
}

int main(void) {
  RUN(eight_threads_share_one_response);
  printf("%s: %d failure(s)\n", check_failures ? "FAILED" : "passed", check_failures);
  return check_failures ? 1 : 0;
}
