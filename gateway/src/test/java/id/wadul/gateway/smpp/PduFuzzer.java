package id.wadul.gateway.smpp;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.OptionalParameter.Tag;

/**
 * Fuzzed PDUs for one connection, from its own seeded {@link Random}: mutated submit_sm / deliver_sm / bind /
 * enquire_link, bodies cut or padded (command_length agrees with the bytes sent, so framing holds and every
 * frame must be answered), missing C-string NULs, bogus UDHs and SAR TLVs, bogus and truncated TLVs, every
 * data_coding, random command_ids, and single parts of concatenated SMS that never complete.
 */
final class PduFuzzer {

    enum Expect { ANSWER, NONE, CLOSE, UNBIND }

    /** @param concatSource set for a clean part of a never-completed SMS (its group stays open if acked OK) */
    record Fuzzed(String kind, byte[] bytes, int sequence, int commandId, Expect expect, String concatSource) {
    }

    private static final int RESP = SMPPConstant.MASK_CID_RESP;

    private final Random random;
    private final AtomicInteger dataCodings;
    private final String sourcePrefix;
    private int concats;

    /** @param dataCodings shared by all connections: data_coding 0..255 each come once before random ones */
    PduFuzzer(Random random, AtomicInteger dataCodings, int connection) {
        this.random = random;
        this.dataCodings = dataCodings;
        this.sourcePrefix = String.format("6289%03d", connection % 1000);
    }

    /** Whether the server must answer a PDU with this command_id (it drops the responses it understands). */
    static boolean answered(int commandId) {
        return commandId != SMPPConstant.CID_GENERIC_NACK && commandId != SMPPConstant.CID_DELIVER_SM_RESP
                && commandId != SMPPConstant.CID_ENQUIRE_LINK_RESP && commandId != SMPPConstant.CID_UNBIND_RESP;
    }

    Fuzzed next(int seq) {
        int pick = random.nextInt(100);
        if (pick < 12) {
            return of("submit", message(SMPPConstant.CID_SUBMIT_SM, seq, randomEsm()));
        } else if (pick < 17) {
            return of("deliver", message(SMPPConstant.CID_DELIVER_SM, seq, randomEsm()));
        } else if (pick < 29) {
            return of("udh", PduBytes.message(source(), "1708", 0x40, dataCoding(), bogusUdh())
                    .build(SMPPConstant.CID_SUBMIT_SM, seq));
        } else if (pick < 37) {
            return concat(seq);
        } else if (pick < 43) {
            return of("sar", sar(PduBytes.message(source(), "1708", 0, dataCoding(), text()))
                    .build(SMPPConstant.CID_SUBMIT_SM, seq));
        } else if (pick < 53) {
            return of("tlv", bogusTlvs(message(SMPPConstant.CID_SUBMIT_SM, seq, 0)));
        } else if (pick < 57) {
            byte[] payload = bytes(random.nextInt(600));
            return of("payload", PduBytes.message(source(), "1708", random.nextBoolean() ? 0x40 : 0, dataCoding(),
                    new byte[0]).tlv(Tag.MESSAGE_PAYLOAD.code(), payload).build(SMPPConstant.CID_SUBMIT_SM, seq));
        } else if (pick < 65) {
            return noNul(seq);
        } else if (pick < 75) {
            return of("flip", flip(base(seq)));
        } else if (pick < 81) {
            byte[] pdu = base(seq);
            return of("cut", cut(pdu, 16 + random.nextInt(pdu.length - 15)));
        } else if (pick < 85) {
            byte[] pdu = base(seq);
            return of("pad", pad(pdu, bytes(1 + random.nextInt(64))));
        } else if (pick < 91) {
            return randomCommand(seq);
        } else if (pick < 94) {
            return of("bind", flip(PduBytes.bind("fuzz", "fuzzpw").build(bindId(), seq)));
        } else if (pick < 97) {
            return of("enquire", pad(new PduBytes().build(SMPPConstant.CID_ENQUIRE_LINK, seq),
                    bytes(random.nextInt(3) == 0 ? random.nextInt(20) : 0)));
        }
        int[] responses = {SMPPConstant.CID_GENERIC_NACK, SMPPConstant.CID_DELIVER_SM_RESP,
                SMPPConstant.CID_ENQUIRE_LINK_RESP, SMPPConstant.CID_UNBIND_RESP, SMPPConstant.CID_SUBMIT_SM_RESP,
                SMPPConstant.CID_BIND_TRANSCEIVER_RESP};
        return of("resp", pad(new PduBytes().build(responses[random.nextInt(responses.length)], seq),
                bytes(random.nextInt(8))));
    }

    /** A PDU for a connection that has not bound yet: mostly binds, right or mutated. */
    Fuzzed unbound(int seq) {
        return switch (random.nextInt(4)) {
            case 0 -> of("bind", flip(PduBytes.bind("fuzz", "fuzzpw").build(bindId(), seq)));
            case 1 -> noNulBind(seq);
            case 2 -> of("bind", cut(PduBytes.bind("fuzz", "fuzzpw").build(bindId(), seq), 16 + random.nextInt(14)));
            default -> next(seq);
        };
    }

