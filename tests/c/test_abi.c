/* The C ABI as a C (and C++) program sees it: the documented example, every
 * accessor, every error path, ownership rules and version checks. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "fixtures.h"

/* --- the documented example -------------------------------------------- */

static void documented_example_gives_the_canonical_json(void) {
  isc_pat_response *r = documented_response();
  size_t len = 0;
  char *json = NULL;
  CHECK_STATUS(isc_pat_response_to_json(r, false, &json, &len, NULL), ISC_PAT_STATUS_OK);
  CHECK_STR(json, CANONICAL);
  CHECK(len == strlen(CANONICAL));
  isc_pat_string_free(json);
  isc_pat_response_free(r);
}

static void canonical_json_round_trips(void) {
  isc_pat_response *parsed = NULL;
  isc_pat_error *error = (isc_pat_error *)&parsed; /* any non-NULL value: success must reset it */
  CHECK_STATUS(isc_pat_response_parse(S(CANONICAL), true, &parsed, &error), ISC_PAT_STATUS_OK);
  CHECK(error == NULL);
  char *again = json_of(parsed);
  CHECK_STR(again, CANONICAL);
  isc_pat_string_free(again);

  char *pretty = NULL;
  size_t pretty_len = 0;
  CHECK_STATUS(isc_pat_response_to_json(parsed, true, &pretty, &pretty_len, NULL), ISC_PAT_STATUS_OK);
  CHECK(strstr(pretty, "{\n  \"id\": \"86f1dc6fe8f54414950454cbb11278fa\",\n") == pretty);
  isc_pat_response *from_pretty = NULL;
  CHECK_STATUS(isc_pat_response_parse(isc_pat_str_of(pretty, pretty_len), false, &from_pretty, NULL), ISC_PAT_STATUS_OK);
  char *compact = json_of(from_pretty);
  CHECK_STR(compact, CANONICAL);
  isc_pat_string_free(compact);
  isc_pat_string_free(pretty);
  isc_pat_response_free(from_pretty);
  isc_pat_response_free(parsed);
}

static void write_json_fills_a_caller_buffer(void) {
  isc_pat_response *r = documented_response();
  size_t needed = 0;
  CHECK_STATUS(isc_pat_response_write_json(r, false, NULL, 0, &needed, NULL), ISC_PAT_STATUS_BUFFER_TOO_SMALL);
  CHECK(needed == strlen(CANONICAL));
  char small[16];
  memset(small, 'x', sizeof small);
  CHECK_STATUS(isc_pat_response_write_json(r, false, small, sizeof small, &needed, NULL),
               ISC_PAT_STATUS_BUFFER_TOO_SMALL);
  CHECK(small[0] == 'x'); /* untouched */
  char *buf = (char *)malloc(needed + 1);
  CHECK_STATUS(isc_pat_response_write_json(r, false, buf, needed + 1, &needed, NULL), ISC_PAT_STATUS_OK);
  CHECK_STR(buf, CANONICAL);
  free(buf);
  isc_pat_response_free(r);
}

/* --- accessors ---------------------------------------------------------- */

static void every_field_reads_back(void) {
  isc_pat_response *r = documented_response();
  char buf[128];
  size_t len = 0;
  CHECK_STATUS(isc_pat_response_id(r, buf, sizeof buf, &len, NULL), ISC_PAT_STATUS_OK);
  CHECK_STR(buf, "86f1dc6fe8f54414950454cbb11278fa");
  CHECK(len == 32);
  CHECK_STATUS(isc_pat_response_secret(r, buf, sizeof buf, &len, NULL), ISC_PAT_STATUS_OK);
  CHECK_STR(buf, SECRET);
  CHECK_STATUS(isc_pat_response_name(r, buf, sizeof buf, &len, NULL), ISC_PAT_STATUS_OK);
  CHECK_STR(buf, "NodeJS Integration");

  size_t count = 99;
  CHECK_STATUS(isc_pat_response_scope_count(r, &count, NULL), ISC_PAT_STATUS_OK);
  CHECK(count == 2);
  CHECK_STATUS(isc_pat_response_scope_item(r, 0, buf, sizeof buf, &len, NULL), ISC_PAT_STATUS_OK);
  CHECK_STR(buf, "demo:personal-access-token-scope:first");
  CHECK_STATUS(isc_pat_response_scope_item(r, 1, buf, sizeof buf, &len, NULL), ISC_PAT_STATUS_OK);
  CHECK_STR(buf, "demo:personal-access-token-scope:second");
  isc_pat_error *error = NULL;
  CHECK_STATUS(isc_pat_response_scope_item(r, 2, buf, sizeof buf, &len, &error), ISC_PAT_STATUS_INDEX_OUT_OF_RANGE);
  CHECK_STR(isc_pat_error_field(error), "scope[2]");
  isc_pat_error_free(error);

  isc_pat_owner *owner = NULL;
  CHECK_STATUS(isc_pat_response_owner(r, &owner, NULL), ISC_PAT_STATUS_OK);
  CHECK_STATUS(isc_pat_owner_type(owner, buf, sizeof buf, &len, NULL), ISC_PAT_STATUS_OK);
  CHECK_STR(buf, "IDENTITY");
  CHECK_STATUS(isc_pat_owner_id(owner, buf, sizeof buf, &len, NULL), ISC_PAT_STATUS_OK);
  CHECK_STR(buf, "2c9180a46faadee4016fb4e018c20639");
  CHECK_STATUS(isc_pat_owner_name(owner, buf, sizeof buf, &len, NULL), ISC_PAT_STATUS_OK);
  CHECK_STR(buf, "Support");
  char *owner_json = NULL;
  CHECK_STATUS(isc_pat_owner_to_json(owner, false, &owner_json, &len, NULL), ISC_PAT_STATUS_OK);
  CHECK_STR(owner_json, "{\"type\":\"IDENTITY\",\"id\":\"2c9180a46faadee4016fb4e018c20639\",\"name\":\"Support\"}");
  isc_pat_string_free(owner_json);
  isc_pat_owner_free(owner);

  int64_t ms = 0;
  CHECK_STATUS(isc_pat_response_created_unix_ms(r, &ms, NULL), ISC_PAT_STATUS_OK);
  CHECK(ms == INT64_C(1499798737098));
  int32_t seconds = 0;
  CHECK_STATUS(isc_pat_response_access_token_validity_seconds(r, &seconds, NULL), ISC_PAT_STATUS_OK);
  CHECK(seconds == 36900);
  ms = 7;
  CHECK_STATUS(isc_pat_response_expiration_date_unix_ms(r, &ms, NULL), ISC_PAT_STATUS_NOT_SET);
  CHECK(ms == 7); /* left as it was */
  isc_pat_response_free(r);
}

