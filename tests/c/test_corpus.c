/* The hostile-input corpus (tests/corpus/README.md) through the C ABI: every
 * case must give the status and field path its manifest line states, never
 * show the secret in a message, and, when accepted, read back exactly and
 * round-trip through both JSON forms.
 *
 * Usage: test_corpus [CORPUS_DIR [GENERATED_DIR]]
 * The directories default to $ISC_PAT_CORPUS_DIR and $ISC_PAT_CORPUS_GENERATED,
 * then to tests/corpus and target/corpus (`make corpus` writes the latter). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "isc_pat.h"

static const char *STATUS_NAMES[] = {
    "OK",          "NULL_ARGUMENT",      "INVALID_UTF8",  "MISSING_FIELD",  "EMPTY_FIELD",    "WRONG_TYPE",
    "INVALID_DATE", "OUT_OF_RANGE",      "INVALID_OWNER_TYPE", "DUPLICATE_KEY", "UNKNOWN_KEY", "MALFORMED_JSON",
    "TOO_DEEP",    "BUFFER_TOO_SMALL",   "NOT_SET",       "INDEX_OUT_OF_RANGE", "PANIC"};

static const char DOCUMENTED_SECRET[] = "1d1bef2b9f426383447f64f69349fc7cac176042578d205c256ba3f37c59adb9";

/* A byte buffer: file contents or decoded text (always NUL-terminated). */
typedef struct {
  char *data;
  size_t len;
} bytes;

static isc_pat_str text_of(const bytes *b) { return isc_pat_str_of(b->data, b->len); }

static const char *status_name(isc_pat_status status) {
  size_t i = (size_t)status;
  return i < sizeof STATUS_NAMES / sizeof STATUS_NAMES[0] ? STATUS_NAMES[i] : "UNKNOWN";
}

static int read_file(const char *dir, const char *path, bytes *out) {
  char full[4096];
  if (snprintf(full, sizeof full, "%s/%s", dir, path) >= (int)sizeof full) {
    return -1;
  }
  FILE *f = fopen(full, "rb");
  if (f == NULL) {
    fprintf(stderr, "cannot open %s\n", full);
    return -1;
  }
  size_t cap = 1 << 16, len = 0;
  char *data = (char *)malloc(cap);
  for (;;) {
    if (len + 1 >= cap) {
      cap *= 2;
      data = (char *)realloc(data, cap);
    }
    size_t n = fread(data + len, 1, cap - len - 1, f);
    if (n == 0) {
      break;
    }
    len += n;
  }
  fclose(f);
  data[len] = '\0';
  out->data = data;
  out->len = len;
  return 0;
}

static int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

/* Decodes "x<hex>" (the flat files' string form) into a new buffer; "-" and
 * anything else malformed give data == NULL. */
static bytes unhex(const char *text, size_t len) {
  bytes out = {NULL, 0};
  if (len == 0 || text[0] != 'x' || (len - 1) % 2 != 0) {
    return out;
  }
  out.len = (len - 1) / 2;
  out.data = (char *)malloc(out.len + 1);
  for (size_t i = 0; i < out.len; i++) {
    int hi = hex_value(text[1 + 2 * i]), lo = hex_value(text[2 + 2 * i]);
    if (hi < 0 || lo < 0) {
      free(out.data);
      out.data = NULL;
      return out;
    }
    out.data[i] = (char)(hi * 16 + lo);
  }
  out.data[out.len] = '\0';
  return out;
}

/* Whether `needle` (n bytes) occurs in `hay` (h bytes). */
static int contains(const char *hay, size_t h, const char *needle, size_t n) {
  if (n == 0 || n > h) return 0;
  for (size_t i = 0; i + n <= h; i++) {
    if (memcmp(hay + i, needle, n) == 0) return 1;
  }
  return 0;
}

/* Splits `line` at tabs into at most `max` fields; returns the count. */
static int split(char *line, char sep, char **fields, int max) {
  int n = 0;
  fields[n++] = line;
  for (char *p = line; *p != '\0'; p++) {
    if (*p == sep && n < max) {
      *p = '\0';
      fields[n++] = p + 1;
    }
  }
  return n;
}

/* --- fields cases ----------------------------------------------------- */

typedef struct {
  bytes id, secret, name, owner_type, owner_id, owner_name, created, expiration;
  int scope_is_null, has_validity, has_expiration;
  size_t scope_len;
  bytes *scope;
  int64_t validity;
} flat_fields;

static void flat_free(flat_fields *f) {
  free(f->id.data);
  free(f->secret.data);
  free(f->name.data);
  free(f->owner_type.data);
  free(f->owner_id.data);
  free(f->owner_name.data);
  free(f->created.data);
  free(f->expiration.data);
  for (size_t i = 0; i < f->scope_len; i++) free(f->scope[i].data);
  free(f->scope);
}

