// The States a position can be by: the 193 Member States of the United Nations and its two
// observer States. Membership and regional groups come from stateGroupTables.ts (generated
// from the UN's list); names in the six UN languages from i18n-iso-countries (ISO 3166-1,
// maintained with CLDR-derived names), never from a list of our own.
import countries from 'i18n-iso-countries/index';
import arabic from 'i18n-iso-countries/langs/ar.json';
import chinese from 'i18n-iso-countries/langs/zh.json';
import english from 'i18n-iso-countries/langs/en.json';
import spanish from 'i18n-iso-countries/langs/es.json';
import french from 'i18n-iso-countries/langs/fr.json';
import russian from 'i18n-iso-countries/langs/ru.json';
import { regionalGroups, unLanguages, type StateInfo, type UnLanguage } from '../../common/model';
import { memberStatesByGroup } from './stateGroupTables';

for (const locale of [arabic, chinese, english, french, russian, spanish]) countries.registerLocale(locale);

/** The Holy See and the State of Palestine: non-member observer States (General Assembly resolution 67/19). */
export const observerStates: readonly string[] = ['PSE', 'VAT'];

let catalogue: readonly StateInfo[] | undefined;

/**
 * The 195 States, by code (ISO 3166-1 alpha-3, ascending), each with its names in the six UN
 * languages, its regional group (null for observers) and whether it is an observer.
 */
export function stateCatalogue(): readonly StateInfo[] {
  catalogue ??= [
    ...regionalGroups.flatMap((group) => memberStatesByGroup[group].map((code) => stateInfo(code, group))),
    ...observerStates.map((code) => stateInfo(code, null)),
  ].toSorted((left, right) => (left.code < right.code ? -1 : 1));
  return catalogue;
}

let byCode: Map<string, StateInfo> | undefined;

/** One of the 195 States by its ISO 3166-1 alpha-3 code, or undefined. */
export function stateByCode(code: string): StateInfo | undefined {
  byCode ??= new Map(stateCatalogue().map((state) => [state.code, state]));
  return byCode.get(code);
}

function stateInfo(code: string, regionalGroup: StateInfo['regionalGroup']): StateInfo {
  const alpha2 = countries.alpha3ToAlpha2(code);
  if (!alpha2) throw new Error(`i18n-iso-countries does not know ${code}`);
  const names = Object.fromEntries(
    unLanguages.map((language) => [language, readableName(countries.getName(alpha2, language) ?? code)]),
  ) as Record<UnLanguage, string>;
  return { code, names, regionalGroup, observer: regionalGroup === null };
}

/** ISO's inverted names read in order: "Moldova, Republic of" → "Republic of Moldova". */
function readableName(name: string): string {
  const inverted = /^(.+?),\s*(.+)$/u.exec(name);
  return inverted ? `${inverted[2]} ${inverted[1]}` : name;
}
