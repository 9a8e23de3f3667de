import { spawn } from 'node:child_process';

/**
 * Runs a command with inherited output; resolves with its exit code. `quiet`
 * keeps the output and prints it only on failure; `buffered` keeps it and
 * prints all of it when the command ends, so commands run side by side do not
 * interleave their lines.
 */
export const run = (command, args, { env = {}, cwd = process.cwd(), quiet = false, buffered = false } = {}) =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: quiet || buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let output = '';
    if (quiet || buffered) {
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
    }
    child.on('error', reject);
    child.on('close', (code) => {
      if (buffered) process.stdout.write(output);
      else if (quiet && code !== 0) process.stderr.write(output);
      resolve(code ?? 1);
    });
  });

/** Runs a command and throws if it fails. */
export const mustRun = async (command, args, options) => {
  const code = await run(command, args, options);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code}`);
};
