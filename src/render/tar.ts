/**
 * Reads the regular files of a gzip-compressed tar archive (a packaged Helm chart, `charts/*.tgz`) in memory.
 *
 * Understands the formats `helm package` and tar write: ustar (names with a prefix), GNU (`L` long names) and PAX
 * (`path` and `size` records, whose lengths count bytes). Every header's checksum is verified (the unsigned sum, or
 * the signed sum some old tars wrote). Anything the reader cannot reproduce exactly is refused with a TarError
 * rather than read in part: a bad checksum or number, a truncated archive, malformed PAX records, GNU sparse files,
 * names that are not UTF-8, absolute paths or `..` segments, and archives beyond the limits below (unpacked size,
 * number of entries, length of a path).
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
/** Entries of any type (directories and extended headers included). */
const MAX_ENTRIES = 20_000;
/** Bytes of one path (Linux's PATH_MAX). */
const MAX_PATH_BYTES = 4096;
/** Bytes of one PAX extended header or GNU long name. */
const MAX_META_BYTES = 1024 * 1024;

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

const utf8 = new TextDecoder('utf-8', { fatal: true });
const HEADER_ONLY = new Set(['1', '2', '3', '4', '5', '6']);
const USTAR = [0x75, 0x73, 0x74, 0x61, 0x72, 0]; // "ustar\0"

function isPosixMagic(header: Uint8Array): boolean {
  return USTAR.every((b, i) => header[257 + i] === b);
}

/** The bytes of a NUL-terminated header field. */
function field(header: Uint8Array, start: number, len: number): Uint8Array {
  const raw = header.subarray(start, start + len);
  const end = raw.indexOf(0);
  return end < 0 ? raw : raw.subarray(0, end);
}

function text(bytes: Uint8Array, what: string): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new TarError(`${what} is not UTF-8`);
  }
}

/**
 * A numeric header field: octal digits (leading spaces, ended by a space or NUL), or GNU's base-256 form (high bit
 * of the first byte set) for large values. Null when the field holds anything else.
 */
function number(header: Uint8Array, start: number, len: number): number | null {
  const raw = header.subarray(start, start + len);
  const first = raw[0] ?? 0;
  if (first & 0x80) {
    if (first === 0xff) return null; // negative
    let v = first & 0x7f;
    for (let i = 1; i < raw.length; i++) {
      v = v * 256 + (raw[i] ?? 0);
      if (v > Number.MAX_SAFE_INTEGER) return null;
    }
    return v;
  }
  let i = 0;
  while (i < raw.length && raw[i] === 0x20) i++;
  let v = 0;
  let digits = 0;
  for (; i < raw.length; i++) {
    const c = raw[i] ?? 0;
    if (c === 0 || c === 0x20) break;
    if (c < 0x30 || c > 0x37) return null;
    v = v * 8 + (c - 0x30);
    digits++;
  }
  for (; i < raw.length; i++) if (raw[i] !== 0 && raw[i] !== 0x20) return null; // only padding after the digits
  return digits === 0 ? 0 : v; // a field of spaces and NULs only reads as 0
}

/** Whether the header's checksum field matches its bytes, summed unsigned or (as some old tars did) signed. */
function checksumOk(header: Uint8Array): boolean {
  const stored = number(header, 148, 8);
  if (stored === null) return false;
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const b = i >= 148 && i < 156 ? 0x20 : (header[i] ?? 0);
    unsigned += b;
    signed += b >= 0x80 ? b - 256 : b;
  }
  return stored === unsigned || stored === signed;
}

