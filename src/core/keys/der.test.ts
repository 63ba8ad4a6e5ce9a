import { describe, expect, it } from 'vitest';
import { derOf, pairOf } from '../../../test-support/key-fixtures';
import {
  contentOf,
  decodeOid,
  DerError,
  encodeElement,
  encodeOid,
  readChildren,
  readElement,
  readRoot,
  TAG,
} from './der';
import { wrapRsaPrivateKey, wrapRsaPublicKey, wrapSec1PrivateKey } from './wrap-key-der';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

describe('X.690 §8.19 OBJECT IDENTIFIER', () => {
  it.each([
    ['1.2.840.113549.1.1.1', '2a864886f70d010101'],
    ['1.2.840.10045.3.1.7', '2a8648ce3d030107'],
    ['1.3.132.0.34', '2b81040022'],
    ['1.3.101.112', '2b6570'],
    ['2.5.4.3', '550403'],
    ['2.999.3', '883703'],
  ])('%s ⇄ %s', (dotted, content) => {
    expect(hex(encodeOid(dotted))).toBe(content);
    expect(decodeOid(Buffer.from(content, 'hex'))).toBe(dotted);
  });
});

describe('X.690 §8.1 and §10.1 lengths', () => {
  it.each([
    [0, '0400'],
    [127, '047f'],
    [128, '048180'],
    [255, '0481ff'],
    [256, '04820100'],
    [70000, '0483011170'],
  ])('a %i-byte OCTET STRING has the shortest length form', (length, header) => {
    const element = encodeElement(TAG.OCTET_STRING, new Uint8Array(length));
    expect(hex(element.subarray(0, header.length / 2))).toBe(header);
    expect(readElement(element, 0)).toEqual({
      tag: TAG.OCTET_STRING,
      start: 0,
      contentStart: header.length / 2,
      end: element.length,
    });
  });

  it.each([
    ['an indefinite length', '3080', /byte 1 is an indefinite length, which DER forbids/],
    ['a multi-byte tag', '1f8100', /byte 0 starts a multi-byte tag/],
    ['a length longer than the data', '300a0500', /the element at byte 0 claims 10 bytes but only 2 follow/],
    ['a cut-off long length', '3082', /the length at byte 1 is cut off/],
    ['a single byte', '30', /the DER data ends early at byte 0/],
  ])('refuses %s', (_name, bytes, message) => {
    expect(() => readElement(Buffer.from(bytes, 'hex'), 0)).toThrow(message);
    expect(() => readElement(Buffer.from(bytes, 'hex'), 0)).toThrow(DerError);
  });

  it('refuses stray bytes after the root, and a wrong root tag', () => {
    expect(() => readRoot(Buffer.from('300005', 'hex'), TAG.SEQUENCE, 'a thing')).toThrow(
      /unexpected bytes follow a thing, from byte 2/,
    );
    expect(() => readRoot(Buffer.from('0400', 'hex'), TAG.SEQUENCE, 'a thing')).toThrow(
      /expected a thing \(tag 0x30\) at byte 0, found tag 0x04/,
    );
  });

  it('reads the children of a constructed element', () => {
    const der = encodeElement(TAG.SEQUENCE, encodeElement(TAG.INTEGER, Uint8Array.of(5)), encodeElement(TAG.NULL));
    const children = readChildren(der, readRoot(der, TAG.SEQUENCE, 'x'));
    expect(children.map((c) => [c.tag, hex(contentOf(der, c))])).toEqual([
      [TAG.INTEGER, '05'],
      [TAG.NULL, ''],
    ]);
  });
});

describe('Re-wrapping key containers gives exactly what OpenSSL writes', () => {
  it('RFC 8017 A.1.1 → RFC 5280 §4.1.2.7: PKCS#1 RSAPublicKey into SubjectPublicKeyInfo', () => {
    const { publicKey } = pairOf('rsa-2048');
    expect(hex(wrapRsaPublicKey(derOf(publicKey, 'pkcs1')))).toBe(hex(derOf(publicKey, 'spki')));
  });

  it('RFC 8017 A.1.2 → RFC 5208 §5: PKCS#1 RSAPrivateKey into PKCS#8', () => {
    const { privateKey } = pairOf('rsa-2048');
    expect(hex(wrapRsaPrivateKey(derOf(privateKey, 'pkcs1')))).toBe(hex(derOf(privateKey, 'pkcs8')));
  });

  it('RFC 5915 §3 → §1: SEC1 ECPrivateKey into PKCS#8, curve from its parameters', () => {
    const { pkcs8, crv } = wrapSec1PrivateKey(derOf(pairOf('P-384').privateKey, 'sec1'));
    expect(crv).toBe('P-384');
    // OpenSSL drops the inner parameters in PKCS#8; ours keeps them (RFC 5915 allows both), so compare structure.
    const root = readRoot(pkcs8, TAG.SEQUENCE, 'PKCS#8');
    const [version, algorithm, key] = readChildren(pkcs8, root);
    expect(version && hex(contentOf(pkcs8, version))).toBe('00');
    expect(algorithm && hex(pkcs8.subarray(algorithm.start, algorithm.end))).toBe(
      '301006072a8648ce3d020106052b81040022',
    );
    expect(key?.tag).toBe(TAG.OCTET_STRING);
  });

  it('refuses a PKCS#1 body that is not an RSAPublicKey', () => {
    expect(() => wrapRsaPublicKey(encodeElement(TAG.SEQUENCE, encodeElement(TAG.NULL)))).toThrow(
      /expected the modulus \(tag 0x02\)/,
    );
  });
});
