/**
 * The vocabulary of the demo directory: names, languages and capitals by
 * country, the kinds of authorities and what they handle, contact point titles,
 * country profile requirements, and the small helpers that turn them into text.
 * Data only; the generator (directory.ts) draws from it.
 */
import { findCountry } from '#shared/countries';
import type { AssistanceMeasure, AuthorityKind, Channel, ContactPointRole, CrimeArea } from '#shared/domain';
import type { Prng } from './prng';

/** Every generated date is an offset from this day; the clock is never read. */
export const BASE = Date.UTC(2026, 0, 1);
export const DAY = 86_400_000;

// ---------------------------------------------------------------------------
// Dates

export const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const daysBefore = (days: number) => BASE - days * DAY;
export const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

// ---------------------------------------------------------------------------
// Reference data: names, languages, capitals, legal traditions

export interface NamePool {
  female: readonly string[];
  male: readonly string[];
  family: readonly string[];
  /** Family name written first (Vietnamese, Khmer). */
  familyFirst?: boolean;
  /** Russian-style female surname: Karimov -> Karimova. */
  slavicFeminine?: boolean;
}

export const POOLS = {
  // Central Asia and Southern Caucasus
  centralAsian: {
    female: [
      'Aigerim',
      'Dilnoza',
      'Gulnara',
      'Madina',
      'Saltanat',
      'Zarina',
      'Kamila',
      'Leyla',
      'Malika',
      'Nigora',
      'Aysel',
      'Zhanar',
      'Mohira',
      'Shahlo',
    ],
    male: [
      'Aziz',
      'Bakhtiyor',
      'Elnur',
      'Farrukh',
      'Iskander',
      'Jamshid',
      'Kairat',
      'Murat',
      'Nurlan',
      'Rustam',
      'Sanjar',
      'Timur',
      'Azamat',
      'Daniyar',
      'Erlan',
      'Orkhan',
    ],
    family: [
      'Karimov',
      'Nazarov',
      'Rakhimov',
      'Sultanov',
      'Abdullayev',
      'Ismailov',
      'Yusupov',
      'Mammadov',
      'Kasymov',
      'Umarov',
      'Saidov',
      'Zhaksybekov',
      'Omarov',
      'Toktogulov',
      'Huseynov',
      'Berdiyev',
      'Sharipov',
      'Ermekov',
    ],
    slavicFeminine: true,
  },
  armenian: {
    female: ['Anahit', 'Lilit', 'Armine', 'Gayane', 'Nune', 'Tatevik', 'Mariam', 'Lusine', 'Ani', 'Siranush'],
    male: ['Tigran', 'Armen', 'Davit', 'Hayk', 'Aram', 'Gor', 'Vahagn', 'Narek', 'Karen', 'Arsen'],
    family: [
      'Hovhannisyan',
      'Grigoryan',
      'Harutyunyan',
      'Khachatryan',
      'Hakobyan',
      'Vardanyan',
      'Avetisyan',
      'Mkrtchyan',
      'Gevorgyan',
      'Poghosyan',
    ],
  },
  georgian: {
    female: ['Nino', 'Tamar', 'Ketevan', 'Mariam', 'Salome', 'Natia', 'Eka', 'Tinatin', 'Maia', 'Sopho'],
    male: ['Giorgi', 'Levan', 'Davit', 'Irakli', 'Nika', 'Zurab', 'Lasha', 'Tornike', 'Vakhtang', 'Beka'],
    family: [
      'Beridze',
      'Kapanadze',
      'Maisuradze',
      'Lomidze',
      'Gelashvili',
      'Tsiklauri',
      'Abashidze',
      'Kvaratskhelia',
      'Japaridze',
      'Chikovani',
    ],
  },
  // West Africa
  westAfricaFrancophone: {
    female: [
      'Aminata',
      'Fatoumata',
      'Awa',
      'Mariam',
      'Adjoa',
      'Aïssatou',
      'Kadiatou',
      'Rokia',
      'Salimata',
      'Akouvi',
      'Ramatou',
      'Ndèye',
    ],
    male: [
      'Moussa',
      'Ibrahima',
      'Souleymane',
      'Amadou',
      'Ousmane',
      'Boubacar',
      'Koffi',
      'Yao',
      'Mamadou',
      'Cheikh',
      'Issa',
      'Komlan',
      'Serge',
      'Idrissa',
    ],
    family: [
      'Diallo',
      'Traoré',
      'Coulibaly',
      'Keïta',
      'Ouédraogo',
      'Sawadogo',
      'Konaté',
      'Diop',
      'Ndiaye',
      'Sow',
      'Camara',
      'Touré',
      'Kaboré',
      'Hounkpatin',
      'Agbodjan',
      'Mahamadou',
      'Kouassi',
      'Zongo',
      'Sylla',
      'Adjovi',
    ],
  },
  sahel: {
    female: ['Fatimetou', 'Mariem', 'Khadija', 'Halimé', 'Achta', 'Zeinabou', 'Aïcha', 'Hawa', 'Mounira', 'Toumaï'],
    male: ['Mohamed', 'Ahmed', 'Sidi', 'Mahamat', 'Abakar', 'Cheikh', 'Brahim', 'Youssouf', 'Hassane', 'Moctar'],
    family: [
      'Ould Ahmed',
      'Ould Sidi',
      'Mint Cheikh',
      'Abakar',
      'Hassane',
      'Brahim',
      'Youssouf',
      'Saleh',
      'Oumar',
      'Ould Mohamed',
      'Haggar',
      'Ali',
    ],
  },
  westAfricaAnglophone: {
    female: [
      'Ama',
      'Akosua',
      'Ngozi',
      'Chiamaka',
      'Funmilayo',
      'Fatmata',
      'Isatou',
      'Comfort',
      'Grace',
      'Mariama',
      'Abena',
      'Yetunde',
    ],
    male: [
      'Kwame',
      'Kofi',
      'Emeka',
      'Chinedu',
      'Oluwaseun',
      'Musa',
      'Abdoulie',
      'Momodu',
      'Samuel',
      'Yaw',
      'Ibrahim',
      'Tunde',
    ],
    family: [
      'Mensah',
      'Owusu',
      'Asante',
      'Boateng',
      'Okafor',
      'Adeyemi',
      'Eze',
      'Bello',
      'Kamara',
      'Sesay',
      'Conteh',
      'Bangura',
      'Jallow',
      'Ceesay',
      'Kollie',
      'Kpoto',
      'Nwosu',
      'Darboe',
    ],
  },
  lusophoneAfrica: {
    female: ['Maria', 'Ana', 'Isabel', 'Fátima', 'Odete', 'Filomena', 'Domingas', 'Esperança', 'Luzia', 'Joana'],
    male: ['João', 'António', 'Carlos', 'Domingos', 'Manuel', 'Nuno', 'Fernando', 'Armando', 'Mário', 'Paulo'],
    family: [
      'Silva',
      'Lopes',
      'Fernandes',
      'Gomes',
      'Tavares',
      'Semedo',
      'Mendes',
      'Monteiro',
      'Correia',
      'Sanca',
      'Djaló',
      'Baptista',
      'Neto',
      'Cardoso',
      'Pereira',
    ],
  },
  // Great Lakes
  greatLakesFrancophone: {
    female: [
      'Clarisse',
      'Immaculée',
      'Chantal',
      'Espérance',
      'Béatrice',
      'Solange',
      'Divine',
      'Aline',
      'Gloria',
      'Prisca',
      'Nadège',
    ],
    male: [
      'Jean-Pierre',
      'Emmanuel',
      'Patrick',
      'Claude',
      'Innocent',
      'Déogratias',
      'Théoneste',
      'Fabrice',
      'Olivier',
      'Didier',
      'Alain',
    ],
    family: [
      'Niyonzima',
      'Habimana',
      'Uwimana',
      'Hakizimana',
      'Mukamana',
      'Bizimana',
      'Mbuyi',
      'Kabongo',
      'Ilunga',
      'Tshibanda',
      'Mavungu',
      'Malonga',
      'Mabiala',
      'Ngoma',
      'Nshimiyimana',
      'Yangongo',
      'Ndayizeye',
      'Mukendi',
    ],
  },
  eastAfrica: {
    female: [
      'Grace',
      'Faith',
      'Mercy',
      'Esther',
      'Neema',
      'Aisha',
      'Joyce',
      'Mwajuma',
      'Nakato',
      'Mutale',
      'Achol',
      'Wanjiku',
    ],
    male: [
      'Peter',
      'David',
      'Joseph',
      'Brian',
      'Emmanuel',
      'Isaac',
      'Baraka',
      'Juma',
      'Mwila',
      'Deng',
      'Kiprop',
      'Ronald',
    ],
    family: [
      'Otieno',
      'Mwangi',
      'Kamau',
      'Odhiambo',
      'Mutua',
      'Kariuki',
      'Mwakyusa',
      'Massawe',
      'Mushi',
      'Okello',
      'Namukasa',
      'Ssempijja',
      'Banda',
      'Phiri',
      'Mwale',
      'Tembo',
      'Chanda',
      'Garang',
      'Lual',
      'Akol',
      'Chebet',
    ],
  },
  sudanese: {
    female: ['Amna', 'Fatima', 'Sara', 'Hiba', 'Rania', 'Samah', 'Nafisa', 'Duaa'],
    male: ['Mohamed', 'Ahmed', 'Osman', 'Khalid', 'Hamza', 'Tarig', 'Yasir', 'Mutasim'],
    family: [
      'Abdelrahman',
      'Elhassan',
      'Osman',
      'Ibrahim',
      'Mustafa',
      'Elamin',
      'Babiker',
      'Elsheikh',
      'Abdalla',
      'Idris',
    ],
  },
  // South East Asia
  anglo: {
    female: ['Sarah', 'Emily', 'Jessica', 'Chloe', 'Rebecca', 'Olivia', 'Hannah', 'Megan'],
    male: ['James', 'Michael', 'Daniel', 'Thomas', 'Liam', 'Matthew', 'Andrew', 'Ben'],
    family: [
      'Taylor',
      'Wilson',
      'Brown',
      'Mitchell',
      'Kelly',
      'Walker',
      'Campbell',
      'Harris',
      'Thompson',
      'Nguyen',
      'Papadopoulos',
      'Singh',
    ],
  },
  malay: {
    female: ['Nurul Aina', 'Siti Aisyah', 'Farah', 'Nur Izzati', 'Aisyah', 'Hanisah', 'Syazwani', 'Norhayati'],
    male: ['Ahmad Faiz', 'Muhammad Hafiz', 'Zulkifli', 'Amirul', 'Khairul', 'Syafiq', 'Azman', 'Hakim'],
    family: ['Hamzah', 'Ismail', 'Rahman', 'Abdullah', 'Yusof', 'Osman', 'Hassan', 'Salleh', 'Ibrahim', 'Aziz'],
  },
  khmer: {
    female: ['Sophea', 'Bopha', 'Chenda', 'Sreymom', 'Malis', 'Sokunthea', 'Channary', 'Raksmey'],
    male: ['Dara', 'Vanna', 'Sokha', 'Rithy', 'Vibol', 'Pisey', 'Sovann', 'Veasna'],
    family: ['Sok', 'Chan', 'Kim', 'Heng', 'Ly', 'Chea', 'Meas', 'Keo', 'Seng', 'Prak'],
    familyFirst: true,
  },
  lao: {
    female: ['Khamla', 'Vilayvanh', 'Souksavanh', 'Malayvanh', 'Noy', 'Phetsamone', 'Bouavanh', 'Chanthala'],
    male: ['Bounmy', 'Somphone', 'Phonesavanh', 'Khamphet', 'Souliya', 'Vanxay', 'Thongchanh', 'Sengdao'],
    family: ['Phommachanh', 'Sisouk', 'Keomany', 'Inthavong', 'Vongsa', 'Chanthavong', 'Souvannavong', 'Phanthavong'],
  },
  maldivian: {
    female: ['Aishath', 'Fathimath', 'Mariyam', 'Hawwa', 'Aminath', 'Shiyama'],
    male: ['Ahmed', 'Mohamed', 'Ibrahim', 'Hussain', 'Ali', 'Hassan'],
    family: ['Shareef', 'Rasheed', 'Naseer', 'Waheed', 'Latheef', 'Zahir', 'Saeed', 'Fikry'],
  },
  burmese: {
    female: ['Thida', 'Hnin', 'Nilar', 'Su', 'Khin', 'May', 'Ei', 'Yadanar'],
    male: ['Aung', 'Kyaw', 'Zaw', 'Min', 'Htet', 'Thura', 'Ye', 'Naing'],
    family: ['Win', 'Htun', 'Myint', 'Oo', 'Moe', 'Aye', 'Thein', 'Lwin', 'Naing Oo', 'Zaw Latt'],
  },
  filipino: {
    female: ['Maria Cristina', 'Angelica', 'Kristine', 'Rowena', 'Jocelyn', 'Marites', 'Katrina', 'Liza'],
    male: ['Jose', 'Ramon', 'Mark Anthony', 'Jericho', 'Rommel', 'Arnel', 'Paolo', 'Renato'],
    family: [
      'Santos',
      'Reyes',
      'Cruz',
      'Bautista',
      'Villanueva',
      'Dela Cruz',
      'Mendoza',
      'Garcia',
      'Aquino',
      'Pascual',
    ],
  },
  singaporean: {
    female: ['Hui Min', 'Jia Hui', 'Priya', 'Nur Hidayah', 'Mei Ling', 'Kavitha', 'Shu Fen', 'Rachel'],
    male: ['Wei Ming', 'Kai Wen', 'Rajesh', 'Daniel', 'Jun Jie', 'Suresh', 'Faizal', 'Zhi Hao'],
    family: ['Tan', 'Lim', 'Lee', 'Ng', 'Wong', 'Ramasamy', 'Pillai', 'Salleh', 'Goh', 'Chua'],
  },
  thai: {
    female: ['Suda', 'Kanya', 'Ratana', 'Anong', 'Malee', 'Siriporn', 'Pimchanok', 'Waraporn'],
    male: ['Somchai', 'Niran', 'Prasert', 'Wichai', 'Anan', 'Kittipong', 'Surasak', 'Thanakorn'],
    family: [
      'Srisuk',
      'Chaiyaporn',
      'Rattanakul',
      'Sukprasert',
      'Phromma',
      'Boonmee',
      'Saetang',
      'Kaewmanee',
      'Thongdee',
      'Jaidee',
    ],
  },
  timorese: {
    female: ['Maria', 'Ana', 'Domingas', 'Joana', 'Filomena', 'Rosa', 'Natércia', 'Ivete'],
    male: ['João', 'José', 'Agostinho', 'Mateus', 'Júlio', 'Marcelino', 'Francisco', 'Zeferino'],
    family: [
      'da Costa',
      'Soares',
      'Ximenes',
      'Pereira',
      'Amaral',
      'Martins',
      'Freitas',
      'dos Santos',
      'Sarmento',
      'Fernandes',
    ],
  },
  vietnamese: {
    female: ['Thị Lan', 'Thu Hà', 'Thanh Hương', 'Ngọc Anh', 'Minh Thư', 'Thị Mai', 'Hồng Nhung', 'Phương Linh'],
    male: ['Văn An', 'Minh Đức', 'Quốc Bảo', 'Văn Hùng', 'Hoàng Nam', 'Đức Thắng', 'Thanh Tùng', 'Quang Huy'],
    family: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'],
    familyFirst: true,
  },
  /** Countries outside the four networks (a network added to the registry later). */
  generic: {
    female: ['Alex', 'Sam', 'Robin', 'Kim', 'Maria', 'Anna', 'Lena', 'Sara'],
    male: ['Alex', 'Sam', 'Robin', 'Chris', 'Jonas', 'Erik', 'Marco', 'David'],
    family: ['Example', 'Sample', 'Placeholder', 'Demo', 'Testperson', 'Fictional'],
  },
} satisfies Record<string, NamePool>;

