// One self-contained byte buffer per trained model, so the server can keep it in a database
// column: "KEFUIM01" | uint32 LE header length | UTF-8 JSON header | raw weight bytes.
// The header holds the layers topology, the weight specs and the bot's own metadata.
import * as tf from '@tensorflow/tfjs-core';

const MAGIC = 'KEFUIM01';
const MAGIC_BYTES = new TextEncoder().encode(MAGIC);

type Header<Meta> = {
  format?: string;
  modelTopology: tf.io.ModelArtifacts['modelTopology'];
  weightSpecs: tf.io.WeightsManifestEntry[];
  meta: Meta;
};

/** A tf.io handler that keeps the saved artifacts in memory instead of writing files. */
export function createMemorySaveHandler(): { handler: tf.io.IOHandler; read(): tf.io.ModelArtifacts } {
  let saved: tf.io.ModelArtifacts | undefined;
  return {
    handler: {
      async save(artifacts) {
        saved = artifacts;
        return { modelArtifactsInfo: tf.io.getModelArtifactsInfoForJSON(artifacts) };
      },
    },
    read() {
      if (!saved) throw new Error('The model has not been saved to this handler yet.');
      return saved;
    },
  };
}

/** A tf.io handler that hands already-decoded artifacts to tf.loadLayersModel. */
export function createMemoryLoadHandler(artifacts: tf.io.ModelArtifacts): tf.io.IOHandler {
  return { load: async () => artifacts };
}

export function encodeModelBytes<Meta>(artifacts: tf.io.ModelArtifacts, meta: Meta): Uint8Array {
  if (!artifacts.weightSpecs || !artifacts.weightData) throw new Error('Model artifacts have no weights to encode.');
  const weightData = Array.isArray(artifacts.weightData)
    ? tf.io.concatenateArrayBuffers(artifacts.weightData)
    : artifacts.weightData;
  const header: Header<Meta> = {
    format: artifacts.format,
    modelTopology: artifacts.modelTopology,
    weightSpecs: artifacts.weightSpecs,
    meta,
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const bytes = new Uint8Array(MAGIC_BYTES.length + 4 + headerBytes.length + weightData.byteLength);
  bytes.set(MAGIC_BYTES, 0);
  new DataView(bytes.buffer).setUint32(MAGIC_BYTES.length, headerBytes.length, true);
  bytes.set(headerBytes, MAGIC_BYTES.length + 4);
  bytes.set(new Uint8Array(weightData), MAGIC_BYTES.length + 4 + headerBytes.length);
  return bytes;
}

export function decodeModelBytes<Meta>(bytes: Uint8Array): { artifacts: tf.io.ModelArtifacts; meta: Meta } {
  const magic = new TextDecoder().decode(bytes.subarray(0, MAGIC_BYTES.length));
  if (magic !== MAGIC) throw new Error(`Not a Kefu intent model (expected header ${MAGIC}, got ${JSON.stringify(magic)}).`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(MAGIC_BYTES.length, true);
  const headerStart = MAGIC_BYTES.length + 4;
  const header = JSON.parse(
    new TextDecoder().decode(bytes.subarray(headerStart, headerStart + headerLength)),
  ) as Header<Meta>;
  // slice() copies into a fresh ArrayBuffer that starts at offset 0, as tf.io expects.
  const weightData = bytes.slice(headerStart + headerLength).buffer;
  return {
    artifacts: {
      format: header.format,
      modelTopology: header.modelTopology,
      weightSpecs: header.weightSpecs,
      weightData,
    },
    meta: header.meta,
  };
}
