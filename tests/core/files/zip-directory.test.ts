import { guardZip, XLSX_LIMITS } from "../../../src/core/files";
import { entryData, readZipDirectory } from "../../../src/core/files/zip-directory";

/** Little-endian writer for hand-made archives. */
class Bytes {
  readonly out: number[] = [];
  u16(v: number) { this.out.push(v & 0xff, (v >>> 8) & 0xff); return this; }
  u32(v: number) { for (let k = 0; k < 4; k++) this.out.push(Math.floor(v / 2 ** (8 * k)) & 0xff); return this; }
  u64(v: number) { return this.u32(v % 2 ** 32).u32(Math.floor(v / 2 ** 32)); }
  raw(b: ArrayLike<number>) { this.out.push(...Array.from(b)); return this; }
  get length() { return this.out.length; }
}

/**
 * One stored entry written the ZIP64 way (as .NET and some streaming writers do even for small files):
 * 0xFFFFFFFF in the 32-bit size and offset fields, the real values in the extra field and the ZIP64 records.
 */
function zip64(name: string, content: string, declaredSize?: number): Uint8Array {
  const nameBytes = new TextEncoder().encode(name);
  const data = new TextEncoder().encode(content);
  const size = declaredSize ?? data.length;
  const b = new Bytes();
  b.u32(0x04034b50).u16(45).u16(0x800).u16(0).u16(0).u16(0).u32(0).u32(0xffffffff).u32(0xffffffff).u16(nameBytes.length).u16(20).raw(nameBytes);
  b.u16(1).u16(16).u64(size).u64(data.length).raw(data);
  const central = b.length;
  b.u32(0x02014b50).u16(45).u16(45).u16(0x800).u16(0).u16(0).u16(0).u32(0).u32(0xffffffff).u32(0xffffffff).u16(nameBytes.length).u16(28).u16(0).u16(0).u16(0).u32(0).u32(0xffffffff).raw(nameBytes);
  b.u16(1).u16(24).u64(size).u64(data.length).u64(0);
  const centralSize = b.length - central;
  const record = b.length;
  b.u32(0x06064b50).u64(44).u16(45).u16(45).u32(0).u32(0).u64(1).u64(1).u64(centralSize).u64(central);
  b.u32(0x07064b50).u32(0).u64(record).u32(1);
  b.u32(0x06054b50).u16(0).u16(0).u16(0xffff).u16(0xffff).u32(0xffffffff).u32(0xffffffff).u16(0);
  return new Uint8Array(b.out);
}

describe("readZipDirectory", () => {
  it("reads ZIP64 records and extra fields", () => {
    const bytes = zip64("xl/workbook.xml", "<workbook/>");
    const dir = readZipDirectory(bytes);
    expect(dir?.entries).toEqual([{ name: "xl/workbook.xml", method: 0, compressedSize: 11, uncompressedSize: 11, localOffset: 0 }]);
    expect(new TextDecoder().decode(entryData(bytes, dir!.entries[0])!)).toBe("<workbook/>");
  });

  it("keeps a 64-bit declared size above 4 GB", () => {
    const dir = readZipDirectory(zip64("xl/worksheets/sheet1.xml", "x", 6 * 2 ** 30));
    expect(dir?.entries[0].uncompressedSize).toBe(6 * 2 ** 30);
  });

  it("the guard refuses a part declared above 4 GB before inflating anything", async () => {
    await expect(guardZip(zip64("xl/worksheets/sheet1.xml", "x", 6 * 2 ** 30), XLSX_LIMITS)).rejects.toThrow(/sheet1\.xml.*заняла бы 6.144 МБ.*200 МБ/);
  });

  it("is null for what is not a zip or is cut short", () => {
    expect(readZipDirectory(new TextEncoder().encode("№\tМероприятие\n"))).toBeNull();
    const bytes = zip64("a.xml", "<a/>");
    expect(readZipDirectory(bytes.subarray(0, bytes.length - 10))).toBeNull();
  });
});