export type PoolName = keyof typeof POOLS;

export interface CountryInfo {
  pool: PoolName;
  /** ISO 639-1 languages every contact point of the country speaks. */
  languages: readonly string[];
  /** Languages some contact points also speak. */
  extra: readonly string[];
  capital: string;
  commonLaw?: boolean;
  /** Name of the central authority where the common pattern does not fit. */
  centralAuthority?: string;
}

export const COUNTRY_INFO: Readonly<Record<string, CountryInfo>> = {
  // CASC: Russian plus the national language
  ARM: { pool: 'armenian', languages: ['ru', 'hy'], extra: ['en'], capital: 'Yerevan' },
  AZE: { pool: 'centralAsian', languages: ['ru', 'az'], extra: ['en'], capital: 'Baku' },
  GEO: { pool: 'georgian', languages: ['ru', 'ka'], extra: ['en'], capital: 'Tbilisi' },
  KAZ: { pool: 'centralAsian', languages: ['ru', 'kk'], extra: ['en'], capital: 'Astana' },
  KGZ: { pool: 'centralAsian', languages: ['ru', 'ky'], extra: ['en'], capital: 'Bishkek' },
  TJK: { pool: 'centralAsian', languages: ['ru', 'tg'], extra: ['en', 'fa'], capital: 'Dushanbe' },
  TKM: { pool: 'centralAsian', languages: ['ru', 'tk'], extra: ['en'], capital: 'Ashgabat' },
  UZB: { pool: 'centralAsian', languages: ['ru', 'uz'], extra: ['en'], capital: 'Tashkent' },
  // WACAP: French, Portuguese or English
  BEN: { pool: 'westAfricaFrancophone', languages: ['fr'], extra: ['en'], capital: 'Cotonou' },
  BFA: { pool: 'westAfricaFrancophone', languages: ['fr'], extra: ['en'], capital: 'Ouagadougou' },
  CPV: { pool: 'lusophoneAfrica', languages: ['pt'], extra: ['en', 'fr'], capital: 'Praia' },
  CIV: { pool: 'westAfricaFrancophone', languages: ['fr'], extra: ['en'], capital: 'Abidjan' },
  GMB: { pool: 'westAfricaAnglophone', languages: ['en'], extra: ['fr', 'wo'], capital: 'Banjul', commonLaw: true },
  GHA: { pool: 'westAfricaAnglophone', languages: ['en'], extra: ['fr'], capital: 'Accra', commonLaw: true },
  GIN: { pool: 'westAfricaFrancophone', languages: ['fr'], extra: ['en'], capital: 'Conakry' },
  GNB: { pool: 'lusophoneAfrica', languages: ['pt'], extra: ['fr'], capital: 'Bissau' },
  LBR: { pool: 'westAfricaAnglophone', languages: ['en'], extra: ['fr'], capital: 'Monrovia', commonLaw: true },
  MLI: { pool: 'westAfricaFrancophone', languages: ['fr'], extra: ['en', 'bm'], capital: 'Bamako' },
  NER: { pool: 'westAfricaFrancophone', languages: ['fr'], extra: ['en', 'ha'], capital: 'Niamey' },
  NGA: {
    pool: 'westAfricaAnglophone',
    languages: ['en'],
    extra: ['fr', 'ha', 'yo'],
    capital: 'Abuja',
    commonLaw: true,
  },
  SEN: { pool: 'westAfricaFrancophone', languages: ['fr'], extra: ['en', 'wo'], capital: 'Dakar' },
  SLE: { pool: 'westAfricaAnglophone', languages: ['en'], extra: ['fr'], capital: 'Freetown', commonLaw: true },
  TGO: { pool: 'westAfricaFrancophone', languages: ['fr'], extra: ['en', 'ee'], capital: 'Lomé' },
  MRT: { pool: 'sahel', languages: ['fr', 'ar'], extra: ['en'], capital: 'Nouakchott' },
  TCD: { pool: 'sahel', languages: ['fr', 'ar'], extra: ['en'], capital: "N'Djamena" },
  // GLJC
  AGO: { pool: 'lusophoneAfrica', languages: ['pt'], extra: ['en', 'fr'], capital: 'Luanda' },
  BDI: { pool: 'greatLakesFrancophone', languages: ['fr', 'rn'], extra: ['en', 'sw'], capital: 'Gitega' },
  CAF: { pool: 'greatLakesFrancophone', languages: ['fr', 'sg'], extra: ['en'], capital: 'Bangui' },
  COD: { pool: 'greatLakesFrancophone', languages: ['fr', 'ln'], extra: ['sw', 'en'], capital: 'Kinshasa' },
  COG: { pool: 'greatLakesFrancophone', languages: ['fr', 'ln'], extra: ['en'], capital: 'Brazzaville' },
  KEN: { pool: 'eastAfrica', languages: ['en', 'sw'], extra: ['fr'], capital: 'Nairobi', commonLaw: true },
  RWA: { pool: 'greatLakesFrancophone', languages: ['rw', 'en', 'fr'], extra: ['sw'], capital: 'Kigali' },
  SSD: { pool: 'eastAfrica', languages: ['en'], extra: ['ar'], capital: 'Juba', commonLaw: true },
  SDN: { pool: 'sudanese', languages: ['ar', 'en'], extra: ['fr'], capital: 'Khartoum' },
  TZA: { pool: 'eastAfrica', languages: ['sw', 'en'], extra: ['fr'], capital: 'Dodoma', commonLaw: true },
  UGA: { pool: 'eastAfrica', languages: ['en', 'sw'], extra: ['fr'], capital: 'Kampala', commonLaw: true },
  ZMB: { pool: 'eastAfrica', languages: ['en'], extra: ['fr', 'pt'], capital: 'Lusaka', commonLaw: true },
  // SEAJust: English plus the national language
  AUS: {
    pool: 'anglo',
    languages: ['en'],
    extra: ['zh', 'vi'],
    capital: 'Canberra',
    commonLaw: true,
    centralAuthority: "Attorney-General's Department of Australia — International Crime Cooperation Central Authority",
  },
  BRN: { pool: 'malay', languages: ['en', 'ms'], extra: ['zh'], capital: 'Bandar Seri Begawan', commonLaw: true },
  KHM: { pool: 'khmer', languages: ['en', 'km'], extra: ['fr'], capital: 'Phnom Penh' },
  LAO: { pool: 'lao', languages: ['en', 'lo'], extra: ['fr', 'th'], capital: 'Vientiane' },
  MYS: { pool: 'malay', languages: ['en', 'ms'], extra: ['zh', 'ta'], capital: 'Putrajaya', commonLaw: true },
  MDV: { pool: 'maldivian', languages: ['en', 'dv'], extra: ['ar'], capital: 'Malé' },
  MMR: { pool: 'burmese', languages: ['en', 'my'], extra: [], capital: 'Nay Pyi Taw' },
  PHL: { pool: 'filipino', languages: ['en', 'tl'], extra: ['es'], capital: 'Manila' },
  SGP: { pool: 'singaporean', languages: ['en', 'ms'], extra: ['zh', 'ta'], capital: 'Singapore', commonLaw: true },
  THA: { pool: 'thai', languages: ['en', 'th'], extra: ['zh'], capital: 'Bangkok' },
  TLS: { pool: 'timorese', languages: ['en', 'pt'], extra: ['id'], capital: 'Dili' },
  VNM: { pool: 'vietnamese', languages: ['en', 'vi'], extra: ['fr', 'ru'], capital: 'Hanoi' },
};

