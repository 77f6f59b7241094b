// npm run test:mutants: applies each deliberate fault of lib/mutants/faults.ts to a copy of
// the plugin, runs the fast test layer, and fails if any fault survives.
import { runCli } from "../lib/cli/run.ts";
import { FAULTS } from "../lib/mutants/faults.ts";
import { runMutants } from "../lib/mutants/run.ts";

runCli(
  "mutants",
  { npm: "run test:mutants", summary: "check that the fast tests catch every deliberate fault in the plugin" },
  {
    only: { type: "string", help: "run only the faults whose name contains this text", placeholder: "TEXT" },
  },
  async ({ values }) => {
    const faults = FAULTS.filter((f) => values.only === undefined || f.name.includes(values.only));
    if (faults.length === 0) throw new Error(`no fault matches --only ${values.only}`);
    const outcomes = await runMutants(process.cwd(), faults, (line) => console.log(line));
    const survived = outcomes.filter((o) => o.caughtBy.length === 0);
    console.log(`${outcomes.length - survived.length} caught, ${survived.length} survived`);
    if (survived.length > 0) throw new Error(`faults the tests miss: ${survived.map((o) => o.fault.name).join("; ")}`);
  },
);
