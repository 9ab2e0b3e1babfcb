import express from 'express';
import { defineDomain } from '../domain';
import { createFhirIntakeRouter } from './fhir-intake.router';
import { createBedIntakeRouter } from './bed-intake.router';

/**
 * 取込: bed reports that arrive in bulk rather than one form at a time — FHIR MeasureReports from
 * hospital and prefectural systems, and 一括取込 of the report's own export (CSV or .xlsx) edited by a
 * prefecture or a とりまとめ団体. Writes through the beds domain's one report path (beds/bed-reporting.ts).
 */
export const intake = defineDomain({
  name: 'intake',
  routes: ({ db, resolveViewer }) =>
    express.Router().use(createFhirIntakeRouter({ db, resolveViewer })).use(createBedIntakeRouter({ db, resolveViewer })),
});