static void getters_report_the_size_they_need(void) {
  isc_pat_response *r = documented_response();
  size_t len = 0;
  CHECK_STATUS(isc_pat_response_secret(r, NULL, 0, &len, NULL), ISC_PAT_STATUS_BUFFER_TOO_SMALL);
  CHECK(len == 64);
  char exact[64]; /* one byte short: the terminator does not fit */
  memset(exact, 'x', sizeof exact);
  CHECK_STATUS(isc_pat_response_secret(r, exact, sizeof exact, &len, NULL), ISC_PAT_STATUS_BUFFER_TOO_SMALL);
  CHECK(exact[0] == 'x');
  char enough[65];
  CHECK_STATUS(isc_pat_response_secret(r, enough, sizeof enough, NULL, NULL), ISC_PAT_STATUS_OK);
  CHECK_STR(enough, SECRET);
  isc_pat_response_free(r);
}

static void optional_fields_and_defaults(void) {
  isc_pat_owner *owner = documented_owner();
  isc_pat_response *r = NULL;
  /* No validity given -> 43200; scope null; an expiration date. */
  int64_t expiration = INT64_C(1515696337098); /* 2018-01-11T18:45:37.098Z */
  CHECK_STATUS(isc_pat_response_new(S("id"), S("s"), NULL, 0, true, S("n"), owner, INT64_C(1499798737098), NULL,
                                    &expiration, &r, NULL),
               ISC_PAT_STATUS_OK);
  int32_t seconds = 0;
  CHECK_STATUS(isc_pat_response_access_token_validity_seconds(r, &seconds, NULL), ISC_PAT_STATUS_OK);
  CHECK(seconds == 43200);
  size_t count = 7;
  CHECK_STATUS(isc_pat_response_scope_count(r, &count, NULL), ISC_PAT_STATUS_NOT_SET);
  CHECK(count == 0);
  int64_t ms = 0;
  CHECK_STATUS(isc_pat_response_expiration_date_unix_ms(r, &ms, NULL), ISC_PAT_STATUS_OK);
  CHECK(ms == expiration);
  char *json = json_of(r);
  CHECK_STR(json,
            "{\"id\":\"id\",\"secret\":\"s\",\"scope\":null,\"name\":\"n\",\"owner\":{\"type\":\"IDENTITY\",\"id\":"
            "\"2c9180a46faadee4016fb4e018c20639\",\"name\":\"Support\"},\"created\":\"2017-07-11T18:45:37.098Z\","
            "\"accessTokenValiditySeconds\":43200,\"expirationDate\":\"2018-01-11T18:45:37.098Z\"}");
  isc_pat_string_free(json);
  isc_pat_response_free(r);

  /* Empty scope list: NULL pointer allowed with length 0, distinct from null. */
  CHECK_STATUS(isc_pat_response_new(S("id"), S("s"), NULL, 0, false, S("n"), owner, 0, NULL, NULL, &r, NULL),
               ISC_PAT_STATUS_OK);
  CHECK_STATUS(isc_pat_response_scope_count(r, &count, NULL), ISC_PAT_STATUS_OK);
  CHECK(count == 0);
  json = json_of(r);
  CHECK(strstr(json, "\"scope\":[]") != NULL);
  isc_pat_string_free(json);
  isc_pat_response_free(r);
  isc_pat_owner_free(owner);
}

