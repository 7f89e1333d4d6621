import { TIME_UNITS } from "./measure-words.js";

/**
 * What each canonical physical unit of the lexicon ({@link UNITS} of `quantity-lexicon.ts`) measures, and its size in
 * that dimension's base unit (length in metres, mass in kilograms, volume in litres, area in square metres, speed in
 * km/h, time in days), so that `200 feet` and `60 metres`, or `a month` and `four weeks`, are compared as one
 * measure. Units left out (`%`, temperatures, data sizes, power) are compared only with themselves.
 */
export const UNIT_DIMENSIONS: Readonly<Record<string, readonly [dimension: string, size: number]>> = {
  km: ["length", 1000], m: ["length", 1], dm: ["length", 0.1], cm: ["length", 0.01], mm: ["length", 0.001],
  mi: ["length", 1609.344], yd: ["length", 0.9144], ft: ["length", 0.3048], in: ["length", 0.0254],
  t: ["mass", 1000], kg: ["mass", 1], g: ["mass", 0.001], mg: ["mass", 1e-6], "µg": ["mass", 1e-9], lb: ["mass", 0.45359237], oz: ["mass", 0.028349523125],
  l: ["volume", 1], ml: ["volume", 0.001], gal: ["volume", 3.785411784], "cu ft": ["volume", 28.316846592], bbl: ["volume", 158.987294928],
  km2: ["area", 1e6], m2: ["area", 1], "sq mi": ["area", 2589988.110336], "sq ft": ["area", 0.09290304], acre: ["area", 4046.8564224], ha: ["area", 10000],
  "km/h": ["speed", 1], mph: ["speed", 1.609344], kn: ["speed", 1.852],
  ...Object.fromEntries(Object.entries(TIME_UNITS).map(([unit, days]) => [unit, ["duration", days] as const])),
};
