// Runs `scam-job-radar` like bin/ does and, at exit, reports the process's peak memory (all
// threads) on the last line of stderr, for bench/cli.ts.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
const code = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin });
process.stderr.write(`\n${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS })}\n`);
process.exitCode = code;
