/*
 * Folds a name to a search key so that every spelling of it meets: Токаев, Тоқаев, Tokayev, Tokaev,
 * Toqaev and Tokajev all become "tokaev"; Zhetysu, Jetisu and Жетісу become "jetisu".
 * Cyrillic (Russian and Kazakh letters) is romanised first, then the Latin variants that the
 * sources use for the same sound are collapsed. The key is for matching only, never shown.
 */
const CYRILLIC: Record<string, string> = {
  а: 'a',
  ә: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  қ: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'n',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'u',
  ү: 'u',
  ф: 'f',
  х: 'h',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: '',
  ы: 'y',
  і: 'i',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** Latin spellings of one sound, longest first so that "dzh" wins over "zh". */
const VARIANTS: [RegExp, string][] = [
  [/dzh|zh|dj/g, 'j'],
  [/kh/g, 'h'],
  [/gh/g, 'g'],
  [/ck|q|c/g, 'k'],
  [/w/g, 'v'],
  [/ph/g, 'f'],
  [/ı|y/g, 'i'],
  [/\bi(?=[aeou])/g, ''], // Yespayeva / Espaeva: an initial y-glide before a vowel
  [/(?<=[aeiou])[ij](?=[aeiou])/g, ''], // Tokayev / Tokajev / Tokaev: a glide between vowels
  [/([a-z])\1+/g, '$1'], // Kassym / Kasym (letters only: 2022 stays 2022)
];

/** Folds one word or phrase, keeping word boundaries as single spaces. */
export function foldWords(input: string): string {
  let s = input.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
  s = s.replace(/[\u0400-\u04ff]/g, (ch) => CYRILLIC[ch] ?? ch);
  s = s.replace(/[^a-z0-9ı]+/g, ' ').trim();
  for (const [pattern, replacement] of VARIANTS) s = s.replace(pattern, replacement);
  return s;
}

/** The stored search key: folded, without word boundaries ("Nur-Sultan" and "Nursultan" meet). */
export function foldName(input: string): string {
  // Collapse again once words are joined, so "Ak Kol" and "Akkol" meet.
  return foldWords(input)
    .replace(/ /g, '')
    .replace(/([a-z])\1+/g, '$1');
}

/** The query's words, each folded; a record matches when its key contains every one. */
export function foldQuery(input: string): string[] {
  return foldWords(input).split(' ').filter(Boolean);
}
