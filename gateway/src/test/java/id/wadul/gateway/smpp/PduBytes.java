package id.wadul.gateway.smpp;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Builds SMPP PDUs byte by byte, including ones jSMPP's composer refuses to write; remembers its NULs. */
final class PduBytes {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    /** Offsets (in the whole PDU) of the NUL ending each C-string. */
    final List<Integer> nuls = new ArrayList<>();

    PduBytes cstr(String value) {
        raw(value.getBytes(StandardCharsets.ISO_8859_1));
        nuls.add(16 + body.size());
        body.write(0);
        return this;
    }

    PduBytes u8(int value) {
        body.write(value);
        return this;
    }

    PduBytes u16(int value) {
        return u8(value >>> 8).u8(value);
    }

    PduBytes raw(byte[] bytes) {
        body.writeBytes(bytes);
        return this;
    }

    PduBytes tlv(int tag, byte[] value) {
        return u16(tag).u16(value.length).raw(value);
    }

    byte[] body() {
        return body.toByteArray();
    }

    /** Header with command_length = the real length. */
    byte[] build(int commandId, int sequence) {
        byte[] b = body.toByteArray();
        return ByteBuffer.allocate(16 + b.length).putInt(16 + b.length).putInt(commandId).putInt(0)
                .putInt(sequence).put(b).array();
    }

    /** The submit_sm / deliver_sm body up to and including short_message. */
    static PduBytes message(String source, String destination, int esmClass, int dataCoding, byte[] shortMessage) {
        return new PduBytes().cstr("").u8(0).u8(0).cstr(source).u8(0).u8(0).cstr(destination).u8(esmClass).u8(0)
                .u8(0).cstr("").cstr("").u8(0).u8(0).u8(dataCoding).u8(0).u8(shortMessage.length & 0xff)
                .raw(shortMessage);
    }

    static PduBytes bind(String systemId, String password) {
        return new PduBytes().cstr(systemId).cstr(password).cstr("").u8(0x34).u8(0).u8(0).cstr("");
    }

    static int commandLength(byte[] pdu) {
        return ByteBuffer.wrap(pdu).getInt(0);
    }

    /** The same bytes with command_length set to {@code length} (the real length stays what it is). */
    static byte[] withLength(byte[] pdu, int length) {
        byte[] out = pdu.clone();
        ByteBuffer.wrap(out).putInt(0, length);
        return out;
    }
}