export function countryInfo(alpha3: string): CountryInfo {
  return COUNTRY_INFO[alpha3] ?? { pool: 'generic', languages: ['en'], extra: [], capital: countryName(alpha3) };
}

export function countryName(alpha3: string): string {
  return findCountry(alpha3)?.name ?? alpha3;
}

/** The country's name as it reads after "of": the Philippines, the Gambia, the Democratic Republic of the Congo. */
export function afterOf(name: string): string {
  return /^(Republic|Democratic|Central African|United|Lao People|Philippines|Maldives|Gambia|Netherlands|Bahamas|Comoros)|Islands$/.test(
    name,
  )
    ? `the ${name}`
    : name;
}

/** Crime areas each region's practitioners meet most often; they weight expertise, groups and resources. */
export const REGION_FOCUS: Readonly<Record<string, readonly CrimeArea[]>> = {
  casc: [
    'DRUG_TRAFFICKING',
    'TRAFFICKING_IN_PERSONS',
    'CYBERCRIME',
    'CORRUPTION',
    'MONEY_LAUNDERING',
    'TERRORISM',
    'MIGRANT_SMUGGLING',
  ],
  wacap: [
    'DRUG_TRAFFICKING',
    'MARITIME_CRIME',
    'TRAFFICKING_IN_PERSONS',
    'MONEY_LAUNDERING',
    'CORRUPTION',
    'TERRORISM',
    'MIGRANT_SMUGGLING',
    'CYBERCRIME',
  ],
  gljc: [
    'WILDLIFE_CRIME',
    'ENVIRONMENTAL_CRIME',
    'FIREARMS_TRAFFICKING',
    'TRAFFICKING_IN_PERSONS',
    'CORRUPTION',
    'MONEY_LAUNDERING',
    'CULTURAL_PROPERTY_TRAFFICKING',
  ],
  seajust: [
    'TRAFFICKING_IN_PERSONS',
    'CYBERCRIME',
    'MONEY_LAUNDERING',
    'DRUG_TRAFFICKING',
    'WILDLIFE_CRIME',
    'MARITIME_CRIME',
    'FRAUD',
    'MIGRANT_SMUGGLING',
  ],
};

