/**
 * A second `vite preview` for specs that serve the built files another way (under a sub-path, or
 * a copy they change), on its own port, started once for the spec file and stopped after it.
 */
import { spawn } from 'node:child_process';
import { expect } from './fixtures.ts';

/** Serves with `args` on `url`'s port until `url` answers 200; resolves to a function that stops it. */
export async function startPreview(url: string, args: string[]): Promise<() => void> {
  const port = new URL(url).port;
  const server = spawn('npx', ['vite', 'preview', '--port', port, '--strictPort', ...args], {
    stdio: 'ignore',
    detached: true,
  });
  await expect.poll(async () => (await fetch(url).catch(() => null))?.status, { timeout: 60_000 }).toBe(200);
  return () => {
    try {
      if (server.pid) process.kill(-server.pid);
    } catch {
      // Already gone.
    }
  };
}
