// Tests of the test server itself (no browser needed): MIME types, extra headers, and that it
// never serves anything outside its root.

import { mkdtemp, mkdir, writeFile, symlink, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { startServer } from './server.mjs';

/** A raw GET: the path is sent exactly as given (no client-side `..` normalisation). */
function rawGet(port, rawPath) {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test.describe('static test server', () => {
  let dir;
  let srv;

  test.beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'server-spec-'));
    const root = path.join(dir, 'root');
    await mkdir(path.join(root, 'sub'), { recursive: true });
    await writeFile(path.join(root, 'index.html'), '<!doctype html><title>root</title>');
    await writeFile(path.join(root, 'app_bg.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
    await writeFile(path.join(root, 'app.js'), 'export {};');
    await writeFile(path.join(root, 'style.css'), 'body{}');
    await writeFile(path.join(root, 'sub', 'index.html'), 'sub');
    await writeFile(path.join(dir, 'secret.txt'), 'SECRET');
    await symlink(path.join(dir, 'secret.txt'), path.join(root, 'link.txt'));
    srv = await startServer({ root, port: 0, headers: { 'Content-Security-Policy': "default-src 'self'" } });
  });

  test.afterAll(async () => {
    await srv?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('serves files with the right MIME types and the extra headers', async () => {
    const cases = [
      ['/', 'text/html; charset=utf-8'],
      ['/app_bg.wasm', 'application/wasm'],
      ['/app.js', 'text/javascript; charset=utf-8'],
      ['/style.css', 'text/css; charset=utf-8'],
      ['/sub/', 'text/html; charset=utf-8'],
    ];
    for (const [p, type] of cases) {
      const res = await rawGet(srv.port, p);
      expect(res.status, p).toBe(200);
      expect(res.headers['content-type'], p).toBe(type);
      expect(res.headers['content-security-policy'], p).toBe("default-src 'self'");
      expect(res.headers['x-content-type-options'], p).toBe('nosniff');
    }
    expect((await rawGet(srv.port, '/missing.js')).status).toBe(404);
  });

  test('never serves outside its root', async () => {
    const hostile = [
      '/../secret.txt',
      '/sub/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E%2Fsecret.txt',
      '/..%2fsecret.txt',
      '/..%5csecret.txt',
      '/..\\secret.txt',
      '/%00',
      '/%E0%A4%A',
      '/link.txt',
    ];
    for (const p of hostile) {
      const res = await rawGet(srv.port, p);
      expect(res.body, p).not.toContain('SECRET');
      expect([400, 404], p).toContain(res.status);
    }
  });
});