static void text_with_nul_and_non_ascii_survives(void) {
  isc_pat_owner *owner = documented_owner();
  isc_pat_response *r = NULL;
  static const char name[] = "caf\xc3\xa9 \xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x98\x80 a\0b";
  CHECK_STATUS(isc_pat_response_new(S("id"), S("s"), NULL, 0, true, S(name), owner, 0, NULL, NULL, &r, NULL),
               ISC_PAT_STATUS_OK);
  char buf[64];
  size_t len = 0;
  CHECK_STATUS(isc_pat_response_name(r, buf, sizeof buf, &len, NULL), ISC_PAT_STATUS_OK);
  CHECK(len == sizeof name - 1);
  CHECK(memcmp(buf, name, len) == 0);
  char *json = json_of(r);
  CHECK(strstr(json, "\"name\":\"caf\xc3\xa9 \xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x98\x80 a\\u0000b\"") != NULL);
  isc_pat_response *back = NULL;
  CHECK_STATUS(isc_pat_response_parse(isc_pat_str_of(json, strlen(json)), true, &back, NULL), ISC_PAT_STATUS_OK);
  CHECK_STATUS(isc_pat_response_name(back, buf, sizeof buf, &len, NULL), ISC_PAT_STATUS_OK);
  CHECK(len == sizeof name - 1 && memcmp(buf, name, len) == 0);
  isc_pat_response_free(back);
  isc_pat_string_free(json);
  isc_pat_response_free(r);
  isc_pat_owner_free(owner);
}

static void clones_are_independent(void) {
  isc_pat_response *r = documented_response();
  isc_pat_response *copy = NULL;
  CHECK_STATUS(isc_pat_response_clone(r, &copy, NULL), ISC_PAT_STATUS_OK);
  isc_pat_response_free(r);
  char *json = json_of(copy);
  CHECK_STR(json, CANONICAL);
  isc_pat_string_free(json);
  isc_pat_response_free(copy);

  isc_pat_owner *owner = documented_owner();
  isc_pat_owner *owner_copy = NULL;
  CHECK_STATUS(isc_pat_owner_clone(owner, &owner_copy, NULL), ISC_PAT_STATUS_OK);
  isc_pat_owner_free(owner);
  char buf[8];
  CHECK_STATUS(isc_pat_owner_name(owner_copy, buf, sizeof buf, NULL, NULL), ISC_PAT_STATUS_OK);
  CHECK_STR(buf, "Support");
  isc_pat_owner_free(owner_copy);
}

/* --- errors --------------------------------------------------------------- */

/* Builds a response from the documented fields with one of them replaced,
 * and checks the status and the field the error names. */
typedef struct {
  const char *id;
  size_t id_len;
  const char *secret;
  size_t secret_len;
  const char *name;
  size_t name_len;
  int64_t created;
  const int64_t *validity;
  const int64_t *expiration;
} fields;

static fields documented_fields(void) {
  fields f;
  f.id = "86f1dc6fe8f54414950454cbb11278fa";
  f.id_len = strlen(f.id);
  f.secret = SECRET;
  f.secret_len = strlen(SECRET);
  f.name = "NodeJS Integration";
  f.name_len = strlen(f.name);
  f.created = INT64_C(1499798737098);
  f.validity = NULL;
  f.expiration = NULL;
  return f;
}

static void expect_new_fails(fields f, isc_pat_status expected, const char *field, int line) {
  isc_pat_owner *owner = documented_owner();
  isc_pat_response *r = (isc_pat_response *)&f; /* must be reset to NULL */
  isc_pat_error *error = NULL;
  isc_pat_status status =
      isc_pat_response_new(isc_pat_str_of(f.id, f.id_len), isc_pat_str_of(f.secret, f.secret_len), NULL, 0, true,
                           isc_pat_str_of(f.name, f.name_len), owner, f.created, f.validity, f.expiration, &r, &error);
  if (status != expected || r != NULL || error == NULL || isc_pat_error_status(error) != expected ||
      isc_pat_error_field(error) == NULL || strcmp(isc_pat_error_field(error), field) != 0 ||
      strstr(isc_pat_error_message(error), field) != isc_pat_error_message(error) ||
      strstr(isc_pat_error_message(error), SECRET) != NULL) {
    fprintf(stderr, "line %d: status %d, field %s, message %s\n", line, (int)status,
            error && isc_pat_error_field(error) ? isc_pat_error_field(error) : "(null)",
            error ? isc_pat_error_message(error) : "(null)");
    check_failures++;
  }
  isc_pat_error_free(error);
  isc_pat_owner_free(owner);
}

