/* The documented example, shared by the C tests. */
#ifndef ISC_PAT_TEST_FIXTURES_H
#define ISC_PAT_TEST_FIXTURES_H

#include <stdlib.h>

#include "isc_pat.h"

static const char CANONICAL[] =
    "{\"id\":\"86f1dc6fe8f54414950454cbb11278fa\","
    "\"secret\":\"1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9\","
    "\"scope\":[\"demo:personal-access-token-scope:first\",\"demo:personal-access-token-scope:second\"],"
    "\"name\":\"NodeJS Integration\","
    "\"owner\":{\"type\":\"IDENTITY\",\"id\":\"2c9180a46faadee4016fb4e018c20639\",\"name\":\"Support\"},"
    "\"created\":\"2017-07-11T18:45:37.098Z\",\"accessTokenValiditySeconds\":36900}";

/* 2017-07-11T18:45:37.098Z */
#define CREATED_UNIX_MS INT64_C(1499798737098)

static const char SECRET[] = "1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9";

static isc_pat_owner *documented_owner(void) {
  isc_pat_owner *owner = NULL;
  if (isc_pat_owner_new(S("IDENTITY"), S("2c9180a46faadee4016fb4e018c20639"), S("Support"), &owner, NULL) !=
      ISC_PAT_STATUS_OK) {
    abort();
  }
  return owner;
}

static isc_pat_response *documented_response(void) {
  isc_pat_str scope[2];
  scope[0] = S("demo:personal-access-token-scope:first");
  scope[1] = S("demo:personal-access-token-scope:second");
  int64_t validity = 36900;
  isc_pat_owner *owner = documented_owner();
  isc_pat_response *response = NULL;
  isc_pat_status status = isc_pat_response_new(
      S("86f1dc6fe8f54414950454cbb11278fa"), S(SECRET), scope, 2, false, S("NodeJS Integration"), owner,
      CREATED_UNIX_MS, &validity, NULL, &response, NULL);
  isc_pat_owner_free(owner);
  if (status != ISC_PAT_STATUS_OK) {
    abort();
  }
  return response;
}

/* The response's compact JSON as a new string (free with isc_pat_string_free). */
static char *json_of(const isc_pat_response *response) {
  char *json = NULL;
  if (isc_pat_response_to_json(response, false, &json, NULL, NULL) != ISC_PAT_STATUS_OK) {
    abort();
  }
  return json;
}

#endif
