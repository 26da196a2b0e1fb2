#!/usr/bin/env node
// Launcher for `npm run cli`: rebuilds build/cli.cjs when a source file is newer (a few ms of stat
// calls), then runs it in this process.
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");

const root = path.resolve(__dirname, "..");
const bundle = path.join(root, "build", "cli.cjs");

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const t = entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs;
    if (t > newest) newest = t;
  }
  return newest;
}

function isStale() {
  if (!fs.existsSync(bundle)) return true;
  const srcDir = path.join(root, "src");
  if (!fs.existsSync(srcDir)) return false;
  return newestMtime(srcDir) > fs.statSync(bundle).mtimeMs;
}

if (isStale()) {
  execFileSync(process.execPath, [path.join(root, "scripts", "build-cli.mjs")], { cwd: root, stdio: "inherit" });
}
require(bundle)
  .runCli(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