// ---------------------------------------------------------------------------
// Authorities

export interface AuthorityTemplate {
  kind: AuthorityKind;
  name: (country: string, info: CountryInfo, n: number) => string;
  slug: string;
  measures: readonly AssistanceMeasure[];
  /** Measures some of the kind's authorities also handle. */
  optional: readonly AssistanceMeasure[];
  channels: readonly Channel[];
  /** Accepts English on top of the country's languages. */
  english: boolean;
}

export const CORE_AUTHORITIES: readonly AuthorityTemplate[] = [
  {
    kind: 'CENTRAL_AUTHORITY',
    name: (c, info) =>
      info.centralAuthority ??
      (info.commonLaw
        ? `Attorney General's Chambers of ${c}`
        : `Ministry of Justice of ${c} — Department of International Cooperation`),
    slug: 'central-authority',
    measures: [
      'SERVICE_OF_DOCUMENTS',
      'WITNESS_EVIDENCE',
      'EXPERT_EVIDENCE',
      'SEARCH_AND_SEIZURE',
      'VIDEO_HEARING',
      'TRANSFER_OF_PROCEEDINGS',
      'EXTRADITION',
      'TRANSFER_OF_SENTENCED_PERSONS',
    ],
    optional: ['ELECTRONIC_EVIDENCE', 'CONFISCATION'],
    channels: ['CENTRAL_AUTHORITY', 'DIPLOMATIC', 'EMAIL', 'POST'],
    english: true,
  },
  {
    kind: 'PROSECUTION_SERVICE',
    name: (c, info) =>
      info.commonLaw
        ? `Office of the Director of Public Prosecutions of ${c}`
        : `Office of the Prosecutor General of ${c}`,
    slug: 'prosecution',
    measures: [
      'WITNESS_EVIDENCE',
      'SEARCH_AND_SEIZURE',
      'FREEZING',
      'CONFISCATION',
      'INTERCEPTION',
      'ELECTRONIC_EVIDENCE',
      'JOINT_INVESTIGATION_TEAM',
      'CONTROLLED_DELIVERY',
      'TRANSFER_OF_PROCEEDINGS',
    ],
    optional: ['VIDEO_HEARING', 'EXPERT_EVIDENCE'],
    channels: ['DIRECT_JUDICIAL', 'CENTRAL_AUTHORITY', 'EMAIL'],
    english: false,
  },
  {
    kind: 'FINANCIAL_INTELLIGENCE_UNIT',
    name: (c) => `Financial Intelligence Unit of ${c}`,
    slug: 'fiu',
    measures: ['BANK_INFORMATION', 'FREEZING'],
    optional: [],
    channels: ['SECURE_PLATFORM', 'EMAIL'],
    english: true,
  },
];

