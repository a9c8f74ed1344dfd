/**
 * Demo data for one network's directory. Deterministic: the same network, seed
 * and scale always give identical rows, ids and timestamps included, so tests,
 * screenshots and benchmarks agree between machines. People are fictional
 * (is_demo, `.demo@example.org` e-mails, `+000` phone numbers); authority names
 * follow the real institutions of the member countries, but their addresses,
 * e-mails and numbers are made up.
 */
import type { DataSource, EntityManager, ObjectLiteral } from 'typeorm';
import { findCountry } from '../../../shared/src/countries';
import {
  ASSISTANCE_MEASURES,
  CRIME_AREAS,
  type AssistanceMeasure,
  type AuthorityKind,
  type Channel,
  type ContactPointRole,
  type CrimeArea,
  type EventKind,
  type ResourceKind,
} from '../../../shared/src/domain';
import type { NetworkDefinition } from '../../../shared/src/registry';
import { NetworkEventEntity, ResourceEntity, WorkingGroupEntity } from '../directory/activity.entity';
import { AuthorityEntity } from '../directory/authority.entity';
import { ContactPointEntity } from '../directory/contact-point.entity';
import { CountryProfileEntity, MeasureProfileEntity } from '../directory/country-profile.entity';
import { hashString, Prng } from './prng';
import { seedReferrals } from './referrals';

export interface SeedOptions {
  /** Multiplies contact points and authorities per country (default 1). */
  scale?: number;
  /** PRNG seed, combined with the network key (default 20261129). */
  seed?: number;
  onProgress?: (message: string) => void;
}

export interface SeedReport {
  contactPoints: number;
  authorities: number;
  profiles: number;
  workingGroups: number;
  events: number;
  resources: number;
  referrals: number;
}

const DEFAULT_SEED = 20261129;
/** Every generated date is an offset from this day; the clock is never read. */
const BASE = Date.UTC(2026, 0, 1);
const DAY = 86_400_000;
/** Rows per INSERT: ~22 parameters a contact point stays far below PostgreSQL's 65,535. */
const BATCH = 1000;

// ---------------------------------------------------------------------------
// Dates

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const daysBefore = (days: number) => BASE - days * DAY;
const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

// ---------------------------------------------------------------------------
// Reference data: names, languages, capitals, legal traditions

interface NamePool {
  female: readonly string[];
  male: readonly string[];
  family: readonly string[];
  /** Family name written first (Vietnamese, Khmer). */
  familyFirst?: boolean;
  /** Russian-style female surname: Karimov -> Karimova. */
  slavicFeminine?: boolean;
}