static void invalid_fields_are_refused_with_the_field_named(void) {
  fields f;
  int64_t zero = 0, minus_one = -1, too_big = INT64_C(2147483648), max = INT64_C(2147483647);
  int64_t year_10000 = INT64_C(253402300800000), before_year_1 = INT64_C(-62135596800001), lowest = INT64_MIN;

  f = documented_fields(); f.id_len = 0;
  expect_new_fails(f, ISC_PAT_STATUS_EMPTY_FIELD, "id", __LINE__);
  f = documented_fields(); f.secret_len = 0;
  expect_new_fails(f, ISC_PAT_STATUS_EMPTY_FIELD, "secret", __LINE__);
  f = documented_fields(); f.name = "";  f.name_len = 0;
  expect_new_fails(f, ISC_PAT_STATUS_EMPTY_FIELD, "name", __LINE__);
  f = documented_fields(); f.id = NULL;
  expect_new_fails(f, ISC_PAT_STATUS_NULL_ARGUMENT, "id", __LINE__);
  f = documented_fields(); f.secret = NULL;
  expect_new_fails(f, ISC_PAT_STATUS_NULL_ARGUMENT, "secret", __LINE__);
  f = documented_fields(); f.name = "bad \xff utf-8"; f.name_len = strlen(f.name);
  expect_new_fails(f, ISC_PAT_STATUS_INVALID_UTF8, "name", __LINE__);
  f = documented_fields(); f.secret = "\xc3"; f.secret_len = 1;
  expect_new_fails(f, ISC_PAT_STATUS_INVALID_UTF8, "secret", __LINE__);
  f = documented_fields(); f.validity = &zero;
  expect_new_fails(f, ISC_PAT_STATUS_OUT_OF_RANGE, "accessTokenValiditySeconds", __LINE__);
  f = documented_fields(); f.validity = &minus_one;
  expect_new_fails(f, ISC_PAT_STATUS_OUT_OF_RANGE, "accessTokenValiditySeconds", __LINE__);
  f = documented_fields(); f.validity = &too_big;
  expect_new_fails(f, ISC_PAT_STATUS_OUT_OF_RANGE, "accessTokenValiditySeconds", __LINE__);
  /* Instants outside the years 0001-9999, and outside what any calendar holds. */
  f = documented_fields(); f.created = year_10000;
  expect_new_fails(f, ISC_PAT_STATUS_INVALID_DATE, "created", __LINE__);
  f = documented_fields(); f.created = before_year_1;
  expect_new_fails(f, ISC_PAT_STATUS_INVALID_DATE, "created", __LINE__);
  f = documented_fields(); f.created = INT64_MAX;
  expect_new_fails(f, ISC_PAT_STATUS_INVALID_DATE, "created", __LINE__);
  f = documented_fields(); f.expiration = &year_10000;
  expect_new_fails(f, ISC_PAT_STATUS_INVALID_DATE, "expirationDate", __LINE__);
  f = documented_fields(); f.expiration = &lowest;
  expect_new_fails(f, ISC_PAT_STATUS_INVALID_DATE, "expirationDate", __LINE__);

  /* The largest validity is accepted. */
  isc_pat_owner *owner = documented_owner();
  isc_pat_response *r = NULL;
  CHECK_STATUS(isc_pat_response_new(S("i"), S("s"), NULL, 0, true, S("n"), owner, 0, &max, NULL, &r, NULL),
               ISC_PAT_STATUS_OK);
  isc_pat_response_free(r);
  /* The first and last instants of the years 0001-9999 are accepted. */
  int64_t last = year_10000 - 1;
  CHECK_STATUS(isc_pat_response_new(S("i"), S("s"), NULL, 0, true, S("n"), owner, before_year_1 + 1, NULL, &last, &r,
                                    NULL),
               ISC_PAT_STATUS_OK);
  isc_pat_response_free(r);
  isc_pat_owner_free(owner);
}

static void scope_arguments_are_checked(void) {
  isc_pat_owner *owner = documented_owner();
  isc_pat_response *r = NULL;
  isc_pat_error *error = NULL;
  CHECK_STATUS(isc_pat_response_new(S("i"), S("s"), NULL, 2, false, S("n"), owner, 0, NULL, NULL, &r, &error),
               ISC_PAT_STATUS_NULL_ARGUMENT);
  CHECK_STR(isc_pat_error_field(error), "scope");
  isc_pat_error_free(error);
  isc_pat_str items[2];
  items[0].ptr = "ok";
  items[0].len = 2;
  items[1].ptr = NULL;
  items[1].len = 0;
  CHECK_STATUS(isc_pat_response_new(S("i"), S("s"), items, 2, false, S("n"), owner, 0, NULL, NULL, &r, &error),
               ISC_PAT_STATUS_NULL_ARGUMENT);
  CHECK_STR(isc_pat_error_field(error), "scope[1]");
  isc_pat_error_free(error);
  items[1].ptr = "\xe2\x82";
  items[1].len = 2;
  CHECK_STATUS(isc_pat_response_new(S("i"), S("s"), items, 2, false, S("n"), owner, 0, NULL, NULL, &r, &error),
               ISC_PAT_STATUS_INVALID_UTF8);
  CHECK_STR(isc_pat_error_field(error), "scope[1]");
  isc_pat_error_free(error);
  CHECK(r == NULL);
  isc_pat_owner_free(owner);
}