/** Further authorities at scale > 1: named ones first, then numbered regional offices. */
export const EXTRA_AUTHORITIES: readonly AuthorityTemplate[] = [
  {
    kind: 'POLICE',
    name: (c) => `INTERPOL National Central Bureau of ${c}`,
    slug: 'interpol-ncb',
    measures: ['CONTROLLED_DELIVERY', 'SEARCH_AND_SEIZURE', 'ELECTRONIC_EVIDENCE'],
    optional: ['JOINT_INVESTIGATION_TEAM'],
    channels: ['INTERPOL', 'EMAIL'],
    english: true,
  },
  {
    kind: 'COURT',
    name: (c) => `Supreme Court of ${c} — International Requests Registry`,
    slug: 'supreme-court',
    measures: ['WITNESS_EVIDENCE', 'VIDEO_HEARING', 'SERVICE_OF_DOCUMENTS', 'EXTRADITION'],
    optional: [],
    channels: ['CENTRAL_AUTHORITY', 'DIPLOMATIC', 'POST'],
    english: false,
  },
  {
    kind: 'ASSET_RECOVERY_OFFICE',
    name: (c) => `Asset Recovery Office of ${c}`,
    slug: 'aro',
    measures: ['FREEZING', 'CONFISCATION', 'BANK_INFORMATION'],
    optional: [],
    channels: ['SECURE_PLATFORM', 'CENTRAL_AUTHORITY', 'EMAIL'],
    english: true,
  },
  {
    kind: 'MINISTRY',
    name: (c) => `Ministry of Foreign Affairs of ${c} — Legal and Consular Department`,
    slug: 'mfa',
    measures: ['SERVICE_OF_DOCUMENTS', 'EXTRADITION', 'TRANSFER_OF_SENTENCED_PERSONS'],
    optional: [],
    channels: ['DIPLOMATIC', 'POST'],
    english: true,
  },
];

