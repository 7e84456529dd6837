/* The documented example of CreatePersonalAccessTokenResponse, built field
 * by field through the C API and printed as canonical JSON.
 *
 *   cc -std=c99 documented_example.c -I include -L target/release -lisc_pat
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "isc_pat.h"

/* Prints the error (if any), frees it, and says whether the call failed. */
static int failed(isc_pat_status status, isc_pat_error *error) {
  if (status == ISC_PAT_STATUS_OK) {
    return 0;
  }
  fprintf(stderr, "%s: %s\n", isc_pat_status_name(status), error ? isc_pat_error_message(error) : "(no details)");
  isc_pat_error_free(error);
  return 1;
}

/* Text for the API: pointer and length (no terminator needed). */
#define TEXT(s) isc_pat_str_of((s), strlen(s))

int main(void) {
  isc_pat_error *error = NULL;
  isc_pat_owner *owner = NULL;
  isc_pat_response *response = NULL;
  char *json = NULL;
  int exit_code = 1;

  if (failed(isc_pat_owner_new(TEXT("IDENTITY"), TEXT("2c9180a46faadee4016fb4e018c20639"), TEXT("Support"), &owner,
                               &error),
             error)) {
    goto done;
  }

  isc_pat_str scope[2];
  scope[0] = TEXT("demo:personal-access-token-scope:first");
  scope[1] = TEXT("demo:personal-access-token-scope:second");
  int64_t validity = 36900;

  /* Instants are milliseconds since 1970; a date typed as text is read by
     the library's RFC 3339 rules, and refused naming the field. */
  int64_t created = 0;
  if (failed(isc_pat_date_parse(TEXT("2017-07-11T18:45:37.098Z"), TEXT("created"), &created, &error), error)) {
    goto done;
  }

  if (failed(isc_pat_response_new(TEXT("86f1dc6fe8f54414950454cbb11278fa"),
                                  TEXT("1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9"), scope, 2,
                                  false, TEXT("NodeJS Integration"), owner, created, &validity, NULL, &response,
                                  &error),
             error)) {
    goto done;
  }

  if (failed(isc_pat_response_to_json(response, false, &json, NULL, &error), error)) {
    goto done;
  }
  puts(json);
  exit_code = 0;

done:
  isc_pat_string_free(json); /* wipes the secret, then frees */
  isc_pat_response_free(response);
  isc_pat_owner_free(owner);
  return exit_code;
}