/* Reads a flat/<name>.txt file (see tests/corpus/README.md). */
static int flat_read(char *text, flat_fields *f) {
  size_t item = 0;
  memset(f, 0, sizeof *f);
  char *line = text;
  while (*line != '\0') {
    char *end = strchr(line, '\n');
    if (end == NULL) return -1;
    *end = '\0';
    char *value = strchr(line, ' ');
    if (value == NULL) return -1;
    *value++ = '\0';
    size_t vlen = strlen(value);
    if (strcmp(line, "id") == 0) f->id = unhex(value, vlen);
    else if (strcmp(line, "secret") == 0) f->secret = unhex(value, vlen);
    else if (strcmp(line, "name") == 0) f->name = unhex(value, vlen);
    else if (strcmp(line, "owner.type") == 0) f->owner_type = unhex(value, vlen);
    else if (strcmp(line, "owner.id") == 0) f->owner_id = unhex(value, vlen);
    else if (strcmp(line, "owner.name") == 0) f->owner_name = unhex(value, vlen);
    else if (strcmp(line, "created") == 0) f->created = unhex(value, vlen);
    else if (strcmp(line, "scope") == 0) {
      if (strcmp(value, "null") == 0) {
        f->scope_is_null = 1;
      } else {
        f->scope_len = (size_t)strtoul(value, NULL, 10);
        f->scope = (bytes *)calloc(f->scope_len ? f->scope_len : 1, sizeof(bytes));
      }
    } else if (strcmp(line, "item") == 0) {
      if (item >= f->scope_len) return -1;
      f->scope[item++] = unhex(value, vlen);
    } else if (strcmp(line, "validity") == 0) {
      f->has_validity = strcmp(value, "default") != 0;
      f->validity = f->has_validity ? (int64_t)strtoll(value, NULL, 10) : 0;
    } else if (strcmp(line, "expirationDate") == 0) {
      f->has_expiration = strcmp(value, "unset") != 0;
      if (f->has_expiration) f->expiration = unhex(value, vlen);
    } else {
      return -1;
    }
    line = end + 1;
  }
  if (item != f->scope_len || f->id.data == NULL || f->secret.data == NULL || f->name.data == NULL ||
      f->owner_type.data == NULL || f->owner_id.data == NULL || f->owner_name.data == NULL ||
      f->created.data == NULL || (f->has_expiration && f->expiration.data == NULL)) {
    return -1;
  }
  return 0;
}

/* Builds the response from flat fields: the owner first, then the response. */
static isc_pat_status flat_build(const flat_fields *f, isc_pat_response **out, isc_pat_error **error) {
  isc_pat_owner *owner = NULL;
  isc_pat_status status = isc_pat_owner_new(text_of(&f->owner_type), text_of(&f->owner_id), text_of(&f->owner_name),
                                            &owner, error);
  if (status != ISC_PAT_STATUS_OK) {
    *out = NULL;
    return status;
  }
  /* Dates arrive as text: read into Unix milliseconds first, as a C user
     with a typed date does. */
  int64_t created = 0, expiration = 0;
  status = isc_pat_date_parse(text_of(&f->created), S("created"), &created, error);
  if (status == ISC_PAT_STATUS_OK && f->has_expiration) {
    status = isc_pat_date_parse(text_of(&f->expiration), S("expirationDate"), &expiration, error);
  }
  if (status != ISC_PAT_STATUS_OK) {
    isc_pat_owner_free(owner);
    *out = NULL;
    return status;
  }
  isc_pat_str *scope = (isc_pat_str *)calloc(f->scope_len ? f->scope_len : 1, sizeof(isc_pat_str));
  for (size_t i = 0; i < f->scope_len; i++) {
    scope[i] = text_of(&f->scope[i]);
  }
  status = isc_pat_response_new(text_of(&f->id), text_of(&f->secret), scope, f->scope_len, f->scope_is_null != 0,
                                text_of(&f->name), owner, created, f->has_validity ? &f->validity : NULL,
                                f->has_expiration ? &expiration : NULL, out, error);
  free(scope);
  isc_pat_owner_free(owner);
  return status;
}

typedef isc_pat_status (*text_getter)(const isc_pat_response *, char *, size_t, size_t *, isc_pat_error **);

/* Whether a text getter returns exactly `expected` (embedded NULs included). */
static int reads_back(const isc_pat_response *r, text_getter get, const bytes *expected) {
  size_t len = 0;
  if (get(r, NULL, 0, &len, NULL) != ISC_PAT_STATUS_BUFFER_TOO_SMALL || len != expected->len) return 0;
  char *buf = (char *)malloc(len + 1);
  int same = get(r, buf, len + 1, &len, NULL) == ISC_PAT_STATUS_OK && memcmp(buf, expected->data, len) == 0 &&
             buf[len] == '\0';
  free(buf);
  return same;
}