export const REGIONAL_AUTHORITIES: readonly AuthorityTemplate[] = [
  {
    kind: 'PROSECUTION_SERVICE',
    name: (c, _info, n) => `Regional Prosecutor's Office No. ${n}, ${c}`,
    slug: 'regional-prosecution',
    measures: ['WITNESS_EVIDENCE', 'SEARCH_AND_SEIZURE', 'FREEZING', 'ELECTRONIC_EVIDENCE'],
    optional: ['CONTROLLED_DELIVERY', 'INTERCEPTION'],
    channels: ['DIRECT_JUDICIAL', 'EMAIL'],
    english: false,
  },
  {
    kind: 'COURT',
    name: (c, _info, n) => `District Court No. ${n}, ${c}`,
    slug: 'district-court',
    measures: ['WITNESS_EVIDENCE', 'SERVICE_OF_DOCUMENTS', 'VIDEO_HEARING'],
    optional: ['SEARCH_AND_SEIZURE'],
    channels: ['CENTRAL_AUTHORITY', 'POST'],
    english: false,
  },
  {
    kind: 'POLICE',
    name: (c, _info, n) => `Regional Police Directorate No. ${n}, ${c}`,
    slug: 'regional-police',
    measures: ['CONTROLLED_DELIVERY', 'SEARCH_AND_SEIZURE'],
    optional: ['ELECTRONIC_EVIDENCE'],
    channels: ['INTERPOL', 'EMAIL'],
    english: false,
  },
];

