import express from 'express';
import { defineDomain } from '../domain';
import { createFhirIntakeRouter } from './fhir-intake.router';

/**
 * 取込: bed reports that arrive in bulk rather than one form at a time — FHIR MeasureReports from
 * hospital and prefectural systems. Writes through the beds domain's one report path (beds/bed-reporting.ts).
 */
export const intake = defineDomain({
  name: 'intake',
  routes: ({ db, resolveViewer }) => express.Router().use(createFhirIntakeRouter({ db, resolveViewer })),
});
