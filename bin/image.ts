// npm run image: builds the plugin image from the Dockerfile (buildah, else podman, else docker).
import { IMAGE_REPOSITORY } from "../assembly/names.ts";
import { checkDirectory } from "../lib/cli/files.ts";
import { progress, runCli } from "../lib/cli/run.ts";
import { formatReference, referenceFromOptions } from "../lib/deploy/reference.ts";
import { buildReleaseImage, packageVersion } from "../lib/deploy/release.ts";

runCli(
  "image",
  { npm: "run image", summary: "build the plugin image from the Dockerfile without pushing it" },
  {
    registry: { type: "string", default: "localhost", help: "registry host[:port] the image is named for", placeholder: "HOST[:PORT]" },
    repository: { type: "string", default: IMAGE_REPOSITORY, help: "repository path" },
    tag: { type: "string", help: "image tag (default: the package version)" },
    storage: { type: "string", help: "buildah/podman: a private storage directory", placeholder: "DIR" },
  },
  async ({ values }) => {
    const version = await packageVersion();
    const ref = referenceFromOptions(values.registry, values.repository, values.tag ?? version);
    if (values.storage !== undefined) await checkDirectory(values.storage, "--storage");
    const builder = await buildReleaseImage({ ref, version, storageDir: values.storage, progress });
    console.log(`built ${formatReference(ref)} with ${builder}`);
  },
);
