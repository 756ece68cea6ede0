import { describe, expect, it } from 'vitest';
import { loadNodeEngine } from '../detect/node-engine.ts';

describe('the verdict names the country the ad points to', () => {
  it('Cambodia for a Vietnamese ad for work in Sihanoukville', async () => {
    const v = await (await loadNodeEngine()).score({
      text: 'Tuyển gấp nhân viên CSKH làm việc tại Sihanoukville, Campuchia. Lương 2000 USD/tháng, bao vé máy bay, bao ăn ở. Không cần kinh nghiệm. Liên hệ Telegram @tuyendung.',
    });
    expect(v.destination).toBe('KH');
  });

  it('none for an ad that names no place', async () => {
    const v = await (await loadNodeEngine()).score({ text: 'Accountant wanted. Three years of experience with payroll software. Apply with your CV.' });
    expect(v.destination).toBeUndefined();
  });
});