static void owner_errors(void) {
  isc_pat_owner *owner = NULL;
  isc_pat_error *error = NULL;
  CHECK_STATUS(isc_pat_owner_new(S("identity"), S("x"), S("y"), &owner, &error), ISC_PAT_STATUS_INVALID_OWNER_TYPE);
  CHECK_STR(isc_pat_error_field(error), "owner.type");
  CHECK_STR(isc_pat_error_message(error), "owner.type: unknown owner type \"identity\"; the only type is \"IDENTITY\"");
  isc_pat_error_free(error);
  CHECK_STATUS(isc_pat_owner_new(S("IDENTITY"), S(""), S("y"), &owner, &error), ISC_PAT_STATUS_EMPTY_FIELD);
  CHECK_STR(isc_pat_error_field(error), "owner.id");
  isc_pat_error_free(error);
  CHECK_STATUS(isc_pat_owner_new(S("IDENTITY"), S("x"), isc_pat_str_of(NULL, 0), &owner, &error),
               ISC_PAT_STATUS_NULL_ARGUMENT);
  CHECK_STR(isc_pat_error_field(error), "owner.name");
  isc_pat_error_free(error);
  CHECK(owner == NULL);
  /* A display name may be empty. */
  CHECK_STATUS(isc_pat_owner_new(S("IDENTITY"), S("x"), S(""), &owner, NULL), ISC_PAT_STATUS_OK);
  isc_pat_owner_free(owner);

  CHECK_STATUS(isc_pat_owner_parse(S("{\"type\":\"IDENTITY\",\"id\":\"x\",\"name\":\"y\",\"extra\":1}"), true, &owner,
                                   &error),
               ISC_PAT_STATUS_UNKNOWN_KEY);
  CHECK_STR(isc_pat_error_field(error), "owner.extra");
  isc_pat_error_free(error);
  CHECK_STATUS(isc_pat_owner_parse(S("{\"type\":\"IDENTITY\",\"id\":\"x\",\"name\":\"y\",\"extra\":1}"), false, &owner,
                                   NULL),
               ISC_PAT_STATUS_OK);
  isc_pat_owner_free(owner);
}

typedef struct {
  const char *json;
  bool strict;
  isc_pat_status status;
  const char *field; /* NULL: the error concerns the input as a whole */
} parse_case;

