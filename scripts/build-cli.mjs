// Bundles the headless CLI (src/cli) into build/cli.cjs with esbuild: plain Node, no TypeScript
// interpreter at run time, so `npm run cli -- --help` starts in well under a second.
import { build } from "esbuild";

await build({
  entryPoints: ["src/cli/main.ts"],
  outfile: "build/cli.cjs",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
});
