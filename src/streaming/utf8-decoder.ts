/**
 * Decodes a body's reads as UTF-8 text, as one `TextDecoder` with `{ stream: true }` would, but faster: the bytes of
 * a code point cut at the end of a read are held back and put in front of the next, so that each read decodes as a
 * whole, without `stream: true`. Node (and others) decode whole text with simdutf, at about a fifth of the
 * instructions of the streaming decoder (ICU's), which was a sixth of the cost of an event. A BOM is stripped at the
 * start of the body only; `U+FEFF` later in the body is text, as for one streaming decoder.
 * @internal
 */
export class Utf8Decoder {
  /** Strips a leading BOM: used until the first text comes out. */
  readonly #first = new TextDecoder();
  readonly #rest = new TextDecoder("utf-8", { ignoreBOM: true });
  #started = false;
  #carry: Uint8Array | undefined;

  /** The text of a read; a code point it cuts comes out with the next read. */
  decode(bytes: Uint8Array): string {
    const carry = this.#carry;
    if (carry !== undefined) {
      const joined = new Uint8Array(carry.length + bytes.length);
      joined.set(carry);
      joined.set(bytes, carry.length);
      bytes = joined;
      this.#carry = undefined;
    }
    const whole = completeLength(bytes);
    if (whole < bytes.length) {
      this.#carry = bytes.slice(whole);
      bytes = bytes.subarray(0, whole);
    }
    return this.#text(bytes);
  }

  /** At the end of the body: what was held back (a cut code point decodes as U+FFFD, as the streaming decoder ends). */
  end(): string {
    const carry = this.#carry;
    this.#carry = undefined;
    return carry === undefined ? "" : this.#text(carry);
  }

  #text(bytes: Uint8Array): string {
    if (bytes.length === 0) return "";
    if (this.#started) return this.#rest.decode(bytes);
    this.#started = true;
    return this.#first.decode(bytes);
  }
}

/**
 * How many of `bytes` end at a code point's boundary: all of them, unless the last code point's lead byte (found
 * over at most three continuation bytes, `10xxxxxx`) asks for more bytes than follow it. Bytes that are not valid
 * UTF-8 are never in the middle of a sequence the decoder waits on, so cutting before or after them decodes the same.
 */
function completeLength(bytes: Uint8Array): number {
  const end = bytes.length;
  let lead = end - 1;
  while (lead > end - 4 && lead >= 0 && ((bytes[lead] as number) & 0xc0) === 0x80) lead--;
  if (lead < 0) return end;
  const byte = bytes[lead] as number;
  const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
  return lead + length > end ? lead : end;
}
