import { OPERATION_POLICY, buildAppSchema, checkOperationAccess } from '../app.modules';
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
});
