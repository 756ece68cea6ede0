// Runs `scam-job-radar` like bin/ does and, at exit, reports the process's peak memory and CPU
// time (all threads) on the last line of stderr, for bench/cli.ts.
import v8 from 'node:v8';
import { register } from 'tsx/esm/api';

// Regexes go to machine code at their first use instead of through V8's regexp interpreter
// first: the detectors run about a thousand, most of them on every posting, and the interpreter
// stage only added a compilation (the CLI is 7–10 % faster; bench/cli.ts). Process-wide, so the
// scoring workers have it too.
v8.setFlagsFromString('--no-regexp-tier-up');
register();
const { main } = await import('../src/cli/main.ts');
const code = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin });
const cpu = process.cpuUsage();
process.stderr.write(`\n${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, cpuMs: (cpu.user + cpu.system) / 1000 })}\n`);
process.exitCode = code;
