/* 8 threads at once, each doing ROUNDS rounds of every kind of call: on one
 * shared response (serialize both ways, every getter, clone, owner copy) and
 * on objects of their own (parse, build, serialize, refuse bad input, free).
 * Every result must equal the one computed single-threaded beforehand.
 *
 * Usage: test_threads [ROUNDS]  (default $ISC_PAT_THREAD_ROUNDS, else 10000;
 * valgrind serialises threads, so its run passes fewer). */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "fixtures.h"

enum { THREADS = 8, VARIANTS = 4 };

static long rounds = 10000;

/* What the single-threaded run saw; every thread must see the same. */
typedef struct {
  char *compact;
  char *pretty;
  char *owner_json;
  /* per variant: a parsed input and its output, built from fields */
  char *variant_input[VARIANTS];
  char *variant_output[VARIANTS];
  isc_pat_status refusal_status;
  char *refusal_field;
  char *refusal_message;
} expected_results;

static const char BAD_INPUT[] =
    "{\"id\":\"i\",\"secret\":\"s3cr3t-value\",\"scope\":null,\"name\":\"n\","
    "\"owner\":{\"type\":\"identity\",\"id\":\"o\",\"name\":\"\"},"
    "\"created\":\"2017-07-11T18:45:37.098Z\",\"accessTokenValiditySeconds\":1}";

static char *dup_text(const char *s) {
  size_t n = strlen(s) + 1;
  char *copy = (char *)malloc(n);
  memcpy(copy, s, n);
  return copy;
}

/* A response of its own for `variant`: distinct id, scope and validity. */
static isc_pat_response *build_variant(int variant) {
  char id[32], item[32];
  snprintf(id, sizeof id, "token-%d", variant);
  snprintf(item, sizeof item, "scope:%d", variant);
  isc_pat_str scope[1];
  scope[0] = isc_pat_str_of(item, strlen(item));
  int64_t validity = 100 + variant;
  int64_t expiration = INT64_C(1514761200000); /* 2018-01-01T00:00:00+01:00 */
  isc_pat_owner *owner = documented_owner();
  isc_pat_response *r = NULL;
  isc_pat_status status =
      isc_pat_response_new(isc_pat_str_of(id, strlen(id)), S(SECRET), scope, (size_t)(variant % 2), variant == 3,
                           S("n\0ame"), owner, CREATED_UNIX_MS, &validity, &expiration, &r, NULL);
  isc_pat_owner_free(owner);
  return status == ISC_PAT_STATUS_OK ? r : NULL;
}

static int same_text(char *got, const char *expected) {
  int same = got != NULL && strcmp(got, expected) == 0;
  isc_pat_string_free(got);
  return same;
}

static int getters_match(const isc_pat_response *r) {
  char buf[128];
  size_t len = 0, count = 0;
  int32_t validity = 0;
  int64_t ms = 0;
  int ok = 1;
  ok &= isc_pat_response_id(r, buf, sizeof buf, &len, NULL) == ISC_PAT_STATUS_OK &&
        strcmp(buf, "86f1dc6fe8f54414950454cbb11278fa") == 0;
  ok &= isc_pat_response_secret(r, buf, sizeof buf, &len, NULL) == ISC_PAT_STATUS_OK && strcmp(buf, SECRET) == 0;
  ok &= isc_pat_response_name(r, buf, sizeof buf, &len, NULL) == ISC_PAT_STATUS_OK &&
        strcmp(buf, "NodeJS Integration") == 0;
  ok &= isc_pat_response_scope_count(r, &count, NULL) == ISC_PAT_STATUS_OK && count == 2;
  ok &= isc_pat_response_scope_item(r, 1, buf, sizeof buf, &len, NULL) == ISC_PAT_STATUS_OK &&
        strcmp(buf, "demo:personal-access-token-scope:second") == 0;
  ok &= isc_pat_response_scope_item(r, 2, buf, sizeof buf, &len, NULL) == ISC_PAT_STATUS_INDEX_OUT_OF_RANGE;
  ok &= isc_pat_response_created_unix_ms(r, &ms, NULL) == ISC_PAT_STATUS_OK && ms == INT64_C(1499798737098);
  ok &= isc_pat_response_access_token_validity_seconds(r, &validity, NULL) == ISC_PAT_STATUS_OK &&
        validity == 36900;
  ok &= isc_pat_response_expiration_date_unix_ms(r, &ms, NULL) == ISC_PAT_STATUS_NOT_SET;
  return ok;
}

typedef struct {
  const isc_pat_response *shared;
  const expected_results *expected;
  int index;
  long mismatches;
} worker_state;

