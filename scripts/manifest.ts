// npm run manifest -- --image REGISTRY/REPO:TAG[@sha256:DIGEST]: renders wasmplugin.yaml pinned
// to that image (url with the tag, sha256 = the manifest digest Istio compares). Without a
// digest, the registry is asked what the tag points to now.
import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { formatReference, parseReference } from "../deploy/reference.js";
import { MediaType, Registry } from "../deploy/registry.js";
import { parseWasmPluginYaml, pinToImage } from "../deploy/wasmplugin.js";
import { CREDENTIAL_OPTIONS, credentialsFrom, loadCrd, runCli } from "./cli.js";

runCli("manifest", async () => {
  const { values } = parseArgs({
    options: {
      image: { type: "string" },
      file: { type: "string", default: "wasmplugin.yaml" },
      out: { type: "string" },
      crd: { type: "string" },
      ...CREDENTIAL_OPTIONS,
    },
  });
  if (!values.image) {
    throw new Error("usage: npm run manifest -- --image REGISTRY/REPOSITORY:TAG[@sha256:DIGEST] [--out FILE] [--file wasmplugin.yaml] " +
      "[--crd FILE] [--insecure] [--username U]");
  }
  const ref = parseReference(values.image);
  if (!ref.tag) throw new Error(`--image ${values.image}: give the tag too (the URL keeps it; sha256 pins it)`);
  let digest = ref.digest;
  if (!digest) {
    const registry = new Registry(ref.registry, { insecure: values.insecure, credentials: credentialsFrom(values) });
    digest = (await registry.getManifest(ref.repository, ref.tag, [MediaType.DockerManifest, MediaType.OciManifest])).digest;
  }
  const { document } = parseWasmPluginYaml(await readFile(values.file, "utf8"), values.file);
  const rendered = pinToImage(document, formatReference(ref, { tag: true, digest: false }), digest);
  const problems = loadCrd(values.crd).validate(parseWasmPluginYaml(rendered).plugin);
  if (problems.length > 0) throw new Error(`the rendered manifest is not valid: ${problems.join("; ")}`);
  if (values.out) {
    await writeFile(values.out, rendered);
    console.error(`wrote ${values.out} pinned to ${formatReference({ ...ref, digest })}`);
  } else {
    process.stdout.write(rendered);
  }
});
