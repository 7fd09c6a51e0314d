// Spawns a command with a deadline, for the scripts that drive other processes (compat/run.mjs,
// scripts/run-examples.mjs).
import { spawn } from "node:child_process";

/**
 * Runs a command in its own process group, so that a timeout ends it and anything it started (and nothing else).
 * Resolves, never rejects, with the exit code, the signal, stdout, stderr, both interleaved as `output`, and
 * whether it was killed for taking too long (`spawnError` when it could not start).
 * @param {string} file
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv, timeoutMs?: number }} [options]
 */
export function runCommand(file, args, { cwd = process.cwd(), env = process.env, timeoutMs = 600_000 } = {}) {
  return new Promise((done) => {
    let stdout = "";
    let stderr = "";
    let output = "";
    let timedOut = false;
    const child = spawn(file, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
    }, timeoutMs);
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
      output += chunk;
    });
    child.on("error", (spawnError) => {
      clearTimeout(timer);
      done({ code: -1, signal: null, stdout, stderr, output: `${output}${spawnError.message}`, timedOut, spawnError });
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, stdout, stderr, output, timedOut });
    });
  });
}
