/**
 * Another Strapi process on the test app's database (helpers/page-server.js),
 * as behind a load balancer: started with extra environment (its outbox
 * settings), stopped cleanly or killed with SIGKILL.
 */
import { spawn, type ChildProcess } from 'child_process';
import path from 'path';
import { createInterface } from 'readline';
import type { TestApp } from './strapi';

export interface OtherProcess {
  child: ChildProcess;
  baseUrl: string;
  /** Asks it to stop (Strapi destroyed), killing it after 15 s. */
  stop(): Promise<void>;
  /** kill -9: no destroy, no worker shutdown, no rollback of what it committed. */
  kill(): Promise<void>;
}

export const startOtherProcess = async (app: TestApp, env: Record<string, string> = {}): Promise<OtherProcess> => {
  const childEnv = { ...process.env, ...app.database.env, HOST: '127.0.0.1', PORT: '0', STRAPI_LOG_LEVEL: 'error', ...env };
  const child = spawn(process.execPath, [path.join(__dirname, 'page-server.js')], { env: childEnv, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const lines = createInterface({ input: child.stdout! });
  const port = await new Promise<number>((resolve, reject) => {
    lines.on('line', (line) => {
      if (line.startsWith('{"port"')) resolve((JSON.parse(line) as { port: number }).port);
    });
    void exited.then(() => reject(new Error(`the other process ended before listening: ${stderr}`)));
  });
  const close = () => {
    lines.close();
    child.stdout!.destroy();
    child.stderr!.destroy();
  };
  return {
    child,
    baseUrl: `http://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.stdin!.end('stop\n');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      close();
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
      close();
    },
  };
};