/** The records of a PAX extended header: `<length> <key>=<value>\n`, the length counting the record's bytes. */
function paxRecords(data: Uint8Array): Map<string, string> {
  const records = new Map<string, string>();
  let i = 0;
  while (i < data.length) {
    if (data[i] === 0 && data.subarray(i).every((b) => b === 0)) break; // padding some writers leave
    let len = 0;
    let j = i;
    while (j < data.length && data[j]! >= 0x30 && data[j]! <= 0x39 && j - i < 10) len = len * 10 + (data[j++]! - 0x30);
    if (j === i || data[j] !== 0x20 || len <= j - i + 1 || i + len > data.length || data[i + len - 1] !== 0x0a) {
      throw new TarError('malformed PAX extended header');
    }
    const record = data.subarray(j + 1, i + len - 1);
    const eq = record.indexOf(0x3d); // '='
    if (eq <= 0) throw new TarError('malformed PAX extended header');
    records.set(text(record.subarray(0, eq), 'a PAX key'), text(record.subarray(eq + 1), 'a PAX value'));
    i += len;
  }
  return records;
}

export function readTar(tar: Uint8Array): TarEntry[] {
  const entries: TarEntry[] = [];
  let offset = 0;
  let count = 0;
  let longName: Uint8Array | null = null;
  let pax: Map<string, string> | null = null;
  while (offset + BLOCK <= tar.length) {
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((b) => b === 0)) break; // end of archive
    if (!checksumOk(header)) throw new TarError(`bad header checksum at offset ${offset}`);
    if (++count > MAX_ENTRIES) throw new TarError(`more than ${MAX_ENTRIES} entries`);
    const type = String.fromCharCode(header[156] ?? 0);

    let size = number(header, 124, 12);
    const paxSize = pax?.get('size');
    if (paxSize !== undefined) size = /^\d{1,15}$/.test(paxSize) ? Number(paxSize) : null;
    if (size === null) throw new TarError(`bad entry size at offset ${offset}`);
    // Links, devices, directories and FIFOs carry no data, whatever their size field says.
    const dataSize = HEADER_ONLY.has(type) ? 0 : size;
    const dataStart = offset + BLOCK;
    const dataEnd = dataStart + dataSize;
    if (dataEnd > tar.length) throw new TarError('archive is truncated');
    const data = tar.subarray(dataStart, dataEnd);
    offset = dataStart + Math.ceil(dataSize / BLOCK) * BLOCK;

    if (type === 'x' || type === 'L' || type === 'K' || type === 'g') {
      if (dataSize > MAX_META_BYTES) throw new TarError(`extended header larger than ${MAX_META_BYTES} bytes`);
      if (type === 'x') {
        pax = paxRecords(data);
        for (const key of pax.keys()) if (key.startsWith('GNU.sparse.')) throw new TarError('sparse files are not supported');
      } else if (type === 'L') {
        longName = field(data, 0, data.length);
      } else if (type === 'g') {
        paxRecords(data); // global records: checked, and none of them names an entry
      }
      continue; // 'K': a long link target, not needed
    }

    let name: string;
    const paxPath = pax?.get('path');
    if (paxPath !== undefined) name = paxPath;
    else if (longName !== null) name = text(longName, 'an entry name');
    else {
      name = text(field(header, 0, 100), 'an entry name');
      // POSIX ustar (magic "ustar\0") splits long names into a prefix and a name; GNU's magic is "ustar  \0" and
      // it uses those bytes for other things.
      const prefix = isPosixMagic(header) ? text(field(header, 345, 155), 'an entry name') : '';
      if (prefix) name = `${prefix}/${name}`;
    }
    longName = null;
    pax = null;

    if (type === 'S') throw new TarError('sparse files are not supported');
    const regular = type === '0' || type === '\0' || type === '7';
    if (!regular || name.endsWith('/')) continue; // directories, links, devices: not needed
    const path = name.replace(/^(?:\.\/)+/, '');
    if (new TextEncoder().encode(path).length > MAX_PATH_BYTES) throw new TarError(`entry path longer than ${MAX_PATH_BYTES} bytes`);
    if (path === '' || path === '.' || path.startsWith('/') || path.includes('\0') || path.split('/').includes('..')) {
      throw new TarError(`unsafe path "${JSON.stringify(path).slice(1, -1).slice(0, 200)}" in archive`);
    }
    entries.push({ path, data: data.slice() });
  }
  return entries;
}
