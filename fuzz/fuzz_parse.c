/*
 * libFuzzer target over the C ABI: every input is parsed as a response
 * (lenient and strict), as an owner, as a list of responses and as a date
 * typed as text. Whatever parses is read back through every getter,
 * written compact and pretty, and both texts parsed again (strictly); the
 * compact (canonical) text of
 * every round must be byte for byte the first one. A refusal must come
 * with an error whose status is the one returned and whose message is
 * text. Any difference aborts, and AddressSanitizer reports memory errors
 * and leaks, so libFuzzer keeps the input.
 *
 * Built by mk/fuzz.mk (`make fuzz`) against the library compiled with
 * sanitizer-coverage and AddressSanitizer.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isc_pat.h"

#define CHECK(cond)                                                     \
  do {                                                                  \
    if (!(cond)) {                                                      \
      fprintf(stderr, "fuzz_parse: check failed at line %d: %s\n",      \
              __LINE__, #cond);                                         \
      abort();                                                          \
    }                                                                   \
  } while (0)

/* A refusal: the error object agrees with the status and has a message. */
static void check_refusal(isc_pat_status status, isc_pat_error *error) {
  CHECK(status != ISC_PAT_STATUS_OK && status != ISC_PAT_STATUS_PANIC);
  CHECK(error != NULL);
  CHECK(isc_pat_error_status(error) == status);
  const char *message = isc_pat_error_message(error);
  CHECK(message != NULL && message[0] != '\0');
  const char *field = isc_pat_error_field(error);
  if (field != NULL) {
    CHECK(strncmp(message, field, strlen(field)) == 0);
  }
  isc_pat_error_free(error);
}

/* Reads one text field with the getter `get`: its size, then the text;
 * the two calls agree and the terminator is there. */
#define READ_TEXT(get, object)                                          \
  do {                                                                  \
    size_t len_ = 0, again_ = 0;                                        \
    isc_pat_status status_ = get(object, NULL, 0, &len_, NULL);         \
    if (status_ != ISC_PAT_STATUS_NOT_SET) {                            \
      CHECK(status_ == ISC_PAT_STATUS_BUFFER_TOO_SMALL);                \
      char *buf_ = malloc(len_ + 1);                                    \
      CHECK(buf_ != NULL);                                              \
      CHECK(get(object, buf_, len_ + 1, &again_, NULL) ==               \
            ISC_PAT_STATUS_OK);                                         \
      CHECK(again_ == len_ && buf_[len_] == '\0');                      \
      free(buf_);                                                       \
    }                                                                   \
  } while (0)

static void read_owner(const isc_pat_owner *owner) {
  READ_TEXT(isc_pat_owner_type, owner);
  READ_TEXT(isc_pat_owner_id, owner);
  READ_TEXT(isc_pat_owner_name, owner);
}

/* Every getter of a parsed response. */
static void read_response(const isc_pat_response *r) {
  READ_TEXT(isc_pat_response_id, r);
  READ_TEXT(isc_pat_response_secret, r);
  READ_TEXT(isc_pat_response_name, r);
  size_t count = 0;
  isc_pat_status status = isc_pat_response_scope_count(r, &count, NULL);
  CHECK(status == ISC_PAT_STATUS_OK || status == ISC_PAT_STATUS_NOT_SET);
  for (size_t i = 0; i < count; i++) {
    size_t len = 0;
    CHECK(isc_pat_response_scope_item(r, i, NULL, 0, &len, NULL) ==
          ISC_PAT_STATUS_BUFFER_TOO_SMALL);
  }
  CHECK(isc_pat_response_scope_item(r, count, NULL, 0, NULL, NULL) !=
        ISC_PAT_STATUS_OK);
  int64_t ms = 0;
  CHECK(isc_pat_response_created_unix_ms(r, &ms, NULL) == ISC_PAT_STATUS_OK);
  status = isc_pat_response_expiration_date_unix_ms(r, &ms, NULL);
  CHECK(status == ISC_PAT_STATUS_OK || status == ISC_PAT_STATUS_NOT_SET);
  int32_t seconds = 0;
  CHECK(isc_pat_response_access_token_validity_seconds(r, &seconds, NULL) ==
        ISC_PAT_STATUS_OK);
  CHECK(seconds >= 1);
  isc_pat_owner *owner = NULL;
  CHECK(isc_pat_response_owner(r, &owner, NULL) == ISC_PAT_STATUS_OK);
  read_owner(owner);
  isc_pat_owner_free(owner);
}

/* Writes `r` in both styles; each text parses back strictly to a value
 * whose compact text is `canonical` (or, when `canonical` is NULL, the
 * first compact text, which is returned). */
static char *round_trip(const isc_pat_response *r, const char *canonical) {
  char *first = NULL;
  for (int pretty = 0; pretty <= 1; pretty++) {
    char *json = NULL;
    size_t len = 0;
    CHECK(isc_pat_response_to_json(r, pretty, &json, &len, NULL) ==
          ISC_PAT_STATUS_OK);
    CHECK(strlen(json) == len);
    if (!pretty && canonical == NULL) {
      first = malloc(len + 1);
      CHECK(first != NULL);
      memcpy(first, json, len + 1);
      canonical = first;
    }
    isc_pat_response *again = NULL;
    isc_pat_error *error = NULL;
    isc_pat_status status =
        isc_pat_response_parse(isc_pat_str_of(json, len), true, &again, &error);
    if (status != ISC_PAT_STATUS_OK) {
      fprintf(stderr, "fuzz_parse: own output refused: %s\n%s\n",
              isc_pat_error_message(error), json);
      abort();
    }
    char *compact = NULL;
    CHECK(isc_pat_response_to_json(again, false, &compact, &len, NULL) ==
          ISC_PAT_STATUS_OK);
    CHECK(strcmp(compact, canonical) == 0);
    isc_pat_string_free(compact);
    isc_pat_response_free(again);
    isc_pat_string_free(json);
  }
  return first;
}

