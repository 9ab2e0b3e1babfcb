import type { MigrationInterface, QueryRunner } from 'typeorm';
import { prefecturesOf, readMunicipalities, readSecondaryMedicalAreas } from '../reference-data';

export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE prefecture (code char(2) PRIMARY KEY CHECK (code ~ '^[0-9]{2}$'), name text NOT NULL)`);
    await q.query(`CREATE TABLE secondary_medical_area (
      code char(4) PRIMARY KEY CHECK (code ~ '^[0-9]{4}$'),
      name text NOT NULL,
      prefecture_code char(2) NOT NULL REFERENCES prefecture(code),
      CHECK (left(code, 2) = prefecture_code))`);
    await q.query(`CREATE INDEX secondary_medical_area_prefecture_idx ON secondary_medical_area (prefecture_code)`);
    await q.query(`CREATE TABLE municipality (
      code char(5) PRIMARY KEY,
      name text NOT NULL,
      area_code char(4) NOT NULL REFERENCES secondary_medical_area(code))`);
    await q.query(`CREATE TABLE facility (
      id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      code char(10) NOT NULL UNIQUE CHECK (code ~ '^[0-9]{10}$'),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      name_search_key text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('HOSPITAL','CLINIC','DENTAL_CLINIC','PHARMACY','HEALTH_CENTER')),
      postal_code char(7) NOT NULL CHECK (postal_code ~ '^[0-9]{7}$'),
      prefecture_code char(2) NOT NULL REFERENCES prefecture(code),
      address text NOT NULL,
      building text,
      phone text,
      area_code char(4) NOT NULL REFERENCES secondary_medical_area(code),
      latitude double precision CHECK (latitude BETWEEN -90 AND 90),
      longitude double precision CHECK (longitude BETWEEN -180 AND 180),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (left(area_code, 2) = prefecture_code))`);
    await q.query(`CREATE INDEX facility_prefecture_idx ON facility (prefecture_code, code)`);
    await q.query(`CREATE INDEX facility_area_idx ON facility (area_code, code)`);
    await q.query(`CREATE INDEX facility_kind_idx ON facility (kind, code)`);

    const areas = readSecondaryMedicalAreas();
    const prefectures = prefecturesOf(areas);
    const municipalities = readMunicipalities();
    await q.query(`INSERT INTO prefecture (code, name) SELECT * FROM unnest($1::text[], $2::text[])`, [
      prefectures.map((p) => p.code),
      prefectures.map((p) => p.name),
    ]);
    await q.query(
      `INSERT INTO secondary_medical_area (code, name, prefecture_code) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])`,
      [areas.map((a) => a.code), areas.map((a) => a.name), areas.map((a) => a.prefectureCode)],
    );
    await q.query(`INSERT INTO municipality (code, name, area_code) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])`, [
      municipalities.map((m) => m.code),
      municipalities.map((m) => m.name),
      municipalities.map((m) => m.areaCode),
    ]);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE facility`);
    await q.query(`DROP TABLE municipality`);
    await q.query(`DROP TABLE secondary_medical_area`);
    await q.query(`DROP TABLE prefecture`);
  }
}
