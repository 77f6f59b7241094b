// npm run manifest -- --image REGISTRY/REPO:TAG[@sha256:DIGEST]: renders wasmplugin.yaml pinned
// to that image (url with the tag, sha256 = the manifest digest Istio compares). Without a
// digest, the registry is asked what the tag points to now.
import { writeFile } from "node:fs/promises";
import { CREDENTIAL_OPTIONS, registryOptionsFrom } from "../lib/cli/credentials.ts";
import { checkWritable, fileError, fileProblem } from "../lib/cli/files.ts";
import { runCli } from "../lib/cli/run.ts";
import { renderRelease } from "../lib/deploy/render.ts";
import { CRD_HELP } from "../lib/deploy/validate.ts";

runCli(
  "manifest",
  { npm: "run manifest", summary: "render wasmplugin.yaml pinned to a pushed image" },
  {
    image: { type: "string", help: "the pushed image, with its tag (required)", placeholder: "REGISTRY/REPOSITORY:TAG[@sha256:DIGEST]" },
    file: { type: "string", default: "wasmplugin.yaml", help: "the manifest template", placeholder: "FILE" },
    out: { type: "string", help: "write here instead of standard output", placeholder: "FILE" },
    crd: { type: "string", help: CRD_HELP, placeholder: "FILE" },
    ...CREDENTIAL_OPTIONS,
  },
  async ({ values }) => {
    if (!values.image) throw new Error("--image REGISTRY/REPOSITORY:TAG[@sha256:DIGEST] is required (see --help)");
    // Before the registry is asked, not after.
    if (values.out !== undefined) await checkWritable(values.out, "--out");
    const { text, pinnedTo } = await renderRelease({
      image: values.image,
      template: values.file,
      crd: values.crd,
      ...registryOptionsFrom(values),
    });
    if (values.out) {
      await writeFile(values.out, text).catch((e) => {
        throw fileError(values.out as string, fileProblem(e), "--out");
      });
      console.error(`wrote ${values.out} pinned to ${pinnedTo}`);
    } else {
      process.stdout.write(text);
    }
  },
);
