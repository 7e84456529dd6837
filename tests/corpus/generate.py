#!/usr/bin/env python3
"""Writes the corpus inputs too large to commit, and flat forms for C.

Usage: generate.py CORPUS_DIR OUT_DIR

Reads CORPUS_DIR/manifest.json and writes into OUT_DIR (normally
target/corpus/):

* json/<name>.json and fields/<name>.json for every case marked
  "generated": true (10 MB strings, 100,000 scopes, 10,000-deep nesting);
* manifest.tsv: every case on one line, for the C runner (see README.md);
* flat/<name>.txt: every "fields" case as a line-per-field file for C.

The output depends only on the committed files, byte for byte.
"""

import json
import os
import sys

MIB = 1024 * 1024
TEN_MB = 10 * MIB


def ascii_run(length, alphabet="abcdefghijklmnopqrstuvwxyz0123456789 -:"):
    """A deterministic run of `length` ASCII characters."""
    reps = length // len(alphabet) + 1
    return (alphabet * reps)[:length]


def build_generated(corpus, name):
    """The bytes of generated case `name`."""
    canonical = read(corpus, "json/documented-example.json").decode("utf-8")
    fields = json.loads(read(corpus, "fields/fields-documented-example.json"))
    base = json.loads(canonical)
    end = canonical[:-1]  # without the closing brace: members can be appended

    def with_member(key, value):
        obj = dict(base)
        obj[key] = value
        return dump(obj)

    def raw_member(raw):
        return (end + ',"x":' + raw + "}").encode("utf-8")

    deep_arrays = "[" * 10000 + "]" * 10000
    if name == "string-10mb-in-name":
        return with_member("name", ascii_run(TEN_MB))
    if name == "string-10mb-in-secret":
        return with_member("secret", ascii_run(TEN_MB, "0123456789abcdef"))
    if name == "string-10mb-escaped-in-id":
        # 10 MB of escapes: \u0041 \n \u00e9 \" and a surrogate pair.
        unit = '\\u0041\\n\\u00e9\\"\\ud83d\\ude00'
        body = (unit * (TEN_MB // len(unit) + 1))[: (TEN_MB // len(unit)) * len(unit)]
        return canonical.replace(
            '"id":"86f1dc6fe8f54414950454cbb11278fa"', '"id":"' + body + '"', 1
        ).encode("utf-8")
    if name == "string-10mb-in-unknown-key":
        return raw_member(json.dumps(ascii_run(TEN_MB)))
    if name == "string-10mb-unterminated":
        return (canonical[: canonical.index('"NodeJS')] + '"' + ascii_run(TEN_MB)).encode("utf-8")
    if name == "scope-100000-items":
        return with_member("scope", ["scope:%06d" % i for i in range(100000)])
    if name == "scope-100000-items-last-wrong":
        text = with_member("scope", ["scope:%06d" % i for i in range(100000)]).decode("utf-8")
        return text.replace('"scope:099999"', "1", 1).encode("utf-8")
    if name in ("nesting-10000-arrays-in-unknown-key", "nesting-10000-arrays-in-unknown-key-strict"):
        return raw_member(deep_arrays)
    if name == "nesting-10000-objects-in-unknown-key":
        return raw_member('{"a":' * 10000 + "null" + "}" * 10000)
    if name == "nesting-10000-arrays-as-document":
        return deep_arrays.encode("utf-8")
    if name == "nesting-10000-arrays-as-owner":
        owner = json.dumps(base["owner"], separators=(",", ":"))
        return canonical.replace(owner, deep_arrays, 1).encode("utf-8")
    if name == "nesting-10000-arrays-in-scope":
        scope = json.dumps(base["scope"], separators=(",", ":"))
        return canonical.replace(scope, deep_arrays, 1).encode("utf-8")
    if name == "nesting-10000-unclosed":
        return (end + ',"x":' + "[" * 10000).encode("utf-8")
    if name == "fields-secret-10mb":
        fields["secret"] = ascii_run(TEN_MB, "0123456789abcdef")
        return (json.dumps(fields, indent=2) + "\n").encode("utf-8")
    if name == "fields-scope-100000-items":
        fields["scope"] = ["scope:%06d" % i for i in range(100000)]
        return (json.dumps(fields, indent=2) + "\n").encode("utf-8")
    raise SystemExit("generate.py: no generator for case %r" % name)


def dump(obj):
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def read(directory, path):
    with open(os.path.join(directory, path), "rb") as f:
        return f.read()


def write(directory, path, data):
    full = os.path.join(directory, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as f:
        f.write(data)


def hexed(text):
    return "x" + text.encode("utf-8", "surrogatepass").hex()


def flat_fields(fields):
    """The line-per-field form of a fields object (see README.md)."""
    lines = ["id " + hexed(fields["id"]), "secret " + hexed(fields["secret"])]
    scope = fields["scope"]
    if scope is None:
        lines.append("scope null")
    else:
        lines.append("scope %d" % len(scope))
        lines.extend("item " + hexed(item) for item in scope)
    lines.append("name " + hexed(fields["name"]))
    owner = fields["owner"]
    lines += ["owner.type " + hexed(owner["type"]), "owner.id " + hexed(owner["id"]),
              "owner.name " + hexed(owner["name"]), "created " + hexed(fields["created"])]
    validity = fields.get("accessTokenValiditySeconds")
    lines.append("validity default" if validity is None else "validity %d" % validity)
    expiration = fields.get("expirationDate")
    lines.append("expirationDate unset" if expiration is None else "expirationDate " + hexed(expiration))
    return ("\n".join(lines) + "\n").encode("ascii")


def main():
    corpus, out = sys.argv[1], sys.argv[2]
    cases = json.loads(read(corpus, "manifest.json"))
    rows = []
    for case in cases:
        name = case["name"]
        base_dir = out if case["generated"] else corpus
        if case["generated"]:
            write(out, case["input"], build_generated(corpus, name))
        path, base = case["input"], "generated" if case["generated"] else "corpus"
        if case["kind"] == "fields":
            path, base = "flat/%s.txt" % name, "generated"
            write(out, path, flat_fields(json.loads(read(base_dir, case["input"]))))
        field = "-" if case["field"] is None else hexed(case["field"])
        canonical = "-" if case.get("canonical") is None else hexed(case["canonical"])
        rows.append("\t".join([name, case["kind"], base, path, "1" if case["strict"] else "0",
                               case["expect"], field, canonical]))
    write(out, "manifest.tsv", ("\n".join(rows) + "\n").encode("utf-8"))
    print("corpus: %d cases, %d generated, in %s" % (len(cases), sum(c["generated"] for c in cases), out))


if __name__ == "__main__":
    main()