    /** command_length under 16 or over the maximum: generic_nack ESME_RINVCMDLEN, then close. */
    Fuzzed badLength(int seq, int maxPduLength) {
        byte[] pdu = new PduBytes().build(SMPPConstant.CID_SUBMIT_SM, seq);
        int length = random.nextBoolean() ? random.nextInt(16) : maxPduLength + 1 + random.nextInt(1 << 20);
        return new Fuzzed("length", PduBytes.withLength(pdu, length), seq, SMPPConstant.CID_SUBMIT_SM, Expect.CLOSE,
                null);
    }

    Fuzzed unbind(int seq) {
        return new Fuzzed("unbind", new PduBytes().build(SMPPConstant.CID_UNBIND, seq), seq, SMPPConstant.CID_UNBIND,
                Expect.UNBIND, null);
    }

    /** The start of a frame that never completes (the connection ends with it). */
    byte[] incompleteFrame() {
        byte[] pdu = message(SMPPConstant.CID_SUBMIT_SM, 0, 0);
        return Arrays.copyOf(pdu, 1 + random.nextInt(pdu.length - 1));
    }

    private Fuzzed of(String kind, byte[] pdu) {
        ByteBuffer b = ByteBuffer.wrap(pdu);
        int commandId = b.getInt(4);
        return new Fuzzed(kind, pdu, b.getInt(12), commandId, answered(commandId) ? Expect.ANSWER : Expect.NONE, null);
    }

    private byte[] message(int commandId, int seq, int esmClass) {
        String destination = random.nextInt(10) == 0 ? "9999" : "1708";
        return PduBytes.message(source(), destination, esmClass, dataCoding(), text()).build(commandId, seq);
    }

    private byte[] base(int seq) {
        return switch (random.nextInt(4)) {
            case 0 -> message(SMPPConstant.CID_DELIVER_SM, seq, randomEsm());
            case 1 -> PduBytes.bind("fuzz", "fuzzpw").build(bindId(), seq);
            default -> message(SMPPConstant.CID_SUBMIT_SM, seq, randomEsm());
        };
    }

    /** One part of a concatenated SMS whose other parts never come: 8- or 16-bit reference, total 2..255. */
    private Fuzzed concat(int seq) {
        String source = sourcePrefix + String.format("%06d", ++concats);
        int total = 2 + random.nextInt(254);
        int part = 1 + random.nextInt(total);
        byte[] udh = random.nextBoolean()
                ? new byte[] {5, 0, 3, (byte) random.nextInt(256), (byte) total, (byte) part}
                : new byte[] {6, 8, 4, (byte) random.nextInt(256), (byte) random.nextInt(256), (byte) total,
                        (byte) part};
        byte[] text = "bagian".getBytes(StandardCharsets.US_ASCII);
        byte[] pdu = PduBytes.message(source, "1708", 0x40, 0, concat(udh, text))
                .build(SMPPConstant.CID_SUBMIT_SM, seq);
        return new Fuzzed("concat", pdu, seq, SMPPConstant.CID_SUBMIT_SM, Expect.ANSWER, source);
    }

    private byte[] bogusUdh() {
        byte[] text = text();
        int ref = random.nextInt(256);
        byte[] udh = switch (random.nextInt(9)) {
            case 0 -> new byte[] {(byte) (5 + random.nextInt(251)), 0, 3};
            case 1 -> new byte[] {5, 0, (byte) (random.nextBoolean() ? 2 : 4), (byte) ref, 2, 1};
            case 2 -> new byte[] {6, 8, (byte) (random.nextBoolean() ? 3 : 5), (byte) ref, 0, 2, 1};
            case 3 -> new byte[] {5, 0, 3, (byte) ref, 0, (byte) random.nextInt(3)};
            case 4 -> new byte[] {5, 0, 3, (byte) ref, 2, 0};
            case 5 -> new byte[] {5, 0, 3, (byte) ref, 3, (byte) (4 + random.nextInt(250))};
            case 6 -> new byte[] {1, 0};
            case 7 -> new byte[] {4, 0, 3, (byte) ref, 2};
            default -> {
                text = new byte[0];
                yield new byte[0];
            }
        };
        return concat(udh, text);
    }

    private PduBytes sar(PduBytes message) {
        int total = random.nextInt(4);
        int seq = random.nextInt(6);
        switch (random.nextInt(5)) {
            case 0 -> message.tlv(Tag.SAR_MSG_REF_NUM.code(), new byte[] {0, 7});
            case 1 -> message.tlv(Tag.SAR_MSG_REF_NUM.code(), new byte[] {7})
                    .tlv(Tag.SAR_TOTAL_SEGMENTS.code(), new byte[] {0, (byte) total})
                    .tlv(Tag.SAR_SEGMENT_SEQNUM.code(), new byte[] {(byte) seq});
            case 2 -> message.tlv(Tag.SAR_TOTAL_SEGMENTS.code(), new byte[] {(byte) total})
                    .tlv(Tag.SAR_SEGMENT_SEQNUM.code(), new byte[] {(byte) seq});
            default -> message.tlv(Tag.SAR_MSG_REF_NUM.code(), new byte[] {0, (byte) random.nextInt(256)})
                    .tlv(Tag.SAR_TOTAL_SEGMENTS.code(), new byte[] {(byte) total})
                    .tlv(Tag.SAR_SEGMENT_SEQNUM.code(), new byte[] {(byte) seq});
        }
        return message;
    }