static void parse_errors_name_the_field(void) {
  static const parse_case cases[] = {
      {"", false, ISC_PAT_STATUS_MALFORMED_JSON, NULL},
      {"null", false, ISC_PAT_STATUS_WRONG_TYPE, NULL},
      {"[]", false, ISC_PAT_STATUS_WRONG_TYPE, NULL},
      {"{\"id\":1}", false, ISC_PAT_STATUS_WRONG_TYPE, "id"},
      {"{\"id\":\"a\",\"id\":\"b\"}", false, ISC_PAT_STATUS_DUPLICATE_KEY, "id"},
      {"{\"id\":\"a\"}", false, ISC_PAT_STATUS_MISSING_FIELD, "secret"},
      {"{\"id\":\"a\",\"x\":[[[[1]]]]}", true, ISC_PAT_STATUS_UNKNOWN_KEY, "x"},
      {"{\"owner\":{\"type\":\"identity\"}}", false, ISC_PAT_STATUS_INVALID_OWNER_TYPE, "owner.type"},
      {"{\"owner\":null}", false, ISC_PAT_STATUS_WRONG_TYPE, "owner"},
      {"{\"created\":\"2017-07-11\"}", false, ISC_PAT_STATUS_INVALID_DATE, "created"},
      {"{\"accessTokenValiditySeconds\":2147483648}", false, ISC_PAT_STATUS_OUT_OF_RANGE, "accessTokenValiditySeconds"},
      {"{\"accessTokenValiditySeconds\":\"36900\"}", false, ISC_PAT_STATUS_WRONG_TYPE, "accessTokenValiditySeconds"},
      {"{\"scope\":[\"a\",null]}", false, ISC_PAT_STATUS_WRONG_TYPE, "scope[1]"},
      {"{\"name\":\"\\ud800\"}", false, ISC_PAT_STATUS_INVALID_UTF8, "name"},
      {"{\"name\":\"a\xff\"}", false, ISC_PAT_STATUS_INVALID_UTF8, "name"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    isc_pat_response *r = NULL;
    isc_pat_error *error = NULL;
    isc_pat_status status = isc_pat_response_parse(isc_pat_str_of(cases[i].json, strlen(cases[i].json)), cases[i].strict,
                                                   &r, &error);
    const char *field = isc_pat_error_field(error);
    int field_ok = cases[i].field == NULL ? field == NULL : (field != NULL && strcmp(field, cases[i].field) == 0);
    if (status != cases[i].status || !field_ok || r != NULL || isc_pat_error_message(error)[0] == '\0') {
      fprintf(stderr, "case %u (%s): status %d field %s message %s\n", (unsigned)i, cases[i].json, (int)status,
              field ? field : "(null)", isc_pat_error_message(error));
      check_failures++;
    }
    isc_pat_error_free(error);
  }
  /* Trailing data after a complete, valid object. */
  size_t canonical_len = strlen(CANONICAL);
  char *trailing = (char *)malloc(canonical_len + 3);
  memcpy(trailing, CANONICAL, canonical_len);
  memcpy(trailing + canonical_len, " x", 3);
  isc_pat_error *error = NULL;
  isc_pat_response *r = NULL;
  CHECK_STATUS(isc_pat_response_parse(isc_pat_str_of(trailing, canonical_len + 2), false, &r, &error), ISC_PAT_STATUS_MALFORMED_JSON);
  CHECK(isc_pat_error_field(error) == NULL);
  CHECK(strstr(isc_pat_error_message(error), "line 1, column") != NULL);
  isc_pat_error_free(error);
  free(trailing);
  /* Deep nesting is refused without exhausting the stack. */
  size_t depth = 100000;
  char *deep = (char *)malloc(2 * depth + 16);
  memcpy(deep, "{\"x\":", 5);
  memset(deep + 5, '[', depth);
  memset(deep + 5 + depth, ']', depth);
  memcpy(deep + 5 + 2 * depth, "}", 2);
  CHECK_STATUS(isc_pat_response_parse(isc_pat_str_of(deep, strlen(deep)), false, &r, NULL), ISC_PAT_STATUS_TOO_DEEP);
  free(deep);
}

static void null_arguments_give_a_status(void) {
  isc_pat_response *r = documented_response();
  isc_pat_response *out = NULL;
  isc_pat_error *error = NULL;
  char buf[8];
  size_t len = 0;
  CHECK_STATUS(isc_pat_response_parse(isc_pat_str_of(NULL, 0), false, &out, &error), ISC_PAT_STATUS_NULL_ARGUMENT);
  CHECK_STR(isc_pat_error_field(error), "json");
  isc_pat_error_free(error);
  CHECK_STATUS(isc_pat_response_parse(S("{}"), false, NULL, &error), ISC_PAT_STATUS_NULL_ARGUMENT);
  CHECK_STR(isc_pat_error_field(error), "out");
  isc_pat_error_free(error);
  CHECK_STATUS(isc_pat_response_to_json(NULL, false, NULL, NULL, NULL), ISC_PAT_STATUS_NULL_ARGUMENT);
  char *json = NULL;
  CHECK_STATUS(isc_pat_response_to_json(NULL, false, &json, NULL, NULL), ISC_PAT_STATUS_NULL_ARGUMENT);
  CHECK(json == NULL);
  CHECK_STATUS(isc_pat_response_id(NULL, buf, sizeof buf, &len, NULL), ISC_PAT_STATUS_NULL_ARGUMENT);
  CHECK_STATUS(isc_pat_response_id(r, NULL, 100, &len, NULL), ISC_PAT_STATUS_NULL_ARGUMENT);
  CHECK_STATUS(isc_pat_response_created_unix_ms(r, NULL, NULL), ISC_PAT_STATUS_NULL_ARGUMENT);
  CHECK_STATUS(isc_pat_response_access_token_validity_seconds(NULL, NULL, NULL), ISC_PAT_STATUS_NULL_ARGUMENT);
  CHECK_STATUS(isc_pat_response_scope_count(r, NULL, NULL), ISC_PAT_STATUS_NULL_ARGUMENT);
  CHECK_STATUS(isc_pat_response_owner(r, NULL, NULL), ISC_PAT_STATUS_NULL_ARGUMENT);
  CHECK_STATUS(isc_pat_response_clone(NULL, &out, NULL), ISC_PAT_STATUS_NULL_ARGUMENT);
  CHECK_STATUS(isc_pat_owner_type(NULL, buf, sizeof buf, &len, NULL), ISC_PAT_STATUS_NULL_ARGUMENT);
  CHECK_STATUS(isc_pat_owner_to_json(NULL, true, &json, NULL, NULL), ISC_PAT_STATUS_NULL_ARGUMENT);
  CHECK_STATUS(isc_pat_response_new(S("i"), S("s"), NULL, 0, true, S("n"), NULL, 0, NULL, NULL, &out, &error),
               ISC_PAT_STATUS_NULL_ARGUMENT);
  CHECK_STR(isc_pat_error_field(error), "owner");
  isc_pat_error_free(error);
  CHECK(isc_pat_error_status(NULL) == ISC_PAT_STATUS_NULL_ARGUMENT);
  CHECK(isc_pat_error_message(NULL) == NULL);
  CHECK(isc_pat_error_field(NULL) == NULL);
  /* Every free function accepts NULL. */
  isc_pat_response_free(NULL);
  isc_pat_owner_free(NULL);
  isc_pat_error_free(NULL);
  isc_pat_string_free(NULL);
  isc_pat_response_free(r);
}

/* --- lists ------------------------------------------------------------------ */

static void lists_parse_take_and_serialize(void) {
  isc_pat_response *items[2];
  items[0] = documented_response();
  items[1] = documented_response();
  char *array = NULL;
  size_t len = 0;
  CHECK_STATUS(isc_pat_responses_to_json((const isc_pat_response *const *)items, 2, false, &array, &len, NULL),
               ISC_PAT_STATUS_OK);
  CHECK(len == 2 * strlen(CANONICAL) + 3);
  CHECK(array[0] == '[' && strncmp(array + 1, CANONICAL, strlen(CANONICAL)) == 0);

  isc_pat_response_list *list = NULL;
  CHECK_STATUS(isc_pat_response_list_parse(isc_pat_str_of(array, len), true, &list, NULL), ISC_PAT_STATUS_OK);
  size_t count = 0;
  CHECK_STATUS(isc_pat_response_list_count(list, &count, NULL), ISC_PAT_STATUS_OK);
  CHECK(count == 2);
  isc_pat_response *first = NULL;
  CHECK_STATUS(isc_pat_response_list_take(list, 0, &first, NULL), ISC_PAT_STATUS_OK);
  char *json = json_of(first);
  CHECK_STR(json, CANONICAL);
  isc_pat_string_free(json);
  isc_pat_error *error = NULL;
  isc_pat_response *again = NULL;
  CHECK_STATUS(isc_pat_response_list_take(list, 0, &again, &error), ISC_PAT_STATUS_NOT_SET);
  CHECK_STR(isc_pat_error_field(error), "[0]");
  isc_pat_error_free(error);
  CHECK_STATUS(isc_pat_response_list_take(list, 2, &again, NULL), ISC_PAT_STATUS_INDEX_OUT_OF_RANGE);
  CHECK(again == NULL);
  isc_pat_response_list_free(list); /* frees the item not taken */
  isc_pat_response_free(first);

  char *pretty = NULL;
  CHECK_STATUS(isc_pat_responses_to_json((const isc_pat_response *const *)items, 1, true, &pretty, NULL, NULL),
               ISC_PAT_STATUS_OK);
  static const char pretty_start[] = "[\n  {\n    \"id\": ";
  CHECK(strncmp(pretty, pretty_start, sizeof pretty_start - 1) == 0);
  isc_pat_string_free(pretty);
  char *empty = NULL;
  CHECK_STATUS(isc_pat_responses_to_json(NULL, 0, true, &empty, NULL, NULL), ISC_PAT_STATUS_OK);
  CHECK_STR(empty, "[]");
  isc_pat_string_free(empty);

  /* A NULL item is named; a bad item in an array is named with its index. */
  isc_pat_response_free(items[1]);
  items[1] = NULL;
  CHECK_STATUS(isc_pat_responses_to_json((const isc_pat_response *const *)items, 2, false, &empty, NULL, &error),
               ISC_PAT_STATUS_NULL_ARGUMENT);
  CHECK_STR(isc_pat_error_field(error), "items[1]");
  isc_pat_error_free(error);
  CHECK_STATUS(isc_pat_response_list_parse(S("[{\"id\":\"\"}]"), false, &list, &error), ISC_PAT_STATUS_EMPTY_FIELD);
  CHECK(list == NULL);
  CHECK_STR(isc_pat_error_field(error), "[0].id");
  isc_pat_error_free(error);
  isc_pat_response_list_free(NULL);

  isc_pat_string_free(array);
  isc_pat_response_free(items[0]);
}

static void version_matches_the_header(void) {
  char expected[32];
  snprintf(expected, sizeof expected, "%d.%d.%d", ISC_PAT_VERSION_MAJOR, ISC_PAT_VERSION_MINOR, ISC_PAT_VERSION_PATCH);
  CHECK_STR(isc_pat_version(), expected);
}

/* Every constant of the header, with its name as the header spells it. */
#define NAMED(status) {status, #status}
static const struct {
  isc_pat_status status;
  const char *name;
} every_status[] = {
    NAMED(ISC_PAT_STATUS_OK),           NAMED(ISC_PAT_STATUS_NULL_ARGUMENT),  NAMED(ISC_PAT_STATUS_INVALID_UTF8),
    NAMED(ISC_PAT_STATUS_MISSING_FIELD), NAMED(ISC_PAT_STATUS_EMPTY_FIELD),   NAMED(ISC_PAT_STATUS_WRONG_TYPE),
    NAMED(ISC_PAT_STATUS_INVALID_DATE), NAMED(ISC_PAT_STATUS_OUT_OF_RANGE),   NAMED(ISC_PAT_STATUS_INVALID_OWNER_TYPE),
    NAMED(ISC_PAT_STATUS_DUPLICATE_KEY), NAMED(ISC_PAT_STATUS_UNKNOWN_KEY),   NAMED(ISC_PAT_STATUS_MALFORMED_JSON),
    NAMED(ISC_PAT_STATUS_TOO_DEEP),     NAMED(ISC_PAT_STATUS_BUFFER_TOO_SMALL), NAMED(ISC_PAT_STATUS_NOT_SET),
    NAMED(ISC_PAT_STATUS_INDEX_OUT_OF_RANGE), NAMED(ISC_PAT_STATUS_PANIC),
};

static void status_names_say_what_went_wrong(void) {
  /* A caller that passes no error object can still print the status. */
  isc_pat_response *r = NULL;
  isc_pat_status s = isc_pat_response_parse(S("{"), false, &r, NULL);
  CHECK(r == NULL);
  CHECK_STR(isc_pat_status_name(s), "ISC_PAT_STATUS_MALFORMED_JSON");
  /* Header to library: every constant is named as the header spells it. */
  size_t count = sizeof every_status / sizeof every_status[0];
  for (size_t i = 0; i < count; i++) {
    CHECK_STR(isc_pat_status_name(every_status[i].status), every_status[i].name);
  }
  /* Library to header: every value the library names is that constant.
     (Values up to 31 stay inside the enum's range of values in C++.) */
  for (int value = 0; value <= 31; value++) {
    const char *name = isc_pat_status_name((isc_pat_status)value);
    if (strcmp(name, "unknown isc_pat_status") == 0) {
      continue;
    }
    int found = 0;
    for (size_t i = 0; i < count; i++) {
      found |= (int)every_status[i].status == value && strcmp(every_status[i].name, name) == 0;
    }
    if (!found) {
      fprintf(stderr, "status %d is named %s, which the header does not give that value\n", value, name);
      check_failures++;
    }
  }
  CHECK_STR(isc_pat_status_name((isc_pat_status)count), "unknown isc_pat_status");
}

/* --- dates as text ---------------------------------------------------------- */

static void dates_typed_as_text_become_unix_milliseconds(void) {
  int64_t ms = 0;
  isc_pat_error *error = (isc_pat_error *)&ms; /* success must reset it */
  CHECK_STATUS(isc_pat_date_parse(S("2017-07-11T20:45:37.098+02:00"), S("created"), &ms, &error), ISC_PAT_STATUS_OK);
  CHECK(ms == INT64_C(1499798737098) && error == NULL);
  CHECK_STATUS(isc_pat_date_parse(S("0001-01-01t00:00:00.0009z"), S("created"), &ms, NULL), ISC_PAT_STATUS_OK);
  CHECK(ms == INT64_C(-62135596800000));
  /* Refused as inside JSON, naming the field the caller gives. */
  static const char *const refused[] = {"2017-07-11T18:45:37.098", "2017-02-30T00:00:00Z", "2016-12-31T23:59:60Z",
                                        "2017-07-11", "9999-12-31T23:59:59-01:00", ""};
  for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++) {
    CHECK_STATUS(isc_pat_date_parse(isc_pat_str_of(refused[i], strlen(refused[i])), S("expirationDate"), &ms, &error),
                 ISC_PAT_STATUS_INVALID_DATE);
    CHECK_STR(isc_pat_error_field(error), "expirationDate");
    CHECK(strncmp(isc_pat_error_message(error), "expirationDate: ", 16) == 0);
    isc_pat_error_free(error);
  }
  CHECK_STATUS(isc_pat_date_parse(S("2017-07-11T18:45:37Z"), S("created"), &ms, &error), ISC_PAT_STATUS_OK);
  /* The message says why. */
  CHECK_STATUS(isc_pat_date_parse(S("2017-02-30T00:00:00Z"), S("created"), &ms, &error), ISC_PAT_STATUS_INVALID_DATE);
  CHECK_STR(isc_pat_error_message(error), "created: \"2017-02-30T00:00:00Z\" is not a real date-time: 2017-02 has no day 30");
  isc_pat_error_free(error);
  /* An embedded NUL is refused, not cut at the NUL; bad UTF-8 is named. */
  CHECK_STATUS(isc_pat_date_parse(S("2017-07-11T18:45:37Z\0junk"), S("created"), &ms, NULL), ISC_PAT_STATUS_INVALID_DATE);
  CHECK_STATUS(isc_pat_date_parse(S("2017-07-11T18:45:37Z\xff"), S("created"), &ms, &error), ISC_PAT_STATUS_INVALID_UTF8);
  CHECK_STR(isc_pat_error_field(error), "created");
  isc_pat_error_free(error);
  CHECK_STATUS(isc_pat_date_parse(S("2017-07-11T18:45:37Z"), S("created"), NULL, &error), ISC_PAT_STATUS_NULL_ARGUMENT);
  CHECK_STR(isc_pat_error_field(error), "out");
  isc_pat_error_free(error);
}

