package id.laporbridge.dedup;

import java.nio.ByteBuffer;

/** Encodes sorted hash arrays as bytes for VARBINARY columns. */
final class HashArrays {

    private HashArrays() {
    }

    static byte[] toBytes(long[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Long.BYTES);
        buffer.asLongBuffer().put(values);
        return buffer.array();
    }

    static long[] fromBytes(byte[] bytes) {
        long[] values = new long[bytes.length / Long.BYTES];
        ByteBuffer.wrap(bytes).asLongBuffer().get(values);
        return values;
    }
}
