// npm run push: builds and pushes the plugin image (or, with --artifact, the two-layer Wasm
// artifact) and prints the pushed reference with its manifest digest.
import { IMAGE_REPOSITORY } from "../assembly/names.ts";
import { CREDENTIAL_OPTIONS, registryOptionsFrom } from "../lib/cli/credentials.ts";
import { checkDirectory } from "../lib/cli/files.ts";
import { runCli } from "../lib/cli/run.ts";
import { formatReference, referenceFromOptions } from "../lib/deploy/reference.ts";
import { packageVersion, pushReleaseArtifact, pushReleaseImage } from "../lib/deploy/release.ts";

runCli(
  "push",
  { npm: "run push", summary: "build the plugin image and push it; prints REFERENCE@sha256:DIGEST" },
  {
    registry: { type: "string", help: "registry host[:port] to push to (required)", placeholder: "HOST[:PORT]" },
    repository: { type: "string", default: IMAGE_REPOSITORY, help: "repository path" },
    tag: { type: "string", help: "image tag (default: the package version)" },
    artifact: { type: "boolean", default: false, help: "push the two-layer Wasm artifact instead of an image" },
    storage: { type: "string", help: "buildah/podman: a private storage directory", placeholder: "DIR" },
    ...CREDENTIAL_OPTIONS,
  },
  async ({ values }) => {
    if (!values.registry) throw new Error("--registry HOST[:PORT] is required (see --help)");
    const version = await packageVersion();
    const ref = referenceFromOptions(values.registry, values.repository, values.tag ?? version);
    if (values.storage !== undefined) await checkDirectory(values.storage, "--storage");
    const options = { ref, version, storageDir: values.storage, ...registryOptionsFrom(values) };
    const digest = values.artifact ? await pushReleaseArtifact(options) : await pushReleaseImage(options);
    console.log(`${formatReference(ref)}@${digest}`);
  },
);
