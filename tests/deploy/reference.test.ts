// Image references by the OCI distribution grammar, and registry hosts: what is refused, in
// one line that names the part, and what is read.

import assert from "node:assert/strict";
import { test } from "node:test";
import { addCredentials, scrub } from "../../lib/cli/secrets.ts";
import { parseReference, registryProblem } from "../../lib/deploy/reference.ts";

const DIGEST = `sha256:${"a".repeat(64)}`;

test("references are read by the distribution grammar", () => {
  assert.deepEqual(parseReference("registry.example.com:5000/team/request-tracker:0.1.0"), {
    registry: "registry.example.com:5000",
    repository: "team/request-tracker",
    tag: "0.1.0",
    digest: undefined,
  });
  assert.deepEqual(parseReference(`oci://localhost/x@${DIGEST}`), {
    registry: "localhost",
    repository: "x",
    tag: undefined,
    digest: DIGEST,
  });
  assert.deepEqual(parseReference("request-tracker:1"), {
    registry: "docker.io",
    repository: "library/request-tracker",
    tag: "1",
    digest: undefined,
  });
  assert.equal(parseReference("[::1]:5000/a__b/c-d.e:t").registry, "[::1]:5000");
});

test("a reference that does not fit the grammar is refused in one line naming the part", () => {
  const refused: [string, RegExp][] = [
    ["registry.example.com/request tracker:1", /has " " at character 29/],
    ["registry.example.com/x:1;rm -rf /", /has ";" at character 25/],
    ["registry.example.com:99999/x:1", /names a registry that has port "99999": a port is a number from 1 to 65535/],
    ["registry.example.com:0/x:1", /port "0"/],
    ["registry.example.com/x:", /ends its name with ':' but gives no tag/],
    ["registry.example.com/x", /has no tag: give one .* nothing defaults to latest/],
    ["registry.example.com/Upper:1", /has path component "Upper"/],
    ["registry.example.com/a//b:1", /has path component ""/],
    ["registry.example.com/x:-bad", /has tag "-bad"/],
    [`registry.example.com/x:${"t".repeat(129)}`, /has tag/],
    ["registry.example.com/x@sha256:abc", /has a digest that is not sha256: and 64 lowercase hex digits/],
    [`r.example.com/${"a".repeat(250)}:1`, /is longer than 255 characters/],
    ["-bad.example.com/x:1", /is not a host name/],
  ];
  for (const [text, why] of refused) {
    assert.throws(
      () => parseReference(text),
      (e: Error) => why.test(e.message) && !e.message.includes("\n") && e.message.startsWith(`image reference "${text}"`),
      text,
    );
  }
});

test("--registry takes HOST[:PORT]: a URL is refused saying so", () => {
  assert.match(
    registryProblem("http://127.0.0.1:5000"),
    /is a URL: give HOST\[:PORT\] without a scheme \(--insecure for a plain-HTTP registry\)/,
  );
  assert.match(registryProblem("localhost:65536"), /a port is a number from 1 to 65535/);
  assert.equal(registryProblem("localhost:5000"), "");
  assert.equal(registryProblem("registry-1.docker.io"), "");
});

test("secrets are scrubbed by value, as whole words, and Authorization values whatever they are", () => {
  addCredentials("pusher", "auth");
  const basic = Buffer.from("pusher:auth").toString("base64");
  assert.equal(scrub("unauthorized: auth failed; the author said auth."), "unauthorized: *** failed; the author said ***.");
  assert.equal(scrub(`echo: ${basic} and Basic ${basic}`), "echo: *** and Basic ***");
  assert.equal(scrub('{"Authorization":["Token abc.def"]}'), '{"Authorization":["***"]}');
  assert.equal(scrub("authorization: Bearer eyJhbGciOi.x.y"), "authorization: ***");
  assert.equal(scrub('www-authenticate: Basic realm="registry"'), 'www-authenticate: Basic realm="registry"');
});

test("a password of 8 characters or more is scrubbed wherever it appears, in the forms a registry echoes it", () => {
  addCredentials("alice", 'S3cret-pa"ss');
  // URL-encoded user:password, glued to other text, JSON-escaped.
  assert.equal(scrub("rejected user=alice%3AS3cret-pa%22ss"), "rejected user=alice%3A***");
  assert.equal(scrub('tokenS3cret-pa"ss and \\nS3cret-pa"ssX'), "token*** and \\n***X");
  assert.equal(scrub('{"message":"bad password S3cret-pa\\"ss"}'), '{"message":"bad password ***"}');
});