static void *worker(void *arg) {
  worker_state *state = (worker_state *)arg;
  const expected_results *e = state->expected;
  for (long i = 0; i < rounds; i++) {
    int ok = 1;
    int variant = (int)((i + state->index) % VARIANTS);
    char *json = NULL;
    /* the shared response */
    ok &= isc_pat_response_to_json(state->shared, false, &json, NULL, NULL) == ISC_PAT_STATUS_OK &&
          same_text(json, e->compact);
    ok &= isc_pat_response_to_json(state->shared, true, &json, NULL, NULL) == ISC_PAT_STATUS_OK &&
          same_text(json, e->pretty);
    ok &= getters_match(state->shared);
    isc_pat_response *copy = NULL;
    ok &= isc_pat_response_clone(state->shared, &copy, NULL) == ISC_PAT_STATUS_OK &&
          isc_pat_response_to_json(copy, false, &json, NULL, NULL) == ISC_PAT_STATUS_OK && same_text(json, e->compact);
    isc_pat_response_free(copy);
    isc_pat_owner *owner = NULL;
    ok &= isc_pat_response_owner(state->shared, &owner, NULL) == ISC_PAT_STATUS_OK &&
          isc_pat_owner_to_json(owner, false, &json, NULL, NULL) == ISC_PAT_STATUS_OK &&
          same_text(json, e->owner_json);
    isc_pat_owner_free(owner);
    /* objects of its own: parse, build, refuse */
    isc_pat_response *own = NULL;
    ok &= isc_pat_response_parse(isc_pat_str_of(e->variant_input[variant], strlen(e->variant_input[variant])), true,
                                 &own, NULL) ==
              ISC_PAT_STATUS_OK &&
          isc_pat_response_to_json(own, false, &json, NULL, NULL) == ISC_PAT_STATUS_OK &&
          same_text(json, e->variant_output[variant]);
    isc_pat_response_free(own);
    own = build_variant(variant);
    ok &= own != NULL && isc_pat_response_to_json(own, false, &json, NULL, NULL) == ISC_PAT_STATUS_OK &&
          same_text(json, e->variant_output[variant]);
    isc_pat_response_free(own);
    isc_pat_error *err = NULL;
    own = (isc_pat_response *)&err; /* any non-NULL value: a refusal resets it */
    ok &= isc_pat_response_parse(S(BAD_INPUT), false, &own, &err) == e->refusal_status && own == NULL &&
          isc_pat_error_status(err) == e->refusal_status && strcmp(isc_pat_error_field(err), e->refusal_field) == 0 &&
          strcmp(isc_pat_error_message(err), e->refusal_message) == 0;
    isc_pat_error_free(err);
    if (!ok) {
      state->mismatches++;
    }
  }
  return NULL;
}

/* The results of every operation, computed on this thread alone. */
static void expect_single_threaded(const isc_pat_response *shared, expected_results *e) {
  e->compact = json_of(shared);
  CHECK_STR(e->compact, CANONICAL);
  CHECK_STATUS(isc_pat_response_to_json(shared, true, &e->pretty, NULL, NULL), ISC_PAT_STATUS_OK);
  CHECK(getters_match(shared));
  isc_pat_owner *owner = NULL;
  CHECK_STATUS(isc_pat_response_owner(shared, &owner, NULL), ISC_PAT_STATUS_OK);
  CHECK_STATUS(isc_pat_owner_to_json(owner, false, &e->owner_json, NULL, NULL), ISC_PAT_STATUS_OK);
  isc_pat_owner_free(owner);
  for (int v = 0; v < VARIANTS; v++) {
    isc_pat_response *r = build_variant(v);
    CHECK(r != NULL);
    CHECK_STATUS(isc_pat_response_to_json(r, true, &e->variant_input[v], NULL, NULL), ISC_PAT_STATUS_OK);
    e->variant_output[v] = json_of(r);
    isc_pat_response_free(r);
  }
  isc_pat_error *err = NULL;
  isc_pat_response *r = NULL;
  e->refusal_status = isc_pat_response_parse(S(BAD_INPUT), false, &r, &err);
  CHECK(e->refusal_status == ISC_PAT_STATUS_INVALID_OWNER_TYPE);
  CHECK_STR(isc_pat_error_field(err), "owner.type");
  CHECK(strstr(isc_pat_error_message(err), "s3cr3t") == NULL);
  e->refusal_field = dup_text(isc_pat_error_field(err));
  e->refusal_message = dup_text(isc_pat_error_message(err));
  isc_pat_error_free(err);
}

static void free_expected(expected_results *e) {
  isc_pat_string_free(e->compact);
  isc_pat_string_free(e->pretty);
  isc_pat_string_free(e->owner_json);
  for (int v = 0; v < VARIANTS; v++) {
    isc_pat_string_free(e->variant_input[v]);
    isc_pat_string_free(e->variant_output[v]);
  }
  free(e->refusal_field);
  free(e->refusal_message);
}

static void eight_threads_match_the_single_threaded_results(void) {
  isc_pat_response *shared = documented_response();
  expected_results expected;
  memset(&expected, 0, sizeof expected);
  expect_single_threaded(shared, &expected);
  pthread_t threads[THREADS];
  worker_state states[THREADS];
  for (int t = 0; t < THREADS; t++) {
    states[t].shared = shared;
    states[t].expected = &expected;
    states[t].index = t;
    states[t].mismatches = 0;
    CHECK(pthread_create(&threads[t], NULL, worker, &states[t]) == 0);
  }
  long total = 0;
  for (int t = 0; t < THREADS; t++) {
    CHECK(pthread_join(threads[t], NULL) == 0);
    CHECK(states[t].mismatches == 0);
    total += states[t].mismatches;
  }
  printf("%d threads x %ld rounds, %ld mismatched\n", THREADS, rounds, total);
  free_expected(&expected);
  isc_pat_response_free(shared);
}

int main(int argc, char **argv) {
  const char *arg = argc > 1 ? argv[1] : getenv("ISC_PAT_THREAD_ROUNDS");
  if (arg != NULL) {
    rounds = strtol(arg, NULL, 10);
  }
  CHECK(rounds > 0);
  RUN(eight_threads_match_the_single_threaded_results);
  printf("%s: %d failure(s)\n", check_failures ? "FAILED" : "passed", check_failures);
  return check_failures ? 1 : 0;
}