// ---------------------------------------------------------------------------
// Contact point vocabulary

export const ROLE_TITLES: Readonly<Record<ContactPointRole, readonly string[]>> = {
  PROSECUTOR: [
    'Senior Prosecutor',
    'Prosecutor',
    'Deputy Head, International Cooperation Unit',
    'Head of International Cooperation Unit',
  ],
  JUDGE: ['Judge', 'Investigating Judge', 'Judge of the Court of Appeal'],
  CENTRAL_AUTHORITY_OFFICER: [
    'Legal Officer, Central Authority',
    'Head of Mutual Legal Assistance Section',
    'Senior Legal Adviser',
  ],
  POLICE_LIAISON: ['Police Liaison Officer', 'Chief Inspector, INTERPOL NCB'],
  ASSET_RECOVERY_OFFICER: ['Asset Recovery Specialist', 'Financial Investigator'],
  MINISTRY_OFFICIAL: ['Director, International Law Department', 'Senior Ministry Official'],
};

/** Main roles, weighted towards the networks' core: central authorities and prosecutors. */
export const ROLE_WEIGHTS: readonly ContactPointRole[] = [
  'PROSECUTOR',
  'PROSECUTOR',
  'PROSECUTOR',
  'CENTRAL_AUTHORITY_OFFICER',
  'CENTRAL_AUTHORITY_OFFICER',
  'CENTRAL_AUTHORITY_OFFICER',
  'JUDGE',
  'POLICE_LIAISON',
  'ASSET_RECOVERY_OFFICER',
  'MINISTRY_OFFICIAL',
];

export const SECOND_ROLE: Readonly<Record<ContactPointRole, ContactPointRole>> = {
  PROSECUTOR: 'ASSET_RECOVERY_OFFICER',
  JUDGE: 'CENTRAL_AUTHORITY_OFFICER',
  CENTRAL_AUTHORITY_OFFICER: 'MINISTRY_OFFICIAL',
  POLICE_LIAISON: 'ASSET_RECOVERY_OFFICER',
  ASSET_RECOVERY_OFFICER: 'PROSECUTOR',
  MINISTRY_OFFICIAL: 'CENTRAL_AUTHORITY_OFFICER',
};

// ---------------------------------------------------------------------------
// Country profile vocabulary

