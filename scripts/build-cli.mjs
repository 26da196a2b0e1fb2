// Bundles the headless CLI (src/cli) into build/cli.cjs with esbuild: plain Node, no TypeScript
// interpreter at run time, so `npm run cli -- --help` starts in well under a second.
import { build } from "esbuild";
import { renameSync } from "node:fs";

// Build beside the target and rename: parallel callers never load a half-written bundle.
const tmp = `build/cli.${process.pid}.tmp.cjs`;
await build({
  entryPoints: ["src/cli/main.ts"],
  outfile: tmp,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  packages: "external",
  sourcemap: "external",
  logLevel: "warning",
});
renameSync(tmp, "build/cli.cjs");
renameSync(`${tmp}.map`, "build/cli.cjs.map");
