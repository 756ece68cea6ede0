// CONTRACT (stub, being replaced)
export function normaliseText(raw: string): string {
  return raw.normalize('NFKC');
}
