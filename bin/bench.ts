// npm run bench: the release plugin against the floor in one process, batches alternating.
// A full run rewrites the tables of docs/benchmark.md; it exits non-zero when a budget is
// over, unless --explore. A short run shows the budgets without judging them.
//
//   npm run bench               full run (seven timing processes of 200,000 requests per subject, memory to 1,000,000)
//   npm run bench -- --short    a quick run that proves the benchmark works (nothing written)
import { readFile, writeFile } from "node:fs/promises";
import { printReport, writeIntoDoc } from "../lib/bench/report.ts";
import { runBenchmark } from "../lib/bench/run.ts";
import { ensureBuilt, RELEASE_OUTPUT } from "../lib/build/compile.ts";
import { checkWritable, fileError, fileProblem } from "../lib/cli/files.ts";
import { runCli } from "../lib/cli/run.ts";

const DOC = "docs/benchmark.md";

runCli(
  "bench",
  {
    npm: "run bench",
    summary: `measure the plugin against the floor and judge the budgets; a full run (without --short) rewrites the tables of ${DOC}`,
  },
  {
    short: {
      type: "boolean",
      default: false,
      help: `a quick run that proves the benchmark works; shows the budgets without judging them and leaves ${DOC} as it is`,
    },
    explore: { type: "boolean", default: false, help: "report budgets but exit 0 when one is over" },
    json: { type: "string", help: "also write the results as JSON to this file", placeholder: "FILE" },
  },
  async ({ values }) => {
    // Checked before a run of minutes, not after it.
    if (values.json !== undefined) await checkWritable(values.json, "--json");
    if (!values.short) await checkWritable(DOC, "the full run rewrites");
    await ensureBuilt();
    const results = await runBenchmark({ short: values.short, wasm: await readFile(RELEASE_OUTPUT) });
    printReport(results, (line) => console.log(line));
    if (values.json !== undefined) {
      await writeFile(values.json, `${JSON.stringify(results, null, 2)}\n`).catch((e) => {
        throw fileError(values.json as string, fileProblem(e), "--json");
      });
    }
    if (!values.short) {
      await writeIntoDoc(DOC, results);
      console.log(`\nwrote the tables into ${DOC}`);
    }
    const over = results.budgets.filter((b) => !b.ok);
    // One short process is too few requests to judge a ratio by; only a full run judges.
    if (values.short) console.log("\na short run shows the budgets; a full run judges them");
    else if (over.length > 0 && !values.explore) throw new Error(`over budget: ${over.map((b) => `${b.budget} (${b.value})`).join("; ")}`);
  },
);
