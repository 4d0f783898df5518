/**
 * Node-only: the data the parser is handed (the gazetteer, the given names and their genders),
 * loaded once per process. Every caller in Node (CLI, build, benchmarks, tests) parses with the
 * same resources.
 */
import type { ParseOptions } from '../parser/index.ts';
import { loadGivenNameGenders, loadGivenNames } from './given-names.ts';
import { loadGazetteer } from './load-gazetteer.ts';

export function parserResources(): Required<
  Pick<ParseOptions, 'gazetteer' | 'givenNames' | 'givenNameGenders'>
> {
  return {
    gazetteer: loadGazetteer(),
    givenNames: loadGivenNames(),
    givenNameGenders: loadGivenNameGenders(),
  };
}
