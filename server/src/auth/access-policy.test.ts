import { OPERATION_POLICY, buildAppSchema, checkOperationAccess } from '../app.modules';
import { loadedOperationPolicy, operationsCallableBy } from './access-policy';
import { ANONYMOUS, Role } from './viewer';

describe('operation access policy', () => {
  it('has a rule for every root field of the schema, and no rule for a field that does not exist', async () => {
    const schema = await buildAppSchema();
    const operations = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]
      .flatMap((type) => (type ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : []))
      .sort();
    expect(Object.keys(OPERATION_POLICY).sort()).toEqual(operations);
  });

  it('refuses an operation without a rule (fail closed), with UNAUTHENTICATED only where signing in could help', () => {
    expect(() => checkOperationAccess('Query.somethingNew', ANONYMOUS)).toThrow(
      expect.objectContaining({ extensions: { code: 'FORBIDDEN' } }),
    );
    expect(() => checkOperationAccess('Query.facilities', ANONYMOUS)).not.toThrow();
    const office = { accountId: 1, role: Role.OFFICE, facilityId: null, prefectureCode: null };
    expect(() => checkOperationAccess('Query.somethingNew', office)).toThrow(
      expect.objectContaining({ extensions: { code: 'FORBIDDEN' } }),
    );
  });

  it('reads the same rules from the loaded resolvers as the composition root declares (what saved reports are judged by)', () => {
    expect(loadedOperationPolicy()).toEqual(OPERATION_POLICY);
    const recruiter = { accountId: 1, role: Role.HEALTH_CENTER_RECRUITMENT, facilityId: 1, prefectureCode: '13' };
    expect(operationsCallableBy(recruiter)).not.toContain('Query.bedReport');
    expect(operationsCallableBy({ ...recruiter, role: Role.ANALYST })).toContain('Query.bedReport');
  });
});
