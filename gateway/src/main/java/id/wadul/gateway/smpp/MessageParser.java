package id.wadul.gateway.smpp;

import id.wadul.gateway.concat.ConcatInfo;
import id.wadul.gateway.concat.Udh;
import id.wadul.gateway.text.SmsText;
import java.util.Optional;
import org.jsmpp.bean.AbstractSmCommand;
import org.jsmpp.bean.MessageRequest;
import org.jsmpp.bean.OptionalParameter;

/**
 * Text and concatenation info of a submit_sm / deliver_sm: the body is short_message, or the
 * message_payload TLV when short_message is empty; concatenation comes from the UDH (esm_class UDHI bit)
 * or from the SAR TLVs.
 */
final class MessageParser {

    /** @param concat present when this PDU is one part of several */
    record Parsed(String text, int dataCoding, Optional<ConcatInfo> concat) {
    }

    private MessageParser() {
    }

    /**
     * @throws id.wadul.gateway.text.UnsupportedDataCodingException for a data_coding we cannot decode
     * @throws IllegalArgumentException                             for a malformed UDH
     */
    static Parsed parse(MessageRequest request) {
        byte[] body = request.getShortMessage();
        if (body == null || body.length == 0) {
            OptionalParameter payload = request.getOptionalParameter(OptionalParameter.Tag.MESSAGE_PAYLOAD);
            body = payload instanceof OptionalParameter.OctetString octets ? octets.getValue() : new byte[0];
        }
        int dataCoding = request.getDataCoding() & 0xff;
        int headerLength = 0;
        Optional<ConcatInfo> concat;
        if (AbstractSmCommand.isUdhi(request.getEsmClass())) {
            headerLength = Udh.headerLength(body);
            concat = Udh.parse(body);
        } else {
            concat = Udh.fromSar(unsigned(request, OptionalParameter.Tag.SAR_MSG_REF_NUM),
                    unsigned(request, OptionalParameter.Tag.SAR_TOTAL_SEGMENTS),
                    unsigned(request, OptionalParameter.Tag.SAR_SEGMENT_SEQNUM));
        }
        String text = SmsText.decode(dataCoding, body, headerLength, body.length - headerLength);
        return new Parsed(text, dataCoding, concat.filter(c -> c.total() > 1));
    }

    private static Integer unsigned(MessageRequest request, OptionalParameter.Tag tag) {
        OptionalParameter p = request.getOptionalParameter(tag);
        if (p instanceof OptionalParameter.Short s) {
            return s.getValue() & 0xffff;
        }
        if (p instanceof OptionalParameter.Byte b) {
            return b.getValue() & 0xff;
        }
        return null;
    }
}
