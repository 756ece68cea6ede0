import type { JobPosting } from '../shared/types.ts';

/**
 * The single text a posting is scored on: title, company, location, salary and body joined
 * by newlines. Training builds its rows the same way, so the model sees what it was trained on.
 */
export function postingText(p: Pick<JobPosting, 'title' | 'company' | 'location' | 'salary' | 'text'>): string {
  const parts: string[] = [];
  for (const part of [p.title, p.company, p.location, p.salary, p.text]) {
    const s = typeof part === 'string' ? part.trim() : '';
    // Structured fields are often repeated verbatim inside the body; don't count them twice.
    if (s && !parts.some((earlier) => earlier === s)) parts.push(s);
  }
  return parts.join('\n');
}
