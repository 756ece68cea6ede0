import { describe, expect, it } from 'vitest';
import { normaliseText } from '../normalise.ts';
import { detectDestinationCountry } from './destination.ts';

const dest = (text: string) => detectDestinationCountry(normaliseText(text));

describe('detectDestinationCountry', () => {
  // The hub countries as each of the 22 languages writes them.
  it.each([
    ['KH', ['Cambodia', '柬埔寨', 'Campuchia', 'Kamboja', 'Kemboja', 'Cambodia kami', 'กัมพูชา', 'កម្ពុជា', 'ကမ္ဘောဒီးယား', 'ກຳປູເຈຍ', 'カンボジア', '캄보디아']],
    ['KH', ['कंबोडिया में', 'कम्बोडियामा', 'কম্বোডিয়ায়', 'කාම්බෝජයේ', 'Camboya', 'Camboja', 'в Камбодже', 'Kambodia', 'በካምቦዲያ']],
    ['MM', ['Myanmar', '缅甸', '緬甸', 'Miến Điện', 'พม่า', 'មីយ៉ាន់ម៉ា', 'မြန်မာ', 'ມຽນມາ', 'ミャンマー', '미얀마', 'म्यांमार', 'म्यानमारमा']],
    ['MM', ['মিয়ানমারে', 'මියන්මාරයේ', 'Birmania', 'Mianmar', 'в Мьянме', 'ምያንማር', 'Myawaddy', 'KK Park', '妙瓦底']],
    ['LA', ['Laos', '老挝', '寮國', 'Lào', 'ลาว', 'ឡាវ', 'လာအို', 'ປະເທດລາວ', 'ラオス', '라오스', 'लाओस', 'লাওস', 'ලාඕසයේ', 'в Лаосе', 'ላኦስ']],
    ['TH', ['Thailand', '泰国', '泰國', 'Thái Lan', 'ประเทศไทย', 'ប្រទេសថៃ', 'ထိုင်း', 'ປະເທດໄທ', 'タイで働く', '태국', 'थाईलैंड में', 'थाइल्याण्डमा']],
    ['TH', ['থাইল্যান্ডে', 'තායිලන්තයේ', 'Tailandia', 'Tailândia', 'в Таиланде', 'በታይላንድ', 'Bangkok', 'Бангкок', 'Mae Sot']],
    [
      'PH',
      [
        'Philippines',
        '菲律宾',
        'Filipina',
        'Pilipinas',
        'ฟิลิปปินส์',
        'ហ្វីលីពីន',
        'フィリピン',
        '필리핀',
        'फिलीपींस',
        'ফিলিপাইন',
        'Filipinas',
        'на Филиппинах',
        'ፊሊፒንስ',
      ],
    ],
    ['AE', ['Dubai', '迪拜', '杜拜', 'ดูไบ', 'ឌូបៃ', 'ဒူဘိုင်း', 'ドバイ', '두바이', 'दुबई', 'दुबईमा', 'দুবাই', 'ඩුබායි', 'Dubái', 'в Дубае', 'ዱባይ', 'UAE', 'ОАЭ']],
  ] as const)('%s', (want, names) => {
    for (const n of names) expect([n, dest(`Work in ${n}`)]).toEqual([n, want]);
  });

  it('finds the countries recruits come from', () => {
    for (const [text, want] of [
      ['Data entry job in Mumbai', 'IN'],
      ['দিল্লি নয়, ঢাকায় চাকরি', 'BD'],
      ['काठमाडौंमा काम', 'NP'],
      ['කොළඹ රැකියා', 'LK'],
      ['Vaga em São Paulo', 'BR'],
      ['Работа в Москве', 'RU'],
      ['Kazi Nairobi', 'KE'],
      ['Jobs in Kampala', 'UG'],
      ['Kazi Dar es Salaam', 'TZ'],
      ['ሥራ በአዲስ አበባ', 'ET'],
      ['Empleo en Guadalajara, México', 'MX'],
      ['Trabajo en Bogotá', 'CO'],
      ['Trabajo en Arequipa, Perú', 'PE'],
    ] as const) {
      expect([text, dest(text)]).toEqual([text, want]);
    }
  });

  it('prefers the country abroad to the one the recruit comes from', () => {
    expect(dest('Kenyans wanted: customer care jobs in Thailand, interviews in Nairobi and Mombasa')).toBe('TH');
    expect(dest('नेपालबाट दुबईमा काम, काठमाडौंमा अन्तर्वार्ता')).toBe('AE');
    expect(dest('Trabajo en Tailandia para colombianos, entrevista en Bogotá y Medellín')).toBe('TH');
    // A hub wins over everything, as before.
    expect(dest('Interview in Dubai, then work in Myawaddy')).toBe('MM');
  });

  it('matches whole words only', () => {
    for (const text of ['the Indian Ocean', 'indiana jones', 'Perugia', 'lima hari kerja', 'Kenyatta Avenue', 'Ugandan', 'タイプ入力', 'ネクタイ']) {
      expect([text, dest(text)]).toEqual([text, null]);
    }
  });
});