    private byte[] bogusTlvs(byte[] pdu) {
        PduBytes tail = new PduBytes();
        switch (random.nextInt(6)) {
            case 0 -> tail.u16(random.nextInt(1 << 16)).u16(100 + random.nextInt(1000)).raw(bytes(random.nextInt(40)));
            case 1 -> tail.raw(bytes(1 + random.nextInt(3)));
            case 2 -> tail.u16(Tag.MESSAGE_PAYLOAD.code()).u16(0xFFFF).raw(bytes(4));
            case 3 -> tail.u16(Tag.SAR_TOTAL_SEGMENTS.code()).u16(0).u16(Tag.SAR_SEGMENT_SEQNUM.code()).u16(0);
            case 4 -> {
                for (int i = random.nextInt(30); i > 0; i--) {
                    tail.tlv(random.nextInt(1 << 16), bytes(random.nextInt(12)));
                }
            }
            default -> tail.tlv(random.nextInt(1 << 16), bytes(random.nextInt(12))).raw(bytes(2));
        }
        return pad(pdu, tail.body());
    }

    private Fuzzed noNul(int seq) {
        PduBytes pdu = random.nextBoolean()
                ? PduBytes.message(source(), "1708", randomEsm(), dataCoding(), text())
                : PduBytes.bind("fuzz", "fuzzpw");
        int commandId = pdu.nuls.size() > 5 ? SMPPConstant.CID_SUBMIT_SM : SMPPConstant.CID_BIND_TRANSCEIVER;
        byte[] bytes = pdu.build(commandId, seq);
        for (int i = 1 + random.nextInt(2); i > 0; i--) {
            bytes[pdu.nuls.get(random.nextInt(pdu.nuls.size()))] = (byte) ('A' + random.nextInt(26));
        }
        if (random.nextBoolean()) {
            bytes = cut(bytes, Math.max(16, bytes.length - random.nextInt(8)));
        }
        return of("nonul", bytes);
    }

    private Fuzzed noNulBind(int seq) {
        PduBytes bind = PduBytes.bind("fuzz", "fuzzpw");
        byte[] bytes = bind.build(bindId(), seq);
        bytes[bind.nuls.get(random.nextInt(bind.nuls.size()))] = 'x';
        return of("nonul", bytes);
    }

    private Fuzzed randomCommand(int seq) {
        int commandId;
        do {
            commandId = random.nextInt(4) == 0 ? random.nextInt()
                    : random.nextInt(0x20) | (random.nextBoolean() ? RESP : 0);
        } while (commandId == SMPPConstant.CID_UNBIND);
        return of("command", pad(new PduBytes().build(commandId, seq), bytes(random.nextInt(80))));
    }

    private byte[] flip(byte[] pdu) {
        byte[] out = pdu.clone();
        for (int i = 1 + random.nextInt(8); i > 0 && out.length > 16; i--) {
            out[16 + random.nextInt(out.length - 16)] ^= (byte) (1 + random.nextInt(255));
        }
        return out;
    }

    /** The first {@code length} bytes, command_length saying so. */
    private static byte[] cut(byte[] pdu, int length) {
        return PduBytes.withLength(Arrays.copyOf(pdu, length), length);
    }

    private static byte[] pad(byte[] pdu, byte[] extra) {
        return PduBytes.withLength(concat(pdu, extra), pdu.length + extra.length);
    }

    private int bindId() {
        int[] ids = {SMPPConstant.CID_BIND_TRANSCEIVER, SMPPConstant.CID_BIND_TRANSMITTER,
            SMPPConstant.CID_BIND_RECEIVER};
        return ids[random.nextInt(3)];
    }

    private int randomEsm() {
        return switch (random.nextInt(4)) {
            case 0 -> 0x40;
            case 1 -> random.nextInt(256);
            default -> 0;
        };
    }

    private int dataCoding() {
        int next = dataCodings.getAndIncrement();
        return next < 256 ? next : random.nextInt(256);
    }

    private String source() {
        return random.nextInt(20) == 0 ? "" : "0812" + (1000000 + random.nextInt(9000000));
    }

    private byte[] text() {
        if (random.nextBoolean()) {
            return ("Keluhan " + random.nextInt(1_000_000)).getBytes(StandardCharsets.US_ASCII);
        }
        return bytes(random.nextInt(161));
    }

    private byte[] bytes(int n) {
        byte[] out = new byte[n];
        random.nextBytes(out);
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