export const MEASURE_REQUIREMENTS: Readonly<Record<AssistanceMeasure, readonly string[]>> = {
  SERVICE_OF_DOCUMENTS: ['Full address of the person to be served', 'Documents supplied in duplicate'],
  WITNESS_EVIDENCE: [
    'List of questions to be put to the witness',
    'Statement of the witness’s role in the proceedings',
  ],
  EXPERT_EVIDENCE: ['Questions for the expert', 'Undertaking to bear the expert’s fees'],
  SEARCH_AND_SEIZURE: [
    'Description of the premises and items sought',
    'Order of a judicial authority of the requesting State',
  ],
  BANK_INFORMATION: ['Name of the account holder and of the bank', 'Period the request covers'],
  FREEZING: ['Link between the assets and the offence', 'Estimated value and location of the assets'],
  CONFISCATION: ['Final confiscation order of the requesting State', 'Proposal for sharing or return of the assets'],
  INTERCEPTION: ['Judicial authorisation of the interception', 'Duration and technical identifiers'],
  ELECTRONIC_EVIDENCE: [
    'Identifiers: IP address, account or telephone number',
    'Reference of any earlier preservation request',
  ],
  VIDEO_HEARING: ['Technical contact for a test call', 'Consent of the person to be heard where required'],
  TRANSFER_OF_PROCEEDINGS: ['Complete case file and evidence collected', 'Reasons for the transfer'],
  JOINT_INVESTIGATION_TEAM: ['Draft JIT agreement', 'Names of the proposed team leaders'],
  CONTROLLED_DELIVERY: ['Route and timing of the consignment', 'Operational contact reachable around the clock'],
  EXTRADITION: [
    'Arrest warrant or final judgment',
    'Identity and description of the person sought',
    'Text of the applicable law and penalties',
  ],
  TRANSFER_OF_SENTENCED_PERSONS: ['Consent of the sentenced person', 'Certified copy of the final judgment'],
};

export const GENERAL_REQUIREMENTS = [
  'Written request signed by the competent authority of the requesting State',
  'Translation into one of the accepted languages',
  'Summary of the facts and legal qualification of the offence',
  'Assurance of reciprocity where no treaty applies',
  'Request transmitted through the central authority',
];

export const DUAL_CRIMINALITY: Readonly<Partial<Record<AssistanceMeasure, number>>> = {
  EXTRADITION: 1,
  SEARCH_AND_SEIZURE: 0.7,
  INTERCEPTION: 0.8,
  FREEZING: 0.6,
  CONFISCATION: 0.7,
  SERVICE_OF_DOCUMENTS: 0,
  WITNESS_EVIDENCE: 0,
  VIDEO_HEARING: 0,
};

export function legalBasis(measure: AssistanceMeasure, info: CountryInfo, rng: Prng): string {
  let law: string;
  switch (measure) {
    case 'EXTRADITION':
      law = info.commonLaw ? 'Extradition Act' : 'Code of Criminal Procedure, chapter on extradition';
      break;
    case 'TRANSFER_OF_SENTENCED_PERSONS':
      law = 'Transfer of Sentenced Persons Act';
      break;
    case 'BANK_INFORMATION':
    case 'FREEZING':
    case 'CONFISCATION':
      law = 'Anti-Money Laundering and Proceeds of Crime Act';
      break;
    case 'INTERCEPTION':
    case 'ELECTRONIC_EVIDENCE':
      law = 'Cybercrime and Electronic Evidence Act';
      break;
    default:
      law = info.commonLaw
        ? 'Mutual Legal Assistance in Criminal Matters Act'
        : 'Code of Criminal Procedure, book on international judicial cooperation';
  }
  const treaty = rng.chance(0.5) ? '; United Nations Convention against Transnational Organized Crime, art. 18' : '';
  return `${law} (demo text)${measure === 'EXTRADITION' ? '' : treaty}`;
}

// ---------------------------------------------------------------------------
// Helpers

export const humanize = (value: string) =>
  value
    .toLowerCase()
    .split('_')
    .map((w, i) => (i > 0 && ['in', 'of', 'and', 'on'].includes(w) ? w : w[0]!.toUpperCase() + w.slice(1)))
    .join(' ');

export const slugify = (value: string) =>
  asciiFold(value)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export function asciiFold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[’']/g, '');
}

export const unique = <T>(xs: readonly T[]) => [...new Set(xs)];

export const fictionalPhone = (rng: Prng) => `+000 ${rng.int(10, 99)} ${rng.int(100, 999)} ${rng.int(1000, 9999)}`;

/** A timestamp on the given day at a working hour. */
export const atWorkingHour = (dayStart: number, rng: Prng) => new Date(dayStart + rng.int(8 * 60, 17 * 60) * 60_000);

/** The columns every demo row starts with: an id drawn from `rng` at this point of the stream, version 1, its timestamps. */
export const demoRow = (rng: Prng, createdAt: Date, updatedAt = createdAt) => ({
  id: rng.uuid(),
  version: 1,
  createdAt,
  updatedAt,
});
