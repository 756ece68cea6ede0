// Shared by the content script's gate warm-up (could-warn.ts) and the engine's (engine.ts).

/** A line per script the detectors know, so that a warm-up runs each script's patterns. */
export const WARM_UP_SAMPLES: readonly string[] = [
  'Customer service staff wanted in Cambodia, salary $2,000/month, free flight and room, no experience needed, passport only, contact Telegram @hr',
  '高薪招聘客服，柬埔寨，月薪2万，包吃住，无需经验，护照即可，联系飞机 カンボジアで日本語サポート、未経験OK、月収50万円、寮完備',
  '캄보디아 고수익 알바 월 1000만원 숙식 제공 텔레그램 รับสมัครงานกัมพูชา เงินเดือน 40,000 บาท ไม่ต้องมีประสบการณ์ ติดต่อไลน์',
  'ត្រូវការបុគ្គលិក ប្រាក់ខែ ១៥០០ ដុល្លារ ကမ္ဘောဒီးယားမှာ အလုပ်ခေါ်နေပါတယ် လစာ ဒေါ်လာ ၁၅၀၀ कंबोडिया में नौकरी सैलरी 1500 डॉलर Требуются операторы, зарплата 2000$',
  'Tuyển gấp CSKH tại Campuchia, lương 40 triệu, bao ăn ở. Lowongan kerja di Kamboja, gaji 15 juta. Se busca personal, sueldo 2000 USD, vuelo gratis',
];
