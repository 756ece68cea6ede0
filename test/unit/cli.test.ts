import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { jsonlRecords, runCli } from '../helpers/run-cli.ts';
import type { ScanRecord } from '../../src/shared/scan-record.ts';
import { loadNodeEngine } from '../../src/detect/node-engine.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const FIX = join(ROOT, 'test/fixtures/cli');

const run = (args: string[], stdinText?: string) =>
  runCli(args, { stdin: stdinText === undefined ? undefined : Readable.from([stdinText]), loadEngine: loadNodeEngine });

const jsonl = jsonlRecords;

describe('scam-job-radar scan', () => {
  it('scores the good rows of a JSONL file in input order and names each bad line', async () => {
    const { code, out, err } = await run(['scan', join(FIX, 'mixed.jsonl')]);
    expect(code).toBe(1);
    const recs = jsonl(out);
    expect(recs.map((r) => r.id)).toEqual(['ad-1', 2, 'ad-last']);
    for (const r of recs) {
      expect(Object.keys(r)).toEqual(['id', 'title', 'score', 'risk', 'reasons', 'model']);
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
    }
    expect(recs[0]?.risk).toBe('high');
    expect(recs[1]?.risk).toBe('low');
    expect(recs[2]?.risk).not.toBe('low');
    expect(recs[0]?.reasons.some((r) => r.evidence.some((e) => /telegram/i.test(e)))).toBe(true);
    expect(err).toContain('mixed.jsonl:3: invalid JSON');
    expect(err).toContain('mixed.jsonl:4: no "text" or "description" field');
    expect(err).toContain('mixed.jsonl:5: empty text');
    expect(err).toContain('mixed.jsonl:6: expected a JSON object');
    expect(err).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('reads CSV with the same column names, keeping good rows around a broken one', async () => {
    const { code, out, err } = await run(['scan', join(FIX, 'mixed.csv')]);
    const recs = jsonl(out);
    expect(recs.map((r) => r.id)).toEqual(['c1', 'c2']);
    expect(recs[0]?.risk).not.toBe('low');
    expect(recs[1]?.risk).toBe('low');
    expect(code).toBe(1);
    expect(err).toMatch(/mixed\.csv:\d+: /);
  });

  it('extracts postings from an HTML page before scoring them', async () => {
    const { code, out } = await run(['scan', join(ROOT, 'test/e2e/pages/lure-jsonld.html')]);
    expect(code).toBe(0);
    const [rec] = jsonl(out);
    expect(rec?.title).toContain('Customer Support Executive');
    expect(rec?.risk).toBe('high');
  });

  it('scores a .txt file as one posting and stdin with -', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sjr-cli-'));
    const txt = join(dir, 'ad.txt');
    writeFileSync(
      txt,
      'Junior web developer at a Jakarta software house. React and TypeScript, 1 year experience. Gaji Rp 8.000.000 per bulan, BPJS. Apply on our careers site.',
    );
    const a = await run(['scan', txt]);
    expect(a.code).toBe(0);
    expect(jsonl(a.out)).toHaveLength(1);
    expect(jsonl(a.out)[0]?.id).toBe(1);
    const b = await run(['scan', '-'], '{"id":"s1","text":"高薪急招 柬埔寨西港 客服 月薪3万 包吃包住 报销机票 飞机联系 @abc"}\n');
    expect(b.code).toBe(0);
    expect(jsonl(b.out)[0]?.id).toBe('s1');
    expect(jsonl(b.out)[0]?.risk).not.toBe('low');
  });

  it('refuses binary and missing files with a clear message and a non-zero exit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sjr-cli-'));
    const bin = join(dir, 'photo.jsonl');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe]));
    const a = await run(['scan', bin]);
    expect(a.code).toBe(1);
    expect(a.err).toContain(`${bin}: looks like a binary file`);
    const b = await run(['scan', join(dir, 'nope.jsonl')]);
    expect(b.code).toBe(1);
    expect(b.err).toContain('nope.jsonl: no such file');
    expect(a.out + b.out).toBe('');
  });

  it('fetches an http URL', async () => {
    const server = createServer((q, res) => {
      if (q.url === '/missing') return void res.writeHead(404).end();
      res
        .writeHead(200, { 'content-type': 'text/plain' })
        .end('Free visa, free flight ticket, free food and room! Customer service in Myawaddy, US$3000/month, Telegram @x only.');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    try {
      const { code, out } = await run(['scan', `http://127.0.0.1:${port}/ad`]);
      expect(code).toBe(0);
      expect(jsonl(out)[0]?.risk).not.toBe('low');
      const missing = await run(['scan', `http://127.0.0.1:${port}/missing`]);
      expect(missing.code).toBe(1);
      expect(missing.err).toContain(`http://127.0.0.1:${port}/missing: HTTP 404`);
    } finally {
      server.close();
    }
  });

  it('stops reading a URL at 20 MB, or at --max-size, naming the limit', async () => {
    const AD = 'Free visa, free flight ticket, free food and room! Customer service in Myawaddy, US$3000/month, Telegram @x only. ';
    const chunk = Buffer.alloc(1024 * 1024, 'x');
    let sent = 0;
    const server = createServer((q, res) => {
      if (q.url === '/declared') {
        // Says up front that it is too big: refused before the body is read.
        res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(25 * 1024 * 1024) });
        res.write(chunk);
        return;
      }
      if (q.url === '/small') return void res.writeHead(200, { 'content-type': 'text/plain' }).end(AD.repeat(20_000)); // 2.2 MB
      // No length, and no end: 400 MB unless the reader stops.
      res.writeHead(200, { 'content-type': 'text/plain' });
      const more = () => {
        while (sent < 400 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', more);
        }
        res.end();
      };
      res.on('close', () => (sent = -sent));
      more();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      const endless = await run(['scan', `${base}/endless`]);
      expect(endless.code).toBe(1);
      expect(endless.err).toBe(`scam-job-radar: ${base}/endless: larger than 20 MB, the limit for a URL (--max-size MB sets another)\n`);
      expect(endless.out).toBe('');
      await vi.waitFor(() => expect(sent).toBeLessThan(0)); // the connection was closed…
      expect(-sent).toBeLessThan(60 * 1024 * 1024); // …long before 400 MB

      const declared = await run(['scan', `${base}/declared`]);
      expect(declared.err).toContain(`${base}/declared: larger than 20 MB, the limit for a URL`);

      const small = await run(['scan', `${base}/small`]);
      expect(small.code).toBe(0);
      expect(jsonl(small.out)[0]?.risk).not.toBe('low');
      const capped = await run(['scan', '--max-size', '1', `${base}/small`]);
      expect(capped.code).toBe(1);
      expect(capped.err).toContain(`${base}/small: larger than 1 MB, the limit for a URL (--max-size MB sets another)`);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('applies --max-size to files and standard input, and refuses a size that is not a positive number', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sjr-cli-'));
    const big = join(dir, 'big.txt');
    writeFileSync(big, 'Customer service job. '.repeat(30_000)); // 660 kB
    const file = await run(['scan', '--max-size', '0.5', big]);
    expect(file.code).toBe(1);
    expect(file.err).toContain(`${big}: larger than 0.5 MB, the limit for a file (--max-size MB sets another)`);
    expect((await run(['scan', '--max-size', '1', big])).code).toBe(0);
    const stdin = await run(['scan', '--max-size', '0.5', '-'], 'Customer service job. '.repeat(30_000));
    expect(stdin.err).toContain('stdin: larger than 0.5 MB, the limit for standard input');
    for (const bad of ['0', '-3', 'ten', '']) {
      const r = await run(['scan', `--max-size=${bad}`, big]);
      expect(r.code, bad).toBe(2);
      expect(r.err).toContain(`--max-size must be a number of MB greater than 0, got "${bad}"`);
    }
  });

  it('prints a table or CSV on request', async () => {
    const t = await run(['scan', '--format', 'table', join(FIX, 'mixed.jsonl')]);
    expect(t.out).toMatch(/^RISK\s+SCORE/);
    expect(t.out).toMatch(/3 posting\(s\): \d high, \d medium, \d low risk/);
    const c = await run(['scan', '--format=csv', join(FIX, 'mixed.jsonl')]);
    const lines = c.out.trim().split('\n');
    expect(lines[0]).toBe('id,title,score,risk,reasons,model');
    expect(lines).toHaveLength(4);
  });

  it('prints no terminal escape codes from the input in a table or in messages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sjr-cli-'));
    const file = join(dir, 'ads.jsonl');
    const esc = '\u001b';
    writeFileSync(
      file,
      `${JSON.stringify({ id: `a${esc}[2J`, title: `${esc}[1A${esc}[2KFree visa \u202eexe.`, text: 'Free visa, free flight ticket, free food and room! Customer service in Myawaddy, US$3000/month, Telegram @x only.' })}\n{"broken": ${esc}]0;pwned\u0007\n`,
    );
    const { code, out, err } = await run(['scan', '--format', 'table', file]);
    expect(code).toBe(1);
    expect(out).toContain('Free visa exe.');
    expect(err).toContain('ads.jsonl:2: invalid JSON');
    for (const text of [out, err]) expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });

  it('explains usage errors', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['scan'])).err).toContain('needs at least one input');
    expect((await run(['scan', '--format', 'xml', 'a.jsonl'])).err).toContain('unknown --format');
    expect((await run(['frobnicate', 'x'])).err).toContain('unknown command');
    expect((await run(['scan', '--bogus', 'x'])).code).toBe(2);
  });
});

describe('scam-job-radar extract', () => {
  it('prints the postings of a page as JSONL with their source', async () => {
    const { code, out } = await run(['extract', join(ROOT, 'assets/demo/index.html')]);
    expect(code).toBe(0);
    const rows = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.length).toBe(7);
    for (const r of rows) expect(Object.keys(r)).toEqual(expect.arrayContaining(['title', 'company', 'location', 'salary', 'text', 'source']));
    expect(rows.map((r) => r.title)).not.toContain('Weekend market this Saturday');
  });
});

describe('the installed command', () => {
  it('runs through bin/ with no build step and prints errors without a stack trace', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/scam-job-radar.mjs'), 'scan', '/definitely/missing.csv'], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe('scam-job-radar: /definitely/missing.csv: no such file');
    const ok = spawnSync(process.execPath, [join(ROOT, 'bin/scam-job-radar.mjs'), 'scan', join(ROOT, 'test/e2e/pages/genuine-jsonld.html')], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(ok.status).toBe(0);
    expect((JSON.parse(ok.stdout.trim()) as ScanRecord).risk).toBe('low');
  });
});
