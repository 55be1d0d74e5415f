/**
 * Reads the regular files of a gzip-compressed tar archive (a packaged Helm chart, `charts/*.tgz`) in memory.
 * Understands ustar names with prefixes, PAX `path` records and GNU long names; refuses absolute paths, `..`
 * segments and archives that unpack beyond a size limit.
 */
import { createRequire } from 'node:module';

export interface TarEntry {
  /** POSIX path inside the archive, without a leading `./`. */
  path: string;
  data: Uint8Array;
}

export class TarError extends Error {}

const BLOCK = 512;
const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

// node:zlib is loaded when a packaged chart is first read, not at start-up.
const require = createRequire(import.meta.url);
let zlib: typeof import('node:zlib') | undefined;

export function readTgz(bytes: Uint8Array, maxBytes = MAX_UNPACKED_BYTES): TarEntry[] {
  let tar: Uint8Array;
  try {
    zlib ??= require('node:zlib') as typeof import('node:zlib');
    tar = zlib.gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (err) {
    throw new TarError(`not a readable gzip archive (${(err as Error).message})`);
  }
  return readTar(tar);
}

export function readTar(tar: Uint8Array): TarEntry[] {
  const entries: TarEntry[] = [];
  const decoder = new TextDecoder();
  let offset = 0;
  let longName: string | null = null;
  let paxPath: string | null = null;
  while (offset + BLOCK <= tar.length) {
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((b) => b === 0)) break;
    const field = (start: number, len: number): string => {
      const raw = header.subarray(start, start + len);
      const end = raw.indexOf(0);
      return decoder.decode(end < 0 ? raw : raw.subarray(0, end));
    };
    const sizeText = field(124, 12).trim();
    const size = sizeText === '' ? 0 : parseInt(sizeText, 8);
    if (!Number.isFinite(size) || size < 0) throw new TarError(`bad entry size at offset ${offset}`);
    const type = String.fromCharCode(header[156] ?? 0);
    const magic = field(257, 6);
    const prefix = magic.startsWith('ustar') ? field(345, 155) : '';
    let name = field(0, 100);
    if (prefix) name = `${prefix}/${name}`;
    const dataStart = offset + BLOCK;
    const dataEnd = dataStart + size;
    if (dataEnd > tar.length) throw new TarError('archive is truncated');
    const data = tar.subarray(dataStart, dataEnd);
    offset = dataStart + Math.ceil(size / BLOCK) * BLOCK;
    if (type === 'L') {
      longName = decoder.decode(data).replace(/\0+$/, '');
      continue;
    }
    if (type === 'x') {
      paxPath = paxRecord(decoder.decode(data), 'path');
      continue;
    }
    if (type === 'g') continue;
    if (longName !== null) name = longName;
    if (paxPath !== null) name = paxPath;
    longName = null;
    paxPath = null;
    if (type !== '0' && type !== '\0' && type !== '7') continue; // directories, links, devices: not needed
    const path = name.replace(/^\.\//, '');
    if (path.startsWith('/') || path.split('/').includes('..')) throw new TarError(`unsafe path "${path}" in archive`);
    entries.push({ path, data: data.slice() });
  }
  return entries;
}

function paxRecord(text: string, key: string): string | null {
  let i = 0;
  while (i < text.length) {
    const space = text.indexOf(' ', i);
    if (space < 0) break;
    const len = Number(text.slice(i, space));
    if (!Number.isFinite(len) || len <= 0) break;
    const record = text.slice(space + 1, i + len - 1);
    const eq = record.indexOf('=');
    if (eq > 0 && record.slice(0, eq) === key) return record.slice(eq + 1);
    i += len;
  }
  return null;
}