static int owner_reads_back(const isc_pat_response *r, const flat_fields *f) {
  isc_pat_owner *owner = NULL;
  if (isc_pat_response_owner(r, &owner, NULL) != ISC_PAT_STATUS_OK) return 0;
  char buf[64];
  size_t len = 0;
  int same = 1;
  char *id = (char *)malloc(f->owner_id.len + 1), *name = (char *)malloc(f->owner_name.len + 1);
  same &= isc_pat_owner_id(owner, id, f->owner_id.len + 1, &len, NULL) == ISC_PAT_STATUS_OK &&
          len == f->owner_id.len && memcmp(id, f->owner_id.data, len) == 0;
  same &= isc_pat_owner_name(owner, name, f->owner_name.len + 1, &len, NULL) == ISC_PAT_STATUS_OK &&
          len == f->owner_name.len && memcmp(name, f->owner_name.data, len) == 0;
  same &= isc_pat_owner_type(owner, buf, sizeof buf, &len, NULL) == ISC_PAT_STATUS_OK &&
          strcmp(buf, "IDENTITY") == 0;
  free(id);
  free(name);
  isc_pat_owner_free(owner);
  return same;
}

/* Every field of a response built from `f` reads back as given. */
static int fields_read_back(const isc_pat_response *r, const flat_fields *f) {
  int same = reads_back(r, isc_pat_response_id, &f->id) && reads_back(r, isc_pat_response_secret, &f->secret) &&
             reads_back(r, isc_pat_response_name, &f->name) && owner_reads_back(r, f);
  size_t count = 0;
  isc_pat_status s = isc_pat_response_scope_count(r, &count, NULL);
  if (f->scope_is_null) {
    same &= s == ISC_PAT_STATUS_NOT_SET;
  } else {
    same &= s == ISC_PAT_STATUS_OK && count == f->scope_len;
    for (size_t i = 0; same && i < f->scope_len; i++) {
      size_t len = 0;
      char *buf = (char *)malloc(f->scope[i].len + 1);
      same &= isc_pat_response_scope_item(r, i, buf, f->scope[i].len + 1, &len, NULL) == ISC_PAT_STATUS_OK &&
              len == f->scope[i].len && memcmp(buf, f->scope[i].data, len) == 0;
      free(buf);
    }
  }
  int32_t validity = 0;
  same &= isc_pat_response_access_token_validity_seconds(r, &validity, NULL) == ISC_PAT_STATUS_OK &&
          validity == (f->has_validity ? f->validity : 43200);
  return same;
}

/* --- running a case --------------------------------------------------- */

/* The compact output of an accepted case parses back strictly, and so does
 * the indented one, both to the same compact text. */
static int round_trips(const isc_pat_response *r, const bytes *canonical, const char *name) {
  char *compact = NULL, *pretty = NULL, *again = NULL;
  size_t compact_len = 0, pretty_len = 0;
  int ok = isc_pat_response_to_json(r, false, &compact, &compact_len, NULL) == ISC_PAT_STATUS_OK &&
           isc_pat_response_to_json(r, true, &pretty, &pretty_len, NULL) == ISC_PAT_STATUS_OK;
  if (ok && canonical->data != NULL && (compact_len != canonical->len || memcmp(compact, canonical->data, compact_len) != 0)) {
    fprintf(stderr, "%s: wrote %.200s\n  expected %.200s\n", name, compact, canonical->data);
    ok = 0;
  }
  const char *texts[2];
  size_t lens[2];
  texts[0] = compact;
  texts[1] = pretty;
  lens[0] = compact_len;
  lens[1] = pretty_len;
  for (int i = 0; ok && i < 2; i++) {
    isc_pat_response *back = NULL;
    size_t len = 0;
    ok = isc_pat_response_parse(isc_pat_str_of(texts[i], lens[i]), true, &back, NULL) == ISC_PAT_STATUS_OK &&
         isc_pat_response_to_json(back, false, &again, &len, NULL) == ISC_PAT_STATUS_OK && len == compact_len &&
         memcmp(again, compact, len) == 0;
    isc_pat_string_free(again);
    again = NULL;
    isc_pat_response_free(back);
  }
  isc_pat_string_free(compact);
  isc_pat_string_free(pretty);
  return ok;
}

