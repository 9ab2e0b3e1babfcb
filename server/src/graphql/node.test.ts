import { fromGlobalId, toGlobalId } from './node';

describe('global ids', () => {
  it('are "Type:localId" in URL-safe base64 without padding, byte for byte as Buffer writes it, and read back', () => {
    const types = ['Facility', 'BedSnapshot', 'Posting', 'Prefecture', 'SecondaryMedicalArea', 'A', 'AB', '施設'];
    const localIds: (string | number)[] = [1, 9, 10, 99, 100, 12345, 2147483647, '01', '0101', '13', 'abc', 'a:b', '病院', '~ '];
    for (let i = 0; i < 500; i += 1) localIds.push((i * 7919 * 104729) % 2147483647);
    for (const type of types) {
      for (const localId of localIds) {
        const id = toGlobalId(type, localId);
        expect(id).toBe(Buffer.from(`${type}:${localId}`, 'utf8').toString('base64url'));
        expect(fromGlobalId(id)).toEqual({ type, localId: String(localId) });
      }
    }
    // Ids already handed out and in saved links stay as they were.
    expect(toGlobalId('Facility', 3)).toBe('RmFjaWxpdHk6Mw');
  });
});
