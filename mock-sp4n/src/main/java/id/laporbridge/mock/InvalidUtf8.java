package id.laporbridge.mock;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Writes a reply body with the bytes of one marker text replaced by bytes that are not valid UTF-8. */
final class InvalidUtf8 {

    /** A lead byte of a two-byte sequence followed by an ASCII byte: never valid UTF-8. */
    private static final byte[] BROKEN = {(byte) 0xC3, (byte) 0x28};

    private InvalidUtf8() {
    }

    static byte[] replace(Reply reply, String marker) {
        byte[] body = Json.write(reply.body()).getBytes(StandardCharsets.UTF_8);
        byte[] target = marker.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length);
        int i = 0;
        while (i < body.length) {
            if (startsWith(body, i, target)) {
                out.writeBytes(BROKEN);
                i += target.length;
            } else {
                out.write(body[i]);
                i++;
            }
        }
        return out.toByteArray();
    }

    private static boolean startsWith(byte[] body, int offset, byte[] target) {
        return offset + target.length <= body.length
                && Arrays.equals(body, offset, offset + target.length, target, 0, target.length);
    }
}
