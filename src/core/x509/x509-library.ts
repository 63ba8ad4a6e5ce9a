// @peculiar/x509 needs a Reflect metadata polyfill before it is evaluated (its README). ES modules
// evaluate their imports in order, so the polyfill comes first. Only load-x509.ts imports this file, and
// only dynamically: neither library lands in the entry chunk.
import 'reflect-metadata';

export { BasicConstraintsExtension, KeyUsageFlags, KeyUsagesExtension, X509Certificate } from '@peculiar/x509';
