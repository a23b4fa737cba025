import { describe, expect, it } from 'vitest';
import { decodeModelBytes, encodeModelBytes } from './model-bytes.ts';

describe('model bytes', () => {
  it('round-trips topology, weight specs, weights and metadata through one buffer', () => {
    const weights = new Float32Array([1.5, -2, 3.25]);
    const bytes = encodeModelBytes(
      {
        format: 'layers-model',
        modelTopology: { class_name: 'Sequential' },
        weightSpecs: [{ name: 'dense/kernel', shape: [3], dtype: 'float32' }],
        weightData: weights.buffer,
      },
      { labels: ['a', '退款'] },
    );
    const { artifacts, meta } = decodeModelBytes<{ labels: string[] }>(bytes);
    expect(meta.labels).toEqual(['a', '退款']);
    expect(artifacts.modelTopology).toEqual({ class_name: 'Sequential' });
    expect(artifacts.weightSpecs).toEqual([{ name: 'dense/kernel', shape: [3], dtype: 'float32' }]);
    expect(new Float32Array(artifacts.weightData as ArrayBuffer)).toEqual(weights);
  });

  it('decodes from a view into a larger buffer (as database drivers return)', () => {
    const bytes = encodeModelBytes({ modelTopology: {}, weightSpecs: [], weightData: new ArrayBuffer(0) }, { ok: true });
    const padded = new Uint8Array(bytes.length + 7);
    padded.set(bytes, 7);
    expect(decodeModelBytes(padded.subarray(7)).meta).toEqual({ ok: true });
  });

  it('rejects bytes that are not a Kefu intent model', () => {
    expect(() => decodeModelBytes(new TextEncoder().encode('{"not":"a model"}'))).toThrow(/Not a Kefu intent model/);
  });
});
