// Tests of the test server itself (no browser needed): MIME types, extra headers, and that it
// never serves anything outside its root.

import { mkdtemp, mkdir, writeFile, symlink, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startServer } from './server.mjs';

/** A raw GET: the path is sent exactly as given (no client-side `..` normalisation). */
function rawGet(port, rawPath, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: rawPath, method: 'GET', headers }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        resolve({ status: res.statusCode, headers: res.headers, bytes, body: bytes.toString('utf8') });
      });
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

  test('with compress: true, answers br or gzip as asked (the benchmark serves like a real host)', async () => {
    const root = path.join(dir, 'root');
    const big = 'body { color: red; }\n'.repeat(500);
    await writeFile(path.join(root, 'big.css'), big);
    const packed = await startServer({ root, port: 0, compress: true });
    try {
      const br = await rawGet(packed.port, '/big.css', { 'Accept-Encoding': 'gzip, deflate, br' });
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers['content-type']).toBe('text/css; charset=utf-8');
      expect(Number(br.headers['content-length'])).toBeLessThan(big.length / 10);
      expect(brotliDecompressSync(br.bytes).toString('utf8')).toBe(big);

      const gz = await rawGet(packed.port, '/big.css', { 'Accept-Encoding': 'gzip' });
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gz.bytes).toString('utf8')).toBe(big);

      const plain = await rawGet(packed.port, '/big.css');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body).toBe(big);

      // The plain server (what the tests use) never compresses.
      const asIs = await rawGet(srv.port, '/big.css', { 'Accept-Encoding': 'br' });
      expect(asIs.headers['content-encoding']).toBeUndefined();
    } finally {
      await packed.close();
    }
  });
});
