import { describe, expect, it } from 'vitest';
import { foldName, foldQuery } from '../../src/lib/fold-name.js';

describe('foldName', () => {
  it('brings every spelling of Tokayev to one key', () => {
    const keys = ['Токаев', 'Тоқаев', 'Tokayev', 'Tokaev', 'Toqaev', 'Tokajev'].map(foldName);
    expect(new Set(keys)).toEqual(new Set(['tokaev']));
  });

  it('collapses the Latin variants of one Kazakh sound', () => {
    expect(foldName('Zhetysu')).toBe(foldName('Jetisu'));
    expect(foldName('Жетісу')).toBe(foldName('Jetisu'));
    expect(foldName('Aq Jol')).toBe(foldName('Ak Zhol'));
    expect(foldName('Kassym')).toBe(foldName('Kasym'));
    expect(foldName('Yespayeva')).toBe(foldName('Espaeva'));
  });

  it('drops word breaks, case, punctuation and diacritics', () => {
    expect(foldName('Nur-Sultan')).toBe('nursultan');
    expect(foldName('Nursultan')).toBe('nursultan');
    expect(foldName('Нұр Отан')).toBe(foldName('Nur Otan'));
    expect(foldName('Mäjilis')).toBe(foldName('Majilis'));
    expect(foldName('“Against all”')).toBe(foldName('against all'));
  });

  it('folds a string with no letter or digit to nothing', () => {
    expect(foldName('!!! — ...')).toBe('');
  });
});

describe('foldQuery', () => {
  it('folds each word on its own, keeping the words apart', () => {
    expect(foldQuery('Нұр Отан')).toEqual(['nur', 'otan']);
    expect(foldQuery('  Mazhilis   2023 ')).toEqual([foldName('Mazhilis'), '2023']);
    expect(foldQuery('Kassym-Jomart')).toEqual(['kasim', 'jomart']);
  });

  it('gives words that the folded name contains', () => {
    const key = foldName('Касым-Жомарт Токаев');
    for (const word of foldQuery('Toqaev Kassym')) expect(key).toContain(word);
  });

  it('gives no words for punctuation only', () => {
    expect(foldQuery('?!')).toEqual([]);
    expect(foldQuery('')).toEqual([]);
  });
});