/* Runs the case described by one manifest.tsv line; returns 0 on a match. */
static int run_case(char **col, const char *corpus_dir, const char *generated_dir) {
  const char *name = col[0], *kind = col[1], *base = col[2], *input = col[3];
  int strict = strcmp(col[4], "1") == 0;
  const char *expect = col[5];
  bytes field = unhex(col[6], strlen(col[6]));
  bytes canonical = unhex(col[7], strlen(col[7]));
  bytes data = {NULL, 0};
  flat_fields f;
  int fields_case = strcmp(kind, "fields") == 0, failed = 0, have_fields = 0;
  const char *secret = DOCUMENTED_SECRET;
  size_t secret_len = strlen(DOCUMENTED_SECRET);
  isc_pat_response *r = NULL;
  isc_pat_error *err = NULL;
  isc_pat_status status;

  if (read_file(strcmp(base, "generated") == 0 ? generated_dir : corpus_dir, input, &data) != 0) {
    fprintf(stderr, "%s: cannot read the input\n", name);
    failed = 1;
    goto done;
  }
  if (fields_case) {
    if (flat_read(data.data, &f) != 0) {
      fprintf(stderr, "%s: malformed flat fields file\n", name);
      flat_free(&f);
      failed = 1;
      goto done;
    }
    have_fields = 1;
    secret = f.secret.data;
    secret_len = f.secret.len;
    status = flat_build(&f, &r, &err);
  } else {
    status = isc_pat_response_parse(text_of(&data), strict, &r, &err);
  }

  if (strcmp(status_name(status), expect) != 0) {
    fprintf(stderr, "%s: got %s (%s), expected %s\n", name, status_name(status),
            err ? isc_pat_error_message(err) : "no error", expect);
    failed = 1;
  } else if (status == ISC_PAT_STATUS_OK) {
    if (r == NULL || err != NULL || !round_trips(r, &canonical, name) || (fields_case && !fields_read_back(r, &f))) {
      fprintf(stderr, "%s: accepted, but does not read back or round-trip\n", name);
      failed = 1;
    }
  } else {
    const char *got_field = isc_pat_error_field(err);
    const char *message = isc_pat_error_message(err);
    if (r != NULL || err == NULL || isc_pat_error_status(err) != status || message == NULL) {
      fprintf(stderr, "%s: refusal without a proper error object\n", name);
      failed = 1;
    } else if ((field.data == NULL) != (got_field == NULL) ||
               (field.data != NULL && strcmp(field.data, got_field) != 0)) {
      fprintf(stderr, "%s: field %s, expected %s\n", name, got_field ? got_field : "(null)",
              field.data ? field.data : "(null)");
      failed = 1;
    } else if (got_field != NULL && (strncmp(message, got_field, strlen(got_field)) != 0 ||
                                     strncmp(message + strlen(got_field), ": ", 2) != 0)) {
      fprintf(stderr, "%s: message does not start with the field: %s\n", name, message);
      failed = 1;
    } else if (secret_len >= 8 && contains(message, strlen(message), secret, 8)) {
      fprintf(stderr, "%s: the message shows the secret\n", name);
      failed = 1;
    }
  }
done:
  isc_pat_error_free(err);
  isc_pat_response_free(r);
  if (have_fields) flat_free(&f);
  free(data.data);
  free(field.data);
  free(canonical.data);
  return failed;
}

static const char *corpus_dir = "tests/corpus";
static const char *generated_dir = "target/corpus";

static void every_case_matches_the_manifest(void) {
  bytes manifest;
  if (read_file(generated_dir, "manifest.tsv", &manifest) != 0) {
    fprintf(stderr, "run `make corpus` first\n");
    CHECK(0);
    return;
  }
  int cases = 0, failures = 0;
  char *line = manifest.data;
  while (*line != '\0') {
    char *end = strchr(line, '\n');
    if (end != NULL) *end = '\0';
    char *col[8];
    if (split(line, '\t', col, 8) != 8) {
      fprintf(stderr, "malformed manifest line: %.80s\n", line);
      failures++;
    } else {
      failures += run_case(col, corpus_dir, generated_dir);
    }
    cases++;
    if (end == NULL) break;
    line = end + 1;
  }
  printf("%d corpus cases, %d failed\n", cases, failures);
  CHECK(cases >= 150);
  CHECK(failures == 0);
  free(manifest.data);
}

int main(int argc, char **argv) {
  if (getenv("ISC_PAT_CORPUS_DIR") != NULL) corpus_dir = getenv("ISC_PAT_CORPUS_DIR");
  if (getenv("ISC_PAT_CORPUS_GENERATED") != NULL) generated_dir = getenv("ISC_PAT_CORPUS_GENERATED");
  if (argc > 1) corpus_dir = argv[1];
  if (argc > 2) generated_dir = argv[2];
  RUN(every_case_matches_the_manifest);
  printf("%s: %d failure(s)\n", check_failures ? "FAILED" : "passed", check_failures);
  return check_failures ? 1 : 0;
}