static void fuzz_response(const char *json, size_t len, bool strict) {
  isc_pat_response *r = NULL;
  isc_pat_error *error = NULL;
  isc_pat_status status = isc_pat_response_parse(isc_pat_str_of(json, len), strict, &r, &error);
  if (status != ISC_PAT_STATUS_OK) {
    CHECK(r == NULL);
    check_refusal(status, error);
    return;
  }
  CHECK(error == NULL);
  read_response(r);
  char *canonical = round_trip(r, NULL);
  /* A second round from the first round's own output. */
  isc_pat_response *again = NULL;
  CHECK(isc_pat_response_parse(isc_pat_str_of(canonical, strlen(canonical)), true, &again,
                               NULL) == ISC_PAT_STATUS_OK);
  free(round_trip(again, canonical));
  isc_pat_response_free(again);
  free(canonical);
  isc_pat_response_free(r);
}

static void fuzz_owner(const char *json, size_t len) {
  isc_pat_owner *owner = NULL;
  isc_pat_error *error = NULL;
  isc_pat_status status = isc_pat_owner_parse(isc_pat_str_of(json, len), false, &owner, &error);
  if (status != ISC_PAT_STATUS_OK) {
    check_refusal(status, error);
    return;
  }
  read_owner(owner);
  char *text = NULL;
  size_t text_len = 0;
  CHECK(isc_pat_owner_to_json(owner, false, &text, &text_len, NULL) ==
        ISC_PAT_STATUS_OK);
  isc_pat_owner *again = NULL;
  CHECK(isc_pat_owner_parse(isc_pat_str_of(text, text_len), true, &again, NULL) ==
        ISC_PAT_STATUS_OK);
  char *text_again = NULL;
  CHECK(isc_pat_owner_to_json(again, false, &text_again, &text_len, NULL) ==
        ISC_PAT_STATUS_OK);
  CHECK(strcmp(text, text_again) == 0);
  isc_pat_string_free(text_again);
  isc_pat_string_free(text);
  isc_pat_owner_free(again);
  isc_pat_owner_free(owner);
}

/* The list reader: every item taken and checked as a response is; the
 * list written back as one array parses to as many items. */
static void fuzz_list(const char *json, size_t len, bool strict) {
  isc_pat_response_list *list = NULL;
  isc_pat_error *error = NULL;
  isc_pat_status status =
      isc_pat_response_list_parse(isc_pat_str_of(json, len), strict, &list, &error);
  if (status != ISC_PAT_STATUS_OK) {
    check_refusal(status, error);
    return;
  }
  size_t count = 0;
  CHECK(isc_pat_response_list_count(list, &count, NULL) == ISC_PAT_STATUS_OK);
  isc_pat_response **items = calloc(count + 1, sizeof *items);
  CHECK(items != NULL);
  for (size_t i = 0; i < count; i++) {
    CHECK(isc_pat_response_list_take(list, i, &items[i], NULL) ==
          ISC_PAT_STATUS_OK);
    read_response(items[i]);
    free(round_trip(items[i], NULL));
  }
  CHECK(isc_pat_response_list_take(list, count, &items[count], NULL) !=
        ISC_PAT_STATUS_OK);
  char *array = NULL;
  size_t array_len = 0;
  CHECK(isc_pat_responses_to_json((const isc_pat_response *const *)items,
                                  count, false, &array, &array_len,
                                  NULL) == ISC_PAT_STATUS_OK);
  isc_pat_response_list *again = NULL;
  size_t count_again = 0;
  CHECK(isc_pat_response_list_parse(isc_pat_str_of(array, array_len), true, &again, NULL) ==
        ISC_PAT_STATUS_OK);
  CHECK(isc_pat_response_list_count(again, &count_again, NULL) ==
        ISC_PAT_STATUS_OK);
  CHECK(count_again == count);
  isc_pat_response_list_free(again);
  isc_pat_string_free(array);
  for (size_t i = 0; i < count; i++) {
    isc_pat_response_free(items[i]);
  }
  free(items);
  isc_pat_response_list_free(list);
}

/* The input as a date typed as text: an instant within the years
 * 0001-9999, or a refusal naming the field. */
static void fuzz_date(const char *text, size_t len) {
  int64_t ms = 0;
  isc_pat_error *error = NULL;
  isc_pat_status status = isc_pat_date_parse(isc_pat_str_of(text, len),
                                             isc_pat_str_of("created", 7), &ms, &error);
  if (status != ISC_PAT_STATUS_OK) {
    CHECK(strcmp(isc_pat_error_field(error), "created") == 0);
    check_refusal(status, error);
    return;
  }
  CHECK(ms >= -62135596800000LL && ms <= 253402300799999LL);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  /* A copy of exactly `size` bytes, so that ASan sees any read past it. */
  char *json = malloc(size ? size : 1);
  CHECK(json != NULL);
  memcpy(json, data, size);
  fuzz_response(json, size, false);
  fuzz_response(json, size, true);
  fuzz_owner(json, size);
  fuzz_list(json, size, false);
  fuzz_list(json, size, true);
  fuzz_date(json, size);
  free(json);
  return 0;
}