/* --- equality --------------------------------------------------------------- */

static void equality_compares_every_field(void) {
  isc_pat_response *a = documented_response();
  isc_pat_response *b = NULL;
  CHECK_STATUS(isc_pat_response_parse(S(CANONICAL), false, &b, NULL), ISC_PAT_STATUS_OK);
  CHECK(isc_pat_response_equal(a, b));
  CHECK(isc_pat_response_equal(a, a));
  isc_pat_response_free(b);
  static const char other_secret[] =
      "{\"id\":\"86f1dc6fe8f54414950454cbb11278fa\","
      "\"secret\":\"1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adbX\","
      "\"scope\":[\"demo:personal-access-token-scope:first\",\"demo:personal-access-token-scope:second\"],"
      "\"name\":\"NodeJS Integration\","
      "\"owner\":{\"type\":\"IDENTITY\",\"id\":\"2c9180a46faadee4016fb4e018c20639\",\"name\":\"Support\"},"
      "\"created\":\"2017-07-11T18:45:37.098Z\",\"accessTokenValiditySeconds\":36900}";
  CHECK_STATUS(isc_pat_response_parse(S(other_secret), false, &b, NULL), ISC_PAT_STATUS_OK);
  CHECK(!isc_pat_response_equal(a, b));
  isc_pat_response_free(b);
  CHECK(!isc_pat_response_equal(a, NULL) && !isc_pat_response_equal(NULL, a));
  CHECK(isc_pat_response_equal(NULL, NULL));
  isc_pat_response_free(a);
}

int main(void) {
  RUN(documented_example_gives_the_canonical_json);
  RUN(canonical_json_round_trips);
  RUN(write_json_fills_a_caller_buffer);
  RUN(every_field_reads_back);
  RUN(getters_report_the_size_they_need);
  RUN(optional_fields_and_defaults);
  RUN(text_with_nul_and_non_ascii_survives);
  RUN(clones_are_independent);
  RUN(invalid_fields_are_refused_with_the_field_named);
  RUN(scope_arguments_are_checked);
  RUN(owner_errors);
  RUN(parse_errors_name_the_field);
  RUN(null_arguments_give_a_status);
  RUN(lists_parse_take_and_serialize);
  RUN(version_matches_the_header);
  RUN(status_names_say_what_went_wrong);
  RUN(dates_typed_as_text_become_unix_milliseconds);
  RUN(equality_compares_every_field);
  printf("%s: %d failure(s)\n", check_failures ? "FAILED" : "passed", check_failures);
  return check_failures ? 1 : 0;
}
