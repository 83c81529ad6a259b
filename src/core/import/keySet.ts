/**
 * The rows of a file already seen, by key, in 8 bytes a key instead of the key's string: a million-row export is
 * de-duplicated in about 16 MB (a string per row in a Set held about 90 MB).
 *
 * Each key is kept as a 64-bit hash (two 32-bit hashes of its text, each mixed to the last bit) in an open-address
 * table of typed arrays. Two different rows are taken for one only if both hashes of both keys agree: for n
 * distinct rows the chance that any pair does is about n² / 2⁶⁵, so 3 × 10⁻⁸ for a million rows and 3 × 10⁻¹⁰ for
 * a hundred thousand (docs/workbook.md says so). A pair that did would be counted as a repeat in the file, and the Import
 * Log's "Duplicates skipped" would show one more than the file holds.
 */

/** Two independent 32-bit hashes of a text: FNV-1a and a multiply-xorshift, each finished by an avalanche mix. */
export function keyHash(text: string): [number, number] {
  let a = 0x811c9dc5,
    b = 0x2545f491;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 13;
  }
  a ^= a >>> 16;
  a = Math.imul(a, 0x85ebca6b);
  a ^= a >>> 13;
  a = Math.imul(a, 0xc2b2ae35);
  a ^= a >>> 16;
  b ^= b >>> 15;
  b = Math.imul(b, 0x2c1b3c6d);
  b ^= b >>> 12;
  b = Math.imul(b, 0x297a2d39);
  b ^= b >>> 15;
  return [a >>> 0, b >>> 0];
}

export class KeySet {
  /** Pairs of 32-bit halves; (0, 0) marks an empty slot, so a key hashing to it is stored as (0, 1). */
  private slots: Uint32Array;
  private mask: number;
  private count = 0;

  constructor(capacity = 1024) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Uint32Array(size * 2);
    this.mask = size - 1;
  }

  get size(): number {
    return this.count;
  }

  /** Adds the key; false when it was there already. */
  add(key: string): boolean {
    const [a, b0] = keyHash(key);
    const b = a === 0 && b0 === 0 ? 1 : b0;
    if (!this.insert(a, b)) return false;
    // Kept at most half full, so a probe ends after a slot or two.
    if (++this.count * 2 > this.mask + 1) this.grow();
    return true;
  }

  has(key: string): boolean {
    const [a, b0] = keyHash(key);
    const b = a === 0 && b0 === 0 ? 1 : b0;
    for (let i = a & this.mask; ; i = (i + 1) & this.mask) {
      const x = this.slots[i * 2] as number,
        y = this.slots[i * 2 + 1] as number;
      if (x === 0 && y === 0) return false;
      if (x === a && y === b) return true;
    }
  }

  private insert(a: number, b: number): boolean {
    for (let i = a & this.mask; ; i = (i + 1) & this.mask) {
      const x = this.slots[i * 2] as number,
        y = this.slots[i * 2 + 1] as number;
      if (x === 0 && y === 0) {
        this.slots[i * 2] = a;
        this.slots[i * 2 + 1] = b;
        return true;
      }
      if (x === a && y === b) return false;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Uint32Array(old.length * 2);
    this.mask = this.mask * 2 + 1;
    for (let i = 0; i < old.length; i += 2) {
      const a = old[i] as number,
        b = old[i + 1] as number;
      if (a !== 0 || b !== 0) this.insert(a, b);
    }
  }
}
