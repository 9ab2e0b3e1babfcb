import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config';

/** Shipped reference data (see server/data/SOURCES.md for provenance). */
export const REFERENCE_DATA_DIR = path.join(projectRoot, 'server', 'data');

export interface AreaRow {
  code: string;
  name: string;
  prefectureCode: string;
  prefectureName: string;
}
export interface MunicipalityRow {
  code: string;
  name: string;
  areaCode: string;
}

function readCsv(file: string, columns: number): string[][] {
  const text = fs.readFileSync(path.join(REFERENCE_DATA_DIR, file), 'utf8');
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const rows = lines.slice(1).map((line) => line.split(','));
  for (const row of rows) {
    // The shipped files contain no quoted fields; fail loudly if that ever changes.
    if (row.length !== columns) throw new Error(`${file}: expected ${columns} columns in "${row.join(',')}"`);
  }
  return rows;
}

export function readSecondaryMedicalAreas(): AreaRow[] {
  return readCsv('secondary-medical-areas.csv', 4).map(([code, name, prefectureCode, prefectureName]) => ({
    code,
    name,
    prefectureCode,
    prefectureName,
  }));
}

export function readMunicipalities(): MunicipalityRow[] {
  return readCsv('municipality-to-area.csv', 3).map(([code, name, areaCode]) => ({ code, name, areaCode }));
}

export function prefecturesOf(areas: AreaRow[]): { code: string; name: string }[] {
  const byCode = new Map<string, string>();
  for (const area of areas) byCode.set(area.prefectureCode, area.prefectureName);
  return [...byCode].sort(([a], [b]) => a.localeCompare(b)).map(([code, name]) => ({ code, name }));
}
