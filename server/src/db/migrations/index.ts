import { Foundation1764000000000 } from './1764000000000-Foundation';
import { Accounts1764100000000 } from './1764100000000-Accounts';
import { BedSnapshots1764200000000 } from './1764200000000-BedSnapshots';
import { Recruitment1764300000000 } from './1764300000000-Recruitment';
import { Inquiries1764400000000 } from './1764400000000-Inquiries';
import { ApiCostBudget1764500000000 } from './1764500000000-ApiCostBudget';
import { AuditLog1764700000000 } from './1764700000000-AuditLog';
import { ReadYourWrites1764900000000 } from './1764900000000-ReadYourWrites';
import { ReportingSchedule1765000000000 } from './1765000000000-ReportingSchedule';
import { BedCorrections1765100000000 } from './1765100000000-BedCorrections';
import { Reports1765200000000 } from './1765200000000-Reports';
import { ComplianceReport1765200000001 } from './1765200000001-ComplianceReport';
import { ReportLabelsAndAudit1765300000000 } from './1765300000000-ReportLabelsAndAudit';
import { ReportSearchKeys1765300000001 } from './1765300000001-ReportSearchKeys';
import { ReportRootFields1765320000000 } from './1765320000000-ReportRootFields';
import { BedIntakeUploads1765310000000 } from './1765310000000-BedIntakeUploads';
import { ComplianceReportFormats1765330000000 } from './1765330000000-ComplianceReportFormats';
import { ReportRootFieldsAlways1765340000000 } from './1765340000000-ReportRootFieldsAlways';

/** Every migration in order. Both the embedded database and DATABASE_URL run exactly these. */
export const migrations = [
  Foundation1764000000000,
  Accounts1764100000000,
  BedSnapshots1764200000000,
  Recruitment1764300000000,
  Inquiries1764400000000,
  ApiCostBudget1764500000000,
  AuditLog1764700000000,
  ReadYourWrites1764900000000,
  ReportingSchedule1765000000000,
  BedCorrections1765100000000,
  Reports1765200000000,
  ComplianceReport1765200000001,
  ReportLabelsAndAudit1765300000000,
  ReportSearchKeys1765300000001,
  BedIntakeUploads1765310000000,
  ReportRootFields1765320000000,
  ComplianceReportFormats1765330000000,
  ReportRootFieldsAlways1765340000000,
];
