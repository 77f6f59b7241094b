// npm run soak -- [--requests 10000000]: requests through one VM, linear memory checked at
// checkpoints; exits non-zero if it grows after warm-up or anything traps.
import { integerOption, runCli } from "../lib/cli/run.ts";
import { soak } from "../lib/runs/soak.ts";

runCli(
  "soak",
  { npm: "run soak", summary: "requests through one VM with linear memory checked" },
  {
    requests: { type: "string", default: "10000000", help: "how many requests", placeholder: "N" },
    config: { type: "string", default: "{}", help: "the plugin configuration as JSON", placeholder: "JSON" },
  },
  async ({ values }) => {
    const requests = integerOption("requests", values.requests, 1, 1_000_000_000);
    console.log(`soak: ${await soak({ requests, config: values.config, progress: (line) => console.log(line) })}`);
  },
);
