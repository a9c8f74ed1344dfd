/** The modules' resolver maps merged into the template's. */
import { mergeResolvers, templateResolvers } from './resolvers';
import { DateScalar } from './scalars';

describe('the merged resolver map', () => {
  it("takes a type's fields from every module that resolves some of them", () => {
    const merged = mergeResolvers([
      { Date: DateScalar, TemplateNetwork: { auditLog: () => null } },
      { TemplateNetwork: { statistics: () => null }, TemplateAuditEntry: { details: () => '{}' } },
    ]);
    expect(merged.Date).toBe(DateScalar);
    expect(Object.keys(merged.TemplateNetwork!).sort()).toEqual(['auditLog', 'statistics']);
    expect(Object.keys(merged.TemplateAuditEntry!)).toEqual(['details']);
  });

  it('refuses a field or a scalar that two modules resolve', () => {
    expect(() =>
      mergeResolvers([{ TemplateNetwork: { auditLog: () => null } }, { TemplateNetwork: { auditLog: () => null } }]),
    ).toThrow('TemplateNetwork.auditLog is resolved by two modules');
    expect(() => mergeResolvers([{ Date: DateScalar }, { Date: DateScalar }])).toThrow(
      'scalar Date is resolved by two modules',
    );
  });

  it("holds every module's part of the network type and of its mutations", () => {
    expect(Object.keys(templateResolvers.TemplateNetwork!)).toEqual(
      expect.arrayContaining(['__resolveReference', 'contactPoints', 'referrals', 'auditLog', 'statistics']),
    );
    expect(Object.keys(templateResolvers.TemplateMutations!)).toEqual(
      expect.arrayContaining(['createContactPoint', 'createReferral', 'receiveReferralEvent']),
    );
  });
});