const POOLS = {
  // Central Asia and Southern Caucasus
  centralAsian: {
    female: ['Aigerim', 'Dilnoza', 'Gulnara', 'Madina', 'Saltanat', 'Zarina', 'Kamila', 'Leyla', 'Malika', 'Nigora', 'Aysel', 'Zhanar', 'Mohira', 'Shahlo'],
    male: ['Aziz', 'Bakhtiyor', 'Elnur', 'Farrukh', 'Iskander', 'Jamshid', 'Kairat', 'Murat', 'Nurlan', 'Rustam', 'Sanjar', 'Timur', 'Azamat', 'Daniyar', 'Erlan', 'Orkhan'],
    family: ['Karimov', 'Nazarov', 'Rakhimov', 'Sultanov', 'Abdullayev', 'Ismailov', 'Yusupov', 'Mammadov', 'Kasymov', 'Umarov', 'Saidov', 'Zhaksybekov', 'Omarov', 'Toktogulov', 'Huseynov', 'Berdiyev', 'Sharipov', 'Ermekov'],
    slavicFeminine: true,
  },
  armenian: {
    female: ['Anahit', 'Lilit', 'Armine', 'Gayane', 'Nune', 'Tatevik', 'Mariam', 'Lusine', 'Ani', 'Siranush'],
    male: ['Tigran', 'Armen', 'Davit', 'Hayk', 'Aram', 'Gor', 'Vahagn', 'Narek', 'Karen', 'Arsen'],
    family: ['Hovhannisyan', 'Grigoryan', 'Harutyunyan', 'Khachatryan', 'Hakobyan', 'Vardanyan', 'Avetisyan', 'Mkrtchyan', 'Gevorgyan', 'Poghosyan'],
  },
  georgian: {
    female: ['Nino', 'Tamar', 'Ketevan', 'Mariam', 'Salome', 'Natia', 'Eka', 'Tinatin', 'Maia', 'Sopho'],
    male: ['Giorgi', 'Levan', 'Davit', 'Irakli', 'Nika', 'Zurab', 'Lasha', 'Tornike', 'Vakhtang', 'Beka'],
    family: ['Beridze', 'Kapanadze', 'Maisuradze', 'Lomidze', 'Gelashvili', 'Tsiklauri', 'Abashidze', 'Kvaratskhelia', 'Japaridze', 'Chikovani'],
  },
  // West Africa
  westAfricaFrancophone: {
    female: ['Aminata', 'Fatoumata', 'Awa', 'Mariam', 'Adjoa', 'Aïssatou', 'Kadiatou', 'Rokia', 'Salimata', 'Akouvi', 'Ramatou', 'Ndèye'],
    male: ['Moussa', 'Ibrahima', 'Souleymane', 'Amadou', 'Ousmane', 'Boubacar', 'Koffi', 'Yao', 'Mamadou', 'Cheikh', 'Issa', 'Komlan', 'Serge', 'Idrissa'],
    family: ['Diallo', 'Traoré', 'Coulibaly', 'Keïta', 'Ouédraogo', 'Sawadogo', 'Konaté', 'Diop', 'Ndiaye', 'Sow', 'Camara', 'Touré', 'Kaboré', 'Hounkpatin', 'Agbodjan', 'Mahamadou', 'Kouassi', 'Zongo', 'Sylla', 'Adjovi'],
  },
  sahel: {
    female: ['Fatimetou', 'Mariem', 'Khadija', 'Halimé', 'Achta', 'Zeinabou', 'Aïcha', 'Hawa', 'Mounira', 'Toumaï'],
    male: ['Mohamed', 'Ahmed', 'Sidi', 'Mahamat', 'Abakar', 'Cheikh', 'Brahim', 'Youssouf', 'Hassane', 'Moctar'],
    family: ['Ould Ahmed', 'Ould Sidi', 'Mint Cheikh', 'Abakar', 'Hassane', 'Brahim', 'Youssouf', 'Saleh', 'Oumar', 'Ould Mohamed', 'Haggar', 'Ali'],
  },
  westAfricaAnglophone: {
    female: ['Ama', 'Akosua', 'Ngozi', 'Chiamaka', 'Funmilayo', 'Fatmata', 'Isatou', 'Comfort', 'Grace', 'Mariama', 'Abena', 'Yetunde'],
    male: ['Kwame', 'Kofi', 'Emeka', 'Chinedu', 'Oluwaseun', 'Musa', 'Abdoulie', 'Momodu', 'Samuel', 'Yaw', 'Ibrahim', 'Tunde'],
    family: ['Mensah', 'Owusu', 'Asante', 'Boateng', 'Okafor', 'Adeyemi', 'Eze', 'Bello', 'Kamara', 'Sesay', 'Conteh', 'Bangura', 'Jallow', 'Ceesay', 'Kollie', 'Kpoto', 'Nwosu', 'Darboe'],
  },
  lusophoneAfrica: {
    female: ['Maria', 'Ana', 'Isabel', 'Fátima', 'Odete', 'Filomena', 'Domingas', 'Esperança', 'Luzia', 'Joana'],
    male: ['João', 'António', 'Carlos', 'Domingos', 'Manuel', 'Nuno', 'Fernando', 'Armando', 'Mário', 'Paulo'],
    family: ['Silva', 'Lopes', 'Fernandes', 'Gomes', 'Tavares', 'Semedo', 'Mendes', 'Monteiro', 'Correia', 'Sanca', 'Djaló', 'Baptista', 'Neto', 'Cardoso', 'Pereira'],
  },
  // Great Lakes
  greatLakesFrancophone: {
    female: ['Clarisse', 'Immaculée', 'Chantal', 'Espérance', 'Béatrice', 'Solange', 'Divine', 'Aline', 'Gloria', 'Prisca', 'Nadège'],
    male: ['Jean-Pierre', 'Emmanuel', 'Patrick', 'Claude', 'Innocent', 'Déogratias', 'Théoneste', 'Fabrice', 'Olivier', 'Didier', 'Alain'],
    family: ['Niyonzima', 'Habimana', 'Uwimana', 'Hakizimana', 'Mukamana', 'Bizimana', 'Mbuyi', 'Kabongo', 'Ilunga', 'Tshibanda', 'Mavungu', 'Malonga', 'Mabiala', 'Ngoma', 'Nshimiyimana', 'Yangongo', 'Ndayizeye', 'Mukendi'],
  },
  eastAfrica: {
    female: ['Grace', 'Faith', 'Mercy', 'Esther', 'Neema', 'Aisha', 'Joyce', 'Mwajuma', 'Nakato', 'Mutale', 'Achol', 'Wanjiku'],
    male: ['Peter', 'David', 'Joseph', 'Brian', 'Emmanuel', 'Isaac', 'Baraka', 'Juma', 'Mwila', 'Deng', 'Kiprop', 'Ronald'],
    family: ['Otieno', 'Mwangi', 'Kamau', 'Odhiambo', 'Mutua', 'Kariuki', 'Mwakyusa', 'Massawe', 'Mushi', 'Okello', 'Namukasa', 'Ssempijja', 'Banda', 'Phiri', 'Mwale', 'Tembo', 'Chanda', 'Garang', 'Lual', 'Akol', 'Chebet'],
  },
  sudanese: {
    female: ['Amna', 'Fatima', 'Sara', 'Hiba', 'Rania', 'Samah', 'Nafisa', 'Duaa'],
    male: ['Mohamed', 'Ahmed', 'Osman', 'Khalid', 'Hamza', 'Tarig', 'Yasir', 'Mutasim'],
    family: ['Abdelrahman', 'Elhassan', 'Osman', 'Ibrahim', 'Mustafa', 'Elamin', 'Babiker', 'Elsheikh', 'Abdalla', 'Idris'],
  },
  // South East Asia
  anglo: {
    female: ['Sarah', 'Emily', 'Jessica', 'Chloe', 'Rebecca', 'Olivia', 'Hannah', 'Megan'],
    male: ['James', 'Michael', 'Daniel', 'Thomas', 'Liam', 'Matthew', 'Andrew', 'Ben'],
    family: ['Taylor', 'Wilson', 'Brown', 'Mitchell', 'Kelly', 'Walker', 'Campbell', 'Harris', 'Thompson', 'Nguyen', 'Papadopoulos', 'Singh'],
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
    family: ['Santos', 'Reyes', 'Cruz', 'Bautista', 'Villanueva', 'Dela Cruz', 'Mendoza', 'Garcia', 'Aquino', 'Pascual'],
  },
  singaporean: {
    female: ['Hui Min', 'Jia Hui', 'Priya', 'Nur Hidayah', 'Mei Ling', 'Kavitha', 'Shu Fen', 'Rachel'],
    male: ['Wei Ming', 'Kai Wen', 'Rajesh', 'Daniel', 'Jun Jie', 'Suresh', 'Faizal', 'Zhi Hao'],
    family: ['Tan', 'Lim', 'Lee', 'Ng', 'Wong', 'Ramasamy', 'Pillai', 'Salleh', 'Goh', 'Chua'],
  },
  thai: {
    female: ['Suda', 'Kanya', 'Ratana', 'Anong', 'Malee', 'Siriporn', 'Pimchanok', 'Waraporn'],
    male: ['Somchai', 'Niran', 'Prasert', 'Wichai', 'Anan', 'Kittipong', 'Surasak', 'Thanakorn'],
    family: ['Srisuk', 'Chaiyaporn', 'Rattanakul', 'Sukprasert', 'Phromma', 'Boonmee', 'Saetang', 'Kaewmanee', 'Thongdee', 'Jaidee'],
  },
  timorese: {
    female: ['Maria', 'Ana', 'Domingas', 'Joana', 'Filomena', 'Rosa', 'Natércia', 'Ivete'],
    male: ['João', 'José', 'Agostinho', 'Mateus', 'Júlio', 'Marcelino', 'Francisco', 'Zeferino'],
    family: ['da Costa', 'Soares', 'Ximenes', 'Pereira', 'Amaral', 'Martins', 'Freitas', 'dos Santos', 'Sarmento', 'Fernandes'],
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

type PoolName = keyof typeof POOLS;

interface CountryInfo {
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

const COUNTRY_INFO: Readonly<Record<string, CountryInfo>> = {
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
  NGA: { pool: 'westAfricaAnglophone', languages: ['en'], extra: ['fr', 'ha', 'yo'], capital: 'Abuja', commonLaw: true },
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
  AUS: { pool: 'anglo', languages: ['en'], extra: ['zh', 'vi'], capital: 'Canberra', commonLaw: true, centralAuthority: "Attorney-General's Department of Australia — International Crime Cooperation Central Authority" },
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

function countryInfo(alpha3: string): CountryInfo {
  return COUNTRY_INFO[alpha3] ?? { pool: 'generic', languages: ['en'], extra: [], capital: countryName(alpha3) };
}

function countryName(alpha3: string): string {
  return findCountry(alpha3)?.name ?? alpha3;
}

/** The country's name as it reads after "of": the Philippines, the Gambia, the Democratic Republic of the Congo. */
function afterOf(name: string): string {
  return /^(Republic|Democratic|Central African|United|Lao People|Philippines|Maldives|Gambia|Netherlands|Bahamas|Comoros)|Islands$/.test(name)
    ? `the ${name}`
    : name;
}

/** Crime areas each region's practitioners meet most often; they weight expertise, groups and resources. */
const REGION_FOCUS: Readonly<Record<string, readonly CrimeArea[]>> = {
  casc: ['DRUG_TRAFFICKING', 'TRAFFICKING_IN_PERSONS', 'CYBERCRIME', 'CORRUPTION', 'MONEY_LAUNDERING', 'TERRORISM', 'MIGRANT_SMUGGLING'],
  wacap: ['DRUG_TRAFFICKING', 'MARITIME_CRIME', 'TRAFFICKING_IN_PERSONS', 'MONEY_LAUNDERING', 'CORRUPTION', 'TERRORISM', 'MIGRANT_SMUGGLING', 'CYBERCRIME'],
  gljc: ['WILDLIFE_CRIME', 'ENVIRONMENTAL_CRIME', 'FIREARMS_TRAFFICKING', 'TRAFFICKING_IN_PERSONS', 'CORRUPTION', 'MONEY_LAUNDERING', 'CULTURAL_PROPERTY_TRAFFICKING'],
  seajust: ['TRAFFICKING_IN_PERSONS', 'CYBERCRIME', 'MONEY_LAUNDERING', 'DRUG_TRAFFICKING', 'WILDLIFE_CRIME', 'MARITIME_CRIME', 'FRAUD', 'MIGRANT_SMUGGLING'],
};

// ---------------------------------------------------------------------------
// Authorities

interface AuthorityTemplate {
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

const CORE_AUTHORITIES: readonly AuthorityTemplate[] = [
  {
    kind: 'CENTRAL_AUTHORITY',
    name: (c, info) =>
      info.centralAuthority ?? (info.commonLaw ? `Attorney General's Chambers of ${c}` : `Ministry of Justice of ${c} — Department of International Cooperation`),
    slug: 'central-authority',
    measures: ['SERVICE_OF_DOCUMENTS', 'WITNESS_EVIDENCE', 'EXPERT_EVIDENCE', 'SEARCH_AND_SEIZURE', 'VIDEO_HEARING', 'TRANSFER_OF_PROCEEDINGS', 'EXTRADITION', 'TRANSFER_OF_SENTENCED_PERSONS'],
    optional: ['ELECTRONIC_EVIDENCE', 'CONFISCATION'],
    channels: ['CENTRAL_AUTHORITY', 'DIPLOMATIC', 'EMAIL', 'POST'],
    english: true,
  },
  {
    kind: 'PROSECUTION_SERVICE',
    name: (c, info) => (info.commonLaw ? `Office of the Director of Public Prosecutions of ${c}` : `Office of the Prosecutor General of ${c}`),
    slug: 'prosecution',
    measures: ['WITNESS_EVIDENCE', 'SEARCH_AND_SEIZURE', 'FREEZING', 'CONFISCATION', 'INTERCEPTION', 'ELECTRONIC_EVIDENCE', 'JOINT_INVESTIGATION_TEAM', 'CONTROLLED_DELIVERY', 'TRANSFER_OF_PROCEEDINGS'],
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
const EXTRA_AUTHORITIES: readonly AuthorityTemplate[] = [
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

const REGIONAL_AUTHORITIES: readonly AuthorityTemplate[] = [
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

const ROLE_TITLES: Readonly<Record<ContactPointRole, readonly string[]>> = {
  PROSECUTOR: ['Senior Prosecutor', 'Prosecutor', 'Deputy Head, International Cooperation Unit', 'Head of International Cooperation Unit'],
  JUDGE: ['Judge', 'Investigating Judge', 'Judge of the Court of Appeal'],
  CENTRAL_AUTHORITY_OFFICER: ['Legal Officer, Central Authority', 'Head of Mutual Legal Assistance Section', 'Senior Legal Adviser'],
  POLICE_LIAISON: ['Police Liaison Officer', 'Chief Inspector, INTERPOL NCB'],
  ASSET_RECOVERY_OFFICER: ['Asset Recovery Specialist', 'Financial Investigator'],
  MINISTRY_OFFICIAL: ['Director, International Law Department', 'Senior Ministry Official'],
};

/** Main roles, weighted towards the networks' core: central authorities and prosecutors. */
const ROLE_WEIGHTS: readonly ContactPointRole[] = [
  'PROSECUTOR', 'PROSECUTOR', 'PROSECUTOR',
  'CENTRAL_AUTHORITY_OFFICER', 'CENTRAL_AUTHORITY_OFFICER', 'CENTRAL_AUTHORITY_OFFICER',
  'JUDGE', 'POLICE_LIAISON', 'ASSET_RECOVERY_OFFICER', 'MINISTRY_OFFICIAL',
];

const SECOND_ROLE: Readonly<Record<ContactPointRole, ContactPointRole>> = {
  PROSECUTOR: 'ASSET_RECOVERY_OFFICER',
  JUDGE: 'CENTRAL_AUTHORITY_OFFICER',
  CENTRAL_AUTHORITY_OFFICER: 'MINISTRY_OFFICIAL',
  POLICE_LIAISON: 'ASSET_RECOVERY_OFFICER',
  ASSET_RECOVERY_OFFICER: 'PROSECUTOR',
  MINISTRY_OFFICIAL: 'CENTRAL_AUTHORITY_OFFICER',
};

// ---------------------------------------------------------------------------
// Country profile vocabulary

const MEASURE_REQUIREMENTS: Readonly<Record<AssistanceMeasure, readonly string[]>> = {
  SERVICE_OF_DOCUMENTS: ['Full address of the person to be served', 'Documents supplied in duplicate'],
  WITNESS_EVIDENCE: ['List of questions to be put to the witness', 'Statement of the witness’s role in the proceedings'],
  EXPERT_EVIDENCE: ['Questions for the expert', 'Undertaking to bear the expert’s fees'],
  SEARCH_AND_SEIZURE: ['Description of the premises and items sought', 'Order of a judicial authority of the requesting State'],
  BANK_INFORMATION: ['Name of the account holder and of the bank', 'Period the request covers'],
  FREEZING: ['Link between the assets and the offence', 'Estimated value and location of the assets'],
  CONFISCATION: ['Final confiscation order of the requesting State', 'Proposal for sharing or return of the assets'],
  INTERCEPTION: ['Judicial authorisation of the interception', 'Duration and technical identifiers'],
  ELECTRONIC_EVIDENCE: ['Identifiers: IP address, account or telephone number', 'Reference of any earlier preservation request'],
  VIDEO_HEARING: ['Technical contact for a test call', 'Consent of the person to be heard where required'],
  TRANSFER_OF_PROCEEDINGS: ['Complete case file and evidence collected', 'Reasons for the transfer'],
  JOINT_INVESTIGATION_TEAM: ['Draft JIT agreement', 'Names of the proposed team leaders'],
  CONTROLLED_DELIVERY: ['Route and timing of the consignment', 'Operational contact reachable around the clock'],
  EXTRADITION: ['Arrest warrant or final judgment', 'Identity and description of the person sought', 'Text of the applicable law and penalties'],
  TRANSFER_OF_SENTENCED_PERSONS: ['Consent of the sentenced person', 'Certified copy of the final judgment'],
};

const GENERAL_REQUIREMENTS = [
  'Written request signed by the competent authority of the requesting State',
  'Translation into one of the accepted languages',
  'Summary of the facts and legal qualification of the offence',
  'Assurance of reciprocity where no treaty applies',
  'Request transmitted through the central authority',
];

const DUAL_CRIMINALITY: Readonly<Partial<Record<AssistanceMeasure, number>>> = {
  EXTRADITION: 1,
  SEARCH_AND_SEIZURE: 0.7,
  INTERCEPTION: 0.8,
  FREEZING: 0.6,
  CONFISCATION: 0.7,
  SERVICE_OF_DOCUMENTS: 0,
  WITNESS_EVIDENCE: 0,
  VIDEO_HEARING: 0,
};

function legalBasis(measure: AssistanceMeasure, info: CountryInfo, rng: Prng): string {
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
      law = info.commonLaw ? 'Mutual Legal Assistance in Criminal Matters Act' : 'Code of Criminal Procedure, book on international judicial cooperation';
  }
  const treaty = rng.chance(0.5) ? '; United Nations Convention against Transnational Organized Crime, art. 18' : '';
  return `${law} (demo text)${measure === 'EXTRADITION' ? '' : treaty}`;
}

// ---------------------------------------------------------------------------
// Helpers

const humanize = (value: string) =>
  value
    .toLowerCase()
    .split('_')
    .map((w, i) => (i > 0 && ['in', 'of', 'and', 'on'].includes(w) ? w : w[0]!.toUpperCase() + w.slice(1)))
    .join(' ');

const slugify = (value: string) =>
  asciiFold(value)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function asciiFold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[’']/g, '');
}

const unique = <T>(xs: readonly T[]) => [...new Set(xs)];

const fictionalPhone = (rng: Prng) => `+000 ${rng.int(10, 99)} ${rng.int(100, 999)} ${rng.int(1000, 9999)}`;

/** A timestamp on the given day at a working hour. */
const atWorkingHour = (dayStart: number, rng: Prng) => new Date(dayStart + rng.int(8 * 60, 17 * 60) * 60_000);

async function countRows(em: EntityManager | DataSource): Promise<SeedReport> {
  const [row] = (await em.query(
    `SELECT (SELECT count(*) FROM contact_points)::int AS "contactPoints",
            (SELECT count(*) FROM authorities)::int AS authorities,
            (SELECT count(*) FROM country_profiles)::int AS profiles,
            (SELECT count(*) FROM working_groups)::int AS "workingGroups",
            (SELECT count(*) FROM events)::int AS events,
            (SELECT count(*) FROM resources)::int AS resources,
            (SELECT count(*) FROM referrals)::int AS referrals`,
  )) as SeedReport[];
  return row!;
}

// ---------------------------------------------------------------------------
// Generation

interface GeneratedData {
  authorities: AuthorityEntity[];
  profiles: CountryProfileEntity[];
  measureProfiles: MeasureProfileEntity[];
  contactPoints: ContactPointEntity[];
  workingGroups: WorkingGroupEntity[];
  events: NetworkEventEntity[];
  resources: ResourceEntity[];
}

class Generator {
  private readonly rng: Prng;
  private readonly emails = new Set<string>();
  private readonly focus: readonly CrimeArea[];

  constructor(
    private readonly network: NetworkDefinition,
    private readonly scale: number,
    seed: number,
  ) {
    // splitmix-style finalizer so neighbouring seeds and keys give unrelated streams
    let s = ((seed >>> 0) ^ hashString(network.key)) >>> 0;
    s = Math.imul(s ^ (s >>> 16), 0x85ebca6b);
    s = Math.imul(s ^ (s >>> 13), 0xc2b2ae35);
    this.rng = new Prng((s ^ (s >>> 16)) >>> 0);
    this.focus = REGION_FOCUS[network.key] ?? CRIME_AREAS;
  }

  generate(): GeneratedData {
    const authorities: AuthorityEntity[] = [];
    const profiles: CountryProfileEntity[] = [];
    const measureProfiles: MeasureProfileEntity[] = [];
    const contactPoints: ContactPointEntity[] = [];
    const byCountry = new Map<string, AuthorityEntity[]>();

    const members = this.network.members.map((m) => m.country);
    // Drawn first, so the shape does not depend on the scale: half the countries get
    // three contact points per round, the rest two; every third country also lists a
    // former contact point replaced by a current one.
    const threeOffset = this.rng.int(0, 1);
    const predecessorOffset = this.rng.int(0, 2);
    for (const country of members) {
      const own = this.authoritiesOf(country);
      byCountry.set(country, own);
      authorities.push(...own);
    }
    for (const country of members) {
      const { profile, measures } = this.profileOf(country, byCountry.get(country)!);
      profiles.push(profile);
      measureProfiles.push(...measures);
    }
    members.forEach((country, i) => {
      const perRound = (i + threeOffset) % 2 === 0 ? 3 : 2;
      const withPredecessor = (i + predecessorOffset) % 3 === 0;
      for (let round = 0; round < this.scale; round++) {
        contactPoints.push(...this.contactPointsOf(country, byCountry.get(country)!, perRound, withPredecessor, round));
      }
    });

    const active = contactPoints.filter((cp) => cp.active);
    return {
      authorities,
      profiles,
      measureProfiles,
      contactPoints,
      workingGroups: this.workingGroups(active),
      events: this.events(active),
      resources: this.resources(),
    };
  }

  // Authorities

  private authoritiesOf(country: string): AuthorityEntity[] {
    const rng = this.rng;
    const info = countryInfo(country);
    const name = countryName(country);
    const alpha2 = (findCountry(country)?.alpha2 ?? country).toLowerCase();
    const total = CORE_AUTHORITIES.length * this.scale;
    const out: AuthorityEntity[] = [];
    for (let i = 0; i < total; i++) {
      let template: AuthorityTemplate;
      let n = 0;
      if (i < CORE_AUTHORITIES.length) template = CORE_AUTHORITIES[i]!;
      else if (i < CORE_AUTHORITIES.length + EXTRA_AUTHORITIES.length) template = EXTRA_AUTHORITIES[i - CORE_AUTHORITIES.length]!;
      else {
        const k = i - CORE_AUTHORITIES.length - EXTRA_AUTHORITIES.length;
        template = REGIONAL_AUTHORITIES[k % REGIONAL_AUTHORITIES.length]!;
        n = Math.floor(k / REGIONAL_AUTHORITIES.length) + 1;
      }
      const slug = n ? `${template.slug}-${n}` : template.slug;
      const measures = ASSISTANCE_MEASURES.filter(
        (m) => template.measures.includes(m) || (template.optional.includes(m) && rng.chance(0.5)),
      );
      const touched = new Date(daysBefore(rng.int(30, 700)) + rng.int(8, 17) * 3_600_000);
      out.push({
        id: rng.uuid(),
        version: 1,
        createdAt: touched,
        updatedAt: touched,
        country,
        name: template.name(afterOf(name), info, n),
        kind: template.kind,
        measures,
        languages: unique(template.english ? [...info.languages, 'en'] : info.languages),
        channels: [...template.channels],
        address: `${rng.int(1, 240)} Demo Avenue, ${info.capital}, ${name} (fictional address)`,
        email: `${slug}.${alpha2}.demo@example.org`,
        phone: fictionalPhone(rng),
        website: rng.chance(0.6) ? `https://example.org/${this.network.key}/authorities/${alpha2}-${slug}` : null,
        urgentContact:
          template.kind === 'CENTRAL_AUTHORITY' || template.kind === 'PROSECUTION_SERVICE' || template.kind === 'POLICE' || rng.chance(0.5)
            ? `Duty officer, 24/7: ${fictionalPhone(rng)} (fictional number); confirm urgent requests by e-mail`
            : null,
      });
    }
    return out;
  }

  // Country profiles

  private profileOf(country: string, authorities: readonly AuthorityEntity[]): { profile: CountryProfileEntity; measures: MeasureProfileEntity[] } {
    const rng = this.rng;
    const info = countryInfo(country);
    // The named authorities answer for the country; numbered regional offices never do.
    const named = authorities.slice(0, CORE_AUTHORITIES.length + EXTRA_AUTHORITIES.length);
    const covered = ASSISTANCE_MEASURES.filter((m) => named.some((a) => a.measures.includes(m)));
    const reviewed = atWorkingHour(daysBefore(rng.int(20, 700)), rng);
    const profile: CountryProfileEntity = {
      id: rng.uuid(),
      version: 1,
      createdAt: reviewed,
      updatedAt: reviewed,
      country,
      lastReviewedAt: reviewed,
    };
    const chosen = rng.sample(covered, rng.int(5, 8));
    const measures = ASSISTANCE_MEASURES.filter((m) => chosen.includes(m)).map((measure): MeasureProfileEntity => {
      const roll = rng.next();
      const applicable = roll < 0.1 ? 'NO' : roll < 0.3 ? 'PARTLY' : 'YES';
      const competent = rng.pick(named.filter((a) => a.measures.includes(measure)));
      const dual = DUAL_CRIMINALITY[measure];
      const specific = MEASURE_REQUIREMENTS[measure];
      const requirements = unique([rng.pick(specific), ...rng.sample(GENERAL_REQUIREMENTS, rng.int(0, 2))]);
      return {
        profileId: profile.id,
        measure,
        applicable,
        // A measure the country does not offer has nobody competent for it.
        competentAuthorityId: applicable === 'NO' ? null : competent.id,
        legalBasis: applicable === 'NO' ? null : legalBasis(measure, info, rng),
        languages: [...competent.languages],
        dualCriminalityRequired: dual === undefined ? (rng.chance(0.3) ? null : rng.chance(0.5)) : rng.chance(dual),
        requirements: applicable === 'NO' ? [] : requirements,
        notes:
          applicable === 'NO'
            ? 'Not available under domestic law; consider informal police-to-police cooperation (demo text).'
            : applicable === 'PARTLY'
              ? 'Available only for offences punishable by at least one year of imprisonment (demo text).'
              : 'Illustrative demo profile, not legal advice.',
        lastReviewedAt: reviewed,
      };
    });
    return { profile, measures };
  }

  // Contact points

  private contactPointsOf(
    country: string,
    authorities: readonly AuthorityEntity[],
    count: number,
    withPredecessor: boolean,
    round: number,
  ): ContactPointEntity[] {
    const rng = this.rng;
    const out: ContactPointEntity[] = [];
    for (let k = 0; k < count; k++) {
      const appointedDaysAgo = rng.int(90, 2600);
      out.push(
        this.person(country, authorities, {
          first: k === 0,
          appointedDaysAgo,
          reviewedDaysAgo: rng.int(10, Math.min(800, appointedDaysAgo - 1)),
          nationalCorrespondent: k === 0 ? round === 0 || rng.chance(0.2) : rng.chance(0.1),
        }),
      );
    }
    if (withPredecessor) {
      // The successor is already in `out`, so it is inserted first.
      const successor = rng.pick(out);
      const appointedDaysAgo = rng.int(2700, 4000);
      const termEndedDaysAgo = Math.round((BASE - dayMs(successor.appointedOn!)) / DAY);
      const former = this.person(country, authorities, {
        first: false,
        appointedDaysAgo,
        reviewedDaysAgo: termEndedDaysAgo + rng.int(0, 60),
        nationalCorrespondent: false,
      });
      former.active = false;
      former.available24x7 = false;
      former.toolCorrespondent = false;
      former.successorId = successor.id;
      former.termEndsOn = successor.appointedOn;
      out.push(former);
    }
    return out;
  }

  private person(
    country: string,
    authorities: readonly AuthorityEntity[],
    p: { first: boolean; appointedDaysAgo: number; reviewedDaysAgo: number; nationalCorrespondent: boolean },
  ): ContactPointEntity {
    const rng = this.rng;
    const info = countryInfo(country);
    const pool: NamePool = POOLS[info.pool];
    const female = rng.chance(0.5);
    const given = rng.pick(female ? pool.female : pool.male);
    let family = rng.pick(pool.family);
    if (female && pool.slavicFeminine && /(ov|ev|in)$/.test(family)) family += 'a';
    const fullName = pool.familyFirst ? `${family} ${given}` : `${given} ${family}`;

    const role: ContactPointRole = p.first ? rng.pick(['PROSECUTOR', 'CENTRAL_AUTHORITY_OFFICER'] as const) : rng.pick(ROLE_WEIGHTS);
    const roles = rng.chance(0.3) ? [role, SECOND_ROLE[role]] : [role];
    const expertise = this.expertise(rng.int(1, 4));
    const languages = unique([...info.languages, ...info.extra.filter(() => rng.chance(0.35))]);

    const appointed = daysBefore(p.appointedDaysAgo);
    // Most appointments that ran out were renewed; the rest show up as expired terms.
    const termYears = rng.int(3, 5);
    let termEnds = appointed + termYears * 365 * DAY;
    while (termEnds < BASE - 90 * DAY && rng.chance(0.8)) termEnds += termYears * 365 * DAY;
    const reviewed = atWorkingHour(daysBefore(p.reviewedDaysAgo), rng);
    const created = atWorkingHour(appointed, rng);
    return {
      id: rng.uuid(),
      version: 1,
      createdAt: created < reviewed ? created : reviewed,
      updatedAt: reviewed,
      country,
      fullName,
      title: `${rng.pick(ROLE_TITLES[role])} (fictional demo person)`,
      organization: this.organization(country, role, authorities),
      roles,
      expertise,
      languages,
      available24x7: p.first || rng.chance(0.3),
      email: this.email(given, family, pool),
      phone: fictionalPhone(rng),
      nationalCorrespondent: p.nationalCorrespondent,
      toolCorrespondent: rng.chance(0.25),
      appointedOn: isoDay(appointed),
      termEndsOn: rng.chance(0.2) ? null : isoDay(termEnds),
      active: true,
      successorId: null,
      lastReviewedAt: reviewed,
      isDemo: true,
    };
  }

  private organization(country: string, role: ContactPointRole, authorities: readonly AuthorityEntity[]): string {
    const name = afterOf(countryName(country));
    const of = (kind: AuthorityKind) => authorities.find((a) => a.kind === kind)?.name;
    switch (role) {
      case 'PROSECUTOR':
        return of('PROSECUTION_SERVICE') ?? `Prosecution Service of ${name}`;
      case 'CENTRAL_AUTHORITY_OFFICER':
      case 'MINISTRY_OFFICIAL':
        return of('CENTRAL_AUTHORITY') ?? `Ministry of Justice of ${name}`;
      case 'ASSET_RECOVERY_OFFICER':
        return of('ASSET_RECOVERY_OFFICE') ?? of('FINANCIAL_INTELLIGENCE_UNIT') ?? `Financial Intelligence Unit of ${name}`;
      case 'JUDGE':
        return `Supreme Court of ${name}`;
      case 'POLICE_LIAISON':
        return `National Police of ${name} — International Cooperation Unit`;
    }
  }

  /** 1-4 distinct crime areas, mostly from the region's focus. */
  private expertise(n: number): CrimeArea[] {
    const out: CrimeArea[] = [];
    while (out.length < n) {
      const area = this.rng.chance(0.75) ? this.rng.pick(this.focus) : this.rng.pick(CRIME_AREAS);
      if (!out.includes(area)) out.push(area);
    }
    return out;
  }

  private email(given: string, family: string, pool: NamePool): string {
    const givenWords = asciiFold(given).toLowerCase().split(/[\s-]+/).filter(Boolean);
    // Vietnamese and Khmer people go by the last part of the given name.
    const initial = (pool.familyFirst ? givenWords[givenWords.length - 1]! : givenWords[0]!)[0]!;
    const base = `${initial}.${asciiFold(family).toLowerCase().replace(/[^a-z]/g, '')}`;
    let local = base;
    for (let n = 2; this.emails.has(local); n++) local = `${base}${n}`;
    this.emails.add(local);
    return `${local}.demo@example.org`;
  }

  // Activity

  private workingGroups(active: readonly ContactPointEntity[]): WorkingGroupEntity[] {
    const rng = this.rng;
    const topics = rng.sample(this.focus, rng.int(3, 4));
    return topics.map((topic) => {
      const created = atWorkingHour(daysBefore(rng.int(60, 900)), rng);
      return {
        id: rng.uuid(),
        version: 1,
        createdAt: created,
        updatedAt: created,
        name: `${this.network.name} Working Group on ${humanize(topic)}`,
        topic,
        description: `Practitioners of the ${this.network.name} member countries exchanging case experience on ${humanize(topic).toLowerCase()} (demo data).`,
        memberIds: rng.sample(active, rng.int(4, 10)).map((cp) => cp.id),
      };
    });
  }

  private events(active: readonly ContactPointEntity[]): NetworkEventEntity[] {
    const rng = this.rng;
    const kinds: readonly EventKind[] = ['PLENARY', 'MEETING', 'TRAINING', 'WORKSHOP', 'WEBINAR', 'TRAINING'];
    const count = rng.int(4, 6);
    const firstDay = Date.UTC(2025, 0, 6);
    return kinds.slice(0, count).map((kind) => {
      const country = rng.pick(this.network.members).country;
      const info = countryInfo(country);
      const name = countryName(country);
      const city = info.capital === name ? name : `${info.capital}, ${name}`;
      const topic = rng.pick(this.focus);
      const measure = rng.pick(ASSISTANCE_MEASURES);
      const days = kind === 'WEBINAR' ? 1 : kind === 'TRAINING' ? rng.int(3, 5) : kind === 'PLENARY' ? 3 : 2;
      const starts = firstDay + rng.int(0, 690) * DAY;
      const year = new Date(starts).getUTCFullYear();
      const titles: Record<EventKind, string> = {
        PLENARY: `${this.network.name} Annual Plenary Meeting ${year}`,
        MEETING: `${this.network.name} Contact Points Meeting ${year}`,
        TRAINING: `Regional Training on ${humanize(measure)}`,
        WORKSHOP: `Workshop on ${humanize(topic)} Cases`,
        WEBINAR: `Webinar: ${humanize(measure)} in ${humanize(topic)} Cases`,
      };
      const title = titles[kind];
      const created = new Date(starts - rng.int(30, 120) * DAY);
      return {
        id: rng.uuid(),
        version: 1,
        createdAt: created,
        updatedAt: created,
        title,
        kind,
        startsOn: isoDay(starts),
        endsOn: isoDay(starts + (days - 1) * DAY),
        place: kind === 'WEBINAR' ? `Online, hosted from ${city}` : city,
        country,
        participantIds: rng.sample(active, rng.int(5, 15)).map((cp) => cp.id),
      };
    });
  }

  private resources(): ResourceEntity[] {
    const rng = this.rng;
    const name = this.network.name;
    const languages = this.workingLanguages();
    const templates: readonly { kind: ResourceKind; title: string }[] = [
      { kind: 'GUIDE', title: `${name} Practitioners' Guide to Mutual Legal Assistance` },
      { kind: 'TOOL', title: `${name} Request Drafting Checklist` },
      { kind: 'TEMPLATE', title: 'Model Request for the Freezing of Assets' },
      { kind: 'GUIDE', title: 'Guide to Obtaining Electronic Evidence Across Borders' },
      { kind: 'REPORT', title: `${name} Annual Activity Report 2025` },
      { kind: 'LEGISLATION', title: `Compendium of ${name} Member Countries' Cooperation Laws` },
    ];
    return templates.slice(0, rng.int(4, 6)).map(({ kind, title }) => {
      const published = kind === 'REPORT' ? Date.UTC(2025, 11, 1) + rng.int(0, 25) * DAY : daysBefore(rng.int(60, 1400));
      const created = atWorkingHour(published, rng);
      return {
        id: rng.uuid(),
        version: 1,
        createdAt: created,
        updatedAt: created,
        title,
        kind,
        languages: languages.filter((_l, i) => i < 2 || rng.chance(0.6)),
        topics: rng.sample(this.focus, rng.int(1, 3)),
        url: `https://example.org/${this.network.key}/resources/${slugify(title)}`,
        publishedOn: isoDay(published),
      };
    });
  }

  /** English, then the first languages of at least two member countries, most common first (three at most). */
  private workingLanguages(): string[] {
    const counts = new Map<string, number>();
    for (const m of this.network.members) {
      const first = countryInfo(m.country).languages[0]!;
      counts.set(first, (counts.get(first) ?? 0) + 1);
    }
    const ranked = [...counts.entries()]
      .filter(([, n]) => n >= 2)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([l]) => l);
    return unique(['en', ...ranked]).slice(0, 3);
  }
}

/** A network's demo data, generated without touching a database; seedNetwork inserts exactly this. */
function demoData(network: NetworkDefinition, scale: number, seed: number): GeneratedData {
  if (!Number.isInteger(scale) || scale < 1) throw new RangeError(`demo data: scale must be a positive integer, got ${scale}`);
  return new Generator(network, scale, seed).generate();
}

/** The contact points seedNetwork inserts for the network, ids included (pure: the referral history refers to them). */
export function demoContactPoints(network: NetworkDefinition, scale = 1, seed = DEFAULT_SEED): ContactPointEntity[] {
  return demoData(network, scale, seed).contactPoints;
}

// ---------------------------------------------------------------------------
// Insertion

async function insertInBatches<E extends ObjectLiteral>(
  em: EntityManager,
  target: new () => E,
  rows: readonly E[],
  label: string,
  progress: (message: string) => void,
  key: string,
): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    await em.createQueryBuilder().insert().into(target).values(batch as never).updateEntity(false).execute();
    progress(`${key}: ${label} ${i + batch.length}/${rows.length}`);
  }
}

/**
 * Fills an empty network directory with demo data. Does nothing (and returns
 * the current counts) when the network already has contact points, so every
 * start of the development launcher may call it.
 */
export async function seedNetwork(ds: DataSource, network: NetworkDefinition, options: SeedOptions = {}): Promise<SeedReport> {
  const scale = options.scale ?? 1;
  if (!Number.isInteger(scale) || scale < 1) throw new RangeError(`seedNetwork: scale must be a positive integer, got ${scale}`);
  const seed = options.seed ?? DEFAULT_SEED;
  const progress = options.onProgress ?? (() => undefined);
  const key = network.key;

  return ds.transaction(async (em) => {
    // Replicas starting together: one seeds, the others wait and then find the rows.
    await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`jcn-seed:${key}`]);
    const [{ exists }] = (await em.query('SELECT EXISTS (SELECT 1 FROM contact_points) AS exists')) as [{ exists: boolean }];
    if (exists) {
      const report = await countRows(em);
      progress(`${key}: contact_points already has ${report.contactPoints} rows; demo data not inserted`);
      return report;
    }

    const data = demoData(network, scale, seed);
    await insertInBatches(em, AuthorityEntity, data.authorities, 'authorities', progress, key);
    await insertInBatches(em, CountryProfileEntity, data.profiles, 'country profiles', progress, key);
    await insertInBatches(em, MeasureProfileEntity, data.measureProfiles, 'measure profiles', progress, key);
    await insertInBatches(em, ContactPointEntity, data.contactPoints, 'contact points', progress, key);
    await insertInBatches(em, WorkingGroupEntity, data.workingGroups, 'working groups', progress, key);
    await insertInBatches(em, NetworkEventEntity, data.events, 'events', progress, key);
    await insertInBatches(em, ResourceEntity, data.resources, 'resources', progress, key);
    // The cross-network referral history, in this transaction (a savepoint), so both commit together.
    const referrals = await seedReferrals(em, network, { scale, seed, onProgress: progress });
    return {
      contactPoints: data.contactPoints.length,
      authorities: data.authorities.length,
      profiles: data.profiles.length,
      workingGroups: data.workingGroups.length,
      events: data.events.length,
      resources: data.resources.length,
      referrals,
    };
  });
}
